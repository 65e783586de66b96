#include "ui/mapdecorations.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <qgsmapcanvas.h>
#include <qgsmaptopixel.h>

#include <cmath>

MapDecorations::MapDecorations(QgsMapCanvas *canvas)
    : QWidget(canvas->viewport())
    , mCanvas(canvas)
{
  setObjectName(QStringLiteral("MapDecorations"));
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  resize(canvas->viewport()->size());
  canvas->viewport()->installEventFilter(this);
  connect(canvas, &QgsMapCanvas::extentsChanged, this, qOverload<>(&QWidget::update));
  connect(canvas, &QgsMapCanvas::rotationChanged, this, qOverload<>(&QWidget::update));
  show();
}

bool MapDecorations::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == parent() && event->type() == QEvent::Resize)
    resize(mCanvas->viewport()->size());
  return QWidget::eventFilter(watched, event);
}

void MapDecorations::setScaleBarVisible(bool visible)
{
  mScaleBar = visible;
  update();
}

void MapDecorations::setNorthArrowVisible(bool visible)
{
  mNorthArrow = visible;
  update();
}

void MapDecorations::setGridVisible(bool visible)
{
  mGrid = visible;
  update();
}

double MapDecorations::niceLength(double metres)
{
  if (metres <= 0)
    return 0;
  const double power = std::pow(10.0, std::floor(std::log10(metres)));
  for (double step : {5.0, 2.0, 1.0})
  {
    if (step * power <= metres)
      return step * power;
  }
  return power;
}

QString MapDecorations::lengthText(double metres)
{
  if (metres >= 1000)
    return tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 4));
  return tr("%1 m").arg(QLocale().toString(metres, 'g', 4));
}

void MapDecorations::paintEvent(QPaintEvent *)
{
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  if (mGrid)
    paintGrid(painter);
  if (mScaleBar)
    paintScaleBar(painter);
  if (mNorthArrow)
    paintNorthArrow(painter);
}

void MapDecorations::paintScaleBar(QPainter &painter)
{
  const double metresPerPixel = mCanvas->mapUnitsPerPixel();
  if (metresPerPixel <= 0 || mCanvas->mapSettings().destinationCrs().isGeographic())
    return;
  const int unit = fontMetrics().height();
  const double length = niceLength(width() * 0.18 * metresPerPixel);
  const int bar = static_cast<int>(length / metresPerPixel);
  const QRect area(unit, height() - 3 * unit, bar, unit / 2);
  // Two halves, black and white, on a light halo so the bar reads on any map.
  painter.setPen(QPen(Qt::white, 3));
  painter.drawRect(area);
  painter.fillRect(QRect(area.left(), area.top(), bar / 2, area.height()), Qt::black);
  painter.fillRect(QRect(area.left() + bar / 2, area.top(), bar - bar / 2, area.height()), Qt::white);
  painter.setPen(QPen(Qt::black, 1));
  painter.drawRect(area);
  const QString text = lengthText(length);
  QPainterPath path;
  path.addText(area.left(), area.top() - unit / 4, font(), QStringLiteral("0"));
  path.addText(area.right() - fontMetrics().horizontalAdvance(text) / 2, area.top() - unit / 4, font(), text);
  painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
  painter.drawPath(path);
  painter.fillPath(path, Qt::black);
}

void MapDecorations::paintNorthArrow(QPainter &painter)
{
  const int unit = fontMetrics().height();
  painter.save();
  painter.translate(width() - 2 * unit, 2.5 * unit);
  painter.rotate(-mCanvas->rotation());
  QPainterPath arrow;
  arrow.moveTo(0, -1.3 * unit);
  arrow.lineTo(0.55 * unit, 0.9 * unit);
  arrow.lineTo(0, 0.45 * unit);
  arrow.lineTo(-0.55 * unit, 0.9 * unit);
  arrow.closeSubpath();
  painter.setPen(QPen(Qt::white, 3));
  painter.drawPath(arrow);
  painter.setPen(QPen(Qt::black, 1));
  painter.fillPath(arrow, QColor(33, 37, 41));
  painter.drawPath(arrow);
  QFont bold = font();
  bold.setBold(true);
  QPainterPath letter;
  letter.addText(-QFontMetrics(bold).horizontalAdvance(QStringLiteral("N")) / 2.0, -1.45 * unit, bold,
                 QStringLiteral("N"));
  painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
  painter.drawPath(letter);
  painter.fillPath(letter, Qt::black);
  painter.restore();
}

void MapDecorations::paintGrid(QPainter &painter)
{
  const QgsRectangle extent = mCanvas->extent();
  if (extent.isEmpty() || mCanvas->mapSettings().destinationCrs().isGeographic())
    return;
  // About five lines across, at round values of the projected coordinates.
  const double step = niceLength(extent.width() / 5);
  const QgsMapToPixel &toPixel = mCanvas->mapSettings().mapToPixel();
  painter.setPen(QPen(QColor(73, 80, 87, 160), 1, Qt::DashLine));
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() * 0.85);
  painter.setFont(small);
  for (double x = std::ceil(extent.xMinimum() / step) * step; x <= extent.xMaximum(); x += step)
  {
    const QgsPointXY top = toPixel.transform(x, extent.yMaximum());
    const QgsPointXY bottom = toPixel.transform(x, extent.yMinimum());
    painter.drawLine(QPointF(top.x(), top.y()), QPointF(bottom.x(), bottom.y()));
    painter.drawText(QPointF(top.x() + 3, fontMetrics().height()), QLocale().toString(x, 'f', 0));
  }
  for (double y = std::ceil(extent.yMinimum() / step) * step; y <= extent.yMaximum(); y += step)
  {
    const QgsPointXY left = toPixel.transform(extent.xMinimum(), y);
    const QgsPointXY right = toPixel.transform(extent.xMaximum(), y);
    painter.drawLine(QPointF(left.x(), left.y()), QPointF(right.x(), right.y()));
    painter.drawText(QPointF(3, left.y() - 3), QLocale().toString(y, 'f', 0));
  }
}
