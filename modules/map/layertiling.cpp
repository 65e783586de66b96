#include "map/layertiling.h"

#include "map/labelgate.h"
#include "map/layertreestate.h"
#include "map/tilecache.h"
#include "map/tiledlayer.h"

#include <algorithm>
#include <set>

#include <qgsnullsymbolrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace
{
  const QString tileableProperty = QStringLiteral("xiuhua/tileable");
  const QString companionProperty = QStringLiteral("xiuhua/labelsOf");

  /** Whether \a layer is drawn as it is, so that it can share tiles with the layers it lies on. */
  bool drawnPlainly(const QgsMapLayer *layer)
  {
    return qgsDoubleNear(layer->opacity(), 1.0) && layer->blendMode() == QPainter::CompositionMode_SourceOver;
  }

  /** Whether \a run draws the layer \a sourceId. */
  bool draws(const TiledLayer &run, const QString &sourceId)
  {
    const QList<QgsVectorLayer *> sources = run.sources();
    return std::any_of(sources.begin(), sources.end(),
                       [&sourceId](const QgsVectorLayer *source) { return source->id() == sourceId; });
  }

  QString runKey(const QList<QgsVectorLayer *> &sources)
  {
    QStringList ids;
    for (const QgsVectorLayer *source : sources)
      ids.append(source->id());
    return ids.join(QLatin1Char(','));
  }
} // namespace

LayerTiling::LayerTiling(QObject *parent)
    : QObject(parent)
    , mTiles(std::make_shared<TileCache>())
{}

LayerTiling::~LayerTiling() = default;

void LayerTiling::setTileable(QgsMapLayer *layer)
{
  layer->setCustomProperty(tileableProperty, true);
}

bool LayerTiling::isTileable(const QgsMapLayer *layer)
{
  return qobject_cast<const QgsVectorLayer *>(layer) && layer->customProperty(tileableProperty).toBool();
}

QList<QgsMapLayer *> LayerTiling::layersToDraw(const QList<QgsMapLayer *> &layers,
                                               const QgsCoordinateReferenceSystem &destination)
{
  QList<QgsMapLayer *> drawn;
  std::set<QString> runsDrawn;
  QList<QgsVectorLayer *> run;
  const auto endRun = [&] {
    if (run.isEmpty())
      return;
    for (QgsVectorLayer *source : std::as_const(run))
    {
      if (QgsVectorLayer *companion = companionOf(source))
        drawn.append(companion);
    }
    drawn.append(runOf(run));
    runsDrawn.insert(runKey(run));
    run.clear();
  };
  for (QgsMapLayer *layer : layers)
  {
    // Reprojected layers are drawn as they are: tiles are aligned to the layer's own map units.
    if (!isTileable(layer) || layer->crs() != destination)
    {
      endRun();
      drawn.append(layer);
      continue;
    }
    auto *source = qobject_cast<QgsVectorLayer *>(layer);
    // A layer with its own opacity or blend mode is composed on its own.
    if (!drawnPlainly(source))
      endRun();
    run.append(source);
    if (!drawnPlainly(source))
      endRun();
  }
  endRun();
  for (auto it = mRuns.begin(); it != mRuns.end();)
    it = runsDrawn.count(it->first) ? std::next(it) : mRuns.erase(it);
  return drawn;
}

QList<QgsMapLayer *> LayerTiling::sourceLayers(const QList<QgsMapLayer *> &drawn)
{
  QList<QgsMapLayer *> sources;
  for (QgsMapLayer *layer : drawn)
  {
    if (const auto *tiled = qobject_cast<TiledLayer *>(layer))
    {
      for (QgsVectorLayer *source : tiled->sources())
        sources.append(source);
    }
    else if (!layer->customProperty(companionProperty).isValid())
      sources.append(layer);
  }
  return sources;
}

void LayerTiling::followSources()
{
  for (auto &[key, run] : mRuns)
  {
    run->followSources();
    run->invalidate();
  }
  for (auto &[id, companion] : mCompanions)
  {
    const auto watched = mWatched.find(id);
    if (watched != mWatched.end())
      followLabels(companion.get(), watched->second);
  }
}

void LayerTiling::forgetTiles()
{
  for (auto &[key, run] : mRuns)
    run->invalidate();
}

TiledLayer *LayerTiling::runOf(const QList<QgsVectorLayer *> &sources)
{
  std::unique_ptr<TiledLayer> &run = mRuns[runKey(sources)];
  if (!run)
  {
    run = std::make_unique<TiledLayer>(sources, mTiles);
    QStringList tables;
    for (QgsVectorLayer *source : sources)
    {
      tables.append(source->customProperty(layertreestate::tableProperty()).toString());
      watch(source);
    }
    run->setCustomProperty(layertreestate::tableProperty(),
                           tables.join(QLatin1Char('+')) + QStringLiteral("/tiles"));
  }
  return run.get();
}

QgsVectorLayer *LayerTiling::companionOf(QgsVectorLayer *source)
{
  if (!source->labeling())
    return nullptr;
  std::unique_ptr<QgsVectorLayer> &companion = mCompanions[source->id()];
  if (!companion)
  {
    // A layer of its own over the same data: it opens its own connection, and its null renderer
    // draws nothing, so only its labels take part in the map.
    QgsVectorLayer::LayerOptions options(source->transformContext(), false);
    companion =
        std::make_unique<QgsVectorLayer>(source->source(), source->name(), source->providerType(), options);
    companion->setRenderer(new QgsNullSymbolRenderer());
    companion->setFlags(companion->flags() & ~QgsMapLayer::Identifiable & ~QgsMapLayer::Searchable);
    companion->setCustomProperty(companionProperty, source->id());
    companion->setCustomProperty(layertreestate::tableProperty(),
                                 source->customProperty(layertreestate::tableProperty()).toString() +
                                     QStringLiteral("/labels"));
    followLabels(companion.get(), source);
    watch(source);
  }
  return companion.get();
}

void LayerTiling::watch(QgsVectorLayer *source)
{
  const QString id = source->id();
  if (mWatched.count(id))
    return;
  mWatched[id] = source;
  // New data (CacheWatcher asks every cache layer to redraw).
  connect(source, &QgsMapLayer::repaintRequested, this, [this, id] { sourceChanged(id, false); });
  // A new look or a new filter.
  const auto restyled = [this, id] { sourceChanged(id, true); };
  connect(source, &QgsMapLayer::styleChanged, this, restyled);
  connect(source, &QgsMapLayer::rendererChanged, this, restyled);
  connect(source, &QgsMapLayer::blendModeChanged, this, restyled);
  connect(source, &QgsMapLayer::opacityChanged, this, restyled);
  connect(source, &QgsVectorLayer::subsetStringChanged, this, restyled);
  // A fresh provider (MainWindow::reloadCacheLayers after an import): the companion takes one too,
  // and the tiled layer the new extent.
  connect(source, &QgsMapLayer::dataSourceChanged, this, [this, id] {
    const auto companion = mCompanions.find(id);
    const auto watched = mWatched.find(id);
    if (companion != mCompanions.end() && watched != mWatched.end())
      companion->second->setDataSource(watched->second->source(), companion->second->name(),
                                       watched->second->providerType(), false);
    sourceChanged(id, true);
  });
  connect(source, &QgsMapLayer::willBeDeleted, this, [this, id] {
    mWatched.erase(id);
    mCompanions.erase(id);
    for (auto it = mRuns.begin(); it != mRuns.end();)
      it = draws(*it->second, id) ? mRuns.erase(it) : std::next(it);
  });
}

void LayerTiling::sourceChanged(const QString &sourceId, bool restyled)
{
  for (auto &[key, run] : mRuns)
  {
    if (!draws(*run, sourceId))
      continue;
    if (restyled)
      run->followSources();
    run->invalidate();
    run->triggerRepaint();
  }
  const auto companion = mCompanions.find(sourceId);
  if (companion != mCompanions.end())
  {
    if (restyled)
      followLabels(companion->second.get(), mWatched.at(sourceId));
    companion->second->triggerRepaint();
  }
  // A new opacity or blend mode takes the layer out of its run, new labels need a companion.
  if (restyled)
    emit layersToDrawChanged();
}

void LayerTiling::followLabels(QgsVectorLayer *companion, const QgsVectorLayer *source)
{
  companion->setName(source->name());
  if (companion->subsetString() != source->subsetString())
    companion->setSubsetString(source->subsetString());
  companion->setLabeling(source->labeling() ? source->labeling()->clone() : nullptr);
  companion->setLabelsEnabled(source->labelsEnabled());
  companion->setScaleBasedVisibility(source->hasScaleBasedVisibility());
  companion->setMinimumScale(source->minimumScale());
  companion->setMaximumScale(source->maximumScale());
  labelgate::rememberAs(companion, source);
}
