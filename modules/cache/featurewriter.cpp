#include "cache/featurewriter.h"

#include "cache/schema.h"

QStringList FeatureWriter::basemapTables()
{
  return {QStringLiteral("building"),    QStringLiteral("road"),       QStringLiteral("road_surface"),
          QStringLiteral("block"),       QStringLiteral("water"),      QStringLiteral("green_space"),
          QStringLiteral("tree_canopy"), QStringLiteral("place_label")};
}

FeatureWriter::FeatureWriter(CacheFile &cache, const QString &table, const QStringList &attributeColumns)
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
                                        QStringList{QStringLiteral("geom")});
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
