#include "ui/copycoordinatestool.h"

#include <QClipboard>
#include <QGuiApplication>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>

CopyCoordinatesTool::CopyCoordinatesTool(QgsMapCanvas *canvas)
    : QgsMapTool(canvas)
{
  setCursor(Qt::CrossCursor);
}

QString CopyCoordinatesTool::describe(const QgsPointXY &mapPoint) const
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  QString text = QStringLiteral("%1, %2 (%3)")
                     .arg(mapPoint.x(), 0, 'f', 2)
                     .arg(mapPoint.y(), 0, 'f', 2)
                     .arg(crs.authid());
  const QgsCoordinateTransform toGeographic(crs, QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                            QgsProject::instance());
  try
  {
    const QgsPointXY geographic = toGeographic.transform(mapPoint);
    text += tr("; %1° E, %2° N").arg(geographic.x(), 0, 'f', 6).arg(geographic.y(), 0, 'f', 6);
  }
  catch (const QgsCsException &)
  {
    // Outside the CRS's area: the projected coordinates alone.
  }
  return text;
}

void CopyCoordinatesTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  const QString text = describe(event->mapPoint());
  QGuiApplication::clipboard()->setText(text);
  emit copied(text);
}
