#include "cache/cachesummary.h"

#include "cache/cachefile.h"
#include "cache/schema.h"

CacheSummary CacheSummary::of(CacheFile &cache)
{
  SqliteDatabase &database = cache.database();
  CacheSummary summary;
  summary.path = cache.path();
  summary.schemaVersion = cache.schemaVersion();
  summary.catalogue = cache.catalogue();
  summary.srid = cache.srid();
  summary.cityName = cache.metadata(QStringLiteral("city_name"));
  summary.createdAt = cache.metadata(QStringLiteral("created_at"));
  summary.crsName =
      database
          .scalar(
              QStringLiteral("SELECT ref_sys_name FROM spatial_ref_sys WHERE srid = %1").arg(summary.srid))
          .toString();

  for (const schema::Table &table : schema::tables())
  {
    if (table.name == QLatin1String("journal_control"))
      continue;
    summary.counts.append(
        {table.name,
         database.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table.name)).toLongLong()});
    for (const schema::Geometry &geometry : table.geometries)
    {
      // The R*Tree of the spatial index holds every feature's box: its bounds are the layer's extent.
      SqliteStatement bounds = database.prepare(
          QStringLiteral("SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM \"idx_%1_%2\"")
              .arg(table.name, geometry.column));
      if (!bounds.next() || bounds.isNull(0))
        continue;
      const Extent layer{bounds.real(0), bounds.real(1), bounds.real(2), bounds.real(3)};
      if (!summary.extent)
        summary.extent = layer;
      else
        summary.extent = Extent{
            qMin(summary.extent->xMinimum, layer.xMinimum), qMin(summary.extent->yMinimum, layer.yMinimum),
            qMax(summary.extent->xMaximum, layer.xMaximum), qMax(summary.extent->yMaximum, layer.yMaximum)};
    }
  }
  summary.pendingChanges = database.scalar(QStringLiteral("SELECT count(*) FROM journal")).toLongLong();
  summary.openConflicts =
      database.scalar(QStringLiteral("SELECT count(*) FROM conflict WHERE resolved_at IS NULL")).toLongLong();
  return summary;
}
