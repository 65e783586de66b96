#pragma once

#include <QByteArray>
#include <QString>

/**
 * SpatiaLite's geometry BLOB written straight from WKB, without a trip through SpatiaLite's own
 * parser (GeomFromWKB, then CastToMulti…): the bulk paths write hundreds of thousands of features, and
 * this conversion is what they would otherwise spend a fifth of their time on. The result is byte for
 * byte what `CastToMultiPolygon(GeomFromWKB(wkb, srid))` (and the like) returns (tested).
 */
namespace spatialiteblob
{
  /**
   * The BLOB of \a wkb (ISO or OGC WKB, either byte order, two-dimensional) for a column of
   * \a columnType ("POINT", "MULTILINESTRING", "MULTIPOLYGON", …) in \a srid: a single polygon becomes
   * a multipolygon of one, a collection of polygons a multipolygon, and so on. Empty when the WKB is
   * unreadable, empty, has Z or M, or does not fit the column's type.
   */
  QByteArray fromWkb(const QByteArray &wkb, const QString &columnType, int srid);

  /** What covers() found. */
  enum class Coverage
  {
    Outside,
    Covered, //!< inside or on the boundary, as ST_Covers has it
    Unknown, //!< not an uncompressed little-endian (multi)polygon BLOB: ask SpatiaLite instead
  };

  /**
   * Whether the (multi)polygon \a blob covers the point (\a x, \a y), decided on the BLOB's
   * coordinates without building a GEOS geometry: the point lookups ask this for every candidate,
   * and GEOS's conversion would cost more than the answer.
   */
  Coverage covers(const QByteArray &blob, double x, double y);
} // namespace spatialiteblob
