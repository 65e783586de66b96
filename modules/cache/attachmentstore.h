#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class CacheFile;

/**
 * Photos and documents attached to case events, stored content-addressed beside the cache file
 * (<cache>.attachments/ab/abcdef…, named by SHA-256): the same photo is stored once, and a file
 * whose content no longer matches its name is detected.
 */
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

  public:
    explicit AttachmentStore(CacheFile &cache);

    /**
     * Stores \a content and records it; returns its SHA-256 (hex), or nothing with \a error set.
     * The file is written completely (via a temporary file) before the row refers to it.
     */
    std::optional<QString> add(const QByteArray &content, const QString &mediaType,
                               const QString &originalName, QString *error);

    /** The content of attachment \a hash; nothing with \a error when it is missing or corrupted. */
    std::optional<QByteArray> read(const QString &hash, QString *error) const;

    /** Where attachment \a hash is stored. */
    QString filePath(const QString &hash) const;

  private:
    CacheFile &mCache;
};
