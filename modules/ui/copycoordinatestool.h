#pragma once

#include <qgsmaptool.h>

/**
 * Copies the clicked place to the clipboard: the projected coordinates in metres and the
 * longitude/latitude (CGCS2000, as the standards want), e.g. "509600.00, 3343600.00 (EPSG:4549);
 * 120.099708° E, 30.211831° N".
 */
class CopyCoordinatesTool : public QgsMapTool
{
    Q_OBJECT

  public:
    explicit CopyCoordinatesTool(QgsMapCanvas *canvas);

    void canvasReleaseEvent(QgsMapMouseEvent *event) override;

    /** The text copied for \a mapPoint in the canvas CRS. */
    QString describe(const QgsPointXY &mapPoint) const;

  signals:
    void copied(const QString &text);
};
