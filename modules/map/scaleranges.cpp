#include "map/scaleranges.h"

#include <qgis.h>
#include <qgsmapsettings.h>
#include <qgspallabeling.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace
{
  void rescale(QgsPalLayerSettings &settings, double ratio)
  {
    settings.minimumScale *= ratio;
    settings.maximumScale *= ratio;
  }

  /** Multiplies the rules' ranges of \a renderer, and of the renderer inside it (a cluster's). */
  void rescale(QgsFeatureRenderer *renderer, double ratio)
  {
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(renderer))
    {
      for (QgsRuleBasedRenderer::Rule *rule : rules->rootRule()->descendants())
      {
        rule->setMinimumScale(rule->minimumScale() * ratio);
        rule->setMaximumScale(rule->maximumScale() * ratio);
      }
    }
    if (const QgsFeatureRenderer *embedded = renderer->embeddedRenderer())
    {
      QgsFeatureRenderer *copy = embedded->clone();
      rescale(copy, ratio);
      renderer->setEmbeddedRenderer(copy);
    }
  }

  /** \a labeling with its ranges multiplied; null for a kind of labeling the styles do not use. */
  QgsAbstractVectorLayerLabeling *rescaled(const QgsAbstractVectorLayerLabeling &labeling, double ratio)
  {
    if (labeling.type() == QLatin1String("simple"))
    {
      QgsPalLayerSettings settings = labeling.settings();
      rescale(settings, ratio);
      return new QgsVectorLayerSimpleLabeling(settings);
    }
    if (const auto *rules = dynamic_cast<const QgsRuleBasedLabeling *>(&labeling))
    {
      QgsRuleBasedLabeling *copy = rules->clone();
      for (QgsRuleBasedLabeling::Rule *rule : copy->rootRule()->descendants())
      {
        rule->setMinimumScale(rule->minimumScale() * ratio);
        rule->setMaximumScale(rule->maximumScale() * ratio);
        if (rule->settings())
        {
          auto *settings = new QgsPalLayerSettings(*rule->settings());
          rescale(*settings, ratio);
          rule->setSettings(settings);
        }
      }
      return copy;
    }
    return nullptr;
  }
} // namespace

namespace scaleranges
{
  double reportedScaleFactor(const QgsMapSettings &settings)
  {
    // QGIS 3.32 computes the scale from the logical DPI alone (QgsMapSettings::updateDerived).
    return Qgis::versionInt() < 33200 ? static_cast<double>(settings.devicePixelRatio()) : 1.0;
  }

  const char *factorProperty()
  {
    return "xiuhua/scaleRangeFactor";
  }

  void applyFactor(QgsMapLayer *layer, double factor)
  {
    const double applied = layer->customProperty(QLatin1String(factorProperty()), 1.0).toDouble();
    const double ratio = factor / applied;
    if (qgsDoubleNear(ratio, 1.0))
      return;
    // A limit of 0 is no limit, and stays one.
    layer->setMinimumScale(layer->minimumScale() * ratio);
    layer->setMaximumScale(layer->maximumScale() * ratio);
    if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
    {
      if (vector->renderer())
        rescale(vector->renderer(), ratio);
      if (vector->labeling())
      {
        if (QgsAbstractVectorLayerLabeling *labeling = rescaled(*vector->labeling(), ratio))
          vector->setLabeling(labeling);
      }
    }
    layer->setCustomProperty(QLatin1String(factorProperty()), factor);
  }
} // namespace scaleranges
