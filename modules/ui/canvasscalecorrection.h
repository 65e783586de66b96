#pragma once

#include <QList>
#include <QObject>

class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;

/**
 * Keeps the map's scale true on a canvas at a device pixel ratio above 1, where QGIS before 3.32
 * reports the ratio times the true scale (see scaleranges): the project's layers get their scale
 * ranges multiplied by that factor when they are added, and again when the canvas is shown or moves
 * to a screen of another ratio; and the scale people read and type goes through trueScale() and
 * zoomToTrueScale(). The map keeps rendering at the full device resolution.
 */
class CanvasScaleCorrection : public QObject
{
    Q_OBJECT

  public:
    CanvasScaleCorrection(QgsMapCanvas *canvas, QgsProject *project);

    /** How many times the true scale the canvas reports (1 at device pixel ratio 1). */
    double factor() const { return mFactor; }

    /** The denominator of the true scale of the canvas's view. */
    double trueScale() const;

    /** Zooms the canvas to the true scale 1:\a scale, keeping its centre. */
    void zoomToTrueScale(double scale);

  signals:
    /** The factor changed, and with it the true scale of the same view. */
    void factorChanged(double factor);

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void update();
    void applyTo(const QList<QgsMapLayer *> &layers);

    QgsMapCanvas *mCanvas = nullptr;
    QgsProject *mProject = nullptr;
    double mFactor = 1;
    bool mWatchingScreen = false;
};
