#include "demo/democitygenerator.h"

#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "cache/featurewriter.h"
#include "demo/democomponents.h"
#include "demo/demohistory.h"
#include "demo/demoorganisation.h"
#include "demo/wkb.h"

#include <QLineF>

#include <cmath>

namespace
{
  /** The layers that take ground away from blocks and green space. */
  QStringList groundTakers()
  {
    return {QStringLiteral("road_surface"), QStringLiteral("water")};
  }

  constexpr double arterialWidth = 40.0;
  constexpr double secondaryWidth = 24.0;
  constexpr double laneWidth = 8.0;
  constexpr double riverWidth = 36.0;
  constexpr double streetTreeSpacing = 8.0;
  constexpr int oldTownHousesPerSide = DemoLayout::oldTownHousesPerSide;
  constexpr double oldTownPitch = DemoLayout::oldTownPitch;

  QString code(int value, int digits)
  {
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
  }

  /** A point \a offset metres to the left of the direction \a from → \a to, at \a from. */
  QPointF offsetLeft(const QPointF &from, const QPointF &to, double offset)
  {
    const QLineF line(from, to);
    const double length = line.length();
    if (length <= 0)
      return from;
    return from + QPointF(-(to.y() - from.y()) / length * offset, (to.x() - from.x()) / length * offset);
  }
} // namespace

DemoCityGenerator::DemoCityGenerator(CacheFile &cache, const DemoScale &scale, quint64 seed,
                                     const Reference &reference, const QDateTime &now)
    : mCache(cache)
    , mScale(scale)
    , mRandom(seed)
    , mNames(mRandom)
    , mLayout(scale, mRandom)
    , mReference(reference)
    , mNow(now)
{}

void DemoCityGenerator::report(const QString &step, int percent)
{
  if (mProgress)
    mProgress(step, percent);
}

bool DemoCityGenerator::generate(QString *error)
{
  // A new file that is deleted if generation fails: the rollback journal kept in memory costs
  // nothing (new pages are not journaled), where the WAL would write the whole city twice.
  if (!mCache.database().execute(QStringLiteral("PRAGMA journal_mode = MEMORY"), error))
    return false;
  if (!writeCity(error))
    return false;
  return mCache.database().execute(QStringLiteral("PRAGMA journal_mode = WAL"), error);
}

bool DemoCityGenerator::writeCity(QString *error)
{
  SqliteTransaction transaction(mCache.database());
  if (!transaction.isActive())
  {
    *error = transaction.errorMessage();
    return false;
  }
  report(tr("Districts, streets, communities and grid cells"), 0);
  if (!writeAdministration(error))
    return false;
  report(tr("Roads"), 20);
  const QList<Road> roads = planRoads();
  if (!writeRoads(roads, error))
    return false;
  report(tr("River"), 35);
  if (!writeWater(error))
    return false;
  report(tr("City blocks"), 40);
  if (!writeBlocks(error))
    return false;
  report(tr("Buildings and green space"), 55);
  // Tree crowns are hundreds of thousands of new rows that nothing reads while the city is made.
  BulkLoad crowns(mCache, QStringLiteral("tree_canopy"));
  if (!crowns.start(error) || !writeBuildingsAndGreen(error))
    return false;
  report(tr("Street trees"), 70);
  if (!writeStreetTrees(roads, error) || !crowns.finish(error))
    return false;
  if (!estimatePopulation(error))
    return false;
  report(tr("Departments, people and routing rules"), 75);
  DemoOrganisation organisation(mCache, mRandom, mReference.city);
  if (!organisation.write(DemoLayout::cellsPerSide * DemoLayout::cellsPerSide, error))
    return false;
  report(tr("Components"), 80);
  DemoComponents components(mCache, mRandom, mLayout, mReference.city, organisation);
  if (!components.write(roads, error))
    return false;
  report(tr("Case history"), 85);
  DemoHistory history(
      {mCache, mRandom, mLayout, mReference.workflow, mReference.calendar, mReference.city, organisation},
      mNow, mScale.historyMonths, mScale.reportsPerDay);
  const QString historyStep = tr("Case history");
  history.setProgress([&](double share) { report(historyStep, 85 + static_cast<int>(10 * share)); });
  if (!history.write(error))
    return false;
  mCaseCount = history.caseCount();
  QString ignored;
  mCache.database().execute(QStringLiteral("SELECT BufferOptions_Reset()"), &ignored);
  report(tr("Saving"), 95);
  if (!transaction.commit())
  {
    *error = transaction.errorMessage();
    return false;
  }
  report(tr("Done"), 100);
  return true;
}

bool DemoCityGenerator::writeAdministration(QString *error)
{
  AreaRepository areas(mCache);
  const int n = mLayout.superblocks();
  if (!areas.saveDistrict(
          {districtCode(), QString(), QStringLiteral("绣湖区"), wkb::polygon(mLayout.outline(0, 0, n, n))},
          error))
    return false;

  // Streets are groups of superblocks, numbered north→south, west→east like everything else.
  const int group = mScale.streetBlocks;
  int streetNumber = 0;
  for (int top = n; top > 0; top -= group)
  {
    const int bottom = qMax(0, top - group);
    for (int left = 0; left < n; left += group)
    {
      const int right = qMin(n, left + group);
      const QString streetCode = districtCode() + code(++streetNumber, 3);
      if (!areas.saveStreet({streetCode, districtCode(), mNames.street(),
                             wkb::polygon(mLayout.outline(left, bottom, right, top))},
                            error))
        return false;
      int communityNumber = 0;
      for (int j = top - 1; j >= bottom; --j)
      {
        for (int i = left; i < right; ++i)
        {
          const QString communityCode = streetCode + code(++communityNumber, 3);
          if (!areas.saveCommunity({communityCode, streetCode, mNames.community(),
                                    wkb::polygon(mLayout.outline(i, j, i + 1, j + 1))},
                                   error))
            return false;
          // Cells west→east within a row, rows north→south.
          const int cells = DemoLayout::cellsPerSide;
          for (int b = cells - 1; b >= 0; --b)
          {
            for (int a = 0; a < cells; ++a)
            {
              const int sequence = (cells - 1 - b) * cells + a + 1;
              QString ignored;
              GridCellRecord cell;
              cell.code = *GridCode::parse(communityCode + code(sequence, 3), &ignored);
              cell.wkb = wkb::polygon(mLayout.quad(i, j, double(a) / cells, double(b) / cells,
                                                   double(a + 1) / cells, double(b + 1) / cells));
              cell.managementLevel = mLayout.landUse(i, j) == DemoLayout::LandUse::Commercial
                                         ? QStringLiteral("A")
                                         : QStringLiteral("B");
              if (!areas.saveGridCell(cell, error))
                return false;
            }
          }
        }
      }
    }
  }
  return true;
}

QList<DemoCityGenerator::Road> DemoCityGenerator::planRoads()
{
  QList<Road> roads;
  const int n = mLayout.superblocks();
  int number = 0;
  const auto add = [&](const QString &roadClass, double width, const QList<QPointF> &line) {
    roads.append({QStringLiteral("road-%1").arg(++number), mNames.road(roadClass), roadClass, width, line});
  };

  // Arterials along every lattice line but the river's; secondary roads through every superblock's middle.
  for (int i = 0; i <= n; ++i)
  {
    if (i == mLayout.riverColumn())
      continue;
    QList<QPointF> line;
    for (int j = 0; j <= n; ++j)
      line.append(mLayout.node(i, j));
    add(QStringLiteral("arterial"), arterialWidth, line);
  }
  for (int j = 0; j <= n; ++j)
  {
    QList<QPointF> line;
    for (int i = 0; i <= n; ++i)
      line.append(mLayout.node(i, j));
    add(QStringLiteral("arterial"), arterialWidth, line);
  }
  for (int i = 0; i < n; ++i)
  {
    QList<QPointF> line;
    for (int j = 0; j < n; ++j)
    {
      line.append(mLayout.at(i, j, 0.5, 0.0));
      line.append(mLayout.at(i, j, 0.5, 0.5));
    }
    line.append(mLayout.at(i, n - 1, 0.5, 1.0));
    add(QStringLiteral("secondary"), secondaryWidth, line);
  }
  for (int j = 0; j < n; ++j)
  {
    QList<QPointF> line;
    for (int i = 0; i < n; ++i)
    {
      line.append(mLayout.at(i, j, 0.0, 0.5));
      line.append(mLayout.at(i, j, 0.5, 0.5));
    }
    line.append(mLayout.at(n - 1, j, 1.0, 0.5));
    add(QStringLiteral("secondary"), secondaryWidth, line);
  }
  // Lanes run between the grid cells of residential superblocks.
  for (int j = 0; j < n; ++j)
  {
    for (int i = 0; i < n; ++i)
    {
      if (mLayout.landUse(i, j) != DemoLayout::LandUse::Residential)
        continue;
      for (double u : {0.25, 0.75})
      {
        if (mRandom.chance(0.6))
          add(QStringLiteral("lane"), laneWidth, {mLayout.at(i, j, u, 0.0), mLayout.at(i, j, u, 1.0)});
      }
    }
  }
  return roads;
}

bool DemoCityGenerator::writeRoads(const QList<Road> &roads, QString *error)
{
  FeatureWriter centreLines(
      mCache, QStringLiteral("road"),
      {QStringLiteral("name"), QStringLiteral("road_class"), QStringLiteral("width_m")});
  FeatureWriter surfaces(mCache, QStringLiteral("road_surface"),
                         {QStringLiteral("road_id"), QStringLiteral("surface")});
  if (!centreLines.isValid() || !surfaces.isValid())
  {
    *error = centreLines.errorMessage() + surfaces.errorMessage();
    return false;
  }
  // Surfaces are the centre lines buffered to the road's width, flat at the ends, square at bends.
  if (!mCache.database().execute(
          QStringLiteral("SELECT BufferOptions_SetEndCapStyle('FLAT'), BufferOptions_SetJoinStyle('MITRE')"),
          error))
    return false;
  SqliteStatement buffer =
      mCache.database().prepare(QStringLiteral("SELECT AsBinary(ST_Buffer(GeomFromWKB(?), ?))"));
  for (const Road &road : roads)
  {
    const QByteArray line = wkb::lineString(road.line);
    if (!centreLines.write(road.id, {road.name, road.roadClass, road.width}, line))
    {
      *error = centreLines.errorMessage();
      return false;
    }
    buffer.bindBlob(1, line);
    buffer.bindDouble(2, road.width / 2.0);
    if (!buffer.next())
    {
      *error = tr("Road %1: the surface could not be computed: %2").arg(road.id, buffer.errorMessage());
      return false;
    }
    const QByteArray surface = buffer.blob(0);
    buffer.reset();
    if (!surfaces.write(road.id + QStringLiteral("-surface"), {road.id, QStringLiteral("asphalt")}, surface))
    {
      *error = surfaces.errorMessage();
      return false;
    }
  }
  return true;
}

bool DemoCityGenerator::writeWater(QString *error)
{
  FeatureWriter water(mCache, QStringLiteral("water"),
                      {QStringLiteral("name"), QStringLiteral("water_kind")});
  const int n = mLayout.superblocks();
  QList<QPointF> centre;
  for (int j = 0; j <= n; ++j)
    centre.append(mLayout.node(mLayout.riverColumn(), j));
  if (!mCache.database().execute(QStringLiteral("SELECT BufferOptions_SetJoinStyle('ROUND')"), error))
    return false;
  SqliteStatement buffer =
      mCache.database().prepare(QStringLiteral("SELECT AsBinary(ST_Buffer(GeomFromWKB(?), ?))"));
  buffer.bindBlob(1, wkb::lineString(centre));
  buffer.bindDouble(2, riverWidth / 2.0);
  if (!buffer.next() || !water.write(QStringLiteral("river-1"),
                                     {QStringLiteral("绣溪"), QStringLiteral("river")}, buffer.blob(0)))
  {
    *error = tr("The river could not be written: %1").arg(water.errorMessage() + buffer.errorMessage());
    return false;
  }
  // A pond in every park superblock.
  int pond = 0;
  for (int j = 0; j < n; ++j)
  {
    for (int i = 0; i < n; ++i)
    {
      if (mLayout.landUse(i, j) != DemoLayout::LandUse::Park)
        continue;
      const QPointF centrePoint = mLayout.at(i, j, mRandom.uniform(0.2, 0.3), mRandom.uniform(0.2, 0.3));
      if (!water.write(QStringLiteral("pond-%1").arg(++pond), {QString(), QStringLiteral("pond")},
                       wkb::circle(centrePoint, mRandom.uniform(15.0, 25.0), 24)))
      {
        *error = water.errorMessage();
        return false;
      }
    }
  }
  return true;
}

QByteArray DemoCityGenerator::landLeftOver(const QByteArray &shape, const QStringList &takenBy,
                                           QString *error)
{
  // What is left of a shape once the features of the given layers near it are taken out.
  QStringList parts;
  for (const QString &table : takenBy)
    parts.append(QStringLiteral("SELECT geom FROM %1 WHERE ROWID IN (SELECT ROWID FROM SpatialIndex WHERE "
                                "f_table_name = '%1' AND search_frame = q)")
                     .arg(table));
  SqliteStatement difference =
      mCache.database().prepare(QStringLiteral("SELECT AsBinary(CastToMultiPolygon(coalesce(ST_Difference(q, "
                                               "(SELECT ST_Union(geom) FROM (%1))), q))) "
                                               "FROM (SELECT GeomFromWKB(?1, ?2) AS q)")
                                    .arg(parts.join(QStringLiteral(" UNION ALL "))));
  difference.bindBlob(1, shape);
  difference.bindInt64(2, mCache.srid());
  if (!difference.next())
  {
    *error = tr("A city block could not be computed: %1").arg(difference.errorMessage());
    return QByteArray();
  }
  // Nothing left (NULL) is a valid answer: the caller writes no feature then.
  return difference.isNull(0) ? QByteArray() : difference.blob(0);
}

bool DemoCityGenerator::writeBlocks(QString *error)
{
  FeatureWriter blocks(mCache, QStringLiteral("block"), {});
  const int n = mLayout.superblocks();
  for (int j = 0; j < n; ++j)
  {
    for (int i = 0; i < n; ++i)
    {
      for (int quarter = 0; quarter < 4; ++quarter)
      {
        const double u0 = (quarter % 2) * 0.5;
        const double v0 = (quarter / 2) * 0.5;
        const QByteArray block =
            landLeftOver(wkb::polygon(mLayout.quad(i, j, u0, v0, u0 + 0.5, v0 + 0.5)), groundTakers(), error);
        if (!error->isEmpty())
          return false;
        if (!block.isEmpty() &&
            !blocks.write(QStringLiteral("block-%1-%2-%3").arg(i).arg(j).arg(quarter), {}, block))
        {
          *error = blocks.errorMessage();
          return false;
        }
      }
    }
  }
  return true;
}

bool DemoCityGenerator::writeBuildingsAndGreen(QString *error)
{
  FeatureWriter buildings(mCache, QStringLiteral("building"),
                          {QStringLiteral("name"), QStringLiteral("floors"), QStringLiteral("usage")});
  FeatureWriter green(mCache, QStringLiteral("green_space"),
                      {QStringLiteral("name"), QStringLiteral("green_class")});
  FeatureWriter canopy(mCache, QStringLiteral("tree_canopy"), {});
  int buildingNumber = 0;
  int greenNumber = 0;
  int treeNumber = 0;
  const auto writeBuilding = [&](const QList<QPointF> &footprint, const QString &name, int floors,
                                 const QString &usage) {
    return buildings.write(QStringLiteral("building-%1").arg(++buildingNumber), {name, floors, usage},
                           wkb::polygon(footprint));
  };
  const auto writeGreen = [&](const QByteArray &shape, const QString &name, const QString &greenClass) {
    return green.write(QStringLiteral("green-%1").arg(++greenNumber), {name, greenClass}, shape);
  };
  const auto writeTree = [&](const QPointF &centre, double radius) {
    return canopy.write(QStringLiteral("tree-%1").arg(++treeNumber), {}, wkb::circle(centre, radius, 12));
  };

  const int n = mLayout.superblocks();
  for (int j = 0; j < n; ++j)
  {
    for (int i = 0; i < n; ++i)
    {
      const DemoLayout::LandUse use = mLayout.landUse(i, j);
      for (int quarter = 0; quarter < 4; ++quarter)
      {
        const double u0 = (quarter % 2) * 0.5;
        const double v0 = (quarter / 2) * 0.5;
        // Inside a quarter, (s, t) ∈ [0, 1]² maps to the superblock; 0.14–0.86 keeps clear of the roads.
        const auto place = [&](double s, double t) { return mLayout.at(i, j, u0 + 0.5 * s, v0 + 0.5 * t); };
        const auto rectangle = [&](double s0, double t0, double s1, double t1) {
          return QList<QPointF>{place(s0, t0), place(s1, t0), place(s1, t1), place(s0, t1)};
        };
        bool ok = true;
        switch (use)
        {
        case DemoLayout::LandUse::Residential:
        {
          // Rows of slab blocks facing south, attached green (RG) between the rows.
          const QStringList estates{QStringLiteral("小区"), QStringLiteral("花园"), QStringLiteral("家园")};
          const QString estate = mNames.community().chopped(2) + mRandom.pick(estates);
          // Two columns of slabs, clear of the lane that may run down the quarter's middle.
          for (int row = 0; row < 3 && ok; ++row)
          {
            const double t0 = 0.16 + row * 0.24;
            for (int column = 0; column < 2 && ok; ++column)
            {
              const double s0 = 0.16 + column * 0.42;
              ok = writeBuilding(rectangle(s0, t0, s0 + 0.26, t0 + 0.07),
                                 QStringLiteral("%1%2幢").arg(estate).arg(row * 2 + column + 1),
                                 mRandom.integer(6, 33), QStringLiteral("residential"));
            }
            if (ok && row < 2)
              ok = writeGreen(wkb::polygon(rectangle(0.16, t0 + 0.1, 0.84, t0 + 0.21)), estate,
                              QStringLiteral("RG"));
            for (int tree = 0; tree < 6 && ok; ++tree)
              ok = writeTree(place(mRandom.uniform(0.18, 0.82), t0 + mRandom.uniform(0.11, 0.2)),
                             mRandom.uniform(2.5, 4.5));
          }
          break;
        }
        case DemoLayout::LandUse::OldTown:
        {
          // Courtyard houses of one to three floors on a 10 m lattice, a few plots empty, some
          // ground floors shops: the dense fabric that holds most of a Chinese city's buildings.
          // A pocket of residential green (RG) where four plots in the middle stay unbuilt.
          const int pocket = oldTownHousesPerSide / 2 - 1;
          const double pocketStart = 0.14 + pocket * oldTownPitch;
          ok = writeGreen(
              wkb::polygon(rectangle(pocketStart, pocketStart, pocketStart + 2 * oldTownPitch - 0.004,
                                     pocketStart + 2 * oldTownPitch - 0.004)),
              QString(), QStringLiteral("RG"));
          for (int row = 0; row < oldTownHousesPerSide && ok; ++row)
          {
            for (int column = 0; column < oldTownHousesPerSide && ok; ++column)
            {
              const bool inPocket =
                  (row == pocket || row == pocket + 1) && (column == pocket || column == pocket + 1);
              if (inPocket || mRandom.chance(0.08))
                continue;
              const double s0 = 0.14 + column * oldTownPitch + mRandom.uniform(0.0, 0.006);
              const double t0 = 0.14 + row * oldTownPitch + mRandom.uniform(0.0, 0.006);
              const double side = mRandom.uniform(0.034, 0.042);
              const bool shop = (row == 0 || row == oldTownHousesPerSide - 1) && mRandom.chance(0.4);
              ok = writeBuilding(rectangle(s0, t0, s0 + side, t0 + side * mRandom.uniform(0.85, 1.1)),
                                 QString(), mRandom.integer(1, 3),
                                 shop ? QStringLiteral("commercial") : QStringLiteral("residential"));
            }
          }
          break;
        }
        case DemoLayout::LandUse::Commercial:
          ok = writeBuilding(rectangle(0.18, 0.3, 0.82, 0.78),
                             mNames.street().chopped(2) + QStringLiteral("商务中心"), mRandom.integer(8, 40),
                             QStringLiteral("commercial")) &&
               writeGreen(wkb::polygon(rectangle(0.18, 0.14, 0.82, 0.26)), QString(), QStringLiteral("G3")) &&
               writeGreen(wkb::polygon(rectangle(0.84, 0.3, 0.88, 0.78)), QString(), QStringLiteral("BG"));
          break;
        case DemoLayout::LandUse::School:
          ok = writeBuilding(rectangle(0.2, 0.6, 0.8, 0.75), mNames.school(), mRandom.integer(3, 5),
                             QStringLiteral("school")) &&
               writeGreen(wkb::polygon(rectangle(0.2, 0.2, 0.45, 0.5)), QString(), QStringLiteral("AG"));
          break;
        case DemoLayout::LandUse::Public:
          ok = writeBuilding(rectangle(0.25, 0.35, 0.75, 0.7), QStringLiteral("社区服务中心"),
                             mRandom.integer(2, 6), QStringLiteral("public")) &&
               writeGreen(wkb::polygon(rectangle(0.2, 0.15, 0.8, 0.3)), QString(), QStringLiteral("AG"));
          break;
        case DemoLayout::LandUse::Park:
        {
          // The whole block is park (G1); trees stand in clumps whose crowns overlap.
          const QString name = quarter == 0 ? mNames.park() : QString();
          const QByteArray block = landLeftOver(wkb::polygon(mLayout.quad(i, j, u0, v0, u0 + 0.5, v0 + 0.5)),
                                                groundTakers() << QStringLiteral("green_space"), error);
          ok = error->isEmpty() &&
               (block.isEmpty() ||
                writeGreen(block, name, quarter == 0 ? QStringLiteral("G11") : QStringLiteral("G14")));
          for (int clump = 0; clump < 8 && ok; ++clump)
          {
            const QPointF centre = place(mRandom.uniform(0.2, 0.8), mRandom.uniform(0.2, 0.8));
            for (int tree = 0; tree < 5 && ok; ++tree)
              ok = writeTree(centre + QPointF(mRandom.uniform(-9, 9), mRandom.uniform(-9, 9)),
                             mRandom.uniform(3.0, 6.5));
          }
          break;
        }
        }
        if (!ok)
        {
          if (error->isEmpty())
            *error = buildings.errorMessage() + green.errorMessage() + canopy.errorMessage();
          return false;
        }
      }
    }
  }
  return true;
}

bool DemoCityGenerator::estimatePopulation(QString *error)
{
  // Residents from the residential floor area, at 40 m² a person (about China's urban average),
  // counted in the community the building's point on surface lies in.
  return mCache.database().execute(
      QStringLiteral(
          "UPDATE community SET population = (SELECT CAST(round(coalesce(sum(ST_Area(b.geom) * "
          "coalesce(b.floors, 1)), 0) / 40.0) AS INTEGER) FROM building AS b WHERE b.usage = 'residential' "
          "AND b.rowid IN (SELECT rowid FROM SpatialIndex WHERE f_table_name = 'building' "
          "AND search_frame = community.geom) AND ST_Covers(community.geom, ST_PointOnSurface(b.geom)))"),
      error);
}

bool DemoCityGenerator::writeStreetTrees(const QList<Road> &roads, QString *error)
{
  FeatureWriter canopy(mCache, QStringLiteral("tree_canopy"), {});
  FeatureWriter protective(mCache, QStringLiteral("green_space"),
                           {QStringLiteral("name"), QStringLiteral("green_class")});
  int treeNumber = 0;
  int stripNumber = 0;
  for (const Road &road : roads)
  {
    if (road.roadClass == QLatin1String("lane"))
      continue;
    // Rows of street trees stand on both pavements, their crowns reaching over road and green alike.
    for (int k = 0; k + 1 < road.line.size(); ++k)
    {
      const QPointF from = road.line.at(k);
      const QPointF to = road.line.at(k + 1);
      const double length = QLineF(from, to).length();
      for (double along = streetTreeSpacing / 2; along < length; along += streetTreeSpacing)
      {
        const QPointF point = from + (to - from) * (along / length);
        for (double side : {1.0, -1.0})
        {
          const QPointF tree = offsetLeft(point, point + (to - from), side * (road.width / 2.0 - 2.5));
          if (!canopy.write(QStringLiteral("street-tree-%1").arg(++treeNumber), {},
                            wkb::circle(tree, mRandom.uniform(2.8, 4.2), 12)))
          {
            *error = canopy.errorMessage();
            return false;
          }
        }
      }
    }
    // Protective green (G2) lines every arterial on one side.
    if (road.roadClass == QLatin1String("arterial"))
    {
      QList<QPointF> strip;
      for (const QPointF &point : road.line)
        strip.append(point);
      // A 12 m strip beside the road, less whatever already stands there: green space keeps one class.
      SqliteStatement side = mCache.database().prepare(
          // Clipped to the district: the boundary arterials' strips would otherwise lie outside it.
          QStringLiteral("SELECT AsBinary(ST_Intersection(ST_SingleSidedBuffer(GeomFromWKB(?1, ?3), ?2, 1), "
                         "(SELECT geom FROM district)))"));
      side.bindBlob(1, wkb::lineString(strip));
      side.bindDouble(2, road.width / 2.0 + 12.0);
      side.bindInt64(3, mCache.srid());
      if (!side.next() || side.isNull(0))
        continue;
      const QByteArray shape = landLeftOver(
          side.blob(0), groundTakers() << QStringLiteral("green_space") << QStringLiteral("building"), error);
      if (!error->isEmpty())
        return false;
      if (!shape.isEmpty() && !protective.write(QStringLiteral("protective-%1").arg(++stripNumber),
                                                {QString(), QStringLiteral("G2")}, shape))
      {
        if (error->isEmpty())
          *error = protective.errorMessage();
        return false;
      }
    }
  }
  return true;
}
