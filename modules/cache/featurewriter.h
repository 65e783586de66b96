#pragma once

#include "cache/upsertstatement.h"

#include <QCoreApplication>
#include <memory>

class CacheFile;

/**
 * Writes many features into one basemap table of the cache (buildings, roads, water, green space,
 * canopy, …): the bulk path of imports and the demo city. The caller wraps the writes in one
 * SqliteTransaction, so that a failure leaves the table as it was.
 */
class FeatureWriter
{
    Q_DECLARE_TR_FUNCTIONS(FeatureWriter)

  public:
    /** The tables this writer accepts: those of the basemap. */
    static QStringList basemapTables();

    /**
     * Prepares writing to \a table, setting the id, \a attributeColumns and the geometry column
     * "geom". Check isValid(); errorMessage() names the table and the problem otherwise.
     */
    FeatureWriter(CacheFile &cache, const QString &table, const QStringList &attributeColumns,
                  UpsertStatement::OnConflict onConflict = UpsertStatement::OnConflict::Update);

    bool isValid() const { return mStatement && mStatement->isValid(); }
    QString errorMessage() const { return mError; }

    /**
     * Writes (or replaces) the feature \a id. \a attributes are in the order of the attribute
     * columns; \a wkb is in the cache CRS. False with errorMessage() naming the feature.
     */
    bool write(const QString &id, const QVariantList &attributes, const QByteArray &wkb);

    /** How many features were written. */
    qint64 count() const { return mCount; }

  private:
    QString mTable;
    std::unique_ptr<UpsertStatement> mStatement;
    QString mError;
    qint64 mCount = 0;
};

/**
 * A big load of new rows into one table (an import, the demo city: basemap layers, components,
 * cases and their events). While it runs,
 * the per-row insert triggers (SpatiaLite's geometry check, spatial index and timestamp, and the
 * journal's) are set aside; finish() checks the new geometries, journals the new rows as one set exactly as
 * the insert trigger would, packs the spatial index in one pass and restores the triggers: several
 * times faster than row by row (tests/bench/benchcache.cpp measures it). Everything happens inside
 * the caller's transaction, so a failure leaves the table as it was. Only new rows may be
 * written to the table meanwhile (use OnConflict::Fail). Rows written to other tables are journaled
 * as they come, before the load's own: where several loads run at once (cases and their events),
 * finish the parent table's first, so that sync sends parents before children.
 */
class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)

  public:
    BulkLoad(CacheFile &cache, const QString &table);

    /** Sets the insert triggers aside. */
    bool start(QString *error);

    /**
     * Checks the geometries of the rows added since start() (false with \a error naming the first
     * feature that does not fit the layer), journals them, rebuilds the spatial
     * index and restores the triggers.
     */
    bool finish(QString *error);

  private:
    QStringList insertTriggerNames() const;
    bool checkGeometries(QString *error);

    CacheFile &mCache;
    QString mTable;
    qint64 mFirstRowid = 0;
    QStringList mSavedTriggers;
};
