#include "dataimport/gridpartition.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <queue>

namespace
{
  /** Blocks smaller than this share of a cell join a neighbour: slivers between carriageways, links. */
  constexpr double smallestBlockShare = 0.3;
  /** Pieces of a cut block smaller than this share of a cell (a cut through a concave block) join a
   * neighbour of the same block. */
  constexpr double smallestPieceShare = 0.25;
  /** A cut is placed when its parts' areas are within this share of a cell of the aim. */
  constexpr double cutTolerance = 0.005;
  constexpr int maximumCutIterations = 60;

  /** A frame along the long axis of a piece's minimum rotated rectangle: t along it, s across. */
  struct AxisFrame
  {
      double originX = 0, originY = 0;
      double dx = 1, dy = 0; //!< unit vector of the long axis
      double tMin = 0, tMax = 0, sMin = 0, sMax = 0;

      double x(double t, double s) const { return originX + t * dx - s * dy; }
      double y(double t, double s) const { return originY + t * dy + s * dx; }
      double t(double x, double y) const { return (x - originX) * dx + (y - originY) * dy; }
      double s(double x, double y) const { return -(x - originX) * dy + (y - originY) * dx; }
  };

  struct TreeQuery
  {
      std::vector<int> hits;
      static void collect(void *item, void *userData)
      {
        static_cast<TreeQuery *>(userData)->hits.push_back(
            static_cast<int>(reinterpret_cast<std::intptr_t>(item)));
      }
  };

  /** An STR tree of geometries that answers with their indices. */
  class IndexTree
  {
    public:
      IndexTree(GEOSContextHandle_t handle, const std::vector<const GEOSGeometry *> &geometries)
          : mHandle(handle)
          , mTree(GEOSSTRtree_create_r(handle, 10))
      {
        for (std::size_t i = 0; i < geometries.size(); ++i)
          GEOSSTRtree_insert_r(handle, mTree, geometries[i],
                               reinterpret_cast<void *>(static_cast<std::intptr_t>(i)));
      }
      ~IndexTree() { GEOSSTRtree_destroy_r(mHandle, mTree); }
      IndexTree(const IndexTree &) = delete;
      IndexTree &operator=(const IndexTree &) = delete;

      /** Indices of the geometries whose envelope meets \a geometry's, ascending. */
      std::vector<int> query(const GEOSGeometry *geometry) const
      {
        TreeQuery result;
        GEOSSTRtree_query_r(mHandle, mTree, geometry, &TreeQuery::collect, &result);
        std::sort(result.hits.begin(), result.hits.end());
        return result.hits;
      }

    private:
      GEOSContextHandle_t mHandle;
      GEOSSTRtree *mTree;
  };

  std::vector<const GEOSGeometry *> pointers(const std::vector<GeosContext::Geometry> &geometries)
  {
    std::vector<const GEOSGeometry *> result;
    result.reserve(geometries.size());
    for (const GeosContext::Geometry &geometry : geometries)
      result.push_back(geometry.get());
    return result;
  }
} // namespace

GridPartition::GridPartition(const GeosContext &geos, double cellArea)
    : mGeos(geos)
    , mHandle(geos.handle())
    , mCellArea(cellArea)
{}

void GridPartition::setArea(GeosContext::Geometry area)
{
  mArea = std::move(area);
}

void GridPartition::addLines(const GEOSGeometry *lines)
{
  mLines.push_back(mGeos.own(GEOSGeom_clone_r(mHandle, lines)));
}

void GridPartition::setZones(std::vector<GeosContext::Geometry> zones)
{
  mZones = std::move(zones);
}

std::vector<GeosContext::Geometry> GridPartition::polygonize(std::vector<Geometry> linework,
                                                             QString *error) const
{
  // Snap rounding on the millimetre grid nodes every crossing and every line end that touches
  // another line, identically for both sides of an edge.
  const Geometry all = mGeos.collect(GEOS_GEOMETRYCOLLECTION, std::move(linework));
  const Geometry noded = all ? mGeos.own(GEOSUnaryUnionPrec_r(mHandle, all.get(), gridSize)) : Geometry();
  if (!noded)
  {
    *error = tr("The lines could not be noded: %1").arg(mGeos.lastError());
    return {};
  }
  const GEOSGeometry *inputs[] = {noded.get()};
  const Geometry faces = mGeos.own(GEOSPolygonize_r(mHandle, inputs, 1));
  if (!faces)
  {
    *error = tr("The lines could not be turned into blocks: %1").arg(mGeos.lastError());
    return {};
  }
  std::vector<Geometry> result = mGeos.parts(faces.get());
  // Faces outside the area (none when all lines were clipped) or degenerate ones are not cells.
  result.erase(std::remove_if(result.begin(), result.end(),
                              [this](const Geometry &face) {
                                double area = 0;
                                return GEOSArea_r(mHandle, face.get(), &area) != 1 || area <= 0;
                              }),
               result.end());
  return result;
}

std::vector<int> GridPartition::label(const std::vector<Geometry> &faces,
                                      const std::vector<const GEOSGeometry *> &regions) const
{
  // A face lies inside exactly one region (their outlines are among its edges): the region holding
  // a point inside the face.
  std::vector<int> labels(faces.size(), -1);
  if (regions.empty())
    return labels;
  const IndexTree tree(mHandle, regions);
  // Prepared (indexed) regions: a block along the area's outline has thousands of vertices.
  std::vector<const GEOSPreparedGeometry *> prepared(regions.size(), nullptr);
  for (std::size_t i = 0; i < faces.size(); ++i)
  {
    const Geometry inside = mGeos.own(GEOSPointOnSurface_r(mHandle, faces[i].get()));
    if (!inside)
      continue;
    for (int candidate : tree.query(inside.get()))
    {
      if (!prepared[candidate])
        prepared[candidate] = GEOSPrepare_r(mHandle, regions[candidate]);
      if (GEOSPreparedIntersects_r(mHandle, prepared[candidate], inside.get()) == 1)
      {
        labels[i] = candidate;
        break;
      }
    }
  }
  for (const GEOSPreparedGeometry *region : prepared)
  {
    if (region)
      GEOSPreparedGeom_destroy_r(mHandle, region);
  }
  return labels;
}

std::vector<std::vector<int>> GridPartition::mergeSmallFaces(const std::vector<Geometry> &faces,
                                                             const std::vector<int> &labels,
                                                             double minimumArea) const
{
  const int count = static_cast<int>(faces.size());
  std::vector<double> areas(faces.size(), 0);
  for (int i = 0; i < count; ++i)
    GEOSArea_r(mHandle, faces[i].get(), &areas[i]);
  const IndexTree tree(mHandle, pointers(faces));

  // Shared edge lengths with the neighbours of the same label, found when first needed.
  std::map<int, std::vector<std::pair<int, double>>> neighbours;
  auto neighboursOf = [&](int face) -> const std::vector<std::pair<int, double>> & {
    auto found = neighbours.find(face);
    if (found != neighbours.end())
      return found->second;
    std::vector<std::pair<int, double>> &result = neighbours[face];
    const Geometry boundary = mGeos.own(GEOSBoundary_r(mHandle, faces[face].get()));
    for (int other : tree.query(faces[face].get()))
    {
      if (other == face || labels[other] != labels[face])
        continue;
      const Geometry otherBoundary = mGeos.own(GEOSBoundary_r(mHandle, faces[other].get()));
      const Geometry shared = mGeos.own(GEOSIntersection_r(mHandle, boundary.get(), otherBoundary.get()));
      double length = 0;
      if (shared && GEOSLength_r(mHandle, shared.get(), &length) == 1 && length > 0)
        result.emplace_back(other, length);
    }
    return result;
  };

  std::vector<int> parent(faces.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto root = [&parent](int face) {
    while (parent[face] != face)
      face = parent[face] = parent[parent[face]];
    return face;
  };
  std::vector<std::vector<int>> members(faces.size());
  for (int i = 0; i < count; ++i)
    members[i] = {i};
  std::vector<double> groupArea = areas;

  using Entry = std::pair<double, int>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> small;
  for (int i = 0; i < count; ++i)
  {
    if (areas[i] < minimumArea)
      small.emplace(areas[i], i);
  }
  while (!small.empty())
  {
    const auto [area, group] = small.top();
    small.pop();
    if (root(group) != group || groupArea[group] != area)
      continue; // merged or grown since it was queued
    std::map<int, double> shared;
    for (int member : members[group])
    {
      for (const auto &[other, length] : neighboursOf(member))
      {
        const int otherGroup = root(other);
        if (otherGroup != group)
          shared[otherGroup] += length;
      }
    }
    if (shared.empty())
      continue; // alone in its zone: it stays as it is
    const auto target = std::max_element(shared.begin(), shared.end(),
                                         [](const auto &a, const auto &b) { return a.second < b.second; });
    const int into = target->first;
    parent[group] = into;
    members[into].insert(members[into].end(), members[group].begin(), members[group].end());
    members[group].clear();
    groupArea[into] += groupArea[group];
    if (groupArea[into] < minimumArea)
      small.emplace(groupArea[into], into);
  }

  std::vector<std::vector<int>> groups;
  for (int i = 0; i < count; ++i)
  {
    if (root(i) == i)
    {
      std::sort(members[i].begin(), members[i].end());
      groups.push_back(members[i]);
    }
  }
  return groups;
}

GeosContext::Geometry GridPartition::unite(const std::vector<Geometry> &faces,
                                           const std::vector<int> &members) const
{
  std::vector<const GEOSGeometry *> shapes;
  for (int member : members)
    shapes.push_back(faces[member].get());
  return mGeos.uniteCoverage(shapes, gridSize);
}

void GridPartition::addCuts(const GEOSGeometry *piece, int count, std::vector<Geometry> &cuts) const
{
  if (count <= 1)
    return;
  double area = 0;
  if (GEOSArea_r(mHandle, piece, &area) != 1 || area <= 0)
    return;
  if (GEOSGetNumGeometries_r(mHandle, piece) > 1)
  {
    // A cut through a concave piece leaves several apart: each gets the cells its area is worth.
    for (const Geometry &part : mGeos.parts(piece))
    {
      double partArea = 0;
      GEOSArea_r(mHandle, part.get(), &partArea);
      addCuts(part.get(), std::max(1, static_cast<int>(std::lround(count * partArea / area))), cuts);
    }
    return;
  }

  // Cut across the long axis of the piece's minimum rotated rectangle, so that cells come out
  // near square and aligned with the block.
  AxisFrame frame;
  const Geometry rectangle = mGeos.own(GEOSMinimumRotatedRectangle_r(mHandle, piece));
  const GEOSGeometry *ring = rectangle && GEOSGeomTypeId_r(mHandle, rectangle.get()) == GEOS_POLYGON
                                 ? GEOSGetExteriorRing_r(mHandle, rectangle.get())
                                 : nullptr;
  const GEOSCoordSequence *corners = ring ? GEOSGeom_getCoordSeq_r(mHandle, ring) : nullptr;
  if (corners)
  {
    double x[3] = {0, 0, 0}, y[3] = {0, 0, 0};
    for (unsigned int i = 0; i < 3; ++i)
      GEOSCoordSeq_getXY_r(mHandle, corners, i, &x[i], &y[i]);
    const double first = std::hypot(x[1] - x[0], y[1] - y[0]);
    const double second = std::hypot(x[2] - x[1], y[2] - y[1]);
    const bool firstLonger = first >= second;
    const double length = firstLonger ? first : second;
    if (length > 0)
    {
      frame.dx = (firstLonger ? x[1] - x[0] : x[2] - x[1]) / length;
      frame.dy = (firstLonger ? y[1] - y[0] : y[2] - y[1]) / length;
    }
    frame.originX = x[0];
    frame.originY = y[0];
  }
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  GEOSGeom_getXMin_r(mHandle, piece, &minX);
  GEOSGeom_getYMin_r(mHandle, piece, &minY);
  GEOSGeom_getXMax_r(mHandle, piece, &maxX);
  GEOSGeom_getYMax_r(mHandle, piece, &maxY);
  if (!corners)
  {
    frame.originX = minX;
    frame.originY = minY;
  }
  frame.tMin = frame.sMin = std::numeric_limits<double>::max();
  frame.tMax = frame.sMax = std::numeric_limits<double>::lowest();
  for (const auto &[x, y] : {std::pair{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}})
  {
    frame.tMin = std::min(frame.tMin, frame.t(x, y));
    frame.tMax = std::max(frame.tMax, frame.t(x, y));
    frame.sMin = std::min(frame.sMin, frame.s(x, y));
    frame.sMax = std::max(frame.sMax, frame.s(x, y));
  }
  frame.tMin -= 1;
  frame.sMin -= 1;
  frame.tMax += 1;
  frame.sMax += 1;

  auto quadrilateral = [&](double t0, double t1) {
    GEOSCoordSequence *sequence = GEOSCoordSeq_create_r(mHandle, 5, 2);
    const std::pair<double, double> ts[] = {
        {t0, frame.sMin}, {t1, frame.sMin}, {t1, frame.sMax}, {t0, frame.sMax}, {t0, frame.sMin}};
    for (unsigned int i = 0; i < 5; ++i)
      GEOSCoordSeq_setXY_r(mHandle, sequence, i, frame.x(ts[i].first, ts[i].second),
                           frame.y(ts[i].first, ts[i].second));
    return mGeos.own(
        GEOSGeom_createPolygon_r(mHandle, GEOSGeom_createLinearRing_r(mHandle, sequence), nullptr, 0));
  };

  const int firstCount = count / 2;
  const double aim = area * firstCount / count;
  double low = frame.tMin, high = frame.tMax, cut = (low + high) / 2;
  Geometry first;
  for (int iteration = 0; iteration < maximumCutIterations; ++iteration)
  {
    cut = (low + high) / 2;
    first = mGeos.own(GEOSIntersection_r(mHandle, piece, quadrilateral(frame.tMin, cut).get()));
    double firstArea = 0;
    if (!first || GEOSArea_r(mHandle, first.get(), &firstArea) != 1)
      return;
    if (std::abs(firstArea - aim) <= cutTolerance * mCellArea)
      break;
    (firstArea < aim ? low : high) = cut;
  }
  const Geometry second = mGeos.own(GEOSIntersection_r(mHandle, piece, quadrilateral(cut, frame.tMax).get()));
  if (!first || !second)
    return;

  // The cut's parts inside the piece, lengthened by two grid steps at both ends so that noding
  // meets them with the piece's outline; what sticks out is a dangle that polygonizing drops.
  GEOSCoordSequence *across = GEOSCoordSeq_create_r(mHandle, 2, 2);
  GEOSCoordSeq_setXY_r(mHandle, across, 0, frame.x(cut, frame.sMin), frame.y(cut, frame.sMin));
  GEOSCoordSeq_setXY_r(mHandle, across, 1, frame.x(cut, frame.sMax), frame.y(cut, frame.sMax));
  const Geometry line = mGeos.own(GEOSGeom_createLineString_r(mHandle, across));
  const Geometry inside = mGeos.own(GEOSIntersection_r(mHandle, line.get(), piece));
  if (inside)
  {
    constexpr double overshoot = 2 * gridSize;
    for (const Geometry &part : mGeos.parts(inside.get()))
    {
      if (GEOSGeomTypeId_r(mHandle, part.get()) != GEOS_LINESTRING)
        continue;
      const GEOSCoordSequence *points = GEOSGeom_getCoordSeq_r(mHandle, part.get());
      unsigned int size = 0;
      GEOSCoordSeq_getSize_r(mHandle, points, &size);
      if (size < 2)
        continue;
      double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
      GEOSCoordSeq_getXY_r(mHandle, points, 0, &x0, &y0);
      GEOSCoordSeq_getXY_r(mHandle, points, size - 1, &x1, &y1);
      const double s0 = frame.s(x0, y0), s1 = frame.s(x1, y1);
      const double direction = s1 >= s0 ? 1 : -1;
      GEOSCoordSequence *extended = GEOSCoordSeq_create_r(mHandle, 2, 2);
      GEOSCoordSeq_setXY_r(mHandle, extended, 0, frame.x(cut, s0 - direction * overshoot),
                           frame.y(cut, s0 - direction * overshoot));
      GEOSCoordSeq_setXY_r(mHandle, extended, 1, frame.x(cut, s1 + direction * overshoot),
                           frame.y(cut, s1 + direction * overshoot));
      cuts.push_back(mGeos.own(GEOSGeom_createLineString_r(mHandle, extended)));
    }
  }
  addCuts(first.get(), firstCount, cuts);
  addCuts(second.get(), count - firstCount, cuts);
}

bool GridPartition::run(QString *error)
{
  mCells.clear();
  if (!mArea)
  {
    *error = tr("There is no area to divide.");
    return false;
  }
  const Geometry areaBoundary = mGeos.own(GEOSBoundary_r(mHandle, mArea.get()));
  const GEOSPreparedGeometry *preparedArea = GEOSPrepare_r(mHandle, mArea.get());
  std::vector<Geometry> linework;
  linework.push_back(mGeos.own(GEOSGeom_clone_r(mHandle, areaBoundary.get())));
  for (const Geometry &lines : mLines)
  {
    for (Geometry &part : mGeos.parts(lines.get()))
    {
      if (GEOSPreparedContainsProperly_r(mHandle, preparedArea, part.get()) == 1)
        linework.push_back(std::move(part));
      else if (GEOSPreparedIntersects_r(mHandle, preparedArea, part.get()) == 1)
        linework.push_back(mGeos.own(GEOSIntersection_r(mHandle, part.get(), mArea.get())));
    }
  }
  GEOSPreparedGeom_destroy_r(mHandle, preparedArea);
  for (const Geometry &zone : mZones)
  {
    const Geometry clipped = mGeos.own(GEOSIntersection_r(mHandle, zone.get(), mArea.get()));
    if (clipped)
      linework.push_back(mGeos.own(GEOSBoundary_r(mHandle, clipped.get())));
  }
  linework.erase(std::remove(linework.begin(), linework.end(), nullptr), linework.end());
  if (!report(5))
    return false;

  // Blocks: what the lines enclose, slivers joined to their neighbours within the same zone. The
  // faces of holes in the area (an enclave, a gap between communities) are not the area's.
  std::vector<Geometry> faces = polygonize(std::move(linework), error);
  const std::vector<int> insideArea = label(faces, {mArea.get()});
  for (std::size_t i = 0; i < faces.size(); ++i)
  {
    if (insideArea[i] < 0)
      faces[i].reset();
  }
  faces.erase(std::remove(faces.begin(), faces.end(), nullptr), faces.end());
  if (faces.empty())
  {
    if (error->isEmpty())
      *error = tr("The lines and the area's outline enclose no block.");
    return false;
  }
  const std::vector<int> faceZones = label(faces, pointers(mZones));
  const std::vector<std::vector<int>> blockFaces =
      mergeSmallFaces(faces, faceZones, smallestBlockShare * mCellArea);
  mBlockCount = static_cast<int>(blockFaces.size());
  mMergedBlocks = static_cast<int>(faces.size() - blockFaces.size());
  std::vector<Geometry> blocks;
  std::vector<int> blockZones;
  for (const std::vector<int> &members : blockFaces)
  {
    blocks.push_back(unite(faces, members));
    if (!blocks.back())
    {
      *error = tr("Neighbouring blocks could not be joined: %1").arg(mGeos.lastError());
      return false;
    }
    blockZones.push_back(faceZones[members.front()]);
  }
  if (!report(20))
    return false;

  // Cuts: each block into as many parts of equal area as cells fit in it.
  std::vector<Geometry> edges;
  for (std::size_t i = 0; i < blocks.size(); ++i)
  {
    edges.push_back(mGeos.own(GEOSBoundary_r(mHandle, blocks[i].get())));
    double area = 0;
    GEOSArea_r(mHandle, blocks[i].get(), &area);
    addCuts(blocks[i].get(), std::max(1, static_cast<int>(std::lround(area / mCellArea))), edges);
    if (i % 16 == 0 && !report(20 + static_cast<int>(50 * i / blocks.size())))
      return false;
  }

  // Cells: all edges noded together, pieces of concave cuts joined within their block.
  const std::vector<Geometry> pieces = polygonize(std::move(edges), error);
  if (pieces.empty())
  {
    if (error->isEmpty())
      *error = tr("The blocks could not be cut into cells.");
    return false;
  }
  if (!report(80))
    return false;
  const std::vector<int> pieceBlocks = label(pieces, pointers(blocks));
  for (const std::vector<int> &members : mergeSmallFaces(pieces, pieceBlocks, smallestPieceShare * mCellArea))
  {
    // Faces in no block are the area's holes, enclosed again by the blocks around them.
    if (pieceBlocks[members.front()] < 0)
      continue;
    GridPartitionCell cell;
    cell.shape = unite(pieces, members);
    if (!cell.shape)
    {
      *error = tr("Pieces of a cell could not be joined: %1").arg(mGeos.lastError());
      return false;
    }
    cell.block = pieceBlocks[members.front()];
    cell.zone = cell.block >= 0 ? blockZones[cell.block] : -1;
    GEOSArea_r(mHandle, cell.shape.get(), &cell.area);
    mCells.push_back(std::move(cell));
  }
  return report(100);
}
