#pragma once

#include <QWidget>

#include <qgscoordinatetransform.h>

class QLabel;
class CanvasScaleCorrection;
class QgsMapCanvas;
class QgsPointXY;
class QgsScaleWidget;

/**
 * The status bar's map readout: scale (editable), the cursor position in the map's projected
 * metres and in CGCS2000 longitude/latitude, and the map's CRS.
 */
class CoordinateStatus : public QWidget
{
    Q_OBJECT

  public:
    CoordinateStatus(QgsMapCanvas *canvas, CanvasScaleCorrection *scaleCorrection, QWidget *parent = nullptr);

    /** The text shown for the cursor's projected position, e.g. "x 500123.45  y 3400123.45 m". */
    QString projectedText() const;

    /** The text shown for the cursor's geographic position, e.g. "120.123456°E  30.123456°N". */
    QString geographicText() const;

  private:
    void showPosition(const QgsPointXY &point);
    void updateCrs();

    QgsMapCanvas *mCanvas = nullptr;
    CanvasScaleCorrection *mScaleCorrection = nullptr;
    QgsScaleWidget *mScale = nullptr;
    QLabel *mProjected = nullptr;
    QLabel *mGeographic = nullptr;
    QLabel *mCrs = nullptr;
    QgsCoordinateTransform mToGeographic;
};
