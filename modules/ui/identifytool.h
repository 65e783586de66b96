#pragma once

#include <qgsmaptoolidentify.h>

/** Identifies what lies under a click, in every visible layer from the top down. */
class IdentifyTool : public QgsMapToolIdentify
{
    Q_OBJECT

  public:
    explicit IdentifyTool(QgsMapCanvas *canvas);

    void canvasReleaseEvent(QgsMapMouseEvent *event) override;

  signals:
    /** Emitted after each click with everything found there (possibly nothing). */
    void identified(const QList<QgsMapToolIdentify::IdentifyResult> &results);
};
