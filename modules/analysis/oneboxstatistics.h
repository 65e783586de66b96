#pragma once

#include "analysis/areastouched.h"
#include "analysis/greenstatistics.h"
#include "analysis/inventorystatistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class AnalysisFeedback;
class CacheFile;
class GreenClasses;
class SqliteDatabase;
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
 *
 * The green figures and the inventory (components, cases, areas touched) read different tables, so
 * they are computed side by side on two cores: the inventory on a second, read-only connection to
 * the cache file, kept open between computations.
 */
class OneBoxStatistics
{
    Q_DECLARE_TR_FUNCTIONS(OneBoxStatistics)

  public:
    OneBoxStatistics(CacheFile &cache, const GreenClasses &classes);
    ~OneBoxStatistics();

    /**
     * The figures for \a area. Nothing when cancelled through \a feedback (then \a error is empty),
     * or with \a error naming what could not be read.
     */
    std::optional<OneBoxFigures> compute(const StudyArea &area, const OneBoxOptions &options,
                                         AnalysisFeedback *feedback, QString *error);

  private:
    /** What computeInventory() finds, on its own thread: all but the green space and tree cover. */
    struct Inventory
    {
        std::optional<GreenFigures> parkService; //!< only the park service's fields
        std::optional<ComponentFigures> components;
        std::optional<CaseFigures> cases;
        std::optional<TouchedAreas> touched;
        int failedClips = 0;
        QString geosError;
        QString error;
    };

    /**
     * The park service, components, cases and areas touched in \a area, read through \a database with
     * a GEOS context of its own.
     */
    static Inventory computeInventory(SqliteDatabase &database, const GreenClasses &classes,
                                      const StudyArea &area, const OneBoxOptions &options,
                                      const QDateTime &now, const AnalysisFeedback *feedback);
    /** The second connection, opened on first use; null when the file cannot be opened twice. */
    SqliteDatabase *inventoryConnection();

    CacheFile &mCache;
    const GreenClasses &mClasses;
    std::unique_ptr<SqliteDatabase> mInventoryConnection;
    bool mInventoryConnectionTried = false;
};
