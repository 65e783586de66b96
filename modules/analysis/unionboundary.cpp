#include "analysis/unionboundary.h"

#include "analysis/analysisfeedback.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace
{
  using Point = UnionBoundary::Point;
  static_assert(sizeof(Point) == 2 * sizeof(double), "rings are copied from GEOS as pairs of doubles");

  /** Twice the signed area of the triangle p, q, r: positive when r lies left of p→q. */
  double orientation(const Point &p, const Point &q, const Point &r)
  {
    return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  }

  bool isBefore(const Point &a, const Point &b)
  {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
  }

  bool isSame(const Point &a, const Point &b)
  {
    return a.x == b.x && a.y == b.y;
  }

  /** The parameter of \a p projected on the line a→b (0 at a, 1 at b). */
  double along(const Point &a, const Point &b, const Point &p)
  {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    return ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
  }

  double squaredLength(const Point &a, const Point &b)
  {
    return (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y);
  }

  bool hasOppositeSigns(double a, double b)
  {
    return (a < 0 && b > 0) || (a > 0 && b < 0);
  }

  double twiceSignedArea(const std::vector<Point> &ring)
  {
    double sum = 0;
    for (size_t i = 1; i < ring.size(); ++i)
      sum += orientation(ring.front(), ring[i - 1], ring[i]);
    return sum;
  }

  /** Clusters of polygons linked by meeting boxes (union–find with path halving). */
  class Clusters
  {
    public:
      explicit Clusters(const std::vector<std::vector<size_t>> &neighbours)
          : mParent(neighbours.size())
      {
        std::iota(mParent.begin(), mParent.end(), size_t{0});
        for (size_t i = 0; i < neighbours.size(); ++i)
        {
          for (const size_t j : neighbours[i])
            mParent[of(i)] = of(j);
        }
      }

      /** The cluster of polygon \a index, named by one of its polygons. */
      size_t of(size_t index)
      {
        while (mParent[index] != index)
        {
          mParent[index] = mParent[mParent[index]];
          index = mParent[index];
        }
        return index;
      }

    private:
      std::vector<size_t> mParent;
  };

  /**
   * Twice the area of the gaps between where boundary runs end and where the next ones start (none,
   * or specks within the tolerance), with \a cross the cross product about the origin; nothing when an
   * end has no start near it: the boundary does not close.
   */
  template <typename Cross>
  std::optional<double> closingGaps(const std::vector<Point> &ends, std::vector<Point> starts,
                                    const Cross &cross)
  {
    if (ends.size() != starts.size())
      return std::nullopt;
    std::sort(starts.begin(), starts.end(), [](const Point &a, const Point &b) { return a.x < b.x; });
    std::vector<bool> taken(starts.size(), false);
    double sum = 0;
    for (const Point &end : ends)
    {
      auto candidate = std::lower_bound(starts.begin(), starts.end(), end.x - UnionBoundary::tolerance,
                                        [](const Point &start, double x) { return start.x < x; });
      size_t best = starts.size();
      double bestDistance = 0;
      for (; candidate != starts.end() && candidate->x <= end.x + UnionBoundary::tolerance; ++candidate)
      {
        const size_t index = static_cast<size_t>(candidate - starts.begin());
        const double distance = squaredLength(end, *candidate);
        if (!taken[index] && distance <= UnionBoundary::tolerance * UnionBoundary::tolerance &&
            (best == starts.size() || distance < bestDistance))
        {
          best = index;
          bestDistance = distance;
        }
      }
      if (best == starts.size())
        return std::nullopt;
      taken[best] = true;
      sum += cross(end, starts[best]);
    }
    return sum;
  }

  /** A piece of a ring's edge, and whether it belongs to the union's boundary. */
  struct Piece
  {
      Point start;
      Point end;
      bool kept = false;
  };
} // namespace

void UnionBoundary::add(const GeosContext &geos, const GEOSGeometry *geometry)
{
  const GEOSContextHandle_t handle = geos.handle();
  if (!geometry || GEOSisEmpty_r(handle, geometry) == 1)
    return;
  switch (GEOSGeomTypeId_r(handle, geometry))
  {
  case GEOS_POLYGON:
    addPolygon(geos, geometry);
    break;
  case GEOS_MULTIPOLYGON:
  case GEOS_GEOMETRYCOLLECTION:
    for (int i = 0; i < GEOSGetNumGeometries_r(handle, geometry); ++i)
      add(geos, GEOSGetGeometryN_r(handle, geometry, i));
    break;
  default:
    break;
  }
}

void UnionBoundary::addPolygon(const GeosContext &geos, const GEOSGeometry *polygon)
{
  const GEOSContextHandle_t handle = geos.handle();
  Polygon result;
  result.source = polygon;
  const int holes = GEOSGetNumInteriorRings_r(handle, polygon);
  for (int r = -1; r < holes; ++r)
  {
    const GEOSGeometry *ring =
        r < 0 ? GEOSGetExteriorRing_r(handle, polygon) : GEOSGetInteriorRingN_r(handle, polygon, r);
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(handle, ring);
    unsigned int size = 0;
    if (!sequence || GEOSCoordSeq_getSize_r(handle, sequence, &size) != 1 || size < 4)
      continue;
    std::vector<Point> points(size);
    if (GEOSCoordSeq_copyToBuffer_r(handle, sequence, &points.front().x, 0, 0) != 1)
      continue;
    // Green's theorem wants the area on the left of every edge: shells anticlockwise, holes clockwise.
    const double signedArea = twiceSignedArea(points);
    if ((r < 0 && signedArea < 0) || (r >= 0 && signedArea > 0))
      std::reverse(points.begin(), points.end());
    if (r < 0)
    {
      result.box = {points.front().x, points.front().y, points.front().x, points.front().y};
      for (const Point &point : points)
      {
        result.box.xmin = std::min(result.box.xmin, point.x);
        result.box.ymin = std::min(result.box.ymin, point.y);
        result.box.xmax = std::max(result.box.xmax, point.x);
        result.box.ymax = std::max(result.box.ymax, point.y);
      }
    }
    else if (result.rings.empty())
    {
      return;
    }
    result.rings.push_back(std::move(points));
  }
  if (!result.rings.empty())
    mPolygons.push_back(std::move(result));
}

std::vector<std::vector<size_t>> UnionBoundary::neighbours() const
{
  std::vector<size_t> byLeft(mPolygons.size());
  for (size_t i = 0; i < byLeft.size(); ++i)
    byLeft[i] = i;
  std::sort(byLeft.begin(), byLeft.end(),
            [this](size_t a, size_t b) { return mPolygons[a].box.xmin < mPolygons[b].box.xmin; });
  std::vector<std::vector<size_t>> result(mPolygons.size());
  for (size_t k = 0; k < byLeft.size(); ++k)
  {
    const Envelope &box = mPolygons[byLeft[k]].box;
    for (size_t l = k + 1; l < byLeft.size() && mPolygons[byLeft[l]].box.xmin <= box.xmax; ++l)
    {
      if (box.meets(mPolygons[byLeft[l]].box))
      {
        result[byLeft[k]].push_back(byLeft[l]);
        result[byLeft[l]].push_back(byLeft[k]);
      }
    }
  }
  return result;
}

void UnionBoundary::meet(const Point &a, const Point &b, const Point &c, const Point &d, size_t owner,
                         std::vector<Split> &splits, std::vector<SharedStretch> &stretches)
{
  // Both edges see the same tests and the same crossing point only if both compute them alike: the
  // edges are put in one order (each from its lower end, the lower edge first) before any arithmetic.
  Point ownStart = a;
  Point ownEnd = b;
  if (isBefore(ownEnd, ownStart))
    std::swap(ownStart, ownEnd);
  Point otherStart = c;
  Point otherEnd = d;
  if (isBefore(otherEnd, otherStart))
    std::swap(otherStart, otherEnd);
  const bool ownFirst =
      isBefore(ownStart, otherStart) || (isSame(ownStart, otherStart) && isBefore(ownEnd, otherEnd));
  const Point &p1 = ownFirst ? ownStart : otherStart;
  const Point &p2 = ownFirst ? ownEnd : otherEnd;
  const Point &q1 = ownFirst ? otherStart : ownStart;
  const Point &q2 = ownFirst ? otherEnd : ownEnd;
  const double o1 = orientation(p1, p2, q1);
  const double o2 = orientation(p1, p2, q2);
  const double o3 = orientation(q1, q2, p1);
  const double o4 = orientation(q1, q2, p2);
  // |orientation| / length is the distance from the line.
  const double lengthP = squaredLength(p1, p2);
  const double lengthQ = squaredLength(q1, q2);
  const double limitP = tolerance * tolerance * lengthP;
  const double limitQ = tolerance * tolerance * lengthQ;
  const bool q1NearP = o1 * o1 <= limitP;
  const bool q2NearP = o2 * o2 <= limitP;
  const bool p1NearQ = o3 * o3 <= limitQ;
  const bool p2NearQ = o4 * o4 <= limitQ;

  const double margin = tolerance / std::sqrt(squaredLength(a, b));
  const auto split = [&](const Point &point) {
    const double t = along(a, b, point);
    if (t > margin && t < 1 - margin)
      splits.push_back({t, point});
  };
  if ((q1NearP && q2NearP) || (p1NearQ && p2NearQ))
  {
    const double tc = along(a, b, c);
    const double td = along(a, b, d);
    const double from = std::max(0.0, std::min(tc, td));
    const double to = std::min(1.0, std::max(tc, td));
    if (to - from <= margin)
      return;
    split(c);
    split(d);
    const bool sameWay = (b.x - a.x) * (d.x - c.x) + (b.y - a.y) * (d.y - c.y) > 0;
    stretches.push_back({from, to, sameWay, owner});
    return;
  }

  // An end of one edge on the other (a T-junction, or a vertex within the tolerance of an edge) breaks
  // the other edge at that end; the two edges do not cross anywhere else.
  const double marginP = tolerance / std::sqrt(lengthP);
  const double marginQ = tolerance / std::sqrt(lengthQ);
  const auto within = [](double t, double slack) { return t >= -slack && t <= 1 + slack; };
  const bool q1OnP = q1NearP && within(along(p1, p2, q1), marginP);
  const bool q2OnP = q2NearP && within(along(p1, p2, q2), marginP);
  const bool p1OnQ = p1NearQ && within(along(q1, q2, p1), marginQ);
  const bool p2OnQ = p2NearQ && within(along(q1, q2, p2), marginQ);
  if (q1OnP || q2OnP || p1OnQ || p2OnQ)
  {
    if (ownFirst ? q1OnP : p1OnQ)
      split(ownFirst ? q1 : p1);
    if (ownFirst ? q2OnP : p2OnQ)
      split(ownFirst ? q2 : p2);
    return;
  }
  if (hasOppositeSigns(o1, o2) && hasOppositeSigns(o3, o4))
  {
    const double s = ((q1.x - p1.x) * (q2.y - q1.y) - (q1.y - p1.y) * (q2.x - q1.x)) /
                     ((p2.x - p1.x) * (q2.y - q1.y) - (p2.y - p1.y) * (q2.x - q1.x));
    split({p1.x + s * (p2.x - p1.x), p1.y + s * (p2.y - p1.y)});
  }
}

bool UnionBoundary::strictlyInside(const Polygon &polygon, const Point &point)
{
  const Envelope &box = polygon.box;
  if (point.x <= box.xmin || point.x >= box.xmax || point.y <= box.ymin || point.y >= box.ymax)
    return false;
  int winding = 0;
  for (const std::vector<Point> &ring : polygon.rings)
  {
    for (size_t i = 1; i < ring.size(); ++i)
    {
      const Point &p = ring[i - 1];
      const Point &q = ring[i];
      if (std::max(p.y, q.y) < point.y || std::min(p.y, q.y) > point.y)
        continue;
      const double side = orientation(p, q, point);
      if (side == 0 && point.x >= std::min(p.x, q.x) && point.x <= std::max(p.x, q.x) &&
          point.y >= std::min(p.y, q.y) && point.y <= std::max(p.y, q.y))
        return false;
      if (p.y <= point.y)
      {
        if (q.y > point.y && side > 0)
          ++winding;
      }
      else if (q.y <= point.y && side < 0)
      {
        --winding;
      }
    }
  }
  return winding != 0;
}

bool UnionBoundary::onUnionBoundary(size_t self, double t, const Point &m, const std::vector<size_t> &others,
                                    const std::vector<SharedStretch> &stretches) const
{
  std::vector<size_t> sharing;
  for (const SharedStretch &stretch : stretches)
  {
    if (stretch.from < t && t < stretch.to)
    {
      // An edge two polygons share is boundary once when they lie on the same side, interior when not.
      if (!stretch.sameWay || stretch.owner < self)
        return false;
      sharing.push_back(stretch.owner);
    }
  }
  for (const size_t other : others)
  {
    if (std::find(sharing.begin(), sharing.end(), other) == sharing.end() &&
        strictlyInside(mPolygons[other], m))
      return false;
  }
  return true;
}

std::optional<UnionBoundary::Measure> UnionBoundary::measure(const AnalysisFeedback *feedback) const
{
  Measure result;
  if (mPolygons.empty())
    return result;
  const std::vector<std::vector<size_t>> near = neighbours();
  Clusters clusters(near);
  // Coordinates relative to a point of the data keep the products small and exact enough.
  const Point origin = mPolygons.front().rings.front().front();
  const auto cross = [&origin](const Point &a, const Point &b) {
    return (a.x - origin.x) * (b.y - origin.y) - (a.y - origin.y) * (b.x - origin.x);
  };
  std::vector<double> twiceArea(mPolygons.size(), 0.0);
  std::vector<std::vector<Point>> runEnds(mPolygons.size());
  std::vector<std::vector<Point>> runStarts(mPolygons.size());
  std::vector<size_t> others;
  std::vector<Split> splits;
  std::vector<SharedStretch> stretches;
  std::vector<Piece> pieces;
  for (size_t self = 0; self < mPolygons.size(); ++self)
  {
    if (feedback && self % 256 == 0 && feedback->isCanceled())
      return std::nullopt;
    const size_t cluster = clusters.of(self);
    for (const std::vector<Point> &ring : mPolygons[self].rings)
    {
      if (near[self].empty())
      {
        for (size_t i = 1; i < ring.size(); ++i)
          twiceArea[cluster] += cross(ring[i - 1], ring[i]);
        continue;
      }
      pieces.clear();
      for (size_t i = 1; i < ring.size(); ++i)
      {
        const Point &a = ring[i - 1];
        const Point &b = ring[i];
        if (isSame(a, b))
          continue;
        const Envelope edgeBox{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                               std::max(a.y, b.y)};
        const Envelope reach = edgeBox.expanded(tolerance);
        others.clear();
        splits.clear();
        stretches.clear();
        for (const size_t other : near[self])
        {
          const Polygon &polygon = mPolygons[other];
          if (!polygon.box.meets(reach))
            continue;
          others.push_back(other);
          for (const std::vector<Point> &otherRing : polygon.rings)
          {
            for (size_t j = 1; j < otherRing.size(); ++j)
            {
              const Point &c = otherRing[j - 1];
              const Point &d = otherRing[j];
              const Envelope otherEdgeBox{std::min(c.x, d.x), std::min(c.y, d.y), std::max(c.x, d.x),
                                          std::max(c.y, d.y)};
              if (reach.meets(otherEdgeBox) && !isSame(c, d))
                meet(a, b, c, d, other, splits, stretches);
            }
          }
        }
        if (others.empty())
        {
          pieces.push_back({a, b, true});
          continue;
        }
        std::sort(splits.begin(), splits.end(), [](const Split &x, const Split &y) { return x.t < y.t; });
        splits.push_back({1.0, b});
        Point from = a;
        double tFrom = 0;
        for (const Split &split : splits)
        {
          if (isSame(split.point, from))
            continue;
          const double t = (tFrom + split.t) / 2;
          const Point middle{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
          pieces.push_back({from, split.point, onUnionBoundary(self, t, middle, others, stretches)});
          from = split.point;
          tFrom = split.t;
        }
      }
      // Where the boundary passes from this polygon to another, the kept pieces end and start: the
      // other polygon's pieces must start and end there too.
      for (size_t n = 0; n < pieces.size(); ++n)
      {
        const Piece &piece = pieces[n];
        if (!piece.kept)
          continue;
        twiceArea[cluster] += cross(piece.start, piece.end);
        if (!pieces[(n + pieces.size() - 1) % pieces.size()].kept)
          runStarts[cluster].push_back(piece.start);
        if (!pieces[(n + 1) % pieces.size()].kept)
          runEnds[cluster].push_back(piece.end);
      }
    }
  }

  std::vector<bool> closed(mPolygons.size(), true);
  for (size_t cluster = 0; cluster < mPolygons.size(); ++cluster)
  {
    if (runEnds[cluster].empty() && runStarts[cluster].empty())
      continue;
    const std::optional<double> gaps = closingGaps(runEnds[cluster], runStarts[cluster], cross);
    if (gaps)
      twiceArea[cluster] += *gaps;
    else
      closed[cluster] = false;
  }
  double total = 0;
  for (size_t self = 0; self < mPolygons.size(); ++self)
  {
    const size_t cluster = clusters.of(self);
    if (!closed[cluster])
      result.unresolved.push_back(mPolygons[self].source);
    else if (cluster == self)
      total += twiceArea[cluster];
  }
  result.area = total / 2;
  return result;
}
