#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class CacheFile;

/**
 * Notices when another connection — an import, a sync, a colleague's workstation writing through
 * the central store's pull, a case reported in another window — commits to a cache file, so that
 * the map redraws its layers without reopening them. Asks SQLite's data_version, which changes
 * exactly then, on a connection of its own; a few microseconds per check.
 */
class CacheWatcher : public QObject
{
    Q_OBJECT

  public:
    /** Watches the cache at \a path, checking every \a intervalMs milliseconds. */
    explicit CacheWatcher(const QString &path, int intervalMs = 1000, QObject *parent = nullptr);
    ~CacheWatcher() override;

    QString path() const { return mPath; }

  signals:
    /** Another connection committed a change to the cache. */
    void changed();

  private:
    void check();

    QString mPath;
    std::unique_ptr<CacheFile> mCache;
    qint64 mVersion = -1;
    QTimer mTimer;
};
