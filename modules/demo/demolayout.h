#pragma once

#include "demo/demorandom.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

/** A road of the demo city: its centre line and what it is. */
struct DemoRoad
{
    QString id;
    QString name;
    QString roadClass; //!< arterial, secondary or lane
    double width = 0;  //!< kerb to kerb including pavements, metres
    QList<QPointF> line;
};

/** How big a demo city is. */
struct DemoScale
{
    QString name;
    int superblocks = 3;      //!< superblocks per side; each is one community of 4 × 4 grid cells
    int streetBlocks = 3;     //!< superblocks per side of one street (街道)
    int historyMonths = 1;    //!< months of case history
    double reportsPerDay = 6; //!< cases reported on an ordinary working day

    /** tiny (~1.4 km², tests), district (~10 km², the demo) or city (~100 km², benchmarks). */
    static std::optional<DemoScale> fromName(const QString &name);
};

/**
 * The plan of the demo city: a jittered lattice of arterial roads 400 m apart whose cells are
 * superblocks (one community each), a river along one lattice line, and a land use per superblock.
 * Every grid cell, block and road is placed by bilinear interpolation inside a superblock, so that
 * shared edges coincide exactly: grid cells tile the district with no gaps or overlaps, and their
 * edges follow roads and the river.
 */
class DemoLayout
{
  public:
    /** Superblock edge length in metres. */
    static constexpr double superblockSize = 400.0;
    /** Grid cells per superblock side (4 × 4 cells of ~100 m × 100 m = 10,000 m²). */
    static constexpr int cellsPerSide = 4;
    /** Old-town houses per side of a quarter superblock, and their lattice step as a share of the quarter
     * (the buildings and the alley components share this lattice). */
    static constexpr int oldTownHousesPerSide = 14;
    static constexpr double oldTownPitch = 0.72 / oldTownHousesPerSide;

    enum class LandUse
    {
      Residential, //!< compounds of slab blocks (小区)
      OldTown,     //!< courtyard houses along alleys (老城区, 城中村): most of a city's buildings
      Commercial,
      Park,
      School,
      Public,
    };

    DemoLayout(const DemoScale &scale, DemoRandom &random);

    int superblocks() const { return mCount; }
    /** The lattice node (i, j), i west→east, j south→north, 0 ≤ i, j ≤ superblocks(). */
    QPointF node(int i, int j) const { return mNodes.at(j * (mCount + 1) + i); }

    /** The point at (u, v) ∈ [0, 1]² of superblock (i, j), by bilinear interpolation. */
    QPointF at(int i, int j, double u, double v) const;

    /** The quadrilateral of superblock (i, j) between (u0, v0) and (u1, v1). */
    QList<QPointF> quad(int i, int j, double u0, double v0, double u1, double v1) const;

    /** The outline of superblocks [i0, i1) × [j0, j1), following the lattice nodes. */
    QList<QPointF> outline(int i0, int j0, int i1, int j1) const;

    LandUse landUse(int i, int j) const { return mLandUse.at(j * mCount + i); }

    /** The lattice column the river follows (north–south), in place of an arterial road. */
    int riverColumn() const { return mRiverColumn; }

  private:
    int mCount = 0;
    QVector<QPointF> mNodes;
    QVector<LandUse> mLandUse;
    int mRiverColumn = 1;
};
