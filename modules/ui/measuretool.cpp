#include "ui/measuretool.h"

#include <QLocale>

#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

namespace
{
  QString length(double metres)
  {
    return metres >= 1000 ? MeasureTool::tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 3))
                          : MeasureTool::tr("%1 m").arg(QLocale().toString(metres, 'f', 1));
  }

  QString area(double squareMetres)
  {
    // 公顷 (ha) from a hectare up, as planners read green areas; square metres below.
    return squareMetres >= 10000
               ? MeasureTool::tr("%1 ha").arg(QLocale().toString(squareMetres / 10000, 'f', 3))
               : MeasureTool::tr("%1 m²").arg(QLocale().toString(squareMetres, 'f', 1));
  }
} // namespace

MeasureTool::MeasureTool(QgsMapCanvas *canvas, Mode mode)
    : QgsMapTool(canvas)
    , mMode(mode)
    , mBand(new QgsRubberBand(canvas,
                              mode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry))
{
  mBand->setColor(QColor(224, 49, 49, 200));
  mBand->setFillColor(QColor(224, 49, 49, 40));
  mBand->setWidth(2);
  setCursor(Qt::CrossCursor);
}

MeasureTool::~MeasureTool()
{
  delete mBand;
}

QString MeasureTool::describe(const QVector<QgsPointXY> &points) const
{
  if (mMode == Mode::Distance)
  {
    const QgsGeometry path = QgsGeometry::fromPolylineXY(QgsPolylineXY(points.begin(), points.end()));
    return points.size() < 2 ? QString() : length(path.length());
  }
  if (points.size() < 3)
    return QString();
  QgsPolylineXY ring(points.begin(), points.end());
  ring.append(points.first());
  const QgsGeometry shape = QgsGeometry::fromPolygonXY({ring});
  return tr("%1 · perimeter %2").arg(area(shape.area()), length(shape.length()));
}

void MeasureTool::updateBand(const QgsPointXY &moving)
{
  mBand->reset(mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
  for (const QgsPointXY &point : std::as_const(mPoints))
    mBand->addPoint(point, false);
  mBand->addPoint(moving, true);
}

void MeasureTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
  if (mPoints.isEmpty() || mFinished)
    return;
  updateBand(event->mapPoint());
  emit measured(describe(mPoints + QVector<QgsPointXY>{event->mapPoint()}), false);
}

void MeasureTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  // A double click ends with one more release: it belongs to the finished measurement.
  if (mIgnoreNextRelease)
  {
    mIgnoreNextRelease = false;
    return;
  }
  if (event->button() == Qt::RightButton)
  {
    finish();
    return;
  }
  if (event->button() != Qt::LeftButton)
    return;
  if (mFinished)
  {
    mPoints.clear();
    mFinished = false;
  }
  mPoints.append(event->mapPoint());
  updateBand(event->mapPoint());
  emit measured(describe(mPoints), false);
}

void MeasureTool::canvasDoubleClickEvent(QgsMapMouseEvent *)
{
  finish();
  mIgnoreNextRelease = true;
}

void MeasureTool::finish()
{
  if (mPoints.isEmpty())
    return;
  mFinished = true;
  updateBand(mPoints.last());
  emit measured(describe(mPoints), true);
}

void MeasureTool::deactivate()
{
  mPoints.clear();
  mFinished = false;
  mBand->reset(mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
  QgsMapTool::deactivate();
}
