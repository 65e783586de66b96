#pragma once

#include "cache/componentrepository.h"
#include "demo/demolayout.h"

#include <QCoreApplication>
#include <QHash>

class CacheFile;
class CityConfiguration;
class DemoOrganisation;

/**
 * Places management components as a city has them: street lamps, manhole covers of the different
 * kinds and storm drain grates along the roads, litter bins, hydrants, bus stops, traffic lights at
 * junctions, street trees under the canopy, public toilets, benches and ancient trees in parks, and
 * poles, lamps, covers and bins along old-town alleys.
 * Each has a valid 17-digit id, its class's departments and a state (mostly intact, some damaged or
 * missing).
 */
class DemoComponents
{
    Q_DECLARE_TR_FUNCTIONS(DemoComponents)

  public:
    DemoComponents(CacheFile &cache, DemoRandom &random, const DemoLayout &layout,
                   const CityConfiguration &city, const DemoOrganisation &organisation);

    bool write(const QList<DemoRoad> &roads, QString *error);

  private:
    bool place(const QString &typeCode, const QString &name, const QPointF &location, const QString &where,
               QString *error);
    bool alongRoads(const QList<DemoRoad> &roads, QString *error);
    bool inSuperblocks(QString *error);
    bool inAlleys(int i, int j, QString *error);

    CacheFile &mCache;
    DemoRandom &mRandom;
    const DemoLayout &mLayout;
    const CityConfiguration &mCity;
    const DemoOrganisation &mOrganisation;
    ComponentRepository mRepository;
    QHash<QString, int> mSerials;
};
