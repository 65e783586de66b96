#include "demo/demolayout.h"

namespace
{
  // The demo city lies around 120.1°E, 30.2°N: CGCS2000 / 3-degree Gauss–Krüger CM 120E metres.
  constexpr double originX = 508000.0;
  constexpr double originY = 3342000.0;
  // Lattice nodes move up to this share of a superblock, so streets are not ruler-straight.
  constexpr double jitter = 0.06;
} // namespace

std::optional<DemoScale> DemoScale::fromName(const QString &name)
{
  if (name == QLatin1String("tiny"))
    return DemoScale{name, 3, 3, 1, 6};
  if (name == QLatin1String("district"))
    return DemoScale{name, 8, 3, 3, 30};
  if (name == QLatin1String("city"))
    return DemoScale{name, 25, 4, 12, 3200};
  return std::nullopt;
}

DemoLayout::DemoLayout(const DemoScale &scale, DemoRandom &random)
    : mCount(scale.superblocks)
{
  for (int j = 0; j <= mCount; ++j)
  {
    for (int i = 0; i <= mCount; ++i)
    {
      // The district boundary stays straight; inner nodes wander a little.
      const bool inner = i > 0 && i < mCount && j > 0 && j < mCount;
      const double dx = inner ? random.uniform(-jitter, jitter) * superblockSize : 0.0;
      const double dy = inner ? random.uniform(-jitter, jitter) * superblockSize : 0.0;
      mNodes.append(QPointF(originX + i * superblockSize + dx, originY + j * superblockSize + dy));
    }
  }
  mRiverColumn = qMax(1, mCount / 3);
  for (int j = 0; j < mCount; ++j)
  {
    for (int i = 0; i < mCount; ++i)
    {
      const double draw = random.uniform();
      LandUse use = draw < 0.24   ? LandUse::Residential
                    : draw < 0.68 ? LandUse::OldTown
                    : draw < 0.78 ? LandUse::Commercial
                    : draw < 0.87 ? LandUse::Park
                    : draw < 0.94 ? LandUse::School
                                  : LandUse::Public;
      mLandUse.append(use);
    }
  }
  // Every demo city has at least one park, next to the river.
  mLandUse[(mCount / 2) * mCount + mRiverColumn] = LandUse::Park;
}

QPointF DemoLayout::at(int i, int j, double u, double v) const
{
  const QPointF a = node(i, j);
  const QPointF b = node(i + 1, j);
  const QPointF c = node(i + 1, j + 1);
  const QPointF d = node(i, j + 1);
  return (1 - u) * (1 - v) * a + u * (1 - v) * b + u * v * c + (1 - u) * v * d;
}

QList<QPointF> DemoLayout::quad(int i, int j, double u0, double v0, double u1, double v1) const
{
  return {at(i, j, u0, v0), at(i, j, u1, v0), at(i, j, u1, v1), at(i, j, u0, v1)};
}

QList<QPointF> DemoLayout::outline(int i0, int j0, int i1, int j1) const
{
  QList<QPointF> ring;
  for (int i = i0; i < i1; ++i)
    ring.append(node(i, j0));
  for (int j = j0; j < j1; ++j)
    ring.append(node(i1, j));
  for (int i = i1; i > i0; --i)
    ring.append(node(i, j1));
  for (int j = j1; j > j0; --j)
    ring.append(node(i0, j));
  return ring;
}
