#include "map/cachewatcher.h"

#include "cache/cachefile.h"

#include <QRegularExpression>

#include <qgsdatasourceuri.h>
#include <qgsmaplayer.h>

CacheWatcher::CacheWatcher(const QString &path, int intervalMs, QObject *parent)
    : QObject(parent)
    , mPath(path)
{
  QString error;
  mCache = CacheFile::open(path, &error);
  if (!mCache)
    return;
  mVersion = mCache->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
  mJournal = lastJournalEntry();
  mSyncMark = syncMark();
  connect(&mTimer, &QTimer::timeout, this, &CacheWatcher::check);
  mTimer.start(intervalMs);
}

CacheWatcher::~CacheWatcher() = default;

bool CacheWatcher::drawsFrom(const QgsMapLayer *layer, const QStringList &tables)
{
  if (tables.isEmpty())
    return true;
  // open_case is kept by triggers on cases, in the same transaction.
  QStringList changed = tables;
  if (changed.contains(QLatin1String("cases")))
    changed.append(QStringLiteral("open_case"));
  const QString table = QgsDataSourceUri(layer->source()).table();
  if (changed.contains(table))
    return true;
  // A layer over a query (the open cases counted by community) draws from the tables it names.
  for (const QString &name : std::as_const(changed))
  {
    if (table.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)))))
      return true;
  }
  return false;
}

qint64 CacheWatcher::lastJournalEntry() const
{
  return mCache->database().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM journal")).toLongLong();
}

QString CacheWatcher::syncMark() const
{
  return mCache->database()
      .scalar(QStringLiteral(
          "SELECT group_concat(store || ':' || watermark || ':' || coalesce(last_pull_at, ''), "
          "';') FROM (SELECT * FROM sync_state ORDER BY store)"))
      .toString();
}

void CacheWatcher::check()
{
  const qint64 version = mCache->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
  if (version == mVersion)
    return;
  mVersion = version;
  const qint64 journal = lastJournalEntry();
  const QString sync = syncMark();
  // Named only when the journal accounts for the change: new entries, and no pull since (a pull
  // writes without journaling). Otherwise the change may be anywhere.
  QStringList tables;
  if (journal > mJournal && sync == mSyncMark)
  {
    SqliteStatement changedTables =
        mCache->database().prepare(QStringLiteral("SELECT DISTINCT table_name FROM journal WHERE id > ?1"));
    changedTables.bindInt64(1, mJournal);
    while (changedTables.next())
      tables.append(changedTables.text(0));
  }
  mJournal = journal;
  mSyncMark = sync;
  emit changed(tables);
}
