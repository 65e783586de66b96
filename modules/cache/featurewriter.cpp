#include "cache/featurewriter.h"

#include "cache/cachefile.h"
#include "cache/journaltriggers.h"
#include "cache/schema.h"

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

bool BulkLoad::start(QString *error)
{
  SqliteDatabase &database = mCache.database();
  mFirstRowid =
      database.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(mTable)).toLongLong();
  if (database.scalar(QStringLiteral("SELECT DisableSpatialIndex('%1', 'geom')").arg(mTable), error)
              .toInt() != 1 ||
      !database.execute(QStringLiteral("DROP TABLE \"idx_%1_geom\"").arg(mTable), error))
  {
    *error = tr("%1: the spatial index could not be set aside: %2").arg(mTable, *error);
    return false;
  }
  return mCache.setJournalSuppressed(true, error);
}

bool BulkLoad::finish(QString *error)
{
  SqliteDatabase &database = mCache.database();
  const schema::Table *table = schema::table(mTable);
  SqliteStatement journal = database.prepare(journaltriggers::journalInsertedRowsStatement(*table));
  journal.bindInt64(1, mFirstRowid);
  if (!journal.run() || !mCache.setJournalSuppressed(false, error))
  {
    *error =
        tr("%1: the new features could not be journaled: %2").arg(mTable, journal.errorMessage() + *error);
    return false;
  }
  if (database.scalar(QStringLiteral("SELECT CreateSpatialIndex('%1', 'geom')").arg(mTable), error).toInt() !=
      1)
  {
    *error = tr("%1: the spatial index could not be rebuilt: %2").arg(mTable, *error);
    return false;
  }
  return true;
}
