#include "ui/identifytool.h"

#include <qgsmapmouseevent.h>

IdentifyTool::IdentifyTool(QgsMapCanvas *canvas)
    : QgsMapToolIdentify(canvas)
{}

void IdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  if (event->button() != Qt::LeftButton)
    return;
  emit identified(identify(event->x(), event->y(), TopDownAll, AllLayers));
}
