#pragma once

#include "analysis/areastouched.h"
#include "analysis/greenstatistics.h"
#include "analysis/inventorystatistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class AnalysisFeedback;
class CacheFile;
class GreenClasses;
class StudyArea;

/** Everything the one-box tool (一框统计) reports for one study area. */
struct OneBoxFigures
{
    QString areaDescription; //!< what the area is ("rectangle 1000.0 m × 1000.0 m", "community …")
    double area = 0;         //!< A(B), m²: the denominator of every ratio
    int srid = 0;            //!< the projected CRS areas are measured in
    QString crsName;         //!< its name, as the cache's spatial_ref_sys has it
    QString cachePath;
    QDateTime computedAt; //!< also the "now" that deadlines are judged at
    QDateTime casesFrom;  //!< cases reported from (invalid: since the first)
    QDateTime casesTo;    //!< …until before (invalid: until now)

    GreenFigures green;
    ComponentFigures components;
    CaseFigures cases;
    TouchedAreas touched;

    /** 绿地率 = (G1+G2+G3+XG) ∩ B / A(B). */
    double greenSpaceRatio() const { return green.greenRatioArea / area; }
    /** 绿化覆盖率 = (tree crowns ∪ green plots) ∩ B / A(B). */
    double greenCoverageRatio() const { return green.vegetationArea / area; }
    /** 人均公园绿地面积 in m² per person; nothing without population figures. */
    std::optional<double> parkAreaPerCapita() const;
    /** 公园绿地服务半径覆盖率: residential footprint within a park's reach; nothing without homes. */
    std::optional<double> parkServiceCoverage() const;
};

/** What to compute besides the figures every area gets. */
struct OneBoxOptions
{
    QDateTime casesFrom;          //!< count cases reported from this instant on (invalid: no bound)
    QDateTime casesTo;            //!< …and before this one (invalid: no bound)
    QDateTime now;                //!< deadlines are judged at this instant (invalid: the current time)
    bool keepGreenShapes = false; //!< keep the clipped green plots, for the map to highlight
};

/**
 * The one-box statistics (一框统计): the exact green space, tree cover, park service, components,
 * cases and administrative areas inside a study area, from the cache alone (domain.md §7.2).
 */
class OneBoxStatistics
{
    Q_DECLARE_TR_FUNCTIONS(OneBoxStatistics)

  public:
    OneBoxStatistics(CacheFile &cache, const GreenClasses &classes);

    /**
     * The figures for \a area. Nothing when cancelled through \a feedback (then \a error is empty),
     * or with \a error naming what could not be read.
     */
    std::optional<OneBoxFigures> compute(const StudyArea &area, const OneBoxOptions &options,
                                         AnalysisFeedback *feedback, QString *error);

  private:
    CacheFile &mCache;
    const GreenClasses &mClasses;
};
