#include "analysis/oneboxstatistics.h"

#include "analysis/analysisfeedback.h"
#include "analysis/geoscontext.h"
#include "analysis/shapeclipper.h"
#include "analysis/studyarea.h"
#include "cache/cachefile.h"
#include "cache/sqlitedatabase.h"

#include <future>

std::optional<double> OneBoxFigures::parkAreaPerCapita() const
{
  const std::optional<double> people = touched.population();
  if (!people || *people <= 0)
    return std::nullopt;
  return green.parkArea / *people;
}

std::optional<double> OneBoxFigures::parkServiceCoverage() const
{
  if (green.residentialArea <= 0)
    return std::nullopt;
  return green.residentialServed / green.residentialArea;
}

OneBoxStatistics::OneBoxStatistics(CacheFile &cache, const GreenClasses &classes)
    : mCache(cache)
    , mClasses(classes)
{}

OneBoxStatistics::~OneBoxStatistics() = default;

SqliteDatabase *OneBoxStatistics::inventoryConnection()
{
  if (!mInventoryConnectionTried)
  {
    mInventoryConnectionTried = true;
    auto connection = std::make_unique<SqliteDatabase>();
    QString error;
    if (connection->open(mCache.path(), SqliteDatabase::OpenMode::ReadOnly, &error))
      mInventoryConnection = std::move(connection);
  }
  return mInventoryConnection.get();
}

OneBoxStatistics::Inventory
OneBoxStatistics::computeInventory(SqliteDatabase &database, const GreenClasses &classes,
                                   const StudyArea &area, const OneBoxOptions &options, const QDateTime &now,
                                   const AnalysisFeedback *feedback)
{
  Inventory inventory;
  GeosContext geos;
  const ShapeClipper shape(geos, area.wkb());
  if (!shape.isValid())
  {
    inventory.error = tr("The study area could not be read: %1").arg(geos.lastError());
    return inventory;
  }
  GreenFigures parkService;
  if (GreenStatistics(database, geos, classes)
          .measureParkService(shape, parkService, feedback, &inventory.error))
    inventory.parkService = parkService;
  InventoryStatistics statistics(database);
  if (inventory.parkService)
    inventory.components = statistics.components(shape, feedback, &inventory.error);
  if (inventory.components)
    inventory.cases =
        statistics.cases(shape, options.casesFrom, options.casesTo, now, feedback, &inventory.error);
  if (inventory.cases)
    inventory.touched = AreasTouchedFinder(database, geos).find(shape, feedback, &inventory.error);
  inventory.failedClips = shape.failedClips();
  inventory.geosError = geos.lastError();
  return inventory;
}

std::optional<OneBoxFigures> OneBoxStatistics::compute(const StudyArea &area, const OneBoxOptions &options,
                                                       AnalysisFeedback *feedback, QString *error)
{
  error->clear();
  GeosContext geos;
  const ShapeClipper shape(geos, area.wkb());
  if (!shape.isValid())
  {
    *error = tr("The study area could not be read: %1").arg(geos.lastError());
    return std::nullopt;
  }
  OneBoxFigures figures;
  figures.areaDescription = area.description();
  figures.area = area.area();
  figures.srid = mCache.srid();
  figures.crsName =
      mCache.database()
          .scalar(
              QStringLiteral("SELECT ref_sys_name FROM spatial_ref_sys WHERE srid = %1").arg(figures.srid))
          .toString();
  figures.cachePath = mCache.path();
  figures.computedAt = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
  figures.casesFrom = options.casesFrom;
  figures.casesTo = options.casesTo;

  const auto progress = [feedback](double percent) {
    if (feedback)
      feedback->setProgress(percent);
    return !(feedback && feedback->isCanceled());
  };

  // The inventory runs beside the green figures when the file can be opened a second time (not, say,
  // while another connection holds it exclusively); otherwise after them, on the same connection.
  SqliteDatabase *second = inventoryConnection();
  std::future<Inventory> inventoryRun;
  if (second)
    inventoryRun =
        std::async(std::launch::async, &OneBoxStatistics::computeInventory, std::ref(*second),
                   std::cref(mClasses), std::cref(area), std::cref(options), figures.computedAt, feedback);

  GreenStatistics green(mCache.database(), geos, mClasses);
  std::optional<GreenFigures> greenFigures = green.compute(shape, options.keepGreenShapes, feedback, error);
  if (!greenFigures)
  {
    if (second)
      inventoryRun.wait();
    return std::nullopt;
  }
  progress(60);
  const Inventory inventory =
      second ? inventoryRun.get()
             : computeInventory(mCache.database(), mClasses, area, options, figures.computedAt, feedback);
  if (!progress(90))
    return std::nullopt;
  figures.green = std::move(*greenFigures);
  if (!inventory.parkService || !inventory.components || !inventory.cases || !inventory.touched)
  {
    *error = inventory.error;
    return std::nullopt;
  }
  figures.green.residentialArea = inventory.parkService->residentialArea;
  figures.green.residentialServed = inventory.parkService->residentialServed;
  figures.green.servingParks = inventory.parkService->servingParks;
  figures.green.repairedGeometries += inventory.parkService->repairedGeometries;
  figures.components = *inventory.components;
  figures.cases = *inventory.cases;
  figures.touched = *inventory.touched;

  const int failedClips = shape.failedClips() + inventory.failedClips;
  if (failedClips > 0)
  {
    *error =
        tr("GEOS could not cut %n features by the study area (%1); no figures are given rather than wrong "
           "ones.",
           nullptr, failedClips)
            .arg(shape.failedClips() > 0 ? geos.lastError() : inventory.geosError);
    return std::nullopt;
  }
  progress(100);
  return figures;
}
