#include "analysis/oneboxstatistics.h"

#include "analysis/analysisfeedback.h"
#include "analysis/geoscontext.h"
#include "analysis/shapeclipper.h"
#include "analysis/studyarea.h"
#include "cache/cachefile.h"

std::optional<double> OneBoxFigures::parkAreaPerCapita() const
{
  const std::optional<double> people = touched.population();
  if (!people || *people <= 0)
    return std::nullopt;
  return green.parkArea / *people;
}

std::optional<double> OneBoxFigures::parkServiceCoverage() const
{
  if (green.residentialArea <= 0)
    return std::nullopt;
  return green.residentialServed / green.residentialArea;
}

OneBoxStatistics::OneBoxStatistics(CacheFile &cache, const GreenClasses &classes)
    : mCache(cache)
    , mClasses(classes)
{}

std::optional<OneBoxFigures> OneBoxStatistics::compute(const StudyArea &area, const OneBoxOptions &options,
                                                       AnalysisFeedback *feedback, QString *error)
{
  error->clear();
  GeosContext geos;
  const ShapeClipper shape(geos, area.wkb());
  if (!shape.isValid())
  {
    *error = tr("The study area could not be read: %1").arg(geos.lastError());
    return std::nullopt;
  }
  OneBoxFigures figures;
  figures.areaDescription = area.description();
  figures.area = area.area();
  figures.srid = mCache.srid();
  figures.crsName =
      mCache.database()
          .scalar(
              QStringLiteral("SELECT ref_sys_name FROM spatial_ref_sys WHERE srid = %1").arg(figures.srid))
          .toString();
  figures.cachePath = mCache.path();
  figures.computedAt = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
  figures.casesFrom = options.casesFrom;
  figures.casesTo = options.casesTo;

  const auto progress = [feedback](double percent) {
    if (feedback)
      feedback->setProgress(percent);
    return !(feedback && feedback->isCanceled());
  };

  GreenStatistics green(mCache.database(), geos, mClasses);
  std::optional<GreenFigures> greenFigures = green.compute(shape, options.keepGreenShapes, feedback, error);
  if (!greenFigures || !progress(50))
    return std::nullopt;
  figures.green = std::move(*greenFigures);

  InventoryStatistics inventory(mCache.database());
  std::optional<ComponentFigures> components = inventory.components(shape, feedback, error);
  if (!components || !progress(65))
    return std::nullopt;
  figures.components = std::move(*components);
  std::optional<CaseFigures> cases =
      inventory.cases(shape, options.casesFrom, options.casesTo, figures.computedAt, feedback, error);
  if (!cases || !progress(90))
    return std::nullopt;
  figures.cases = std::move(*cases);

  AreasTouchedFinder finder(mCache.database(), geos);
  std::optional<TouchedAreas> touched = finder.find(shape, feedback, error);
  if (!touched)
    return std::nullopt;
  figures.touched = std::move(*touched);

  if (shape.failedClips() > 0)
  {
    *error =
        tr("GEOS could not cut %n features by the study area (%1); no figures are given rather than wrong "
           "ones.",
           nullptr, shape.failedClips())
            .arg(geos.lastError());
    return std::nullopt;
  }
  progress(100);
  return figures;
}
