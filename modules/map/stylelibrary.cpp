#include "map/stylelibrary.h"

#include "map/labelgate.h"
#include "map/scaleranges.h"

#include "runtime/datapaths.h"

#include <QDir>
#include <QFileInfo>

#include <qgsapplication.h>
#include <qgsexpressioncontextutils.h>
#include <qgspointclusterrenderer.h>
#include <qgsrenderer.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

namespace
{
  // The legend texts of resources/styles/*.qml, for lupdate; testcachelayers checks that every rule
  // of every style file is listed.
  const char *const legendTextList[] = {
      QT_TRANSLATE_NOOP("StyleLibrary", "Footprints"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Buildings"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Floor numbers"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Public and commercial buildings"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Arterial roads"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Secondary roads"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Lanes"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Main roads"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Road names"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Parks (G1)"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Protective green (G2)"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Squares (G3)"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Attached green (XG)"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Regional green (EG)"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Other green"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Overdue"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Due within 4 hours"),
      QT_TRANSLATE_NOOP("StyleLibrary", "On time"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Municipal utilities"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Transport facilities"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Sanitation facilities"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Landscaping"),
      QT_TRANSLATE_NOOP("StyleLibrary", "Other components"),
  };

  QString translated(const QString &text)
  {
    return QCoreApplication::translate("StyleLibrary", text.toUtf8().constData());
  }

  void translateRules(QgsRuleBasedRenderer::Rule *rule)
  {
    rule->setLabel(translated(rule->label()));
    for (QgsRuleBasedRenderer::Rule *child : rule->children())
      translateRules(child);
  }

  void translateRules(QgsRuleBasedLabeling::Rule *rule)
  {
    rule->setDescription(translated(rule->description()));
    for (QgsRuleBasedLabeling::Rule *child : rule->children())
      translateRules(child);
  }
} // namespace

QString StyleLibrary::directory()
{
  return datapaths::dataDirectory() + QStringLiteral("/styles");
}

QgsLabelingEngineSettings StyleLibrary::labelingEngineSettings()
{
  QgsLabelingEngineSettings settings;
  settings.setMaximumLineCandidatesPerCm(1);
  return settings;
}

QStringList StyleLibrary::legendTexts()
{
  QStringList texts;
  for (const char *text : legendTextList)
    texts.append(QString::fromUtf8(text));
  return texts;
}

QString StyleLibrary::symbolDirectory()
{
  return datapaths::dataDirectory() + QStringLiteral("/symbols");
}

bool StyleLibrary::apply(QgsVectorLayer *layer, const QString &name, QString *error)
{
  // The styles name their SVG icons without a folder ("01037.svg"); QGIS finds them on its SVG paths.
  if (!QgsApplication::svgPaths().contains(symbolDirectory()))
    QgsApplication::setDefaultSvgPaths(QgsApplication::svgPaths() << symbolDirectory());
  const QString path = directory() + QStringLiteral("/%1.qml").arg(name);
  if (!QFileInfo::exists(path))
  {
    *error = tr("The style file %1 is missing.").arg(path);
    return false;
  }
  bool loaded = false;
  const QString message = layer->loadNamedStyle(path, loaded);
  if (!loaded)
  {
    *error = tr("The style file %1 cannot be read: %2").arg(path, message);
    return false;
  }
  // The icons' names are expressions: a full path spares QGIS searching its SVG folders for every
  // feature drawn, which cost half the time of the components at street level.
  QgsExpressionContextUtils::setLayerVariable(layer, QStringLiteral("xiuhua_symbols"),
                                              QDir(symbolDirectory()).canonicalPath());
  labelgate::remember(layer);
  // The style's scale ranges are true scales again, whatever a canvas had multiplied them by.
  layer->removeCustomProperty(QLatin1String(scaleranges::factorProperty()));
  if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer()))
    translateRules(rules->rootRule());
  if (auto *cluster = dynamic_cast<QgsPointClusterRenderer *>(layer->renderer()))
  {
    // The cluster renderer hands out its inner renderer read-only: translate a copy and put it back.
    std::unique_ptr<QgsFeatureRenderer> inner(cluster->embeddedRenderer()->clone());
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(inner.get()))
      translateRules(rules->rootRule());
    cluster->setEmbeddedRenderer(inner.release());
  }
  if (auto *labels = dynamic_cast<QgsRuleBasedLabeling *>(layer->labeling()))
    translateRules(labels->rootRule());
  return true;
}
