#include "map/cacheimporttask.h"

#include "cache/cachefile.h"
#include "dataimport/importmapping.h"
#include "domain/catalogue.h"
#include "runtime/referencedata.h"

CacheImportTask::CacheImportTask(const Request &request)
    : QgsTask(tr("Importing %1").arg(request.source), QgsTask::CanCancel)
    , mRequest(request)
{}

bool CacheImportTask::run()
{
  const std::optional<ImportMapping> mapping = ImportMapping::load(mRequest.mappingPath, &mError);
  if (!mapping)
    return false;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mRequest.cachePath, &mError);
  if (!cache)
    return false;
  const std::optional<Catalogue> catalogue = ReferenceData().catalogue(cache->catalogue(), &mError);
  if (!catalogue)
    return false;
  CityImporter importer(*cache, *mapping, &*catalogue);
  importer.setSourceCrs(mRequest.sourceCrs);
  importer.setOpenOptions(mRequest.openOptions);
  importer.setProgress([this](qint64 done, qint64 total) {
    if (total > 0)
      setProgress(100.0 * static_cast<double>(done) / static_cast<double>(total));
    return !isCanceled();
  });
  const bool imported = importer.run(mRequest.source, &mError);
  mReport = importer.report();
  return imported;
}

GridBuildTask::GridBuildTask(const QString &cachePath, const GridBuildOptions &options)
    : QgsTask(tr("Drawing the unit grid"), QgsTask::CanCancel)
    , mCachePath(cachePath)
    , mOptions(options)
{}

bool GridBuildTask::run()
{
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &mError);
  if (!cache)
    return false;
  GridBuilder builder(*cache, mOptions);
  builder.setProgress([this](const QString &, int percent) {
    setProgress(percent);
    return !isCanceled();
  });
  const bool built = builder.run(&mError);
  mReport = builder.report();
  return built;
}
