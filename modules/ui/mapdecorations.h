#pragma once

#include <QWidget>

class QgsMapCanvas;

/**
 * The map's furniture, drawn over the canvas: a scale bar (bottom left), a north arrow (top right,
 * grid north of the projected CRS, turned with the map) and a coordinate grid with its values at the
 * edges. Each can be switched off; sizes follow the font, so they stay readable on a 4K wall.
 */
class MapDecorations : public QWidget
{
    Q_OBJECT

  public:
    explicit MapDecorations(QgsMapCanvas *canvas);

    void setScaleBarVisible(bool visible);
    void setNorthArrowVisible(bool visible);
    void setGridVisible(bool visible);
    bool scaleBarVisible() const { return mScaleBar; }
    bool northArrowVisible() const { return mNorthArrow; }
    bool gridVisible() const { return mGrid; }

    /** A round length for a bar about \a metres long: 1, 2 or 5 × 10ⁿ. */
    static double niceLength(double metres);
    /** "500 m", "1 km", "2.5 km"… */
    static QString lengthText(double metres);

  protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void paintScaleBar(QPainter &painter);
    void paintNorthArrow(QPainter &painter);
    void paintGrid(QPainter &painter);

    QgsMapCanvas *mCanvas;
    bool mScaleBar = true;
    bool mNorthArrow = true;
    bool mGrid = false;
};
