#include "map/labelgate.h"

#include <qgsvectorlayer.h>

namespace
{
  const QString labelledProperty = QStringLiteral("xiuhua/labelled");
} // namespace

namespace labelgate
{
  void remember(QgsVectorLayer *layer)
  {
    layer->setCustomProperty(labelledProperty, layer->labelsEnabled() && layer->labeling());
  }

  void rememberAs(QgsVectorLayer *layer, const QgsVectorLayer *like)
  {
    layer->setCustomProperty(labelledProperty, like->customProperty(labelledProperty));
  }

  void matchScale(const QList<QgsMapLayer *> &layers, double scale)
  {
    for (QgsMapLayer *layer : layers)
    {
      auto *vector = qobject_cast<QgsVectorLayer *>(layer);
      if (!vector || !vector->customProperty(labelledProperty).toBool())
        continue;
      const bool drawn = vector->isInScaleRange(scale);
      if (vector->labelsEnabled() != drawn)
        vector->setLabelsEnabled(drawn);
    }
  }
} // namespace labelgate
