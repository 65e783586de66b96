#include "map/tilecache.h"

#include <QHash>
#include <QMutexLocker>
#include <QPair>

uint qHash(const TileCache::Key &key, uint seed)
{
  return qHash(qMakePair(key.column, key.row), qHash(key.level, seed));
}

TileCache::TileCache(int megabytes)
    : mTiles(megabytes * 1024)
{}

QImage TileCache::tile(const Key &key) const
{
  QMutexLocker lock(&mMutex);
  const QImage *image = mTiles.object(key);
  return image ? *image : QImage();
}

void TileCache::insert(const Key &key, const QImage &image)
{
  QMutexLocker lock(&mMutex);
  // The cost is in kilobytes.
  mTiles.insert(key, new QImage(image), std::max<int>(1, static_cast<int>(image.sizeInBytes() / 1024)));
}

void TileCache::removeLevels(const QString &prefix)
{
  QMutexLocker lock(&mMutex);
  const QList<Key> keys = mTiles.keys();
  for (const Key &key : keys)
  {
    if (key.level.startsWith(prefix))
      mTiles.remove(key);
  }
}

int TileCache::size() const
{
  QMutexLocker lock(&mMutex);
  return mTiles.size();
}
