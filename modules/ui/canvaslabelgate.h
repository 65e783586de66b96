#pragma once

#include <QObject>

class QgsMapCanvas;
class QgsProject;

/**
 * Keeps the canvas's label cache usable (see labelgate): the labels of the project's layers, and of
 * the companions that draw the labels of tiled layers (LayerTiling), follow the layers' scale ranges
 * at the canvas's scale — when the scale changes, when layers are added and when their ranges are
 * rescaled (update()).
 */
class CanvasLabelGate : public QObject
{
    Q_OBJECT

  public:
    CanvasLabelGate(QgsMapCanvas *canvas, QgsProject *project);

    /** Matches the labels to the canvas's current scale. */
    void update();

  private:
    QgsMapCanvas *mCanvas = nullptr;
    QgsProject *mProject = nullptr;
};
