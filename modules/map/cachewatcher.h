#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class CacheFile;
class QgsMapLayer;

/**
 * Notices when another connection — an import, a sync, a colleague's workstation writing through
 * the central store's pull, a case reported in another window — commits to a cache file, so that
 * the map redraws its layers without reopening them. Asks SQLite's data_version, which changes
 * exactly then, on a connection of its own; a few microseconds per check. The journal tells which
 * tables changed, so that a reported case redraws the cases and leaves the basemap's tiles alone.
 */
class CacheWatcher : public QObject
{
    Q_OBJECT

  public:
    /** Watches the cache at \a path, checking every \a intervalMs milliseconds. */
    explicit CacheWatcher(const QString &path, int intervalMs = 1000, QObject *parent = nullptr);
    ~CacheWatcher() override;

    QString path() const { return mPath; }

    /**
     * Whether \a layer, a layer over the cache, draws from any of \a tables (as changed() names them);
     * every layer does when \a tables is empty.
     */
    static bool drawsFrom(const QgsMapLayer *layer, const QStringList &tables);

  signals:
    /**
     * Another connection committed a change to the cache: to \a tables, as its journal names them; or,
     * when \a tables is empty, to anything — a change the journal does not record (a pull from the
     * central store, a load with the journal suppressed) may be among it.
     */
    void changed(const QStringList &tables);

  private:
    void check();
    /** The last journal entry's number. */
    qint64 lastJournalEntry() const;
    /** Where the pulls from the central stores stand: it moves with every pull. */
    QString syncMark() const;

    QString mPath;
    std::unique_ptr<CacheFile> mCache;
    qint64 mVersion = -1;
    qint64 mJournal = 0;
    QString mSyncMark;
    QTimer mTimer;
};
