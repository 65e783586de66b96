#include "dataimport/gridbuilder.h"

#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "analysis/geoscontext.h"
#include "dataimport/gridpartition.h"
#include "domain/admincode.h"

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace
{
  using Geometry = GeosContext::Geometry;

  /** Provisional communities are lattice squares of about this many cells… */
  constexpr int cellsPerProvisionalCommunitySide = 8;
  /** …and provisional streets squares of this many communities a side. */
  constexpr int communitiesPerProvisionalStreetSide = 3;
  /** Street codes 001–099 are subdistricts (街道), community codes 001–199 residents' committees. */
  constexpr int largestStreetNumber = 99;
  constexpr int largestCommunityNumber = 199;
  constexpr int largestCellNumber = 999;

  QString number(int value, int digits)
  {
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
  }

  struct District
  {
      QString code;
      QString name;
      QByteArray wkb; //!< empty when the cache has it without an outline, or not at all
      bool inCache = false;
  };

  struct Community
  {
      QString code;
      QString streetCode;
      QString name;
      Geometry shape;
      std::vector<int> cells; //!< indices into the partition's cells
  };

  struct Street
  {
      QString code;
      QString name;
      std::vector<int> communities;
  };

  /** Without a district outline, the grid covers the land within this many cell widths of a road. */
  constexpr double roadReach = 2.0;

  /**
   * The land the roads serve: what lies within \a reach of a road, holes filled. Not the roads'
   * bounding box, which takes in the sea beside a coastal city and farmland beyond its edge.
   */
  Geometry builtUpArea(const GeosContext &geos, const std::vector<Geometry> &roads, double reach)
  {
    const GEOSContextHandle_t handle = geos.handle();
    // Each road simplified and buffered coarsely on its own, then a cascaded union: an order of
    // magnitude faster than buffering the network as one, and the outline only needs to be near.
    std::vector<Geometry> buffers;
    for (const Geometry &road : roads)
    {
      const Geometry simple = geos.own(GEOSSimplify_r(handle, road.get(), reach / 10));
      buffers.push_back(geos.own(GEOSBuffer_r(handle, simple ? simple.get() : road.get(), reach, 2)));
    }
    buffers.erase(std::remove(buffers.begin(), buffers.end(), nullptr), buffers.end());
    const Geometry collection = geos.collect(GEOS_GEOMETRYCOLLECTION, std::move(buffers));
    const Geometry reached = geos.own(GEOSUnaryUnion_r(handle, collection.get()));
    if (!reached)
      return {};
    std::vector<Geometry> shells;
    for (const Geometry &part : geos.parts(reached.get()))
    {
      const GEOSGeometry *shell = GEOSGetExteriorRing_r(handle, part.get());
      if (shell)
        shells.push_back(
            geos.own(GEOSGeom_createPolygon_r(handle, GEOSGeom_clone_r(handle, shell), nullptr, 0)));
    }
    return geos.collect(GEOS_MULTIPOLYGON, std::move(shells));
  }

  /** Every non-null geometry \a sql's first column gives as WKB, as GEOS geometries. */
  bool readGeometries(CacheFile &cache, const GeosContext &geos, const QString &sql,
                      std::vector<Geometry> &result, QString *error)
  {
    SqliteStatement statement = cache.database().prepare(sql);
    while (statement.next())
    {
      if (statement.isNull(0))
        continue;
      Geometry geometry = geos.fromWkb(statement.blob(0));
      if (geometry)
        result.push_back(std::move(geometry));
    }
    if (!statement.isValid() || statement.failed())
    {
      *error = statement.errorMessage();
      return false;
    }
    return true;
  }

  QPointF centroidOf(const GeosContext &geos, const GEOSGeometry *shape)
  {
    const Geometry centroid = geos.own(GEOSGetCentroid_r(geos.handle(), shape));
    double x = 0, y = 0;
    if (centroid)
    {
      GEOSGeomGetX_r(geos.handle(), centroid.get(), &x);
      GEOSGeomGetY_r(geos.handle(), centroid.get(), &y);
    }
    return {x, y};
  }

  /**
   * Orders \a cells west→east within rows, rows north→south; a row is a band as high as a cell is
   * wide, counted from the community's northern edge.
   */
  void orderCells(const GeosContext &geos, std::vector<GridPartitionCell> &allCells, std::vector<int> &cells,
                  double cellSide)
  {
    double north = std::numeric_limits<double>::lowest();
    std::map<int, QPointF> centres;
    for (int cell : cells)
    {
      double maxY = 0;
      GEOSGeom_getYMax_r(geos.handle(), allCells[cell].shape.get(), &maxY);
      north = std::max(north, maxY);
      centres[cell] = centroidOf(geos, allCells[cell].shape.get());
    }
    std::sort(cells.begin(), cells.end(), [&](int a, int b) {
      const QPointF &pa = centres[a];
      const QPointF &pb = centres[b];
      const auto rowA = static_cast<long long>(std::floor((north - pa.y()) / cellSide));
      const auto rowB = static_cast<long long>(std::floor((north - pb.y()) / cellSide));
      return std::make_tuple(rowA, pa.x(), pa.y()) < std::make_tuple(rowB, pb.x(), pb.y());
    });
  }
} // namespace

GridBuilder::GridBuilder(CacheFile &cache, const GridBuildOptions &options)
    : mCache(cache)
    , mOptions(options)
{}

bool GridBuilder::run(QString *error)
{
  mReport = GridBuildReport();
  if (!(mOptions.cellArea >= 100 && mOptions.cellArea <= 1e6))
  {
    *error = tr("The cell area must be between 100 and 1,000,000 m², not %1.").arg(mOptions.cellArea);
    return false;
  }
  // Everything is read and computed first; the write lock is taken only to save, so that the cache
  // stays writable for others (cases being reported) during minutes of geometry work.
  SqliteDatabase &database = mCache.database();
  const GeosContext geos;
  const GEOSContextHandle_t handle = geos.handle();

  // The district.
  District district;
  {
    SqliteStatement districts =
        database.prepare(QStringLiteral("SELECT code, name, AsBinary(geom) FROM district ORDER BY code"));
    QStringList codes;
    while (districts.next())
    {
      codes.append(districts.text(0));
      if (mOptions.districtCode.isEmpty() || districts.text(0) == mOptions.districtCode)
      {
        district.code = districts.text(0);
        district.name = districts.text(1);
        district.wkb = districts.isNull(2) ? QByteArray() : districts.blob(2);
        district.inCache = true;
      }
    }
    if (mOptions.districtCode.isEmpty() && codes.size() > 1)
    {
      *error = tr("The cache has %1 districts (%2): choose one with --district.")
                   .arg(codes.size())
                   .arg(codes.join(QStringLiteral(", ")));
      return false;
    }
    if (!district.inCache)
    {
      if (mOptions.districtCode.isEmpty())
      {
        *error = tr("The cache has no district: give its 6-digit code with --district (and its name with "
                    "--district-name).");
        return false;
      }
      if (!AdminCode::validate(mOptions.districtCode, error))
        return false;
      district.code = mOptions.districtCode;
      district.name =
          mOptions.districtName.isEmpty() ? tr("District %1").arg(district.code) : mOptions.districtName;
    }
  }

  // The grid the district has: kept unless replaced; other districts' grids are never touched.
  SqliteStatement countCells =
      database.prepare(QStringLiteral("SELECT count(*) FROM grid_cell WHERE substr(code, 1, 6) = ?1"));
  countCells.bindText(1, district.code);
  const qint64 existingCells = countCells.next() ? countCells.int64(0) : 0;
  if (existingCells > 0 && !mOptions.replace)
  {
    *error = tr("District %1 in %2 already has a grid of %3 cells; use --replace to draw it anew.")
                 .arg(district.code, mCache.path())
                 .arg(existingCells);
    return false;
  }

  if (!report(tr("Reading roads, water and communities"), 0))
    return cancelled(error);
  std::vector<Geometry> roads;
  std::vector<Geometry> waters;
  if (!readGeometries(mCache, geos, QStringLiteral("SELECT AsBinary(geom) FROM road ORDER BY rowid"), roads,
                      error) ||
      !readGeometries(mCache, geos, QStringLiteral("SELECT AsBinary(geom) FROM water ORDER BY rowid"), waters,
                      error))
    return false;
  if (roads.empty())
  {
    *error = tr("%1 has no road centre lines for the grid to follow: import roads first (xiuhua-cli import … "
                "--mapping osm).")
                 .arg(mCache.path());
    return false;
  }

  std::vector<Community> communities;
  {
    SqliteStatement statement = database.prepare(QStringLiteral(
        "SELECT code, street_code, name, AsBinary(geom) FROM community WHERE substr(code, 1, 6) = ?1 "
        "AND geom IS NOT NULL ORDER BY code"));
    statement.bindText(1, district.code);
    while (statement.next())
    {
      Community community;
      community.code = statement.text(0);
      community.streetCode = statement.text(1);
      community.name = statement.text(2);
      community.shape = geos.fromWkb(statement.blob(3));
      if (community.shape)
        communities.push_back(std::move(community));
    }
  }
  const bool provisional = communities.empty();

  // The area: the communities where there are some, else the district, else what the roads span.
  Geometry area;
  if (!provisional)
  {
    std::vector<Geometry> shapes;
    for (const Community &community : communities)
      shapes.push_back(geos.own(GEOSGeom_clone_r(handle, community.shape.get())));
    const Geometry collection = geos.collect(GEOS_GEOMETRYCOLLECTION, std::move(shapes));
    area = geos.own(GEOSUnaryUnionPrec_r(handle, collection.get(), GridPartition::gridSize));
  }
  else if (!district.wkb.isEmpty())
    area = geos.fromWkb(district.wkb);
  else
    area = builtUpArea(geos, roads, roadReach * std::sqrt(mOptions.cellArea));
  if (!area || GEOSArea_r(handle, area.get(), &mReport.area) != 1 || mReport.area < mOptions.cellArea)
  {
    *error = tr("The area to divide is smaller than one cell of %1 m².").arg(mOptions.cellArea);
    return false;
  }

  // Cells.
  GridPartition partition(geos, mOptions.cellArea);
  for (const Geometry &road : roads)
    partition.addLines(road.get());
  for (const Geometry &water : waters)
  {
    const Geometry banks = geos.own(GEOSBoundary_r(handle, water.get()));
    if (banks)
      partition.addLines(banks.get());
  }
  std::vector<Geometry> zones;
  for (const Community &community : communities)
    zones.push_back(geos.own(GEOSGeom_clone_r(handle, community.shape.get())));
  partition.setZones(std::move(zones));
  partition.setArea(geos.own(GEOSGeom_clone_r(handle, area.get())));
  const QString cutting = tr("Cutting blocks into cells");
  partition.setProgress([&](int percent) { return report(cutting, 5 + percent * 75 / 100); });
  QString partitionError;
  if (!partition.run(&partitionError))
  {
    if (partitionError.isEmpty())
      return cancelled(error);
    *error = partitionError;
    return false;
  }
  std::vector<GridPartitionCell> &cells = partition.cells();
  mReport.blocks = partition.blockCount();
  mReport.mergedBlocks = partition.mergedBlocks();

  // Communities: the cache's, or provisional ones made of whole blocks on a lattice.
  const double cellSide = std::sqrt(mOptions.cellArea);
  std::vector<Street> streets;
  if (provisional)
  {
    double minX = 0, maxY = 0;
    GEOSGeom_getXMin_r(handle, area.get(), &minX);
    GEOSGeom_getYMax_r(handle, area.get(), &maxY);
    const double communitySide = cellsPerProvisionalCommunitySide * cellSide;
    // A block's place: the area-weighted centre of its cells. A block bigger than a community
    // (a port, a campus) is shared out cell by cell instead.
    std::vector<QPointF> cellCentres;
    std::map<int, std::tuple<double, double, double>> blockCentres;
    for (const GridPartitionCell &cell : cells)
    {
      cellCentres.push_back(centroidOf(geos, cell.shape.get()));
      auto &[weight, x, y] = blockCentres[cell.block];
      weight += cell.area;
      x += cell.area * cellCentres.back().x();
      y += cell.area * cellCentres.back().y();
    }
    // (street row, street column) → (community row, community column) → cells
    std::map<std::pair<int, int>, std::map<std::pair<int, int>, std::vector<int>>> lattice;
    for (int i = 0; i < static_cast<int>(cells.size()); ++i)
    {
      const auto &[weight, x, y] = blockCentres[cells[i].block];
      const QPointF place =
          weight > communitySide * communitySide ? cellCentres[i] : QPointF(x / weight, y / weight);
      const int column = static_cast<int>(std::floor((place.x() - minX) / communitySide));
      const int row = static_cast<int>(std::floor((maxY - place.y()) / communitySide));
      lattice[{row / communitiesPerProvisionalStreetSide, column / communitiesPerProvisionalStreetSide}]
             [{row, column}]
                 .push_back(i);
    }
    // Numbered after the district's streets there are (without communities of their own), never over them.
    SqliteStatement highest = database.prepare(QStringLiteral(
        "SELECT coalesce(max(CAST(substr(code, 7, 3) AS INTEGER)), 0) FROM street WHERE district_code = ?1"));
    highest.bindText(1, district.code);
    const int firstStreet = (highest.next() ? static_cast<int>(highest.int64(0)) : 0) + 1;
    if (firstStreet - 1 + static_cast<int>(lattice.size()) > largestStreetNumber)
    {
      *error = tr("The area would need %1 provisional streets, more than the %2 a district's codes allow: "
                  "import the official streets and communities first.")
                   .arg(lattice.size())
                   .arg(largestStreetNumber - firstStreet + 1);
      return false;
    }
    for (const auto &[streetPlace, streetCommunities] : lattice)
    {
      Street street;
      street.code = district.code + number(firstStreet + static_cast<int>(streets.size()), 3);
      street.name = tr("Provisional street %1").arg(street.code.right(3));
      for (const auto &[communityPlace, communityCells] : streetCommunities)
      {
        Community community;
        community.streetCode = street.code;
        community.code = street.code + number(static_cast<int>(street.communities.size()) + 1, 3);
        community.name = tr("Provisional community %1").arg(community.code.right(6));
        community.cells = communityCells;
        street.communities.push_back(static_cast<int>(communities.size()));
        communities.push_back(std::move(community));
      }
      if (static_cast<int>(street.communities.size()) > largestCommunityNumber)
      {
        *error =
            tr("Street %1 would have more than %2 communities.").arg(street.code).arg(largestCommunityNumber);
        return false;
      }
      streets.push_back(std::move(street));
    }
  }
  else
  {
    for (int i = 0; i < static_cast<int>(cells.size()); ++i)
    {
      if (cells[i].zone < 0)
      {
        const QPointF centre = centroidOf(geos, cells[i].shape.get());
        *error = tr("A cell at (%1, %2) lies in no community.")
                     .arg(centre.x(), 0, 'f', 1)
                     .arg(centre.y(), 0, 'f', 1);
        return false;
      }
      communities[cells[i].zone].cells.push_back(i);
    }
  }

  if (!report(tr("Numbering and saving cells"), 85))
    return cancelled(error);
  SqliteTransaction transaction(database);
  if (!transaction.isActive())
  {
    *error = transaction.errorMessage();
    return false;
  }
  if (mOptions.replace && existingCells > 0)
  {
    for (const QString &sql :
         {QStringLiteral("UPDATE component SET grid_code = NULL WHERE substr(grid_code, 1, 6) = ?1"),
          QStringLiteral("UPDATE cases SET grid_code = NULL WHERE substr(grid_code, 1, 6) = ?1"),
          QStringLiteral("DELETE FROM grid_cell WHERE substr(code, 1, 6) = ?1")})
    {
      SqliteStatement statement = database.prepare(sql);
      statement.bindText(1, district.code);
      if (!statement.run())
      {
        *error = statement.errorMessage();
        return false;
      }
    }
  }
  AreaRepository areas(mCache);
  if (!district.inCache || district.wkb.isEmpty())
  {
    // The outline drawn is the union of the cells: it then matches them to the last vertex.
    std::vector<const GEOSGeometry *> shapes;
    for (const GridPartitionCell &cell : cells)
      shapes.push_back(cell.shape.get());
    const Geometry outline = geos.uniteCoverage(shapes, GridPartition::gridSize);
    if (!outline ||
        !areas.saveDistrict({district.code, QString(), district.name, geos.toWkb(outline.get())}, error))
      return false;
  }
  for (const Street &street : streets)
  {
    std::vector<const GEOSGeometry *> shapes;
    for (int community : street.communities)
    {
      for (int cell : communities[community].cells)
        shapes.push_back(cells[cell].shape.get());
    }
    const Geometry shape = geos.uniteCoverage(shapes, GridPartition::gridSize);
    if (!shape ||
        !areas.saveStreet({street.code, district.code, street.name, geos.toWkb(shape.get())}, error))
      return false;
    ++mReport.streetsCreated;
  }
  mReport.smallestCell = std::numeric_limits<double>::max();
  for (Community &community : communities)
  {
    if (community.cells.empty())
      continue;
    if (provisional)
    {
      std::vector<const GEOSGeometry *> shapes;
      for (int cell : community.cells)
        shapes.push_back(cells[cell].shape.get());
      const Geometry shape = geos.uniteCoverage(shapes, GridPartition::gridSize);
      if (!shape ||
          !areas.saveCommunity(
              {community.code, community.streetCode, community.name, geos.toWkb(shape.get())}, error))
        return false;
      ++mReport.communitiesCreated;
    }
    if (static_cast<int>(community.cells.size()) > largestCellNumber)
    {
      *error = tr("Community %1 would have %2 cells, more than the %3 its codes allow.")
                   .arg(community.code)
                   .arg(community.cells.size())
                   .arg(largestCellNumber);
      return false;
    }
    orderCells(geos, cells, community.cells, cellSide);
    int sequence = 0;
    for (int cell : community.cells)
    {
      const std::optional<GridCode> code = GridCode::parse(community.code + number(++sequence, 3), error);
      if (!code)
        return false;
      GridCellRecord record{*code, geos.toWkb(cells[cell].shape.get()), QString(), QString(), QString()};
      if (!areas.saveGridCell(record, error))
        return false;
      ++mReport.cells;
      mReport.smallestCell = std::min(mReport.smallestCell, cells[cell].area);
      mReport.largestCell = std::max(mReport.largestCell, cells[cell].area);
    }
  }

  if (!report(tr("Locating components and cases"), 95))
    return cancelled(error);
  if (!locate(QStringLiteral("component"), tr("Component %1"), &mReport.componentsLocated, error) ||
      !locate(QStringLiteral("cases"), tr("Case %1"), &mReport.casesLocated, error))
    return false;
  if (!report(tr("Saving"), 99))
    return cancelled(error);
  if (!transaction.commit())
  {
    *error = transaction.errorMessage();
    return false;
  }
  return true;
}

bool GridBuilder::cancelled(QString *error) const
{
  *error = tr("Cancelled; the cache is as it was.");
  return false;
}

bool GridBuilder::locate(const QString &table, const QString &rowName, qint64 *located, QString *error)
{
  SqliteDatabase &database = mCache.database();
  std::vector<std::tuple<QString, double, double>> unplaced;
  SqliteStatement select = database.prepare(
      QStringLiteral("SELECT id, X(geom), Y(geom) FROM %1 WHERE grid_code IS NULL AND geom IS NOT NULL")
          .arg(table));
  while (select.next())
    unplaced.emplace_back(select.text(0), select.real(1), select.real(2));
  if (!select.isValid() || select.failed())
  {
    *error = select.errorMessage();
    return false;
  }
  AreaRepository areas(mCache);
  SqliteStatement update =
      database.prepare(QStringLiteral("UPDATE %1 SET grid_code = ?1 WHERE id = ?2").arg(table));
  for (const auto &[id, x, y] : unplaced)
  {
    const std::optional<QString> cell = areas.gridCellAt(x, y);
    if (!cell)
      continue;
    update.bindText(1, *cell);
    update.bindText(2, id);
    if (!update.run())
    {
      *error = tr("%1 could not be given its grid cell: %2").arg(rowName.arg(id), update.errorMessage());
      return false;
    }
    ++*located;
  }
  return true;
}
