#pragma once

#include "cache/sqlitedatabase.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

class CacheFile;

/**
 * A prepared "insert, or update if the key exists" for one table of the schema, with geometry
 * given as WKB and converted to the column's SpatiaLite type. The repositories' one write path:
 * the journal triggers see every row it writes.
 */
class UpsertStatement
{
  public:
    /** Whether a row whose key exists is updated, or refused (for loads that must only add rows). */
    enum class OnConflict
    {
      Update,
      Fail,
    };

    /**
     * Prepares the statement for \a columns (the first is the key) and \a geometryColumns of
     * \a table. Check isValid(); errorMessage() says why it is not.
     */
    UpsertStatement(CacheFile &cache, const QString &table, const QStringList &columns,
                    const QStringList &geometryColumns = {}, OnConflict onConflict = OnConflict::Update);

    /** \a text, or NULL when it is empty: optional text columns store NULL, not ''. */
    static QVariant optional(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

    bool isValid() const { return mStatement.isValid(); }
    QString errorMessage() const { return mError.isEmpty() ? mStatement.errorMessage() : mError; }

    /**
     * Writes one row: \a values in the order of the columns, \a geometries (WKB, empty for NULL) in
     * the order of the geometry columns. Returns false with errorMessage() set.
     */
    bool write(const QVariantList &values, const QList<QByteArray> &geometries = {});

  private:
    SqliteStatement mStatement;
    int mColumnCount = 0;
    int mSrid = 0;
    QStringList mGeometryTypes; //!< of the geometry columns, e.g. MULTIPOLYGON
    QString mError;
};
