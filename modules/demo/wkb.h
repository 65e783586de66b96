#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>

/** Writes geometries as little-endian WKB, the form the cache's repositories take. */
namespace wkb
{
  QByteArray point(const QPointF &point);
  QByteArray lineString(const QList<QPointF> &points);
  /** A polygon from its exterior ring; the ring is closed if it is not. */
  QByteArray polygon(const QList<QPointF> &ring);
  /** A circle approximated by \a segments vertices. */
  QByteArray circle(const QPointF &centre, double radius, int segments = 16);
} // namespace wkb
