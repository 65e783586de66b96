#pragma once

#include <qgsmaptool.h>
#include <qgspointxy.h>

class QgsRubberBand;

/**
 * Measures on the map in the projected CRS (metres, as the standards want): a path's length, or a
 * polygon's area and perimeter. Click to add points, move to see the live value, right-click or
 * double-click to finish; the next click starts anew.
 */
class MeasureTool : public QgsMapTool
{
    Q_OBJECT

  public:
    enum class Mode
    {
      Distance,
      Area,
    };

    MeasureTool(QgsMapCanvas *canvas, Mode mode);
    ~MeasureTool() override;

    void canvasMoveEvent(QgsMapMouseEvent *event) override;
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *event) override;
    void deactivate() override;

    /** The measurement of \a points as text: "1.23 km", or "2.5 ha · 3.4 km perimeter". */
    QString describe(const QVector<QgsPointXY> &points) const;

    /** The points measured so far. */
    QVector<QgsPointXY> points() const { return mPoints; }

  signals:
    /** The measurement changed; \a finished once the user has ended it. */
    void measured(const QString &text, bool finished);

  private:
    void finish();
    void updateBand(const QgsPointXY &moving);

    Mode mMode;
    QVector<QgsPointXY> mPoints;
    bool mFinished = false;
    bool mIgnoreNextRelease = false;
    QgsRubberBand *mBand = nullptr;
};
