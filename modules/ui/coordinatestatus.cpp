#include "ui/coordinatestatus.h"

#include "ui/canvasscalecorrection.h"

#include <QHBoxLayout>
#include <QLabel>

#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsscalewidget.h>

namespace
{
  // CGCS2000 geographic, the datum of Chinese survey data; within a metre of WGS 84.
  constexpr int cgcs2000Geographic = 4490;

  /** Fills \a positive or \a negative ("%1°E" / "%1°W") with the absolute value of \a degrees. */
  QString hemisphere(double degrees, const QString &positive, const QString &negative)
  {
    return (degrees < 0 ? negative : positive).arg(std::abs(degrees), 0, 'f', 6);
  }
} // namespace

CoordinateStatus::CoordinateStatus(QgsMapCanvas *canvas, CanvasScaleCorrection *scaleCorrection,
                                   QWidget *parent)
    : QWidget(parent)
    , mCanvas(canvas)
    , mScaleCorrection(scaleCorrection)
    , mScale(new QgsScaleWidget(this))
    , mProjected(new QLabel(this))
    , mGeographic(new QLabel(this))
    , mCrs(new QLabel(this))
{
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(16);

  auto *scaleLabel = new QLabel(tr("Scale"), this);
  layout->addWidget(scaleLabel);
  mScale->setMapCanvas(mCanvas);
  mScale->setShowCurrentScaleButton(false);
  mScale->setToolTip(tr("Map scale: pick one or type it, e.g. 1:1000"));
  scaleLabel->setBuddy(mScale);
  layout->addWidget(mScale);

  // Fixed-width digits so the readout does not jitter as the cursor moves.
  QFont digits = font();
  digits.setFamily(QStringLiteral("monospace"));
  digits.setStyleHint(QFont::TypeWriter);
  mProjected->setFont(digits);
  mGeographic->setFont(digits);
  mProjected->setToolTip(tr("Cursor position in the map's projected coordinates (metres)"));
  mGeographic->setToolTip(tr("Cursor position as CGCS2000 longitude and latitude"));
  mCrs->setToolTip(tr("Coordinate reference system of the map"));
  mProjected->setMinimumWidth(
      mProjected->fontMetrics().horizontalAdvance(QStringLiteral("x 0000000.00  y 0000000.00 m")));
  mGeographic->setMinimumWidth(
      mGeographic->fontMetrics().horizontalAdvance(QStringLiteral("000.000000°E  00.000000°N")));
  layout->addWidget(mProjected);
  layout->addWidget(mGeographic);
  layout->addWidget(mCrs);

  connect(mCanvas, &QgsMapCanvas::xyCoordinates, this, &CoordinateStatus::showPosition);
  // The scale shown and typed is the true one, whatever the screen's pixel ratio.
  const auto showScale = [this] { mScale->setScale(mScaleCorrection->trueScale()); };
  connect(mCanvas, &QgsMapCanvas::scaleChanged, this, showScale);
  connect(mScaleCorrection, &CanvasScaleCorrection::factorChanged, this, showScale);
  connect(mScale, &QgsScaleWidget::scaleChanged, mCanvas, [this](double scale) {
    // The canvas echoes every zoom back as scaleChanged; only a real change of scale zooms.
    if (!qgsDoubleNear(scale, mScaleCorrection->trueScale(), 0.5))
      mScaleCorrection->zoomToTrueScale(scale);
  });
  connect(mCanvas, &QgsMapCanvas::destinationCrsChanged, this, &CoordinateStatus::updateCrs);
  // Until the cursor is over the map, the readout shows where the map is centred.
  connect(mCanvas, &QgsMapCanvas::extentsChanged, this, [this] {
    if (!mCanvas->underMouse())
      showPosition(mCanvas->center());
  });
  updateCrs();
  showScale();
}

QString CoordinateStatus::projectedText() const
{
  return mProjected->text();
}

QString CoordinateStatus::geographicText() const
{
  return mGeographic->text();
}

void CoordinateStatus::showPosition(const QgsPointXY &point)
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  if (crs.isGeographic())
    mProjected->clear();
  else
    mProjected->setText(tr("x %1  y %2 m").arg(point.x(), 0, 'f', 2).arg(point.y(), 0, 'f', 2));

  try
  {
    const QgsPointXY geographic = mToGeographic.transform(point);
    mGeographic->setText(QStringLiteral("%1  %2").arg(hemisphere(geographic.x(), tr("%1°E"), tr("%1°W")),
                                                      hemisphere(geographic.y(), tr("%1°N"), tr("%1°S"))));
  }
  catch (const QgsCsException &)
  {
    // Outside the valid area of the projection: there is no longitude/latitude to show.
    mGeographic->setText(tr("outside the projection"));
  }
}

void CoordinateStatus::updateCrs()
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  mCrs->setText(crs.isValid() ? QStringLiteral("%1 (%2)").arg(crs.description(), crs.authid())
                              : tr("No CRS"));
  mToGeographic = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem::fromEpsgId(cgcs2000Geographic),
                                         QgsProject::instance()->transformContext());
}
