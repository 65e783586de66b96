#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <optional>

class CacheFile;

/**
 * The area a one-box statistic (一框统计) is taken over: a polygon in the cache's projected CRS,
 * checked once so that no figure is ever computed over a shape that has no meaning (self-intersecting,
 * of no area, not a polygon). It is drawn (rectangle, polygon, circle), written as WKT, or taken from
 * an administrative area of the cache (grid cell, community, street, district).
 */
class StudyArea
{
    Q_DECLARE_TR_FUNCTIONS(StudyArea)

  public:
    /** Segments per quarter circle when a circle becomes a polygon: under 0.01% of the area lost. */
    static constexpr int circleQuarterSegments = 64;

    /** The rectangle from (\a xmin, \a ymin) to (\a xmax, \a ymax). */
    static std::optional<StudyArea> fromBox(double xmin, double ymin, double xmax, double ymax,
                                            QString *error);

    /** The closed ring through \a vertices (the first vertex need not be repeated at the end). */
    static std::optional<StudyArea> fromRing(const QList<QPointF> &vertices, QString *error);

    /** The circle of \a radius around \a centre, as a polygon of 4 × circleQuarterSegments sides. */
    static std::optional<StudyArea> fromCircle(const QPointF &centre, double radius, QString *error);

    /** A POLYGON or MULTIPOLYGON written as WKT. */
    static std::optional<StudyArea> fromWkt(const QString &wkt, QString *error);

    /**
     * The outline of the grid cell (15 digits), community (12), street (9) or district (6) with
     * \a code in \a cache; the length of the code says which.
     */
    static std::optional<StudyArea> fromAreaCode(CacheFile &cache, const QString &code, QString *error);

    /** The shape as two-dimensional ISO WKB (a polygon or multipolygon) in the cache CRS. */
    QByteArray wkb() const { return mWkb; }

    /** The exact planar area of the shape in square metres of the projected CRS. */
    double area() const { return mArea; }

    /** What the shape is, for the report: "rectangle", "grid cell 330102001001001", … (translated). */
    QString description() const { return mDescription; }

  private:
    static std::optional<StudyArea> fromGeometryWkb(const QByteArray &wkb, const QString &description,
                                                    QString *error);

    QByteArray mWkb;
    double mArea = 0;
    QString mDescription;
};
