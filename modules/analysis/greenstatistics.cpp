#include "analysis/greenstatistics.h"

#include "analysis/analysisfeedback.h"
#include "analysis/shapeclipper.h"
#include "analysis/unionarea.h"
#include "cache/sqlitedatabase.h"
#include "domain/greenclasses.h"

#include <cstdint>

namespace
{
  void collectIndex(void *item, void *userData)
  {
    static_cast<std::vector<size_t> *>(userData)->push_back(
        static_cast<size_t>(reinterpret_cast<std::uintptr_t>(item)));
  }
} // namespace

GreenStatistics::GreenStatistics(SqliteDatabase &database, const GeosContext &geos,
                                 const GreenClasses &classes)
    : mDatabase(database)
    , mGeos(geos)
    , mClasses(classes)
{}

std::optional<GreenFigures> GreenStatistics::compute(const ShapeClipper &shape, bool keepShapes,
                                                     const AnalysisFeedback *feedback, QString *error)
{
  GreenFigures figures;
  mPlotsInside.clear();
  mPlotCountsInRatio.clear();
  if (!measurePlots(shape, figures, feedback, error) || !measureCanopies(shape, figures, feedback, error))
    return std::nullopt;
  if (keepShapes)
  {
    std::vector<GeosContext::Geometry> polygons;
    for (const GeosContext::Geometry &plot : mPlotsInside)
    {
      for (GeosContext::Geometry &part : mGeos.parts(plot.get()))
      {
        if (GEOSGeomTypeId_r(mGeos.handle(), part.get()) == GEOS_POLYGON)
          polygons.push_back(std::move(part));
      }
    }
    figures.greenInsideWkb = mGeos.toWkb(mGeos.collect(GEOS_MULTIPOLYGON, std::move(polygons)).get());
  }
  return figures;
}

GeosContext::Geometry GreenStatistics::readPolygon(const QByteArray &wkb, int *repaired) const
{
  GeosContext::Geometry geometry = mGeos.fromWkb(wkb);
  if (geometry && GEOSisValid_r(mGeos.handle(), geometry.get()) != 1)
  {
    // A bow-tie plot or a crown drawn twice over itself has no defined area; made valid, it has.
    geometry = mGeos.own(GEOSMakeValid_r(mGeos.handle(), geometry.get()));
    if (repaired)
      ++*repaired;
  }
  return geometry;
}

bool GreenStatistics::measurePlots(const ShapeClipper &shape, GreenFigures &figures,
                                   const AnalysisFeedback *feedback, QString *error)
{
  SqliteStatement plots = mDatabase.prepare(
      indexedRowsSql(QStringLiteral("green_space"), QStringLiteral("t.green_class, AsBinary(t.geom)")));
  bindEnvelope(plots, shape.envelope());
  double sumOfClasses = 0;
  while (plots.next())
  {
    if (feedback && feedback->isCanceled())
      return false;
    const GeosContext::Geometry plot = readPolygon(plots.blob(1), &figures.repairedGeometries);
    if (!plot)
      continue;
    GeosContext::Geometry inside = shape.partInside(plot.get());
    if (!inside)
      continue;
    const double area = mGeos.area(inside.get());
    if (area <= 0)
      continue;
    const QString code = plots.text(0);
    const GreenClass *green = mClasses.find(code);
    ++figures.plotCount;
    figures.areaByClass[code] += area;
    sumOfClasses += area;
    if (green)
    {
      figures.areaByCategory[green->category] += area;
      if (green->isPark)
        figures.parkArea += area;
    }
    else if (!figures.unknownClasses.contains(code))
    {
      figures.unknownClasses.append(code);
    }
    mPlotCountsInRatio.push_back(green && green->countsInGreenRatio);
    mPlotsInside.push_back(std::move(inside));
  }
  if (plots.failed())
  {
    *error = tr("%1: green space could not be read: %2").arg(mDatabase.path(), plots.errorMessage());
    return false;
  }

  std::vector<const GEOSGeometry *> all;
  std::vector<const GEOSGeometry *> counted;
  for (size_t i = 0; i < mPlotsInside.size(); ++i)
  {
    all.push_back(mPlotsInside[i].get());
    if (mPlotCountsInRatio[i])
      counted.push_back(mPlotsInside[i].get());
  }
  const std::optional<double> allArea = unionarea::of(mGeos, all, feedback, error);
  const std::optional<double> countedArea =
      allArea ? unionarea::of(mGeos, counted, feedback, error) : std::nullopt;
  if (!countedArea)
    return false;
  figures.allGreenArea = *allArea;
  figures.greenRatioArea = *countedArea;
  figures.plotOverlap = std::max(0.0, sumOfClasses - *allArea);
  return true;
}

bool GreenStatistics::measureCanopies(const ShapeClipper &shape, GreenFigures &figures,
                                      const AnalysisFeedback *feedback, QString *error)
{
  // A crown wholly over a green plot adds no ground to the cover: dropped before the union, so that a
  // park and its thousand trees are not united for nothing.
  const GEOSContextHandle_t handle = mGeos.handle();
  GEOSSTRtree *plotTree = GEOSSTRtree_create_r(handle, 10);
  std::vector<GeosContext::Prepared> preparedPlots;
  for (size_t i = 0; i < mPlotsInside.size(); ++i)
  {
    preparedPlots.push_back(mGeos.prepare(mPlotsInside[i].get()));
    GEOSSTRtree_insert_r(handle, plotTree, mPlotsInside[i].get(),
                         reinterpret_cast<void *>(static_cast<std::uintptr_t>(i)));
  }

  SqliteStatement canopies =
      mDatabase.prepare(indexedRowsSql(QStringLiteral("tree_canopy"), QStringLiteral("AsBinary(t.geom)")));
  bindEnvelope(canopies, shape.envelope());
  std::vector<GeosContext::Geometry> uncovered;
  std::vector<size_t> candidates;
  bool canceled = false;
  while (canopies.next())
  {
    if (feedback && feedback->isCanceled())
    {
      canceled = true;
      break;
    }
    const GeosContext::Geometry canopy = readPolygon(canopies.blob(0), &figures.repairedGeometries);
    if (!canopy)
      continue;
    GeosContext::Geometry inside = shape.partInside(canopy.get());
    if (!inside || mGeos.area(inside.get()) <= 0)
      continue;
    ++figures.canopyCount;
    candidates.clear();
    GEOSSTRtree_query_r(handle, plotTree, inside.get(), &collectIndex, &candidates);
    bool covered = false;
    for (const size_t plot : candidates)
    {
      if (GEOSPreparedCovers_r(handle, preparedPlots[plot].get(), inside.get()) == 1)
      {
        covered = true;
        break;
      }
    }
    if (!covered)
      uncovered.push_back(std::move(inside));
  }
  GEOSSTRtree_destroy_r(handle, plotTree);
  if (canceled)
    return false;
  if (canopies.failed())
  {
    *error = tr("%1: tree crowns could not be read: %2").arg(mDatabase.path(), canopies.errorMessage());
    return false;
  }

  std::vector<const GEOSGeometry *> vegetation;
  for (const GeosContext::Geometry &plot : mPlotsInside)
    vegetation.push_back(plot.get());
  for (const GeosContext::Geometry &canopy : uncovered)
    vegetation.push_back(canopy.get());
  const std::optional<double> area = unionarea::of(mGeos, vegetation, feedback, error);
  if (!area)
    return false;
  figures.vegetationArea = *area;
  return true;
}

bool GreenStatistics::measureParkService(const ShapeClipper &shape, GreenFigures &figures,
                                         const AnalysisFeedback *feedback, QString *error)
{
  // A park serves by its whole size, wherever most of it lies: parks up to the largest radius
  // beyond the area count.
  SqliteStatement parks = mDatabase.prepare(
      indexedRowsSql(QStringLiteral("green_space"), QStringLiteral("t.green_class, AsBinary(t.geom)")));
  bindEnvelope(parks, shape.envelope().expanded(largeParkRadius));
  const GEOSContextHandle_t handle = mGeos.handle();
  std::vector<GeosContext::Geometry> serviceAreas;
  while (parks.next())
  {
    if (feedback && feedback->isCanceled())
      return false;
    const GreenClass *green = mClasses.find(parks.text(0));
    if (!green || !green->isPark)
      continue;
    // A park inside the area was read, and its repair counted, as a plot.
    const GeosContext::Geometry park = readPolygon(parks.blob(1), nullptr);
    if (!park)
      continue;
    const double area = mGeos.area(park.get());
    if (area < smallParkArea)
      continue;
    const double radius = area >= largeParkArea ? largeParkRadius : smallParkRadius;
    GeosContext::Geometry served = mGeos.own(GEOSBuffer_r(handle, park.get(), radius, 16));
    if (!served)
      continue;
    if (shape.overlap(served.get()) == ShapeClipper::Overlap::Outside)
      continue;
    ++figures.servingParks;
    serviceAreas.push_back(std::move(served));
  }
  if (parks.failed())
  {
    *error = tr("%1: parks could not be read: %2").arg(mDatabase.path(), parks.errorMessage());
    return false;
  }
  const GeosContext::Geometry serviceCollection =
      mGeos.collect(GEOS_GEOMETRYCOLLECTION, std::move(serviceAreas));
  const GeosContext::Geometry serviceArea = mGeos.own(GEOSUnaryUnion_r(handle, serviceCollection.get()));
  if (!serviceArea)
  {
    *error = tr("The service areas of the parks could not be united: %1").arg(mGeos.lastError());
    return false;
  }
  const GeosContext::Prepared preparedService = mGeos.prepare(serviceArea.get());

  SqliteStatement homes =
      mDatabase.prepare(indexedRowsSql(QStringLiteral("building"), QStringLiteral("AsBinary(t.geom)"),
                                       QStringLiteral("t.usage = 'residential'")));
  bindEnvelope(homes, shape.envelope());
  while (homes.next())
  {
    if (feedback && feedback->isCanceled())
      return false;
    const GeosContext::Geometry home = readPolygon(homes.blob(0), &figures.repairedGeometries);
    if (!home)
      continue;
    const GeosContext::Geometry inside = shape.partInside(home.get());
    if (!inside)
      continue;
    figures.residentialArea += mGeos.area(inside.get());
    if (GEOSPreparedCovers_r(handle, preparedService.get(), inside.get()) == 1)
      figures.residentialServed += mGeos.area(inside.get());
    else if (GEOSPreparedIntersects_r(handle, preparedService.get(), inside.get()) == 1)
    {
      const GeosContext::Geometry served =
          mGeos.own(GEOSIntersection_r(handle, inside.get(), serviceArea.get()));
      if (!served)
      {
        *error = tr("A residential building could not be cut by the parks' service areas: %1")
                     .arg(mGeos.lastError());
        return false;
      }
      figures.residentialServed += mGeos.area(served.get());
    }
  }
  if (homes.failed())
  {
    *error =
        tr("%1: residential buildings could not be read: %2").arg(mDatabase.path(), homes.errorMessage());
    return false;
  }
  return true;
}
