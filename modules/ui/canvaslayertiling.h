#pragma once

#include <QObject>

class LayerTiling;
class QgsMapCanvas;

/**
 * Has the canvas draw its tileable layers through tiles (map/LayerTiling), so that a pan draws only
 * what came into view: whenever the layer tree hands the canvas its layers, they are swapped for what
 * draws them. The layer tree, the legend and identify still see the layers themselves.
 */
class CanvasLayerTiling : public QObject
{
    Q_OBJECT

  public:
    explicit CanvasLayerTiling(QgsMapCanvas *canvas);
    ~CanvasLayerTiling() override;

    /** What draws the canvas's layers. */
    LayerTiling &tiling() const { return *mTiling; }

    /** Takes the layers' rescaled ranges and labelling over (CanvasScaleCorrection changed them). */
    void followSources();

  private:
    void swapLayers();

    QgsMapCanvas *mCanvas = nullptr;
    LayerTiling *mTiling = nullptr;
    bool mSwapping = false;
};
