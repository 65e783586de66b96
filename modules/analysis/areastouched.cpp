#include "analysis/areastouched.h"

#include "analysis/analysisfeedback.h"
#include "analysis/shapeclipper.h"
#include "cache/sqlitedatabase.h"

#include <algorithm>

std::optional<double> TouchedAreas::population() const
{
  std::optional<double> total;
  for (const TouchedArea &community : communities)
  {
    if (community.population && community.area > 0)
      total = total.value_or(0) +
              static_cast<double>(*community.population) * community.areaInside / community.area;
  }
  return total;
}

AreasTouchedFinder::AreasTouchedFinder(SqliteDatabase &database, const GeosContext &geos)
    : mDatabase(database)
    , mGeos(geos)
{}

std::optional<TouchedAreas> AreasTouchedFinder::find(const ShapeClipper &shape,
                                                     const AnalysisFeedback *feedback, QString *error)
{
  TouchedAreas areas;
  if (!findIn(QStringLiteral("grid_cell"), QStringLiteral("'', NULL"), shape, areas.gridCells, feedback,
              error) ||
      !findIn(QStringLiteral("community"), QStringLiteral("t.name, t.population"), shape, areas.communities,
              feedback, error) ||
      !findIn(QStringLiteral("street"), QStringLiteral("t.name, NULL"), shape, areas.streets, feedback,
              error))
    return std::nullopt;
  return areas;
}

bool AreasTouchedFinder::findIn(const QString &table, const QString &extraColumns, const ShapeClipper &shape,
                                std::vector<TouchedArea> &found, const AnalysisFeedback *feedback,
                                QString *error)
{
  SqliteStatement rows = mDatabase.prepare(
      indexedRowsSql(table, QStringLiteral("t.code, %1, AsBinary(t.geom)").arg(extraColumns)));
  bindEnvelope(rows, shape.envelope());
  while (rows.next())
  {
    if (feedback && feedback->isCanceled())
      return false;
    const GeosContext::Geometry outline = mGeos.fromWkb(rows.blob(3));
    if (!outline)
      continue;
    const ShapeClipper::Overlap overlap = shape.overlap(outline.get());
    if (overlap == ShapeClipper::Overlap::Outside)
      continue;
    TouchedArea area;
    area.code = rows.text(0);
    area.name = rows.text(1);
    area.whole = overlap == ShapeClipper::Overlap::Inside;
    area.area = mGeos.area(outline.get());
    if (area.whole)
    {
      area.areaInside = area.area;
    }
    else
    {
      const GeosContext::Geometry inside = shape.clip(outline.get());
      if (!inside)
      {
        *error = tr("%1 %2 could not be cut by the study area: %3").arg(table, area.code, mGeos.lastError());
        return false;
      }
      area.areaInside = mGeos.area(inside.get());
    }
    if (!rows.isNull(2))
      area.population = rows.int64(2);
    found.push_back(area);
  }
  if (rows.failed())
  {
    *error = tr("%1: %2 could not be read: %3").arg(mDatabase.path(), table, rows.errorMessage());
    return false;
  }
  std::sort(found.begin(), found.end(),
            [](const TouchedArea &a, const TouchedArea &b) { return a.code < b.code; });
  return true;
}
