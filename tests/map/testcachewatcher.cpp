#include "map/cachelayers.h"
#include "map/cachewatcher.h"

#include "cache/cachefile.h"
#include "cache/featurewriter.h"

#include "../qgistestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgslayertree.h>
#include <qgsproject.h>

/**
 * CacheWatcher names the tables another connection changed when the journal accounts for the change,
 * and anything when it may not (a pull, a load with the journal suppressed); drawsFrom() tells the
 * layers that draw from them.
 */
class TestCacheWatcher : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void namesTheTablesTheJournalRecords();
    void saysAnythingAfterAPull();
    void saysAnythingAfterAnUnjournaledWrite();
    void staysQuietWithoutChanges();
    void layersDrawFromTheirTables();

  private:
    /** Writes building \a id through a connection of its own. */
    void writeBuilding(const QString &id);
    /** The tables of the next change the watcher reports. */
    static QStringList nextChange(QSignalSpy &spy);

    QTemporaryDir mDirectory;
    QString mPath;
    std::unique_ptr<CacheWatcher> mWatcher;
};

void TestCacheWatcher::initTestCase()
{
  mPath = mDirectory.filePath(QStringLiteral("city.xhc"));
  QString error;
  QVERIFY2(CacheFile::create(mPath, CacheSettings(), &error), qPrintable(error));
  mWatcher = std::make_unique<CacheWatcher>(mPath, 20);
}

void TestCacheWatcher::cleanupTestCase()
{
  mWatcher.reset();
  QgsProject::instance()->clear();
}

void TestCacheWatcher::cleanup()
{
  // What a test wrote is reported before the next one listens.
  QSignalSpy changed(mWatcher.get(), &CacheWatcher::changed);
  while (changed.wait(200))
    changed.clear();
}

void TestCacheWatcher::writeBuilding(const QString &id)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  QVERIFY2(cache, qPrintable(error));
  FeatureWriter buildings(*cache, QStringLiteral("building"), {QStringLiteral("floors")});
  SqliteStatement wkb = cache->database().prepare(
      QStringLiteral("SELECT AsBinary(GeomFromText('POLYGON((508000 3342000, 508100 3342000, 508100 3342060, "
                     "508000 3342060, 508000 3342000))'))"));
  QVERIFY(wkb.next());
  QVERIFY2(buildings.write(id, {3}, wkb.blob(0)), qPrintable(buildings.errorMessage()));
}

QStringList TestCacheWatcher::nextChange(QSignalSpy &spy)
{
  if (spy.isEmpty() && !spy.wait(5000))
    return {QStringLiteral("(no change reported)")};
  return spy.takeFirst().first().toStringList();
}

void TestCacheWatcher::namesTheTablesTheJournalRecords()
{
  QSignalSpy changed(mWatcher.get(), &CacheWatcher::changed);
  writeBuilding(QStringLiteral("b1"));
  QCOMPARE(nextChange(changed), QStringList{QStringLiteral("building")});
}

void TestCacheWatcher::saysAnythingAfterAPull()
{
  QSignalSpy changed(mWatcher.get(), &CacheWatcher::changed);
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  QVERIFY2(cache, qPrintable(error));
  // A pull: the watermark moves, and with it rows the journal never sees; a local write beside it.
  QVERIFY(cache->database().execute(QStringLiteral("BEGIN"), &error));
  QVERIFY(cache->database().execute(
      QStringLiteral("INSERT OR REPLACE INTO sync_state (store, watermark, last_pull_at) VALUES "
                     "('central', 42, '2026-11-30T08:00:00Z')"),
      &error));
  QVERIFY(cache->database().execute(QStringLiteral("COMMIT"), &error));
  cache.reset();
  writeBuilding(QStringLiteral("b2"));
  QStringList tables = nextChange(changed);
  // The pull and the write may come as one change or as two; neither names tables only.
  QCOMPARE(tables, QStringList());
}

void TestCacheWatcher::saysAnythingAfterAnUnjournaledWrite()
{
  QSignalSpy changed(mWatcher.get(), &CacheWatcher::changed);
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  QVERIFY2(cache, qPrintable(error));
  QVERIFY2(cache->setJournalSuppressed(true, &error), qPrintable(error));
  QVERIFY(cache->database().execute(QStringLiteral("UPDATE building SET floors = 7"), &error));
  QVERIFY2(cache->setJournalSuppressed(false, &error), qPrintable(error));
  QCOMPARE(nextChange(changed), QStringList());
}

void TestCacheWatcher::staysQuietWithoutChanges()
{
  QSignalSpy changed(mWatcher.get(), &CacheWatcher::changed);
  QVERIFY(!changed.wait(300));
}

void TestCacheWatcher::layersDrawFromTheirTables()
{
  QString error;
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), mPath, &error), qPrintable(error));
  const auto layerOf = [](const QString &table) -> QgsMapLayer * {
    for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
    {
      if (layer->customProperty(QStringLiteral("xiuhua/table")).toString() == table)
        return layer;
    }
    return nullptr;
  };
  QgsMapLayer *buildings = layerOf(QStringLiteral("building"));
  QgsMapLayer *cases = layerOf(QStringLiteral("cases"));
  QgsMapLayer *heatmap = layerOf(QStringLiteral("cases/heatmap"));
  QVERIFY(buildings && cases && heatmap);
  const QStringList caseChange{QStringLiteral("cases"), QStringLiteral("case_event")};
  QVERIFY(CacheWatcher::drawsFrom(cases, caseChange));
  QVERIFY(CacheWatcher::drawsFrom(heatmap, caseChange));
  QVERIFY(!CacheWatcher::drawsFrom(buildings, caseChange));
  QVERIFY(CacheWatcher::drawsFrom(buildings, {QStringLiteral("building")}));
  QVERIFY(!CacheWatcher::drawsFrom(cases, {QStringLiteral("building")}));
  // Anything: every layer.
  QVERIFY(CacheWatcher::drawsFrom(buildings, {}));
  QVERIFY(CacheWatcher::drawsFrom(cases, {}));
}

XIUHUA_QGIS_TEST_MAIN(TestCacheWatcher, false)
#include "testcachewatcher.moc"
