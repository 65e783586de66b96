#include "cache/attachmentstore.h"

#include "cache/cachefile.h"
#include "cache/storedtime.h"
#include "cache/upsertstatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

AttachmentStore::AttachmentStore(CacheFile &cache)
    : mCache(cache)
{}

QString AttachmentStore::filePath(const QString &hash) const
{
  return mCache.attachmentDirectory() + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash;
}

std::optional<QString> AttachmentStore::add(const QByteArray &content, const QString &mediaType,
                                            const QString &originalName, QString *error)
{
  const QString hash =
      QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
  const QString path = filePath(hash);
  if (!QFileInfo::exists(path))
  {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
    {
      *error = tr("Cannot create the attachment folder %1.").arg(QFileInfo(path).absolutePath());
      return std::nullopt;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
    {
      *error = tr("Cannot store the attachment %1: %2").arg(originalName, file.errorString());
      return std::nullopt;
    }
  }
  UpsertStatement upsert(mCache, QStringLiteral("attachment"),
                         {QStringLiteral("hash"), QStringLiteral("media_type"), QStringLiteral("size"),
                          QStringLiteral("original_name"), QStringLiteral("created_at")});
  // An attachment that is already known keeps its first record.
  SqliteStatement known =
      mCache.database().prepare(QStringLiteral("SELECT 1 FROM attachment WHERE hash = ?"));
  known.bindText(1, hash);
  if (!known.next() && !upsert.write({hash, mediaType, static_cast<qint64>(content.size()), originalName,
                                      storedtime::text(QDateTime::currentDateTimeUtc())}))
  {
    *error = tr("Cannot record the attachment %1: %2").arg(originalName, upsert.errorMessage());
    return std::nullopt;
  }
  return hash;
}

std::optional<QByteArray> AttachmentStore::read(const QString &hash, QString *error) const
{
  QFile file(filePath(hash));
  if (!file.open(QIODevice::ReadOnly))
  {
    *error = tr("Attachment %1 is missing from %2.").arg(hash, mCache.attachmentDirectory());
    return std::nullopt;
  }
  const QByteArray content = file.readAll();
  if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != hash)
  {
    *error = tr("Attachment %1 is corrupted: its content no longer matches its checksum.").arg(hash);
    return std::nullopt;
  }
  return content;
}
