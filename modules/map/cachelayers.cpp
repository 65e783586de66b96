#include "map/cachelayers.h"

#include "map/layertreestate.h"

#include <QFile>
#include <QtEndian>

#include <qgscolorramp.h>
#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgsheatmaprenderer.h>
#include <qgslayertree.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace
{
  // The SQLite header keeps the application id at byte 68, big-endian ("XHCA").
  constexpr int applicationIdOffset = 68;
  constexpr quint32 cacheApplicationId = 0x58484341;

  struct LayerSpec
  {
      const char *table;
      const char *name;
      QMap<QString, QString> style; //!< properties of the symbol's first layer
      bool point;
      QString subset;         //!< SQL filter of the features shown
      double visibleFrom = 0; //!< shown only at this scale denominator or larger scales; 0: always
  };

  QgsVectorLayer *openLayer(const QString &path, const LayerSpec &spec)
  {
    QgsDataSourceUri uri;
    uri.setDatabase(path);
    uri.setDataSource(QString(), QString::fromLatin1(spec.table), QStringLiteral("geom"));
    auto *layer = new QgsVectorLayer(uri.uri(), QCoreApplication::translate("CacheLayers", spec.name),
                                     QStringLiteral("spatialite"));
    if (!layer->isValid())
      return layer;
    if (!spec.subset.isEmpty())
      layer->setSubsetString(spec.subset);
    if (spec.visibleFrom > 0)
    {
      // Thousands of points blur together at city scale; they appear as the map zooms in.
      layer->setScaleBasedVisibility(true);
      layer->setMinimumScale(spec.visibleFrom);
    }
    QVariantMap properties;
    for (auto it = spec.style.constBegin(); it != spec.style.constEnd(); ++it)
      properties.insert(it.key(), it.value());
    if (spec.point)
      layer->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(properties)));
    else
      layer->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(properties)));
    return layer;
  }
} // namespace

bool CacheLayers::isCache(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return false;
  const QByteArray header = file.read(100);
  return header.startsWith("SQLite format 3") && header.size() >= applicationIdOffset + 4 &&
         qFromBigEndian<quint32>(header.constData() + applicationIdOffset) == cacheApplicationId;
}

bool CacheLayers::addTo(QgsProject *project, const QString &path, QString *error)
{
  const QString none = QStringLiteral("no");
  // Groups top to bottom, layers in each top to bottom: the order they are drawn in reverse.
  const QList<QPair<const char *, QList<LayerSpec>>> groups{
      {QT_TRANSLATE_NOOP("CacheLayers", "Cases"),
       {{"cases",
         QT_TRANSLATE_NOOP("CacheLayers", "Open cases"),
         {{QStringLiteral("name"), QStringLiteral("circle")},
          {QStringLiteral("color"), QStringLiteral("#e03131")},
          {QStringLiteral("outline_color"), QStringLiteral("#ffffff")},
          {QStringLiteral("size"), QStringLiteral("2.6")}},
         true,
         QStringLiteral("state NOT IN ('closed', 'cancelled')")}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Components"),
       {{"component",
         QT_TRANSLATE_NOOP("CacheLayers", "Components"),
         {{QStringLiteral("name"), QStringLiteral("circle")},
          {QStringLiteral("color"), QStringLiteral("#5f3dc4")},
          {QStringLiteral("outline_style"), none},
          {QStringLiteral("size"), QStringLiteral("1.6")}},
         true,
         QString(),
         5000}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Grid"),
       {{"district",
         QT_TRANSLATE_NOOP("CacheLayers", "District"),
         {{QStringLiteral("style"), none},
          {QStringLiteral("outline_color"), QStringLiteral("#343a40")},
          {QStringLiteral("outline_width"), QStringLiteral("1.2")}},
         false},
        {"street",
         QT_TRANSLATE_NOOP("CacheLayers", "Streets"),
         {{QStringLiteral("style"), none},
          {QStringLiteral("outline_color"), QStringLiteral("#c2255c")},
          {QStringLiteral("outline_width"), QStringLiteral("0.8")},
          {QStringLiteral("outline_style"), QStringLiteral("dash")}},
         false},
        {"community",
         QT_TRANSLATE_NOOP("CacheLayers", "Communities"),
         {{QStringLiteral("style"), none},
          {QStringLiteral("outline_color"), QStringLiteral("#e8590c")},
          {QStringLiteral("outline_width"), QStringLiteral("0.5")}},
         false},
        {"grid_cell",
         QT_TRANSLATE_NOOP("CacheLayers", "Unit grid cells"),
         {{QStringLiteral("style"), none},
          {QStringLiteral("outline_color"), QStringLiteral("#4c6ef5")},
          {QStringLiteral("outline_width"), QStringLiteral("0.2")},
          {QStringLiteral("outline_style"), QStringLiteral("dot")}},
         false}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Basemap"),
       {{"building",
         QT_TRANSLATE_NOOP("CacheLayers", "Buildings"),
         {{QStringLiteral("color"), QStringLiteral("#e9e1d6")},
          {QStringLiteral("outline_color"), QStringLiteral("#b7a48f")},
          {QStringLiteral("outline_width"), QStringLiteral("0.2")}},
         false},
        {"tree_canopy",
         QT_TRANSLATE_NOOP("CacheLayers", "Tree canopy"),
         {{QStringLiteral("color"), QStringLiteral("84,160,70,90")}, {QStringLiteral("outline_style"), none}},
         false},
        {"road_surface",
         QT_TRANSLATE_NOOP("CacheLayers", "Road surfaces"),
         {{QStringLiteral("color"), QStringLiteral("#ffffff")},
          {QStringLiteral("outline_color"), QStringLiteral("#ced4da")},
          {QStringLiteral("outline_width"), QStringLiteral("0.2")}},
         false},
        {"water",
         QT_TRANSLATE_NOOP("CacheLayers", "Water"),
         {{QStringLiteral("color"), QStringLiteral("#a5d8ff")}, {QStringLiteral("outline_style"), none}},
         false},
        {"green_space",
         QT_TRANSLATE_NOOP("CacheLayers", "Green space"),
         {{QStringLiteral("color"), QStringLiteral("#c3e6b0")}, {QStringLiteral("outline_style"), none}},
         false},
        {"block",
         QT_TRANSLATE_NOOP("CacheLayers", "City blocks"),
         {{QStringLiteral("color"), QStringLiteral("#f4f1ea")}, {QStringLiteral("outline_style"), none}},
         false}}}};

  QgsLayerTree *root = project->layerTreeRoot();
  for (const auto &[groupName, layers] : groups)
  {
    QgsLayerTreeGroup *group = root->addGroup(QCoreApplication::translate("CacheLayers", groupName));
    group->setCustomProperty(layertreestate::tableProperty(), QString::fromLatin1(groupName).toLower());
    for (const LayerSpec &spec : layers)
    {
      QgsVectorLayer *layer = openLayer(path, spec);
      if (!layer->isValid())
      {
        *error = tr("%1: the layer %2 could not be opened.").arg(path, QString::fromLatin1(spec.table));
        delete layer;
        return false;
      }
      layer->setCustomProperty(layertreestate::tableProperty(), QString::fromLatin1(spec.table));
      project->addMapLayer(layer, false);
      group->addLayer(layer);
    }
  }

  // Themes: views of the data made for a question, off until asked for.
  QgsLayerTreeGroup *themes = root->addGroup(tr("Themes"));
  themes->setCustomProperty(layertreestate::tableProperty(), QStringLiteral("themes"));
  QgsDataSourceUri uri;
  uri.setDatabase(path);
  uri.setDataSource(QString(), QStringLiteral("cases"), QStringLiteral("geom"));
  auto *heatmap = new QgsVectorLayer(uri.uri(), tr("Open cases heatmap"), QStringLiteral("spatialite"));
  if (!heatmap->isValid())
  {
    *error = tr("%1: the layer %2 could not be opened.").arg(path, QStringLiteral("cases"));
    delete heatmap;
    return false;
  }
  heatmap->setSubsetString(QStringLiteral("state NOT IN ('closed', 'cancelled')"));
  auto *renderer = new QgsHeatmapRenderer();
  // Hot spots of a few hundred metres: a market, a school gate, a building site.
  renderer->setRadius(150);
  renderer->setRadiusUnit(QgsUnitTypes::RenderMapUnits);
  renderer->setColorRamp(new QgsGradientColorRamp(QColor(255, 255, 178, 0), QColor(189, 0, 38)));
  heatmap->setRenderer(renderer);
  heatmap->setOpacity(0.8);
  heatmap->setCustomProperty(layertreestate::tableProperty(), QStringLiteral("cases/heatmap"));
  project->addMapLayer(heatmap, false);
  themes->addLayer(heatmap)->setItemVisibilityChecked(false);
  return true;
}
