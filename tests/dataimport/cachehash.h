#pragma once

#include "cache/cachefile.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>

/**
 * The SHA-256 of the cache file at \a path, taken with \a cache closed so that nothing is held in
 * the WAL: the file alone is the cache. \a cache is opened again afterwards. Tests compare it
 * before and after a failed write, which must leave the file byte for byte as it was.
 */
inline QByteArray closedCacheHash(std::unique_ptr<CacheFile> &cache, const QString &path)
{
  cache.reset();
  QFile file(path);
  const bool opened = file.open(QIODevice::ReadOnly);
  const QByteArray hash =
      opened ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
  QString error;
  cache = CacheFile::open(path, &error);
  return hash;
}
