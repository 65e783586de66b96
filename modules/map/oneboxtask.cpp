#include "map/oneboxtask.h"

#include "cache/cachefile.h"
#include "runtime/referencedata.h"

OneBoxTask::OneBoxTask(const QString &cachePath, const StudyArea &area)
    : QgsTask(tr("One-box statistics of the %1").arg(area.description()), QgsTask::CanCancel)
    , mCachePath(cachePath)
    , mArea(area)
{
  mFeedback.setProgressHandler([this](double percent) { setProgress(percent); });
}

void OneBoxTask::cancel()
{
  mFeedback.cancel();
  QgsTask::cancel();
}

bool OneBoxTask::run()
{
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &mError);
  if (!cache)
    return false;
  const std::optional<GreenClasses> classes = ReferenceData().greenClasses(&mError);
  if (!classes)
    return false;
  OneBoxOptions options;
  options.keepGreenShapes = true;
  OneBoxStatistics statistics(*cache, *classes);
  mFigures = statistics.compute(mArea, options, &mFeedback, &mError);
  return mFigures.has_value();
}
