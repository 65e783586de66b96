#include "cache/featurewriter.h"

#include "cache/cachefile.h"
#include "cache/journaltriggers.h"
#include "cache/packedspatialindex.h"
#include "cache/schema.h"

#include <algorithm>

QStringList FeatureWriter::basemapTables()
{
  return {QStringLiteral("building"),    QStringLiteral("road"),       QStringLiteral("road_surface"),
          QStringLiteral("block"),       QStringLiteral("water"),      QStringLiteral("green_space"),
          QStringLiteral("tree_canopy"), QStringLiteral("place_label")};
}

FeatureWriter::FeatureWriter(CacheFile &cache, const QString &table, const QStringList &attributeColumns,
                             UpsertStatement::OnConflict onConflict)
    : mTable(table)
{
  const schema::Table *definition = schema::table(table);
  if (!definition || !basemapTables().contains(table))
  {
    mError = tr("\"%1\" is not a basemap layer of the cache (%2).")
                 .arg(table, basemapTables().join(QStringLiteral(", ")));
    return;
  }
  const QStringList known = schema::columnNames(*definition);
  for (const QString &column : attributeColumns)
  {
    if (!known.contains(column) || column == QLatin1String("id") || column == QLatin1String("row_version"))
    {
      mError = tr("The basemap layer \"%1\" has no column \"%2\".").arg(table, column);
      return;
    }
  }
  mStatement =
      std::make_unique<UpsertStatement>(cache, table, QStringList{QStringLiteral("id")} + attributeColumns,
                                        QStringList{QStringLiteral("geom")}, onConflict);
  if (!mStatement->isValid())
    mError = tr("%1: %2").arg(table, mStatement->errorMessage());
}

bool FeatureWriter::write(const QString &id, const QVariantList &attributes, const QByteArray &wkb)
{
  QVariantList values{id};
  values.append(attributes);
  if (!mStatement->write(values, {wkb}))
  {
    // SpatiaLite's geometry triggers reject a wrong type or CRS with this message.
    const QString detail = mStatement->errorMessage();
    mError = detail.contains(QLatin1String("violates Geometry constraint")) ||
                     detail.contains(QLatin1String(".geom"))
                 ? tr("%1 feature %2: the geometry is missing, unreadable or of a type that does not fit the "
                      "layer.")
                       .arg(mTable, id)
                 : tr("%1 feature %2: %3").arg(mTable, id, detail);
    return false;
  }
  ++mCount;
  return true;
}

BulkLoad::BulkLoad(CacheFile &cache, const QString &table)
    : mCache(cache)
    , mTable(table)
{}

QStringList BulkLoad::insertTriggerNames() const
{
  // The per-row work of an insert: SpatiaLite's geometry check (ggi), spatial index (gii) and
  // last-insert timestamp (tmi), and our journal. finish() does each once for the whole load.
  QStringList names;
  for (const QString &prefix : {QStringLiteral("ggi"), QStringLiteral("gii"), QStringLiteral("tmi")})
    names.append(QStringLiteral("%1_%2_geom").arg(prefix, mTable));
  names.append(QStringLiteral("journal_%1_insert").arg(mTable));
  return names;
}

bool BulkLoad::start(QString *error)
{
  SqliteDatabase &database = mCache.database();
  mFirstRowid =
      database.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(mTable)).toLongLong();
  mSavedTriggers.clear();
  for (const QString &name : insertTriggerNames())
  {
    const QString sql =
        database
            .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                        .arg(name))
            .toString();
    if (sql.isEmpty())
      continue;
    mSavedTriggers.append(sql);
    if (!database.execute(QStringLiteral("DROP TRIGGER \"%1\"").arg(name), error))
    {
      *error = tr("%1: the insert triggers could not be set aside: %2").arg(mTable, *error);
      return false;
    }
  }
  return true;
}

bool BulkLoad::checkGeometries(QString *error)
{
  SqliteDatabase &database = mCache.database();
  SqliteStatement constraint =
      database.prepare(QStringLiteral("SELECT geometry_type, srid FROM geometry_columns WHERE f_table_name = "
                                      "lower(?1) AND f_geometry_column = 'geom'"));
  constraint.bindText(1, mTable);
  if (!constraint.next())
  {
    *error = tr("%1 is not a registered geometry table.").arg(mTable);
    return false;
  }
  // The same test as SpatiaLite's insert trigger, once over the new rows; an optional geometry
  // may be NULL.
  const schema::Table *table = schema::table(mTable);
  const bool required =
      std::any_of(table->geometries.begin(), table->geometries.end(), [](const schema::Geometry &geometry) {
        return geometry.column == QLatin1String("geom") && geometry.required;
      });
  SqliteStatement invalid = database.prepare(
      QStringLiteral(
          "SELECT id FROM \"%1\" WHERE rowid > ?1 AND %2GeometryConstraints(geom, ?2, ?3) IS NOT 1 "
          "LIMIT 1")
          .arg(mTable, required ? QString() : QStringLiteral("geom IS NOT NULL AND ")));
  invalid.bindInt64(1, mFirstRowid);
  invalid.bindInt64(2, constraint.int64(0));
  invalid.bindInt64(3, constraint.int64(1));
  if (invalid.next())
  {
    *error =
        tr("%1 feature %2: the geometry is missing, unreadable or of a type that does not fit the layer.")
            .arg(mTable, invalid.text(0));
    return false;
  }
  if (invalid.failed())
  {
    *error = tr("%1: %2").arg(mTable, invalid.errorMessage());
    return false;
  }
  return true;
}

bool BulkLoad::finish(QString *error)
{
  SqliteDatabase &database = mCache.database();
  const schema::Table *table = schema::table(mTable);
  const bool spatial =
      std::any_of(table->geometries.begin(), table->geometries.end(),
                  [](const schema::Geometry &geometry) { return geometry.column == QLatin1String("geom"); });
  if (spatial && !checkGeometries(error))
    return false;
  SqliteStatement journal = database.prepare(journaltriggers::journalInsertedRowsStatement(*table));
  journal.bindInt64(1, mFirstRowid);
  if (!journal.run())
  {
    *error = tr("%1: the new features could not be journaled: %2").arg(mTable, journal.errorMessage());
    return false;
  }
  if (spatial && !packedspatialindex::rebuild(database, mTable, QStringLiteral("geom"), error))
    return false;
  for (const QString &sql : std::as_const(mSavedTriggers))
  {
    if (!database.execute(sql, error))
      return false;
  }
  return !spatial ||
         database.execute(
             QStringLiteral(
                 "UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                 "WHERE f_table_name = lower('%1') AND f_geometry_column = 'geom'")
                 .arg(mTable),
             error);
}
