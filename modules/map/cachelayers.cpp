#include "map/cachelayers.h"

#include "cache/cachefile.h"

#include "map/casefilter.h"
#include "map/layertiling.h"
#include "map/layertreestate.h"
#include "map/stylelibrary.h"

#include <QFile>
#include <QtEndian>

#include <memory>

#include <qgscolorramp.h>
#include <qgsdatasourceuri.h>
#include <qgsheatmaprenderer.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  // The SQLite header keeps the application id at byte 68, big-endian ("XHCA").
  constexpr int applicationIdOffset = 68;
  constexpr quint32 cacheApplicationId = 0x58484341;

  struct LayerSpec
  {
      const char *table; //!< what it shows, and its style's name
      const char *name;
      QString subset;               //!< SQL filter of the features shown
      const char *source = nullptr; //!< the table it reads, when not \a table
      bool identifiable = true;     //!< false for a view whose table another layer already identifies
      // Drawn through tiles (LayerTiling); not for what changes often (the cases), nor for a layer
      // whose labels keep clear of its own symbols (tiles take the symbols away from the labels).
      bool tiled = true;
  };

  QgsDataSourceUri sourceOf(const QString &path, const QString &table)
  {
    QgsDataSourceUri uri;
    uri.setDatabase(path);
    uri.setDataSource(QString(), table, QStringLiteral("geom"));
    return uri;
  }

  /** The layer of \a spec's table in the cache at \a path, styled from the style library. */
  QgsVectorLayer *openLayer(const QString &path, const LayerSpec &spec, QString *error)
  {
    const QgsDataSourceUri uri = sourceOf(path, QString::fromLatin1(spec.source ? spec.source : spec.table));
    auto layer = std::make_unique<QgsVectorLayer>(
        uri.uri(), QCoreApplication::translate("CacheLayers", spec.name), QStringLiteral("spatialite"));
    if (!layer->isValid())
    {
      *error =
          CacheLayers::tr("%1: the layer %2 could not be opened.").arg(path, QString::fromLatin1(spec.table));
      return nullptr;
    }
    if (!spec.subset.isEmpty())
      layer->setSubsetString(spec.subset);
    if (!spec.identifiable)
      layer->setFlags(layer->flags() & ~QgsMapLayer::Identifiable);
    if (spec.tiled)
      LayerTiling::setTileable(layer.get());
    if (!StyleLibrary::apply(layer.get(), QString::fromLatin1(spec.table), error))
      return nullptr;
    layer->setCustomProperty(layertreestate::tableProperty(), QString::fromLatin1(spec.table));
    return layer.release();
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

bool CacheLayers::addCaseCounts(QgsProject *project, CacheFile &cache, QString *error)
{
  const QString path = cache.path();
  if (cache.database().scalar(QStringLiteral("SELECT count(*) FROM community")).toInt() == 0)
    return true;
  QgsDataSourceUri uri;
  uri.setDatabase(path);
  uri.setDataSource(QString(), CaseFilter().communityCountsQuery(QDateTime::currentDateTimeUtc()),
                    QStringLiteral("geom"), QString(), QStringLiteral("fid"));
  auto counts = std::make_unique<QgsVectorLayer>(uri.uri(), tr("Open cases by community"),
                                                 QStringLiteral("spatialite"));
  if (!counts->isValid())
  {
    *error = tr("%1: the layer %2 could not be opened.").arg(path, QStringLiteral("case_counts"));
    return false;
  }
  if (!StyleLibrary::apply(counts.get(), QStringLiteral("case_counts"), error))
    return false;
  counts->setCustomProperty(layertreestate::tableProperty(), QStringLiteral("cases/counts"));
  QgsMapLayer *layer = counts.release();
  project->addMapLayer(layer, false);
  for (QgsLayerTreeGroup *group : project->layerTreeRoot()->findGroups())
  {
    if (group->customProperty(layertreestate::tableProperty()) == QStringLiteral("cases"))
      group->insertLayer(0, layer);
  }
  return true;
}

bool CacheLayers::addTo(QgsProject *project, const QString &path, QString *error)
{
  // Opened once as a cache first: that checks it and brings an older one up to this schema.
  const std::unique_ptr<CacheFile> cache = CacheFile::open(path, error);
  if (!cache)
    return false;

  // Groups top to bottom, layers in each top to bottom: the order they are drawn in reverse.
  const QList<QPair<const char *, QList<LayerSpec>>> groups{
      {QT_TRANSLATE_NOOP("CacheLayers", "Cases"),
       // Drawn from open_case, the open cases the cache keeps apart: a city's million cases stay out
       // of the way of the few thousand on the map.
       {{"cases", QT_TRANSLATE_NOOP("CacheLayers", "Open cases"),
         CaseFilter().subsetString(QDateTime::currentDateTimeUtc()), "open_case", true, false}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Components"),
       // The names are a layer of their own, drawn only near (1:800): QGIS works out every icon's
       // outline for a labelled point layer, labels in range or not.
       {{"component_names", QT_TRANSLATE_NOOP("CacheLayers", "Component names"), QString(), "component",
         false, false},
        {"component", QT_TRANSLATE_NOOP("CacheLayers", "Components")}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Grid"),
       {{"district", QT_TRANSLATE_NOOP("CacheLayers", "District")},
        {"street", QT_TRANSLATE_NOOP("CacheLayers", "Streets")},
        {"community", QT_TRANSLATE_NOOP("CacheLayers", "Communities")},
        {"grid_cell", QT_TRANSLATE_NOOP("CacheLayers", "Unit grid cells")}}},
      {QT_TRANSLATE_NOOP("CacheLayers", "Basemap"),
       {{"place_label", QT_TRANSLATE_NOOP("CacheLayers", "Place names"), QString(), nullptr, true, false},
        {"road", QT_TRANSLATE_NOOP("CacheLayers", "Road centre lines")},
        {"building", QT_TRANSLATE_NOOP("CacheLayers", "Buildings")},
        {"tree_canopy", QT_TRANSLATE_NOOP("CacheLayers", "Tree canopy")},
        {"road_surface", QT_TRANSLATE_NOOP("CacheLayers", "Road surfaces")},
        {"water", QT_TRANSLATE_NOOP("CacheLayers", "Water")},
        {"green_space", QT_TRANSLATE_NOOP("CacheLayers", "Green space")},
        {"block", QT_TRANSLATE_NOOP("CacheLayers", "City blocks")}}}};

  QgsLayerTree *root = project->layerTreeRoot();
  for (const auto &[groupName, layers] : groups)
  {
    QgsLayerTreeGroup *group = root->addGroup(QCoreApplication::translate("CacheLayers", groupName));
    group->setCustomProperty(layertreestate::tableProperty(), QString::fromLatin1(groupName).toLower());
    for (const LayerSpec &spec : layers)
    {
      QgsVectorLayer *layer = openLayer(path, spec, error);
      if (!layer)
        return false;
      project->addMapLayer(layer, false);
      group->addLayer(layer);
    }
  }

  // Beyond 1:20,000 the open cases are counted per community instead of drawn one by one (a cache
  // without communities has nothing to count them by: its grid is not drawn yet).
  if (!addCaseCounts(project, *cache, error))
    return false;

  // Themes: views of the data made for a question, off until asked for.
  QgsLayerTreeGroup *themes = root->addGroup(tr("Themes"));
  themes->setCustomProperty(layertreestate::tableProperty(), QStringLiteral("themes"));
  auto *heatmap = new QgsVectorLayer(sourceOf(path, QStringLiteral("open_case")).uri(),
                                     tr("Open cases heatmap"), QStringLiteral("spatialite"));
  if (!heatmap->isValid())
  {
    *error = tr("%1: the layer %2 could not be opened.").arg(path, QStringLiteral("cases"));
    delete heatmap;
    return false;
  }
  heatmap->setSubsetString(CaseFilter().subsetString(QDateTime::currentDateTimeUtc()));
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
