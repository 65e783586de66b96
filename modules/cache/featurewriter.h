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
    FeatureWriter(CacheFile &cache, const QString &table, const QStringList &attributeColumns);

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
