#include "ui/canvaslabelgate.h"

#include "map/labelgate.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

CanvasLabelGate::CanvasLabelGate(QgsMapCanvas *canvas, QgsProject *project)
    : QObject(canvas)
    , mCanvas(canvas)
    , mProject(project)
{
  // The canvas announces a new scale before it draws at it (the redraw waits for its timer).
  connect(mCanvas, &QgsMapCanvas::scaleChanged, this, &CanvasLabelGate::update);
  connect(mProject, &QgsProject::layersAdded, this, &CanvasLabelGate::update);
  // A layer shown again, or a companion made for it (LayerTiling), comes back with the labels it had.
  connect(mCanvas, &QgsMapCanvas::layersChanged, this, &CanvasLabelGate::update);
}

void CanvasLabelGate::update()
{
  // The project's layers, and the canvas's own: the companions drawing tiled layers' labels.
  labelgate::matchScale(mProject->mapLayers().values() + mCanvas->layers(), mCanvas->mapSettings().scale());
}
