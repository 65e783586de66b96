#pragma once

#include "analysis/envelope.h"
#include "analysis/geoscontext.h"

#include <optional>
#include <vector>

class AnalysisFeedback;

/**
 * The area of a union of polygons found from the union's boundary alone, without an overlay: by
 * Green's theorem the area is the sum of x·dy − y·dx / 2 over the boundary, and the union's boundary is
 * made of the polygons' edge pieces that lie strictly inside no other polygon (an edge shared by two
 * polygons counts once when they run the same way and not at all when they run opposite ways).
 *
 * Every crossing point is computed in the same way from both edges, and edges closer than a micrometre
 * count as touching, so that the pieces kept meet; measure() checks, for each cluster of polygons whose
 * boxes meet, that the pieces do form closed rings, and leaves a cluster where rounding made two tests
 * disagree to the caller, to be united by overlay.
 */
class UnionBoundary
{
  public:
    /**
     * Adds the polygons of \a geometry (a polygon, multipolygon or collection; other parts have no
     * area). The polygons must be valid (GEOSMakeValid) and outlive measure(): they are referred to.
     */
    void add(const GeosContext &geos, const GEOSGeometry *geometry);

    /** What measure() found. */
    struct Measure
    {
        /** The area of the union of the polygons not in \a unresolved. */
        double area = 0;
        /** The polygons of clusters whose boundary did not close: the caller unites them. */
        std::vector<const GEOSGeometry *> unresolved;
    };

    /** The area of the union of the polygons added, as far as their boundary gives it; nothing when
     * cancelled. */
    std::optional<Measure> measure(const AnalysisFeedback *feedback) const;

    /** Edges and points closer than this (in CRS units, metres) touch: the data's own precision. */
    static constexpr double tolerance = 1e-6;

    struct Point
    {
        double x = 0;
        double y = 0;
    };

  private:
    /** One polygon: its rings closed (last point = first), shells counter-clockwise, holes clockwise. */
    struct Polygon
    {
        const GEOSGeometry *source = nullptr;
        Envelope box;
        std::vector<std::vector<Point>> rings;
    };

    /** The stretch of an edge that runs along an edge of another polygon. */
    struct SharedStretch
    {
        double from = 0;
        double to = 0;
        bool sameWay = false;
        size_t owner = 0;
    };

    /** A point where an edge must be broken, at parameter t along it. */
    struct Split
    {
        double t = 0;
        Point point;
    };

    void addPolygon(const GeosContext &geos, const GEOSGeometry *polygon);
    /** For each polygon, the others whose boxes meet its box. */
    std::vector<std::vector<size_t>> neighbours() const;
    /** Where the edge a→b meets the edge c→d of polygon \a owner: breaks and shared stretches. */
    static void meet(const Point &a, const Point &b, const Point &c, const Point &d, size_t owner,
                     std::vector<Split> &splits, std::vector<SharedStretch> &stretches);
    /** Whether the piece of an edge of polygon \a self around parameter \a t (point \a m) is union boundary.
     */
    bool onUnionBoundary(size_t self, double t, const Point &m, const std::vector<size_t> &others,
                         const std::vector<SharedStretch> &stretches) const;
    /** Whether \a point lies inside \a polygon and not on its boundary. */
    static bool strictlyInside(const Polygon &polygon, const Point &point);

    std::vector<Polygon> mPolygons;
};
