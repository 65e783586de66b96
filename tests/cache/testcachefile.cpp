#include "cache/cachefile.h"
#include "cache/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** Tests creating, recognising, refusing and migrating cache files. */
class TestCacheFile : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void createsAndReopens();
    void refusesExistingFile();
    void refusesGeographicCrs();
    void refusesUnknownCatalogue();
    void refusesFilesThatAreNotCaches();
    void refusesNewerSchema();
    void migratesOlderSchema();
    void failedMigrationLeavesFileUnchanged();

  private:
    QString path(const QString &name) const { return mDirectory->filePath(name); }
    std::unique_ptr<QTemporaryDir> mDirectory;
};

void TestCacheFile::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QVERIFY(mDirectory->isValid());
}

void TestCacheFile::createsAndReopens()
{
  QString error;
  CacheSettings settings;
  settings.srid = 4547;
  settings.cityName = QStringLiteral("武汉");
  {
    std::unique_ptr<CacheFile> cache = CacheFile::create(path(QStringLiteral("city.xhc")), settings, &error);
    QVERIFY2(cache, qPrintable(error));
  }
  std::unique_ptr<CacheFile> cache = CacheFile::open(path(QStringLiteral("city.xhc")), &error);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), CacheFile::currentSchemaVersion());
  QCOMPARE(cache->srid(), 4547);
  QCOMPARE(cache->catalogue(), QStringLiteral("gb47678_5_2026"));
  QCOMPARE(cache->metadata(QStringLiteral("city_name")), QStringLiteral("武汉"));
  SqliteDatabase &database = cache->database();
  QCOMPARE(database.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
  QCOMPARE(database.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
  int geometryColumns = 0;
  for (const schema::Table &table : schema::tables())
    geometryColumns += table.geometries.size();
  QVERIFY(geometryColumns >= 15);
  QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM geometry_columns WHERE srid = 4547")).toInt(),
           geometryColumns);
  QCOMPARE(
      database.scalar(QStringLiteral("SELECT count(*) FROM geometry_columns WHERE spatial_index_enabled = 1"))
          .toInt(),
      geometryColumns);
  QCOMPARE(database.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestCacheFile::refusesExistingFile()
{
  QFile existing(path(QStringLiteral("taken.xhc")));
  QVERIFY(existing.open(QIODevice::WriteOnly));
  existing.write("keep me");
  existing.close();
  QString error;
  QVERIFY(!CacheFile::create(existing.fileName(), CacheSettings(), &error));
  QVERIFY(error.contains(existing.fileName()));
  QVERIFY(existing.open(QIODevice::ReadOnly));
  QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void TestCacheFile::refusesGeographicCrs()
{
  CacheSettings settings;
  settings.srid = 4326;
  QString error;
  const QString file = path(QStringLiteral("wgs84.xhc"));
  QVERIFY(!CacheFile::create(file, settings, &error));
  QVERIFY2(error.contains(QStringLiteral("EPSG:4326")), qPrintable(error));
  QVERIFY(!QFile::exists(file));
  QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestCacheFile::refusesUnknownCatalogue()
{
  CacheSettings settings;
  settings.catalogue = QStringLiteral("gb99999");
  QString error;
  QVERIFY(!CacheFile::create(path(QStringLiteral("c.xhc")), settings, &error));
  QVERIFY(error.contains(QStringLiteral("gb99999")));
}

void TestCacheFile::refusesFilesThatAreNotCaches()
{
  QString error;
  QVERIFY(!CacheFile::open(path(QStringLiteral("missing.xhc")), &error));
  QVERIFY(error.contains(QStringLiteral("missing.xhc")));

  const QString text = path(QStringLiteral("notes.xhc"));
  QFile file(text);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(8192, 'x'));
  file.close();
  QVERIFY(!CacheFile::open(text, &error));
  QVERIFY2(error.contains(QStringLiteral("not a Xiuhua cache")), qPrintable(error));

  const QString other = path(QStringLiteral("other.sqlite"));
  {
    SqliteDatabase database;
    QVERIFY(database.open(other, SqliteDatabase::OpenMode::ReadWriteCreate, &error));
    QVERIFY(database.execute(QStringLiteral("CREATE TABLE t (x)"), &error));
  }
  QVERIFY(!CacheFile::open(other, &error));
  QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
}

void TestCacheFile::refusesNewerSchema()
{
  QString error;
  const QString file = path(QStringLiteral("future.xhc"));
  {
    std::unique_ptr<CacheFile> cache = CacheFile::create(file, CacheSettings(), &error);
    QVERIFY(cache);
    QVERIFY(cache->database().execute(QStringLiteral("PRAGMA user_version = 99"), &error));
  }
  QVERIFY(!CacheFile::open(file, &error));
  QVERIFY2(error.contains(QStringLiteral("99")) && error.contains(QStringLiteral("newer")),
           qPrintable(error));
}

void TestCacheFile::migratesOlderSchema()
{
  QString error;
  const QString file = path(QStringLiteral("old.xhc"));
  QVERIFY(CacheFile::create(file, CacheSettings(), &error));
  const QList<Migration> migrations{
      {2, QStringLiteral("add inspection notes"), [](SqliteDatabase &database, QString *e) {
         return database.execute(QStringLiteral("CREATE TABLE inspection (note TEXT)"), e);
       }}};
  std::unique_ptr<CacheFile> cache = CacheFile::open(file, &error, migrations);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), 2);
  QCOMPARE(cache->metadata(QStringLiteral("schema_version")), QStringLiteral("2"));
  QCOMPARE(cache->database()
               .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'inspection'"))
               .toInt(),
           1);
}

void TestCacheFile::failedMigrationLeavesFileUnchanged()
{
  QString error;
  const QString file = path(QStringLiteral("old.xhc"));
  QVERIFY(CacheFile::create(file, CacheSettings(), &error));
  const QList<Migration> migrations{
      {2, QStringLiteral("add inspection notes"),
       [](SqliteDatabase &database, QString *e) {
         return database.execute(QStringLiteral("CREATE TABLE inspection (note TEXT)"), e);
       }},
      {3, QStringLiteral("broken"), [](SqliteDatabase &database, QString *e) {
         return database.execute(QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x"), e);
       }}};
  QVERIFY(!CacheFile::open(file, &error, migrations));
  QVERIFY2(error.contains(QStringLiteral("version 3")) && error.contains(QStringLiteral("unchanged")),
           qPrintable(error));

  std::unique_ptr<CacheFile> cache = CacheFile::open(file, &error);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), 1);
  QCOMPARE(cache->database()
               .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'inspection'"))
               .toInt(),
           0);
}

QTEST_GUILESS_MAIN(TestCacheFile)
#include "testcachefile.moc"
