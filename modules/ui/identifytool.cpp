#include "ui/identifytool.h"

#include "map/layertiling.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

IdentifyTool::IdentifyTool(QgsMapCanvas *canvas)
    : QgsMapToolIdentify(canvas)
{}

void IdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  // The canvas draws some layers through tiles; what is identified is the layers themselves.
  emit identified(
      identify(event->x(), event->y(), TopDownAll, LayerTiling::sourceLayers(mCanvas->layers()), AllLayers));
}
