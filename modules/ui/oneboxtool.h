#pragma once

#include "analysis/studyarea.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>

class QgsRubberBand;

/**
 * Draws the area of a one-box statistic (一框统计) on the map: a rectangle or a circle (press and
 * drag), a polygon (click its corners, right-click or double-click to finish), or the grid cell,
 * community or street under a click. The area goes out in the cache's CRS as soon as it is finished.
 */
class OneBoxTool : public QgsMapTool
{
    Q_OBJECT

  public:
    enum class Shape
    {
      Rectangle,
      Polygon,
      Circle,
      GridCell,
      Community,
      Street,
    };

    OneBoxTool(QgsMapCanvas *canvas, Shape shape);
    ~OneBoxTool() override;

    /** The cache areas are read from, and its CRS (EPSG code). */
    void setCache(const QString &path, int srid);

    void canvasPressEvent(QgsMapMouseEvent *event) override;
    void canvasMoveEvent(QgsMapMouseEvent *event) override;
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void deactivate() override;

  signals:
    /** The user finished drawing (or picked) \a area. */
    void areaChosen(const StudyArea &area);
    /** What was drawn is not an area to take statistics over; \a message says why. */
    void refused(const QString &message);

  private:
    void finishPolygon();
    void pickArea(const QgsPointXY &point);
    void emitArea(const std::optional<StudyArea> &area, const QString &error);
    QgsPointXY toCache(const QgsPointXY &mapPoint) const;
    void reset();

    Shape mShape;
    QString mCachePath;
    QgsCoordinateReferenceSystem mCacheCrs;
    QVector<QgsPointXY> mPoints;
    bool mDragging = false;
    QgsRubberBand *mBand = nullptr;
};
