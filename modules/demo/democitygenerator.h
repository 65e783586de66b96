#pragma once

#include "demo/demolayout.h"
#include "demo/demonames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>

#include <functional>

class CacheFile;
class CaseWorkflow;
class CityConfiguration;
class WorkCalendar;
class FeatureWriter;

/**
 * Writes a believable city district into an empty cache, the same for the same seed: the
 * administrative hierarchy (district, streets, communities) and ~10,000 m² unit grid cells with
 * valid codes numbered west→east, north→south; roads with Chinese names (centre lines and
 * surfaces), a river, city blocks, buildings with floor counts, green space classed per CJJ/T 85 and
 * tree canopy that overlaps green space and streets.
 */
class DemoCityGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoCityGenerator)

  public:
    /** The county-level code and name of the demo district (a code no real county uses). */
    static QString districtCode() { return QStringLiteral("330199"); }

    /** The reference data the city is made with. */
    struct Reference
    {
        const CityConfiguration &city; //!< department types and class settings: departments, routing, owners
        const CaseWorkflow &workflow;  //!< every case of the history goes through it
        const WorkCalendar &calendar;  //!< working time for deadlines and handling times
    };

    /** The history ends at \a now: the same seed and now give the same city. */
    DemoCityGenerator(CacheFile &cache, const DemoScale &scale, quint64 seed, const Reference &reference,
                      const QDateTime &now);

    /** How many cases the history has, after generate(). */
    int caseCount() const { return mCaseCount; }

    /** Called with a translated step name and the percentage done. */
    void setProgress(std::function<void(const QString &step, int percent)> progress)
    {
      mProgress = std::move(progress);
    }

    /** Writes everything in one transaction; on failure nothing is written and \a error says why. */
    bool generate(QString *error);

  private:
    bool writeCity(QString *error);
    using Road = DemoRoad;

    bool writeAdministration(QString *error);
    QList<Road> planRoads();
    bool writeRoads(const QList<Road> &roads, QString *error);
    bool writeWater(QString *error);
    bool writeBlocks(QString *error);
    bool writeBuildingsAndGreen(QString *error);
    bool estimatePopulation(QString *error);
    bool writeStreetTrees(const QList<Road> &roads, QString *error);
    QByteArray landLeftOver(const QByteArray &shape, const QStringList &takenBy, QString *error);
    void report(const QString &step, int percent);

    CacheFile &mCache;
    DemoScale mScale;
    DemoRandom mRandom;
    DemoNames mNames;
    DemoLayout mLayout;
    std::function<void(const QString &, int)> mProgress;
    Reference mReference;
    QDateTime mNow;
    int mCaseCount = 0;
};
