#include "analysis/studyarea.h"

#include "analysis/geoscontext.h"
#include "cache/cachefile.h"

#include <QRegularExpression>

#include <cmath>

namespace
{
  /** Below a square centimetre a ratio means nothing: a click or a line, not a drawn area. */
  constexpr double minimumArea = 1e-4;

  QString noAreaMessage(double area)
  {
    return StudyArea::tr("The shape has no area (%1 m²): draw an area, not a line or a point.")
        .arg(area, 0, 'g', 3);
  }

  /** The WKT of the closed ring through \a vertices. */
  QString polygonWkt(const QList<QPointF> &vertices)
  {
    QStringList points;
    for (const QPointF &vertex : vertices)
      points.append(QStringLiteral("%1 %2").arg(vertex.x(), 0, 'g', 17).arg(vertex.y(), 0, 'g', 17));
    points.append(points.constFirst());
    return QStringLiteral("POLYGON((%1))").arg(points.join(QStringLiteral(", ")));
  }
} // namespace

std::optional<StudyArea> StudyArea::fromBox(double xmin, double ymin, double xmax, double ymax,
                                            QString *error)
{
  if (!(xmin < xmax) || !(ymin < ymax))
  {
    *error = tr("The box from (%1, %2) to (%3, %4) has no area: draw a box with a width and a height.")
                 .arg(xmin, 0, 'f', 2)
                 .arg(ymin, 0, 'f', 2)
                 .arg(xmax, 0, 'f', 2)
                 .arg(ymax, 0, 'f', 2);
    return std::nullopt;
  }
  std::optional<StudyArea> area = fromRing({{xmin, ymin}, {xmax, ymin}, {xmax, ymax}, {xmin, ymax}}, error);
  if (area)
    area->mDescription = tr("rectangle %1 m × %2 m").arg(xmax - xmin, 0, 'f', 1).arg(ymax - ymin, 0, 'f', 1);
  return area;
}

std::optional<StudyArea> StudyArea::fromRing(const QList<QPointF> &vertices, QString *error)
{
  if (vertices.size() < 3)
  {
    *error = tr("The polygon has %n vertices; a shape with an area needs at least 3.", nullptr,
                static_cast<int>(vertices.size()));
    return std::nullopt;
  }
  GeosContext geos;
  const GeosContext::Geometry polygon = geos.fromWkt(polygonWkt(vertices));
  if (!polygon)
  {
    *error = tr("The polygon could not be built: %1").arg(geos.lastError());
    return std::nullopt;
  }
  return fromGeometryWkb(geos.toWkb(polygon.get()),
                         tr("polygon of %n vertices", nullptr, static_cast<int>(vertices.size())), error);
}

std::optional<StudyArea> StudyArea::fromCircle(const QPointF &centre, double radius, QString *error)
{
  if (!(radius > 0) || !std::isfinite(radius))
  {
    *error = tr("The circle has a radius of %1 m and so no area: drag out a radius.").arg(radius, 0, 'f', 2);
    return std::nullopt;
  }
  QList<QPointF> ring;
  const int sides = 4 * circleQuarterSegments;
  for (int i = 0; i < sides; ++i)
  {
    const double angle = 2 * M_PI * i / sides;
    ring.append({centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle)});
  }
  std::optional<StudyArea> area = fromRing(ring, error);
  if (area)
    area->mDescription = tr("circle of radius %1 m around (%2, %3)")
                             .arg(radius, 0, 'f', 1)
                             .arg(centre.x(), 0, 'f', 1)
                             .arg(centre.y(), 0, 'f', 1);
  return area;
}

std::optional<StudyArea> StudyArea::fromWkt(const QString &wkt, QString *error)
{
  GeosContext geos;
  const GeosContext::Geometry geometry = geos.fromWkt(wkt);
  if (!geometry)
  {
    *error = tr("The WKT could not be read (%1): %2").arg(geos.lastError(), wkt.left(80));
    return std::nullopt;
  }
  return fromGeometryWkb(geos.toWkb(geometry.get()), tr("polygon given as WKT"), error);
}

std::optional<StudyArea> StudyArea::fromAreaCode(CacheFile &cache, const QString &code, QString *error)
{
  static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
  struct Level
  {
      int length;
      QString table;
      QString noun;
  };
  const QList<Level> levels{{15, QStringLiteral("grid_cell"), tr("grid cell")},
                            {12, QStringLiteral("community"), tr("community")},
                            {9, QStringLiteral("street"), tr("street")},
                            {6, QStringLiteral("district"), tr("district")}};
  const Level *level = nullptr;
  for (const Level &candidate : levels)
  {
    if (candidate.length == code.size() && digits.match(code).hasMatch())
      level = &candidate;
  }
  if (!level)
  {
    *error =
        tr("\"%1\" is not the code of a grid cell, community, street or district (15, 12, 9 or 6 digits).")
            .arg(code);
    return std::nullopt;
  }
  const bool named = level->table != QLatin1String("grid_cell");
  SqliteStatement statement =
      cache.database().prepare(QStringLiteral("SELECT AsBinary(geom), %1 FROM \"%2\" WHERE code = ?1")
                                   .arg(named ? QStringLiteral("name") : QStringLiteral("''"), level->table));
  statement.bindText(1, code);
  if (!statement.next())
  {
    *error = statement.failed()
                 ? tr("%1: %2").arg(cache.path(), statement.errorMessage())
                 : tr("%1: there is no %2 with the code %3.").arg(cache.path(), level->noun, code);
    return std::nullopt;
  }
  const QString description = named ? QStringLiteral("%1 %2 %3").arg(level->noun, code, statement.text(1))
                                    : QStringLiteral("%1 %2").arg(level->noun, code);
  return fromGeometryWkb(statement.blob(0), description, error);
}

std::optional<StudyArea> StudyArea::fromGeometryWkb(const QByteArray &wkb, const QString &description,
                                                    QString *error)
{
  GeosContext geos;
  const GeosContext::Geometry geometry = geos.fromWkb(wkb);
  if (!geometry)
  {
    *error = tr("The shape could not be read: %1").arg(geos.lastError());
    return std::nullopt;
  }
  const int type = GEOSGeomTypeId_r(geos.handle(), geometry.get());
  if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
  {
    char *name = GEOSGeomType_r(geos.handle(), geometry.get());
    *error = tr("The shape is a %1; statistics are taken over a polygon or a multipolygon.")
                 .arg(QString::fromUtf8(name));
    GEOSFree_r(geos.handle(), name);
    return std::nullopt;
  }
  if (GEOSisEmpty_r(geos.handle(), geometry.get()) == 1)
  {
    *error = tr("The shape is empty.");
    return std::nullopt;
  }
  char *reason = nullptr;
  GEOSGeometry *location = nullptr;
  if (GEOSisValidDetail_r(geos.handle(), geometry.get(), 0, &reason, &location) != 1)
  {
    double x = 0;
    double y = 0;
    if (location)
    {
      GEOSGeomGetX_r(geos.handle(), location, &x);
      GEOSGeomGetY_r(geos.handle(), location, &y);
      GEOSGeom_destroy_r(geos.handle(), location);
    }
    const QString detail = QString::fromUtf8(reason ? reason : "");
    GEOSFree_r(geos.handle(), reason);
    // A ring folded onto itself is invalid too, but what it lacks is an area, and that is what to say.
    const GeosContext::Geometry repaired = geos.own(GEOSMakeValid_r(geos.handle(), geometry.get()));
    if (repaired && geos.area(repaired.get()) < minimumArea)
    {
      *error = noAreaMessage(geos.area(repaired.get()));
      return std::nullopt;
    }
    *error = detail.contains(QLatin1String("Self-intersection"), Qt::CaseInsensitive)
                 ? tr("The shape crosses itself near (%1, %2): draw its outline without crossings.")
                       .arg(x, 0, 'f', 2)
                       .arg(y, 0, 'f', 2)
                 : tr("The shape is not a valid polygon near (%1, %2): %3.")
                       .arg(x, 0, 'f', 2)
                       .arg(y, 0, 'f', 2)
                       .arg(detail);
    return std::nullopt;
  }
  StudyArea area;
  area.mArea = geos.area(geometry.get());
  if (!(area.mArea >= minimumArea))
  {
    *error = noAreaMessage(area.mArea);
    return std::nullopt;
  }
  area.mWkb = geos.toWkb(geometry.get());
  area.mDescription = description;
  return area;
}
