#include "ui/canvasscalecorrection.h"

#include "map/scaleranges.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QEvent>
#include <QTimer>
#include <QWindow>

CanvasScaleCorrection::CanvasScaleCorrection(QgsMapCanvas *canvas, QgsProject *project)
    : QObject(canvas)
    , mCanvas(canvas)
    , mProject(project)
{
  connect(mProject, &QgsProject::layersAdded, this, &CanvasScaleCorrection::applyTo);
  mCanvas->installEventFilter(this);
  update();
}

double CanvasScaleCorrection::trueScale() const
{
  return mCanvas->scale() / mFactor;
}

void CanvasScaleCorrection::zoomToTrueScale(double scale)
{
  mCanvas->zoomScale(scale * mFactor);
}

bool CanvasScaleCorrection::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == mCanvas && event->type() == QEvent::Show)
  {
    // The canvas takes its screen's pixel ratio in its own show handler, which runs after this filter.
    QTimer::singleShot(0, this, &CanvasScaleCorrection::update);
    if (!mWatchingScreen && mCanvas->window()->windowHandle())
    {
      mWatchingScreen = true;
      connect(mCanvas->window()->windowHandle(), &QWindow::screenChanged, this,
              [this] { QTimer::singleShot(0, this, &CanvasScaleCorrection::update); });
    }
  }
  return QObject::eventFilter(watched, event);
}

void CanvasScaleCorrection::update()
{
  const double factor = scaleranges::reportedScaleFactor(mCanvas->mapSettings());
  if (factor == mFactor)
    return;
  mFactor = factor;
  applyTo(mProject->mapLayers().values());
  mCanvas->refreshAllLayers();
  emit factorChanged(mFactor);
}

void CanvasScaleCorrection::applyTo(const QList<QgsMapLayer *> &layers)
{
  for (QgsMapLayer *layer : layers)
    scaleranges::applyFactor(layer, mFactor);
}
