#include "analysis/shapeclipper.h"

#include "cache/sqlitedatabase.h"

ShapeClipper::ShapeClipper(const GeosContext &geos, const QByteArray &wkb)
    : mGeos(geos)
    , mShape(geos.fromWkb(wkb))
{
  if (!mShape)
    return;
  mPrepared = geos.prepare(mShape.get());
  const GEOSContextHandle_t handle = geos.handle();
  GEOSGeom_getXMin_r(handle, mShape.get(), &mEnvelope.xmin);
  GEOSGeom_getYMin_r(handle, mShape.get(), &mEnvelope.ymin);
  GEOSGeom_getXMax_r(handle, mShape.get(), &mEnvelope.xmax);
  GEOSGeom_getYMax_r(handle, mShape.get(), &mEnvelope.ymax);
}

ShapeClipper::Overlap ShapeClipper::overlap(const GEOSGeometry *feature) const
{
  const GEOSContextHandle_t handle = mGeos.handle();
  if (GEOSPreparedCovers_r(handle, mPrepared.get(), feature) == 1)
    return Overlap::Inside;
  if (GEOSPreparedIntersects_r(handle, mPrepared.get(), feature) != 1)
    return Overlap::Outside;
  // Sharing only boundary (a neighbouring cell, a park across the box's edge line) is not overlap.
  return GEOSPreparedTouches_r(handle, mPrepared.get(), feature) == 1 ? Overlap::Outside : Overlap::Across;
}

GeosContext::Geometry ShapeClipper::clip(const GEOSGeometry *feature) const
{
  return mGeos.own(GEOSIntersection_r(mGeos.handle(), feature, mShape.get()));
}

GeosContext::Geometry ShapeClipper::partInside(const GEOSGeometry *feature) const
{
  switch (overlap(feature))
  {
  case Overlap::Inside:
    return mGeos.own(GEOSGeom_clone_r(mGeos.handle(), feature));
  case Overlap::Across:
  {
    GeosContext::Geometry inside = clip(feature);
    if (!inside)
      ++mFailedClips;
    return inside;
  }
  case Overlap::Outside:
    break;
  }
  return GeosContext::Geometry(nullptr, GeosContext::GeometryDeleter{mGeos.handle()});
}

bool ShapeClipper::coversPoint(double x, double y) const
{
  if (x < mEnvelope.xmin || x > mEnvelope.xmax || y < mEnvelope.ymin || y > mEnvelope.ymax)
    return false;
  const GeosContext::Geometry point = mGeos.own(GEOSGeom_createPointFromXY_r(mGeos.handle(), x, y));
  return GEOSPreparedCovers_r(mGeos.handle(), mPrepared.get(), point.get()) == 1;
}

QString indexedRowsSql(const QString &table, const QString &columns, const QString &condition)
{
  return QStringLiteral("SELECT %1 FROM \"%2\" AS t JOIN \"idx_%2_geom\" AS i ON t.rowid = i.pkid "
                        "WHERE i.xmin <= ?3 AND i.xmax >= ?1 AND i.ymin <= ?4 AND i.ymax >= ?2%3")
      .arg(columns, table, condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition));
}

void bindEnvelope(SqliteStatement &statement, const Envelope &envelope)
{
  statement.bindDouble(1, envelope.xmin);
  statement.bindDouble(2, envelope.ymin);
  statement.bindDouble(3, envelope.xmax);
  statement.bindDouble(4, envelope.ymax);
}
