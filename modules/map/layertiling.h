#pragma once

#include <QList>
#include <QObject>

#include <map>
#include <memory>

class QgsCoordinateReferenceSystem;
class QgsMapLayer;
class QgsVectorLayer;
class TileCache;
class TiledLayer;

/**
 * Chooses what a map draws for its layers so that a pan draws only what came into view. Layers
 * marked tileable (CacheLayers marks the basemap, the grid and the components; the cases change too
 * often) are drawn through tiles: each run of them that lie on each other in the drawing order by one
 * TiledLayer. A tileable layer with labels also gets a companion over the same data that draws its
 * labels and nothing else, so that they are laid out over the whole view as before. Companions take
 * the source's labelling, scale range and filter, and follow them when they change; a change to a
 * source's data or style makes its tiled layer forget its tiles, and both redraw.
 */
class LayerTiling : public QObject
{
    Q_OBJECT

  public:
    explicit LayerTiling(QObject *parent = nullptr);
    ~LayerTiling() override;

    /** Marks \a layer as one to draw through tiles. */
    static void setTileable(QgsMapLayer *layer);

    /** Whether \a layer is one to draw through tiles. */
    static bool isTileable(const QgsMapLayer *layer);

    /**
     * The layers to draw in place of \a layers (top first, as QgsMapSettings takes them) on a map in
     * \a destination: each run of tileable layers in that CRS becomes the companions of those with
     * labels and one tiled layer; other layers stay. Stand-ins are made once and reused; those of runs
     * that are no longer drawn are let go.
     */
    QList<QgsMapLayer *> layersToDraw(const QList<QgsMapLayer *> &layers,
                                      const QgsCoordinateReferenceSystem &destination);

    /** The layers a person means by \a drawn: each tiled layer's sources, without the companions. */
    static QList<QgsMapLayer *> sourceLayers(const QList<QgsMapLayer *> &drawn);

    /** Takes the sources' scale ranges and labelling over again (they were rescaled), forgetting all tiles.
     */
    void followSources();

    /** Forgets every tile drawn so far (the next render draws every tiled layer whole). */
    void forgetTiles();

    /** The tiles kept. */
    TileCache &tiles() const { return *mTiles; }

  signals:
    /** A source was restyled: what draws the layers may have changed (ask layersToDraw() again). */
    void layersToDrawChanged();

  private:
    /** The tiled layer for the run \a sources (top first), made when first asked for. */
    TiledLayer *runOf(const QList<QgsVectorLayer *> &sources);
    /** The companion drawing \a source's labels, or null when it has none; made when first asked for. */
    QgsVectorLayer *companionOf(QgsVectorLayer *source);
    /** Follows \a source's changes, once per source. */
    void watch(QgsVectorLayer *source);
    /** Gives \a companion \a source's labelling, range, filter and name. */
    static void followLabels(QgsVectorLayer *companion, const QgsVectorLayer *source);
    /** \a source's data or style changed: its runs forget their tiles, and it and they redraw. */
    void sourceChanged(const QString &sourceId, bool restyled);

    std::shared_ptr<TileCache> mTiles;
    std::map<QString, std::unique_ptr<TiledLayer>> mRuns;           //!< by the sources' ids, top first
    std::map<QString, std::unique_ptr<QgsVectorLayer>> mCompanions; //!< by the source's id
    std::map<QString, QgsVectorLayer *> mWatched;                   //!< by id
};
