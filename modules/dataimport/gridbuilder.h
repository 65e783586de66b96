#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class CacheFile;

/** What `grid build` is told. */
struct GridBuildOptions
{
    QString districtCode;      //!< the district to grid; needed when the cache has none or several
    QString districtName;      //!< the name of a district that is not yet in the cache
    double cellArea = 10000.0; //!< the aimed-for cell area, m² (CJ/T 213: about 10,000 m²)
    bool replace = false;      //!< replace a grid the cache already has
};

/** What `grid build` did. */
struct GridBuildReport
{
    int blocks = 0;       //!< blocks enclosed by roads, rivers and boundaries
    int mergedBlocks = 0; //!< slivers joined to a neighbouring block
    int cells = 0;
    int streetsCreated = 0; //!< provisional streets, when the cache had no communities
    int communitiesCreated = 0;
    double area = 0; //!< m² divided
    double smallestCell = 0;
    double largestCell = 0;
    qint64 componentsLocated = 0; //!< components given the grid cell they lie in
    qint64 casesLocated = 0;
};

/**
 * Draws the unit grid (单元网格) of a city that has none yet, from the cache's road centre lines and
 * water: cells of about 10,000 m² whose edges follow roads, rivers and community boundaries
 * (GridPartition), numbered west→east, north→south within each community, with valid 15-digit
 * codes. Where the cache has communities, cells stay inside them; where it has none, provisional
 * streets and communities are made of whole blocks, to be replaced by the official ones. Components
 * and cases without a cell are then given the cell they lie in. One transaction: a failure or a
 * cancel leaves the cache as it was.
 */
class GridBuilder
{
    Q_DECLARE_TR_FUNCTIONS(GridBuilder)

  public:
    /** Told what is being done and the percentage done; false cancels. */
    using Progress = std::function<bool(const QString &step, int percent)>;

    GridBuilder(CacheFile &cache, const GridBuildOptions &options);

    void setProgress(Progress progress) { mProgress = std::move(progress); }

    /** Builds the grid. False with \a error saying what is missing or wrong; nothing is kept then. */
    bool run(QString *error);

    const GridBuildReport &report() const { return mReport; }

  private:
    bool report(const QString &step, int percent) const { return !mProgress || mProgress(step, percent); }
    bool cancelled(QString *error) const;
    /** Gives the rows of \a table (component, cases) without a grid cell the cell they lie in;
     * \a rowName ("Component %1") names a row in errors. */
    bool locate(const QString &table, const QString &rowName, qint64 *located, QString *error);

    CacheFile &mCache;
    GridBuildOptions mOptions;
    Progress mProgress;
    GridBuildReport mReport;
};
