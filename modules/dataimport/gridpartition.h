#pragma once

#include "analysis/geoscontext.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

/** One cell of a GridPartition: its outline, the zone and the block it lies in, and its area. */
struct GridPartitionCell
{
    GeosContext::Geometry shape;
    int zone = -1; //!< index of the zone (community) holding it, -1 when no zones were given
    int block = 0; //!< index of the block it was cut from
    double area = 0;
};

/**
 * Cuts an area into unit grid cells of about a given size whose edges follow given lines (road
 * centre lines, river banks) and never cross zone (community) boundaries, the way a city draws its
 * grid (CJ/T 213): the lines, zone boundaries and area outline enclose blocks; blocks smaller than a
 * third of a cell join the neighbour they share the longest edge with; each block is cut across its
 * long axis, recursively, into as many parts of equal area as cells fit in it. All edges are noded
 * together once on a millimetre grid, so neighbouring cells share their edges exactly: the cells tile
 * the area with no gap and no overlap.
 */
class GridPartition
{
    Q_DECLARE_TR_FUNCTIONS(GridPartition)

  public:
    /** Told the percentage done; false cancels. */
    using Progress = std::function<bool(int percent)>;

    /** Edges are noded on this grid (metres). */
    static constexpr double gridSize = 0.001;

    /** \a cellArea in square metres of the projected CRS. */
    GridPartition(const GeosContext &geos, double cellArea);

    /** The polygonal area to divide. */
    void setArea(GeosContext::Geometry area);
    /** Adds lines cells must follow; parts outside the area are ignored. */
    void addLines(const GEOSGeometry *lines);
    /** Areas no cell may cross (communities); cells outside all of them get zone -1. */
    void setZones(std::vector<GeosContext::Geometry> zones);
    void setProgress(Progress progress) { mProgress = std::move(progress); }

    /** Divides the area. False with \a error when GEOS fails or the work is cancelled. */
    bool run(QString *error);

    int blockCount() const { return mBlockCount; }
    /** Blocks too small to be cells of their own, joined to a neighbour. */
    int mergedBlocks() const { return mMergedBlocks; }
    std::vector<GridPartitionCell> &cells() { return mCells; }

  private:
    using Geometry = GeosContext::Geometry;

    std::vector<Geometry> polygonize(std::vector<Geometry> linework, QString *error) const;
    std::vector<int> label(const std::vector<Geometry> &faces,
                           const std::vector<const GEOSGeometry *> &regions) const;
    std::vector<std::vector<int>> mergeSmallFaces(const std::vector<Geometry> &faces,
                                                  const std::vector<int> &labels, double minimumArea) const;
    Geometry unite(const std::vector<Geometry> &faces, const std::vector<int> &members) const;
    void addCuts(const GEOSGeometry *piece, int count, std::vector<Geometry> &cuts) const;
    bool report(int percent) const { return !mProgress || mProgress(percent); }

    const GeosContext &mGeos;
    GEOSContextHandle_t mHandle;
    double mCellArea;
    Geometry mArea;
    std::vector<Geometry> mLines;
    std::vector<Geometry> mZones;
    Progress mProgress;
    int mBlockCount = 0;
    int mMergedBlocks = 0;
    std::vector<GridPartitionCell> mCells;
};
