#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class AnalysisFeedback;
class GeosContext;
class ShapeClipper;
class SqliteDatabase;

/** A grid cell, community or street that a study area takes in, wholly or in part. */
struct TouchedArea
{
    QString code;
    QString name;                     //!< empty for grid cells
    bool whole = false;               //!< lies wholly inside the study area
    double area = 0;                  //!< its own area, m²
    double areaInside = 0;            //!< the part inside the study area, m²
    std::optional<qint64> population; //!< communities with a census figure
};

/** The administrative areas a study area takes in (单元网格, 社区, 街道). */
struct TouchedAreas
{
    std::vector<TouchedArea> gridCells;
    std::vector<TouchedArea> communities;
    std::vector<TouchedArea> streets;

    /**
     * The population inside, each community's census figure weighted by the share of its area inside
     * (people spread evenly over it); nothing when no community touched has a figure.
     */
    std::optional<double> population() const;
};

/** Finds the grid cells, communities and streets a study area overlaps, with the area they share. */
class AreasTouchedFinder
{
    Q_DECLARE_TR_FUNCTIONS(AreasTouchedFinder)

  public:
    AreasTouchedFinder(SqliteDatabase &database, const GeosContext &geos);

    std::optional<TouchedAreas> find(const ShapeClipper &shape, const AnalysisFeedback *feedback,
                                     QString *error);

  private:
    bool findIn(const QString &table, const QString &extraColumns, const ShapeClipper &shape,
                std::vector<TouchedArea> &found, const AnalysisFeedback *feedback, QString *error);

    SqliteDatabase &mDatabase;
    const GeosContext &mGeos;
};
