#pragma once

#include "analysis/geoscontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>

class AnalysisFeedback;
class GreenClasses;
class ShapeClipper;
class SqliteDatabase;

/** Green space inside a study area (domain.md §7): areas in m² of the projected CRS. */
struct GreenFigures
{
    std::map<QString, double> areaByClass;    //!< stored green_class code (G11, RG, …) → area inside
    std::map<QString, double> areaByCategory; //!< major class of CJJ/T 85 (G1, G2, G3, XG, EG) → area inside
    double greenRatioArea = 0; //!< the union of the plots of 绿地率's classes (G1+G2+G3+XG) inside
    double allGreenArea = 0;   //!< the union of every green plot inside, EG and unknown classes too
    double vegetationArea = 0; //!< the union of tree crowns and green plots inside: 绿化覆盖率's numerator
    double parkArea = 0;       //!< park green space (公园绿地) inside
    double plotOverlap = 0;    //!< Σ areaByClass − allGreenArea: ground the data gives to two plots
    int plotCount = 0;         //!< green plots inside, wholly or partly
    int canopyCount = 0;       //!< tree crowns inside, wholly or partly
    QStringList unknownClasses; //!< green_class codes no CJJ/T 85 class is a prefix of
    int repairedGeometries = 0; //!< invalid plots and crowns made valid before measuring

    double residentialArea = 0;   //!< residential building footprints inside
    double residentialServed = 0; //!< …of which within a park's service radius
    int servingParks = 0;         //!< parks whose service radius reaches into the area
    QByteArray greenInsideWkb;    //!< the plots' parts inside, a multipolygon (only when asked for)
};

/**
 * Measures green space, tree cover and park service inside a study area, exactly: plots across the
 * boundary are clipped, and tree crowns and plots are united so that no ground is counted twice.
 */
class GreenStatistics
{
    Q_DECLARE_TR_FUNCTIONS(GreenStatistics)

  public:
    /**
     * Service radius of a park of at least largeParkArea (500 m), and of a park from smallParkArea up
     * to that (300 m): "300 米见绿、500 米见园", the coverage of GB/T 50563-2010 (domain.md §7.1).
     */
    static constexpr double largeParkArea = 5000;
    static constexpr double largeParkRadius = 500;
    static constexpr double smallParkArea = 2000;
    static constexpr double smallParkRadius = 300;

    GreenStatistics(SqliteDatabase &database, const GeosContext &geos, const GreenClasses &classes);

    /**
     * The green space and tree cover inside \a shape (not the park service: measureParkService());
     * with \a keepShapes also the clipped plots for the map. Nothing when cancelled through
     * \a feedback, or with \a error when the cache cannot be read.
     */
    std::optional<GreenFigures> compute(const ShapeClipper &shape, bool keepShapes,
                                        const AnalysisFeedback *feedback, QString *error);

    /**
     * Adds the park service to \a figures: the parks reaching into \a shape and the residential
     * footprint inside, served or not. It reads other rows than compute(), so it may run beside it on
     * another connection. False when cancelled or with \a error when the cache cannot be read.
     */
    bool measureParkService(const ShapeClipper &shape, GreenFigures &figures,
                            const AnalysisFeedback *feedback, QString *error);

  private:
    bool measurePlots(const ShapeClipper &shape, GreenFigures &figures, const AnalysisFeedback *feedback,
                      QString *error);
    bool measureCanopies(const ShapeClipper &shape, GreenFigures &figures, const AnalysisFeedback *feedback,
                         QString *error);
    /** The polygon of \a wkb, made valid if it is not (counted in \a repaired, when given). */
    GeosContext::Geometry readPolygon(const QByteArray &wkb, int *repaired) const;

    SqliteDatabase &mDatabase;
    const GeosContext &mGeos;
    const GreenClasses &mClasses;
    std::vector<GeosContext::Geometry> mPlotsInside; //!< the clipped plots of the last compute()
    std::vector<bool> mPlotCountsInRatio;            //!< …whether each is of 绿地率's classes
};
