#pragma once

#include <QPointer>

#include <memory>

#include <qgspluginlayer.h>

class QgsVectorLayer;
class TileCache;

/**
 * Draws vector layers' symbols through tiles that stay valid while the view moves: tiles aligned to
 * the map units at each resolution, kept in a TileCache. After a pan only the tiles that came into
 * view are drawn (in as few bands as possible), and a zoom back finds the tiles of the scale before;
 * QGIS 3.22 keys its own render cache by the whole extent and draws every layer again. One tiled layer
 * draws a run of layers that lie on each other (the basemap's), one after the other into the same
 * tiles: that is one image to keep and compose instead of one per layer. Labels need the whole view
 * at once, so a tiled layer draws none (LayerTiling gives them to companions). The tiles are
 * forgotten when a source's data or style changes.
 */
class TiledLayer : public QgsPluginLayer
{
    Q_OBJECT

  public:
    /** The plugin layer type of tiled layers. */
    static QString tiledLayerType();

    /**
     * Tiles \a sources (top first, as a map lists them; all in one CRS), keeping the tiles in \a tiles.
     * A layer with an opacity or a blend mode of its own is tiled alone (LayerTiling sees to it): the
     * tiled layer takes them over.
     */
    TiledLayer(const QList<QgsVectorLayer *> &sources, std::shared_ptr<TileCache> tiles);
    ~TiledLayer() override;

    /** The layers drawn, top first (those deleted since are left out). */
    QList<QgsVectorLayer *> sources() const;

    /** Takes over the sources' names, CRS, extents, scale ranges and blend mode. */
    void followSources();

    /** Forgets the tiles drawn so far: the source's data or style changed. */
    void invalidate();

    TiledLayer *clone() const override;
    QgsMapLayerRenderer *createMapRenderer(QgsRenderContext &context) override;
    void setTransformContext(const QgsCoordinateTransformContext &transformContext) override;
    // Tiled layers are made at run time from the cache's layers, never read from or written to a project.
    bool readSymbology(const QDomNode &node, QString &errorMessage, QgsReadWriteContext &context,
                       StyleCategories categories = AllStyleCategories) override;
    bool writeSymbology(QDomNode &node, QDomDocument &doc, QString &errorMessage,
                        const QgsReadWriteContext &context,
                        StyleCategories categories = AllStyleCategories) const override;

  private:
    /** The start of this layer's levels in the tile cache. */
    QString levelPrefix() const;

    QList<QPointer<QgsVectorLayer>> mSources; //!< top first
    std::shared_ptr<TileCache> mTiles;
    quint64 mGeneration = 0; //!< counts invalidate(), so that tiles drawn before never come back
};
