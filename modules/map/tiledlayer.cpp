#include "map/tiledlayer.h"

#include "map/tilecache.h"

#include <QHash>
#include <QPainter>

#include <cmath>
#include <functional>
#include <vector>

#include <qgsexpressioncontextutils.h>
#include <qgsfeedback.h>
#include <qgsmaplayerrenderer.h>
#include <qgsrendercontext.h>
#include <qgsvectorlayer.h>

namespace
{
  // In logical pixels, rounded to whole device pixels. Small enough that the tiles around a view add
  // little to a first render and a pan's new strip stays narrow; a 1920×1080 view takes about 150.
  constexpr int tileSize = 128;
  // Drawn around every batch of tiles and cut off, so that a symbol reaching over a tile's edge (an
  // icon, a floor number, a wide outline) is whole in both tiles. Symbols are sized in millimetres.
  constexpr double marginMillimetres = 10;
  // Beyond this many device pixels of tiles a view is drawn directly: a batch that size would take
  // hundreds of megabytes, and a wall of many screens gains little from tiles.
  constexpr double maximumTilePixels = 64e6;

  using TileIndex = QPair<qint64, qint64>; // column, row; rows count upwards like map y

  /** One source drawn into a batch: its context and its renderer, made on the GUI thread. */
  struct Pass
  {
      // Destroyed bottom up: the renderer, which points to the context, first.
      std::unique_ptr<QgsRenderContext> context;
      std::unique_ptr<QgsMapLayerRenderer> renderer;
  };

  /** Tiles drawn in one go: a band that came into view, the rest of a diagonal pan, or a new view. */
  struct Batch
  {
      qint64 firstColumn = 0, lastColumn = -1, firstRow = 0, lastRow = -1;
      QSize size;               //!< device pixels, margins included
      std::vector<Pass> passes; //!< bottom source first
  };

  /** Stops \a pass's drawing (called from the GUI thread while a render thread draws it). */
  void stop(Pass &pass)
  {
    pass.context->setRenderingStopped(true);
    if (QgsFeedback *feedback = pass.renderer->feedback())
      feedback->cancel();
  }

  /** The pass drawing \a source with \a parent's settings, but no labels (the companion draws them). */
  Pass passFor(const QgsRenderContext &parent, QgsVectorLayer *source, const QString &tiledLayerId,
               const std::function<void(QgsRenderContext &)> &place)
  {
    Pass pass;
    pass.context = std::make_unique<QgsRenderContext>(parent);
    pass.context->setLabelingEngine(nullptr);
    pass.context->setFeedback(nullptr);
    pass.context->setRenderingStopped(false);
    // The job gave the tiled layer's scope; the source's style reads its own (@xiuhua_symbols).
    QgsExpressionContext expressions = parent.expressionContext();
    if (expressions.lastScope() &&
        expressions.lastScope()->variable(QStringLiteral("layer_id")) == tiledLayerId)
      delete expressions.popScope();
    expressions.appendScope(QgsExpressionContextUtils::layerScope(source));
    pass.context->setExpressionContext(expressions);
    place(*pass.context);
    pass.renderer.reset(source->createMapRenderer(*pass.context));
    pass.context->setFeedback(pass.renderer->feedback());
    return pass;
  }

  class TiledLayerRenderer : public QgsMapLayerRenderer
  {
    public:
      /** Draws \a sources (those in range, bottom first) through the tiles of \a level. */
      TiledLayerRenderer(const QString &layerId, const QList<QgsVectorLayer *> &sources,
                         QgsRenderContext &context, std::shared_ptr<TileCache> tiles, const QString &level);

      bool render() override;
      QgsFeedback *feedback() const override { return mFeedback.get(); }

    private:
      /** Plans the batches that draw the tiles \a missing from the cache. */
      void planBatches(const QSet<TileIndex> &missing);
      /** Prepares the drawing of the tiles from \a firstColumn to \a lastColumn, \a firstRow to \a lastRow.
       */
      void addBatch(qint64 firstColumn, qint64 lastColumn, qint64 firstRow, qint64 lastRow);
      /** Draws \a batch and keeps its tiles; false if it was cancelled. */
      bool drawBatch(Batch &batch);
      /** Where tile \a index goes on the map image, on a whole device pixel. */
      QPointF topLeft(const TileIndex &index) const;

      std::unique_ptr<QgsFeedback> mFeedback = std::make_unique<QgsFeedback>();
      QList<QgsVectorLayer *> mSources; //!< bottom first, those in range at this scale
      std::shared_ptr<TileCache> mTiles;
      QString mLevel;
      double mMapUnitsPerPixel = 0; //!< per logical pixel
      double mDevicePixelRatio = 1;
      int mSide = 0;        //!< a tile's width in device pixels
      double mTileSpan = 0; //!< a tile's width in map units
      int mMargin = 0;      //!< device pixels
      double mOpacity = 1;
      qint64 mFirstColumn = 0, mLastColumn = -1, mFirstRow = 0, mLastRow = -1;
      QHash<TileIndex, QImage> mShown;
      std::vector<Batch> mBatches;
      std::vector<Pass> mDirect; //!< a view drawn without tiles (rotated, reprojected, or huge)
  };

  TiledLayerRenderer::TiledLayerRenderer(const QString &layerId, const QList<QgsVectorLayer *> &sources,
                                         QgsRenderContext &context, std::shared_ptr<TileCache> tiles,
                                         const QString &level)
      : QgsMapLayerRenderer(layerId, &context)
      , mSources(sources)
      , mTiles(std::move(tiles))
      , mLevel(level)
  {
    // Runs on the GUI thread, as QGIS requires: the sources' renderers are made here, drawn in render().
    if (mSources.size() == 1)
      mOpacity = mSources.constFirst()->opacity();
    mDevicePixelRatio = context.devicePixelRatio() > 0 ? context.devicePixelRatio() : 1.0;
    const QgsMapToPixel &mapToPixel = context.mapToPixel();
    mMapUnitsPerPixel = mapToPixel.mapUnitsPerPixel();
    // Everything on whole device pixels, whatever the ratio (1.25, 1.5…): tiles are cut from a batch
    // and placed on the map without resampling, edge to edge.
    mSide = std::max(1, qRound(tileSize * mDevicePixelRatio));
    mTileSpan = mSide * mMapUnitsPerPixel / mDevicePixelRatio;
    mMargin = static_cast<int>(
        std::ceil(std::max(16.0, marginMillimetres * context.scaleFactor()) * mDevicePixelRatio));
    const QgsRectangle extent = context.extent();
    const bool reprojected =
        context.coordinateTransform().isValid() && !context.coordinateTransform().isShortCircuited();
    const bool tileable = !reprojected && qgsDoubleNear(mapToPixel.mapRotation(), 0.0) &&
                          mMapUnitsPerPixel > 0 && !extent.isEmpty();
    if (tileable)
    {
      mFirstColumn = static_cast<qint64>(std::floor(extent.xMinimum() / mTileSpan));
      mLastColumn = static_cast<qint64>(std::floor(extent.xMaximum() / mTileSpan));
      mFirstRow = static_cast<qint64>(std::floor(extent.yMinimum() / mTileSpan));
      mLastRow = static_cast<qint64>(std::floor(extent.yMaximum() / mTileSpan));
    }
    const double tilePixels =
        static_cast<double>(mLastColumn - mFirstColumn + 1) * (mLastRow - mFirstRow + 1) * mSide * mSide;
    if (!tileable || tilePixels > maximumTilePixels)
    {
      for (QgsVectorLayer *source : std::as_const(mSources))
        mDirect.push_back(passFor(context, source, layerId, [](QgsRenderContext &) {}));
    }
    else if (!mSources.isEmpty())
    {
      QSet<TileIndex> missing;
      for (qint64 row = mFirstRow; row <= mLastRow; ++row)
      {
        for (qint64 column = mFirstColumn; column <= mLastColumn; ++column)
        {
          const QImage tile = mTiles->tile({mLevel, column, row});
          if (tile.isNull())
            missing.insert({column, row});
          else
            mShown.insert({column, row}, tile);
        }
      }
      planBatches(missing);
    }

    // Cancelling the map's job stops the drawing of every pass.
    QObject::connect(mFeedback.get(), &QgsFeedback::canceled, mFeedback.get(), [this] {
      for (Batch &batch : mBatches)
      {
        for (Pass &pass : batch.passes)
          stop(pass);
      }
      for (Pass &pass : mDirect)
        stop(pass);
    });
  }

  void TiledLayerRenderer::planBatches(const QSet<TileIndex> &missing)
  {
    // Rows missing whole (a pan up or down, or a new view) are drawn as bands; what else is missing
    // (a pan sideways, the other arm of a diagonal one) as one rectangle around it.
    const qint64 columns = mLastColumn - mFirstColumn + 1;
    qint64 bandStart = -1;
    qint64 restFirstRow = mLastRow + 1, restLastRow = mFirstRow - 1;
    for (qint64 row = mFirstRow; row <= mLastRow + 1; ++row)
    {
      qint64 missingInRow = 0;
      for (qint64 column = mFirstColumn; row <= mLastRow && column <= mLastColumn; ++column)
        missingInRow += missing.contains({column, row}) ? 1 : 0;
      const bool whole = row <= mLastRow && missingInRow == columns;
      if (whole && bandStart < 0)
        bandStart = row;
      if (!whole && bandStart >= 0)
      {
        addBatch(mFirstColumn, mLastColumn, bandStart, row - 1);
        bandStart = -1;
      }
      if (!whole && missingInRow > 0)
      {
        restFirstRow = std::min(restFirstRow, row);
        restLastRow = std::max(restLastRow, row);
      }
    }
    if (restFirstRow > restLastRow)
      return;
    qint64 restFirstColumn = mLastColumn + 1, restLastColumn = mFirstColumn - 1;
    for (const TileIndex &index : missing)
    {
      if (index.second >= restFirstRow && index.second <= restLastRow)
      {
        restFirstColumn = std::min(restFirstColumn, index.first);
        restLastColumn = std::max(restLastColumn, index.first);
      }
    }
    addBatch(restFirstColumn, restLastColumn, restFirstRow, restLastRow);
  }

  void TiledLayerRenderer::addBatch(qint64 firstColumn, qint64 lastColumn, qint64 firstRow, qint64 lastRow)
  {
    Batch batch;
    batch.firstColumn = firstColumn;
    batch.lastColumn = lastColumn;
    batch.firstRow = firstRow;
    batch.lastRow = lastRow;
    batch.size = QSize(static_cast<int>(lastColumn - firstColumn + 1) * mSide + 2 * mMargin,
                       static_cast<int>(lastRow - firstRow + 1) * mSide + 2 * mMargin);
    // The renderers work in logical pixels: that many, rounded up, from the batch's top left corner,
    // so that device pixel (0, 0) is the corner exactly.
    const QSize size(static_cast<int>(std::ceil(batch.size.width() / mDevicePixelRatio)),
                     static_cast<int>(std::ceil(batch.size.height() / mDevicePixelRatio)));
    const double mapUnitsPerPixel = mMapUnitsPerPixel;
    const double pad = mMargin * mapUnitsPerPixel / mDevicePixelRatio;
    const double left = firstColumn * mTileSpan - pad;
    const double top = (lastRow + 1) * mTileSpan + pad;
    const QgsRectangle extent(left, top - size.height() * mapUnitsPerPixel,
                              left + size.width() * mapUnitsPerPixel, top);
    const auto place = [&extent, size, mapUnitsPerPixel](QgsRenderContext &context) {
      // The image and its painter come in render(), on the render thread: allocating them here would
      // keep the GUI thread busy with every batch one after the other.
      context.setPainter(nullptr);
      context.setExtent(extent);
      context.setMapExtent(extent);
      context.setOutputSize(size);
      context.setMapToPixel(QgsMapToPixel(mapUnitsPerPixel, extent.center().x(), extent.center().y(),
                                          size.width(), size.height(), 0.0));
      // Features drawn whole, not clipped to the batch, so that no outline runs along a batch's edge.
      context.setFlag(Qgis::RenderContextFlag::RenderMapTile, true);
      context.setFlag(Qgis::RenderContextFlag::RenderPartialOutput, false);
    };
    for (QgsVectorLayer *source : std::as_const(mSources))
      batch.passes.push_back(passFor(*renderContext(), source, layerId(), place));
    mBatches.push_back(std::move(batch));
  }

  bool TiledLayerRenderer::drawBatch(Batch &batch)
  {
    QImage image(batch.size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(mDevicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (Pass &pass : batch.passes)
    {
      pass.context->setPainterFlagsUsingContext(&painter);
      pass.context->setPainter(&painter);
      pass.renderer->render();
      pass.context->setPainter(nullptr);
      // A batch cut short is not kept: its tiles would stay incomplete.
      if (mFeedback->isCanceled() || pass.context->renderingStopped())
        return false;
    }
    painter.end();
    for (qint64 row = batch.firstRow; row <= batch.lastRow; ++row)
    {
      for (qint64 column = batch.firstColumn; column <= batch.lastColumn; ++column)
      {
        const int x = mMargin + static_cast<int>(column - batch.firstColumn) * mSide;
        const int y = mMargin + static_cast<int>(batch.lastRow - row) * mSide;
        QImage tile = image.copy(x, y, mSide, mSide);
        tile.setDevicePixelRatio(mDevicePixelRatio);
        mTiles->insert({mLevel, column, row}, tile);
        mShown.insert({column, row}, tile);
      }
    }
    return true;
  }

  QPointF TiledLayerRenderer::topLeft(const TileIndex &index) const
  {
    const QgsPointXY corner =
        renderContext()->mapToPixel().transform(index.first * mTileSpan, (index.second + 1) * mTileSpan);
    // On the device pixel grid: a tile drawn between pixels would be resampled and blurred. The
    // shift is at most half a pixel, the same for every tile, so no seams open between them.
    return QPointF(std::round(corner.x() * mDevicePixelRatio) / mDevicePixelRatio,
                   std::round(corner.y() * mDevicePixelRatio) / mDevicePixelRatio);
  }

  bool TiledLayerRenderer::render()
  {
    QPainter *painter = renderContext()->painter();
    if (!mDirect.empty())
    {
      painter->save();
      painter->setOpacity(painter->opacity() * mOpacity);
      for (Pass &pass : mDirect)
      {
        pass.context->setPainter(painter);
        pass.renderer->render();
      }
      painter->restore();
      return !mFeedback->isCanceled();
    }
    for (Batch &batch : mBatches)
    {
      if (mFeedback->isCanceled() || !drawBatch(batch))
        return false;
    }
    painter->save();
    painter->setOpacity(painter->opacity() * mOpacity);
    for (auto it = mShown.cbegin(); it != mShown.cend(); ++it)
      painter->drawImage(QRectF(topLeft(it.key()), QSizeF(mSide, mSide) / mDevicePixelRatio), it.value());
    painter->restore();
    return !mFeedback->isCanceled();
  }
} // namespace

QString TiledLayer::tiledLayerType()
{
  return QStringLiteral("xiuhua_tiled");
}

TiledLayer::TiledLayer(const QList<QgsVectorLayer *> &sources, std::shared_ptr<TileCache> tiles)
    : QgsPluginLayer(tiledLayerType())
    , mTiles(std::move(tiles))
{
  for (QgsVectorLayer *source : sources)
    mSources.append(source);
  setValid(true);
  followSources();
}

TiledLayer::~TiledLayer()
{
  if (mTiles)
    mTiles->removeLevels(levelPrefix());
}

QList<QgsVectorLayer *> TiledLayer::sources() const
{
  QList<QgsVectorLayer *> sources;
  for (const QPointer<QgsVectorLayer> &source : mSources)
  {
    if (source)
      sources.append(source);
  }
  return sources;
}

void TiledLayer::followSources()
{
  const QList<QgsVectorLayer *> layers = sources();
  if (layers.isEmpty())
    return;
  QStringList names;
  QgsRectangle extent;
  // Drawn where any source is: no range if one has none, else from the most zoomed in to the most zoomed out.
  bool limited = true;
  double minimum = 0; // the most zoomed out (QGIS: the largest denominator), 0 = no limit
  double maximum = 0; // the most zoomed in (the smallest denominator), 0 = no limit
  bool unlimitedOut = false, unlimitedIn = false;
  for (QgsVectorLayer *source : layers)
  {
    names.append(source->name());
    extent.combineExtentWith(source->extent());
    limited = limited && source->hasScaleBasedVisibility();
    unlimitedOut = unlimitedOut || qgsDoubleNear(source->minimumScale(), 0.0);
    unlimitedIn = unlimitedIn || qgsDoubleNear(source->maximumScale(), 0.0);
    minimum = std::max(minimum, source->minimumScale());
    maximum =
        qgsDoubleNear(maximum, 0.0) ? source->maximumScale() : std::min(maximum, source->maximumScale());
  }
  setName(names.join(QStringLiteral(", ")));
  setCrs(layers.constFirst()->crs());
  setExtent(extent);
  setScaleBasedVisibility(limited);
  setMinimumScale(unlimitedOut ? 0.0 : minimum);
  setMaximumScale(unlimitedIn ? 0.0 : maximum);
  setBlendMode(layers.size() == 1 ? layers.constFirst()->blendMode() : QPainter::CompositionMode_SourceOver);
}

void TiledLayer::invalidate()
{
  mTiles->removeLevels(levelPrefix());
  ++mGeneration;
}

QString TiledLayer::levelPrefix() const
{
  return id() + QLatin1Char('|');
}

TiledLayer *TiledLayer::clone() const
{
  return new TiledLayer(sources(), mTiles);
}

QgsMapLayerRenderer *TiledLayer::createMapRenderer(QgsRenderContext &context)
{
  // Only the sources in range at this scale are drawn, bottom first.
  QList<QgsVectorLayer *> drawn;
  QStringList drawnIds;
  const QList<QgsVectorLayer *> layers = sources();
  for (auto it = layers.crbegin(); it != layers.crend(); ++it)
  {
    if ((*it)->isInScaleRange(context.rendererScale()))
    {
      drawn.append(*it);
      drawnIds.append((*it)->id());
    }
  }
  // A level is one state of the sources at one resolution: tiles from before a change, or from
  // another zoom, another screen or another set of rules and layers in range, never mix with it.
  const QString level = levelPrefix() + QStringLiteral("%1|%2|%3|%4|%5")
                                            .arg(mGeneration)
                                            .arg(context.mapToPixel().mapUnitsPerPixel(), 0, 'g', 9)
                                            .arg(context.devicePixelRatio())
                                            .arg(context.rendererScale(), 0, 'g', 7)
                                            .arg(drawnIds.join(QLatin1Char(',')));
  return new TiledLayerRenderer(id(), drawn, context, mTiles, level);
}

void TiledLayer::setTransformContext(const QgsCoordinateTransformContext &transformContext)
{
  Q_UNUSED(transformContext)
}

bool TiledLayer::readSymbology(const QDomNode &node, QString &errorMessage, QgsReadWriteContext &context,
                               StyleCategories categories)
{
  Q_UNUSED(node)
  Q_UNUSED(context)
  Q_UNUSED(categories)
  errorMessage = tr("A tiled layer takes its style from the layers it draws.");
  return false;
}

bool TiledLayer::writeSymbology(QDomNode &node, QDomDocument &doc, QString &errorMessage,
                                const QgsReadWriteContext &context, StyleCategories categories) const
{
  Q_UNUSED(node)
  Q_UNUSED(doc)
  Q_UNUSED(errorMessage)
  Q_UNUSED(context)
  Q_UNUSED(categories)
  return true;
}
