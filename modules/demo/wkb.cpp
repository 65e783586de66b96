#include "demo/wkb.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace wkb
{
  namespace
  {
    constexpr quint32 pointType = 1;
    constexpr quint32 lineStringType = 2;
    constexpr quint32 polygonType = 3;

    QDataStream &header(QDataStream &stream, quint32 type)
    {
      stream.setByteOrder(QDataStream::LittleEndian);
      stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
      stream << quint8(1) << type;
      return stream;
    }

    void writePoints(QDataStream &stream, const QList<QPointF> &points)
    {
      stream << quint32(points.size());
      for (const QPointF &p : points)
        stream << p.x() << p.y();
    }
  } // namespace

  QByteArray point(const QPointF &point)
  {
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    header(stream, pointType) << point.x() << point.y();
    return bytes;
  }

  QByteArray lineString(const QList<QPointF> &points)
  {
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    header(stream, lineStringType);
    writePoints(stream, points);
    return bytes;
  }

  QByteArray polygon(const QList<QPointF> &ring)
  {
    QList<QPointF> closed = ring;
    if (!closed.isEmpty() && closed.first() != closed.last())
      closed.append(closed.first());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    header(stream, polygonType) << quint32(1);
    writePoints(stream, closed);
    return bytes;
  }

  QByteArray circle(const QPointF &centre, double radius, int segments)
  {
    QList<QPointF> ring;
    for (int i = 0; i < segments; ++i)
    {
      const double angle = 2.0 * M_PI * i / segments;
      ring.append(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return polygon(ring);
  }
} // namespace wkb
