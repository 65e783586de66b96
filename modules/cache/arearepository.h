#pragma once

#include "cache/sqlitedatabase.h"
#include "domain/gridcode.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CacheFile;

/** A district, street or community: its code, the code of the area it belongs to, name and outline. */
struct AreaRecord
{
    QString code;       //!< 6 (district), 9 (street) or 12 (community) digits
    QString parentCode; //!< empty for a district
    QString name;
    QByteArray wkb; //!< polygon or multipolygon in the cache CRS
};

/** A unit grid cell (单元网格). Its community follows from the code; its area from the geometry. */
struct GridCellRecord
{
    GridCode code;
    QByteArray wkb; //!< polygon or multipolygon in the cache CRS
    QString landUse;
    QString managementLevel;
    QString supervisorId; //!< the responsible grid supervisor (person id), may be empty
};

/**
 * The administrative hierarchy of the cache: districts, streets, communities and unit grid cells,
 * with their outlines; and which cell a point lies in.
 */
class AreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(AreaRepository)

  public:
    explicit AreaRepository(CacheFile &cache);

    /** Inserts or updates a district. Returns false with \a error naming the code and the problem. */
    bool saveDistrict(const AreaRecord &district, QString *error);
    /** Inserts or updates a street; its code must extend its district's. */
    bool saveStreet(const AreaRecord &street, QString *error);
    /** Inserts or updates a community; its code must extend its street's. */
    bool saveCommunity(const AreaRecord &community, QString *error);
    /** Inserts or updates a grid cell; its community must exist and its outline be valid. */
    bool saveGridCell(const GridCellRecord &cell, QString *error);

    /** The code of the grid cell containing (\a x, \a y) in the cache CRS, or nothing. */
    std::optional<QString> gridCellAt(double x, double y);

    /** The name of the area with \a code (district, street or community), empty when unknown. */
    QString areaName(const QString &code);

  private:
    bool saveArea(const QString &table, int codeLength, const QString &parentTable,
                  const QString &parentColumn, const AreaRecord &area, QString *error);
    bool checkGeometry(const QByteArray &wkb, const QString &code, QString *error);

    bool coveredBySpatialite(const QByteArray &geometry, double x, double y);

    CacheFile &mCache;
    SqliteStatement mCellCandidates; //!< prepared once: a lookup is asked thousands of times
};
