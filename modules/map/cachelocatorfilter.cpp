#include "map/cachelocatorfilter.h"

#include "cache/cachefile.h"

#include <QRegularExpression>

#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>

namespace
{
  /** One kind of thing the search finds: where, by which column, and how it is named in results. */
  struct Kind
  {
      const char *group;
      const char *table;
      const char *matchColumn;
      const char *labelSql; //!< SQL giving the text shown
      bool prefixOnly;      //!< codes and numbers match from their start; names anywhere
  };

  const Kind kinds[] = {
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Cases"), "cases", "number",
       "number || '  ' || coalesce(address, '')", true},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Components"), "component", "id", "id || '  ' || name", true},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Grid cells"), "grid_cell", "code", "code", true},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Roads"), "road", "name", "name", false},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Communities"), "community", "name", "name || '  ' || code",
       false},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Streets"), "street", "name", "name || '  ' || code", false},
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Parks and green space"), "green_space", "name", "name",
       false},
      // A department is shown where it works: a street office its street, the others the district.
      {QT_TRANSLATE_NOOP("CacheLocatorFilter", "Departments"),
       "(SELECT d.name AS name, coalesce(s.geom, (SELECT geom FROM district LIMIT 1)) AS geom FROM "
       "department d "
       "LEFT JOIN street s ON s.code = d.street_code)",
       "name", "name", false},
  };

  QString escapedForLike(const QString &text)
  {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
  }
} // namespace

CacheLocatorFilter::CacheLocatorFilter(const QString &cachePath, QgsMapCanvas *canvas, QObject *parent)
    : QgsLocatorFilter(parent)
    , mCachePath(cachePath)
    , mCanvas(canvas)
{}

CacheLocatorFilter *CacheLocatorFilter::clone() const
{
  return new CacheLocatorFilter(mCachePath, mCanvas);
}

QString CacheLocatorFilter::displayName() const
{
  return tr("Cases, components, grid cells and places");
}

void CacheLocatorFilter::fetchResults(const QString &string, const QgsLocatorContext &, QgsFeedback *feedback)
{
  const QString text = string.trimmed();
  if (text.isEmpty())
    return;
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &error);
  if (!cache)
    return;
  for (const Kind &kind : kinds)
  {
    if (feedback->isCanceled())
      return;
    // Codes and numbers are matched from their start with GLOB, which their index answers (a
    // million case numbers); names anywhere with LIKE. The bounding box travels with the result.
    static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z-]+$"));
    if (kind.prefixOnly && !code.match(text).hasMatch())
      continue;
    const QString match =
        kind.prefixOnly ? QStringLiteral("%1 GLOB ?1").arg(QString::fromLatin1(kind.matchColumn))
                        : QStringLiteral("%1 LIKE ?1 ESCAPE '\\'").arg(QString::fromLatin1(kind.matchColumn));
    SqliteStatement search = cache->database().prepare(
        QStringLiteral("SELECT %1, MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM %2 "
                       "WHERE %3 AND geom IS NOT NULL ORDER BY %4 LIMIT %5")
            .arg(QString::fromLatin1(kind.labelSql), QString::fromLatin1(kind.table), match,
                 // In index order for codes (no sort of a million matches), shortest first for names.
                 kind.prefixOnly
                     ? QString::fromLatin1(kind.matchColumn)
                     : QStringLiteral("length(%1), %1").arg(QString::fromLatin1(kind.matchColumn)))
            .arg(resultsPerKind));
    search.bindText(1, kind.prefixOnly ? text + QLatin1Char('*')
                                       : QLatin1Char('%') + escapedForLike(text) + QLatin1Char('%'));
    while (search.next())
    {
      QgsLocatorResult result(this, search.text(0));
      result.group = QCoreApplication::translate("CacheLocatorFilter", kind.group);
      result.userData =
          QVariantList{search.real(1), search.real(2), search.real(3), search.real(4), cache->srid()};
      result.score = search.text(0).startsWith(text) ? 1.0 : 0.5;
      emit resultFetched(result);
    }
  }
}

void CacheLocatorFilter::triggerResult(const QgsLocatorResult &result)
{
  const QVariantList box = result.userData.toList();
  if (box.size() != 5 || !mCanvas)
    return;
  QgsRectangle bounds(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble());
  // The cache's CRS may not be the map's (a file in another zone opened first).
  const QgsCoordinateReferenceSystem cacheCrs(QStringLiteral("EPSG:%1").arg(box.at(4).toInt()));
  const QgsCoordinateReferenceSystem mapCrs = mCanvas->mapSettings().destinationCrs();
  if (cacheCrs.isValid() && mapCrs.isValid() && cacheCrs != mapCrs)
  {
    try
    {
      bounds = QgsCoordinateTransform(cacheCrs, mapCrs, mCanvas->mapSettings().transformContext())
                   .transformBoundingBox(bounds);
    }
    catch (const QgsCsException &)
    {
      return;
    }
  }
  // A point or a small thing is shown at street level (1:1000), a road or a community whole.
  QgsRectangle extent = bounds;
  const double minimumSize = 200;
  if (extent.width() < minimumSize && extent.height() < minimumSize)
  {
    const QgsPointXY centre = extent.center();
    extent = QgsRectangle(centre.x() - minimumSize / 2, centre.y() - minimumSize / 2,
                          centre.x() + minimumSize / 2, centre.y() + minimumSize / 2);
  }
  else
    extent.scale(1.2);
  mCanvas->setExtent(extent);
  mCanvas->refresh();
  const QgsGeometry shape = bounds.width() > 0 || bounds.height() > 0
                                ? QgsGeometry::fromRect(bounds)
                                : QgsGeometry::fromPointXY(bounds.center());
  mCanvas->flashGeometries({shape}, mCanvas->mapSettings().destinationCrs());
}
