#include "ui/mapscreenshot.h"

#include "ui/mainwindow.h"

#include <QImageWriter>

#include <qgsmapcanvas.h>

MapScreenshot::MapScreenshot(MainWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , mWindow(window)
    , mPath(path)
{
  mTimeout.setSingleShot(true);
  connect(&mTimeout, &QTimer::timeout, this, [this] {
    if (!mDone)
    {
      mDone = true;
      emit finished(tr("The map did not finish rendering in time; no screenshot was written."));
    }
  });
}

void MapScreenshot::start(int timeoutMilliseconds)
{
  mTimeout.start(timeoutMilliseconds);
  QgsMapCanvas *canvas = mWindow->canvas();
  // A refresh is always requested, so mapCanvasRefreshed arrives even when nothing was pending.
  connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, this, [this] {
    // Let the canvas paint its new image into the widget before grabbing it.
    QTimer::singleShot(0, this, &MapScreenshot::capture);
  });
  canvas->refresh();
}

void MapScreenshot::capture()
{
  if (mDone || mWindow->canvas()->isDrawing())
    return;
  mDone = true;
  mTimeout.stop();
  QImageWriter writer(mPath);
  if (!writer.write(mWindow->grab().toImage()))
    emit finished(tr("Could not write the screenshot %1: %2").arg(mPath, writer.errorString()));
  else
    emit finished(QString());
}
