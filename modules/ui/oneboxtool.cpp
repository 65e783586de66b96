#include "ui/oneboxtool.h"

#include "analysis/shapeclipper.h"
#include "cache/cachefile.h"
#include "cache/sqlitedatabase.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsrubberband.h>

#include <QKeyEvent>

#include <cmath>

OneBoxTool::OneBoxTool(QgsMapCanvas *canvas, Shape shape)
    : QgsMapTool(canvas)
    , mShape(shape)
{
  setCursor(Qt::CrossCursor);
}

OneBoxTool::~OneBoxTool()
{
  delete mBand;
}

void OneBoxTool::setCache(const QString &path, int srid)
{
  mCachePath = path;
  mCacheCrs = QgsCoordinateReferenceSystem::fromEpsgId(srid);
}

QgsPointXY OneBoxTool::toCache(const QgsPointXY &mapPoint) const
{
  const QgsCoordinateReferenceSystem mapCrs = mCanvas->mapSettings().destinationCrs();
  if (!mCacheCrs.isValid() || mapCrs == mCacheCrs)
    return mapPoint;
  const QgsCoordinateTransform transform(mapCrs, mCacheCrs, QgsProject::instance()->transformContext());
  return transform.transform(mapPoint);
}

void OneBoxTool::reset()
{
  mPoints.clear();
  mDragging = false;
  if (mBand)
    mBand->reset(QgsWkbTypes::PolygonGeometry);
}

void OneBoxTool::canvasPressEvent(QgsMapMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  if (mShape == Shape::Rectangle || mShape == Shape::Circle)
  {
    reset();
    mPoints = {event->mapPoint(), event->mapPoint()};
    mDragging = true;
  }
}

void OneBoxTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
  if (!mBand)
  {
    mBand = new QgsRubberBand(mCanvas, QgsWkbTypes::PolygonGeometry);
    mBand->setColor(QColor(0, 90, 200, 200));
    mBand->setFillColor(QColor(0, 90, 200, 40));
    mBand->setWidth(2);
  }
  if (mPoints.isEmpty() || ((mShape == Shape::Rectangle || mShape == Shape::Circle) && !mDragging))
    return;
  const QgsPointXY current = event->mapPoint();
  QgsGeometry outline;
  if (mShape == Shape::Rectangle)
    outline = QgsGeometry::fromRect(QgsRectangle(mPoints.first(), current));
  else if (mShape == Shape::Circle)
    outline = QgsGeometry::fromPointXY(mPoints.first()).buffer(mPoints.first().distance(current), 32);
  else
    outline = QgsGeometry::fromPolygonXY({mPoints + QVector<QgsPointXY>{current}});
  mBand->setToGeometry(outline, nullptr);
}

void OneBoxTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  const QgsPointXY point = event->mapPoint();
  if (mShape == Shape::GridCell || mShape == Shape::Community || mShape == Shape::Street)
  {
    if (event->button() == Qt::LeftButton)
      pickArea(point);
    return;
  }
  if (mShape == Shape::Polygon)
  {
    if (event->button() == Qt::RightButton)
      finishPolygon();
    else if (event->button() == Qt::LeftButton)
      mPoints.append(point);
    return;
  }
  if (!mDragging || event->button() != Qt::LeftButton)
    return;
  mDragging = false;
  const QgsPointXY start = toCache(mPoints.first());
  const QgsPointXY end = toCache(point);
  QString error;
  if (mShape == Shape::Rectangle)
    emitArea(StudyArea::fromBox(std::min(start.x(), end.x()), std::min(start.y(), end.y()),
                                std::max(start.x(), end.x()), std::max(start.y(), end.y()), &error),
             error);
  else
    emitArea(StudyArea::fromCircle(QPointF(start.x(), start.y()), start.distance(end), &error), error);
}

void OneBoxTool::canvasDoubleClickEvent(QgsMapMouseEvent *)
{
  if (mShape == Shape::Polygon)
  {
    // The double click's second press already added its point.
    if (!mPoints.isEmpty())
      mPoints.removeLast();
    finishPolygon();
  }
}

void OneBoxTool::keyPressEvent(QKeyEvent *event)
{
  if (event->key() == Qt::Key_Escape)
  {
    reset();
    event->accept();
  }
  else if (event->key() == Qt::Key_Backspace && mShape == Shape::Polygon && !mPoints.isEmpty())
  {
    mPoints.removeLast();
    event->accept();
  }
  else
  {
    event->ignore();
  }
}

void OneBoxTool::finishPolygon()
{
  QList<QPointF> ring;
  for (const QgsPointXY &point : std::as_const(mPoints))
  {
    const QgsPointXY inCache = toCache(point);
    ring.append(QPointF(inCache.x(), inCache.y()));
  }
  mPoints.clear();
  QString error;
  emitArea(StudyArea::fromRing(ring, &error), error);
}

void OneBoxTool::pickArea(const QgsPointXY &point)
{
  if (mCachePath.isEmpty())
  {
    emit refused(tr("Open a city cache first."));
    return;
  }
  const QgsPointXY inCache = toCache(point);
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &error);
  if (!cache)
  {
    emit refused(error);
    return;
  }
  const QString table = mShape == Shape::GridCell    ? QStringLiteral("grid_cell")
                        : mShape == Shape::Community ? QStringLiteral("community")
                                                     : QStringLiteral("street");
  SqliteStatement lookup = cache->database().prepare(
      indexedRowsSql(table, QStringLiteral("t.code"),
                     QStringLiteral("ST_Covers(t.geom, MakePoint(?5, ?6, %1))").arg(cache->srid())) +
      QStringLiteral(" LIMIT 1"));
  bindEnvelope(lookup, {inCache.x(), inCache.y(), inCache.x(), inCache.y()});
  lookup.bindDouble(5, inCache.x());
  lookup.bindDouble(6, inCache.y());
  if (!lookup.next())
  {
    emit refused(lookup.failed() ? lookup.errorMessage()
                                 : tr("There is no %1 here.")
                                       .arg(mShape == Shape::GridCell    ? tr("grid cell")
                                            : mShape == Shape::Community ? tr("community")
                                                                         : tr("street")));
    return;
  }
  const QString code = lookup.text(0);
  lookup = SqliteStatement();
  emitArea(StudyArea::fromAreaCode(*cache, code, &error), error);
}

void OneBoxTool::emitArea(const std::optional<StudyArea> &area, const QString &error)
{
  if (mBand)
    mBand->reset(QgsWkbTypes::PolygonGeometry);
  if (area)
    emit areaChosen(*area);
  else
    emit refused(error);
}

void OneBoxTool::deactivate()
{
  reset();
  QgsMapTool::deactivate();
}
