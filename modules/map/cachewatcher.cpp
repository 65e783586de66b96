#include "map/cachewatcher.h"

#include "cache/cachefile.h"

CacheWatcher::CacheWatcher(const QString &path, int intervalMs, QObject *parent)
    : QObject(parent)
    , mPath(path)
{
  QString error;
  mCache = CacheFile::open(path, &error);
  if (!mCache)
    return;
  mVersion = mCache->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
  connect(&mTimer, &QTimer::timeout, this, &CacheWatcher::check);
  mTimer.start(intervalMs);
}

CacheWatcher::~CacheWatcher() = default;

void CacheWatcher::check()
{
  const qint64 version = mCache->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
  if (version == mVersion)
    return;
  mVersion = version;
  emit changed();
}
