#include "ui/canvaslayertiling.h"

#include "map/layertiling.h"

#include <qgsmapcanvas.h>

CanvasLayerTiling::CanvasLayerTiling(QgsMapCanvas *canvas)
    : QObject(canvas)
    , mCanvas(canvas)
    , mTiling(new LayerTiling(this))
{
  connect(mCanvas, &QgsMapCanvas::layersChanged, this, &CanvasLayerTiling::swapLayers);
  connect(mCanvas, &QgsMapCanvas::destinationCrsChanged, this, &CanvasLayerTiling::swapLayers);
  connect(mTiling, &LayerTiling::layersToDrawChanged, this, &CanvasLayerTiling::swapLayers);
}

CanvasLayerTiling::~CanvasLayerTiling() = default;

void CanvasLayerTiling::followSources()
{
  mTiling->followSources();
  mCanvas->refreshAllLayers();
}

void CanvasLayerTiling::swapLayers()
{
  if (mSwapping)
    return;
  // After a change of CRS the sources come back first, then go to tiles again if they can.
  const QList<QgsMapLayer *> sources = LayerTiling::sourceLayers(mCanvas->layers());
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(sources, mCanvas->mapSettings().destinationCrs());
  if (drawn == mCanvas->layers())
    return;
  mSwapping = true;
  mCanvas->setLayers(drawn);
  mSwapping = false;
}
