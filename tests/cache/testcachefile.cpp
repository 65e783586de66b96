#include "cache/cachefile.h"
#include "cache/migrations.h"
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
    void keepsOpenCasesForTheMap();

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
  const int next = CacheFile::currentSchemaVersion() + 1;
  const QList<Migration> migrations =
      migrations::all() +
      QList<Migration>{
          {next, QStringLiteral("add inspection notes"), [](SqliteDatabase &database, QString *e) {
             return database.execute(QStringLiteral("CREATE TABLE inspection (note TEXT)"), e);
           }}};
  std::unique_ptr<CacheFile> cache = CacheFile::open(file, &error, migrations);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), next);
  QCOMPARE(cache->metadata(QStringLiteral("schema_version")), QString::number(next));
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
  const int next = CacheFile::currentSchemaVersion() + 1;
  const QList<Migration> migrations =
      migrations::all() +
      QList<Migration>{{next, QStringLiteral("add inspection notes"),
                        [](SqliteDatabase &database, QString *e) {
                          return database.execute(QStringLiteral("CREATE TABLE inspection (note TEXT)"), e);
                        }},
                       {next + 1, QStringLiteral("broken"), [](SqliteDatabase &database, QString *e) {
                          return database.execute(QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x"),
                                                  e);
                        }}};
  QVERIFY(!CacheFile::open(file, &error, migrations));
  QVERIFY2(error.contains(QStringLiteral("version %1").arg(next + 1)) &&
               error.contains(QStringLiteral("unchanged")),
           qPrintable(error));

  std::unique_ptr<CacheFile> cache = CacheFile::open(file, &error);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), CacheFile::currentSchemaVersion());
  QCOMPARE(cache->database()
               .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'inspection'"))
               .toInt(),
           0);
}

void TestCacheFile::keepsOpenCasesForTheMap()
{
  QString error;
  const QString file = path(QStringLiteral("cases.xhc"));
  std::unique_ptr<CacheFile> cache = CacheFile::create(file, CacheSettings(), &error);
  QVERIFY2(cache, qPrintable(error));
  SqliteDatabase &database = cache->database();
  auto openCases = [&database] {
    return database
        .scalar(QStringLiteral("SELECT group_concat(id || ':' || state, ' ') FROM (SELECT * FROM "
                               "open_case ORDER BY id)"))
        .toString();
  };
  QVERIFY2(database.execute(
               QStringLiteral(
                   "INSERT INTO cases (id, source, class_kind, type_code, state, reported_at, geom) VALUES "
                   "('a', 'supervisor', 'matter', '06010', 'reported', '2026-11-30T01:00:00Z', "
                   "MakePoint(500100, 3400100, 4549)), "
                   "('b', 'supervisor', 'matter', '06010', 'closed', '2026-11-30T02:00:00Z', NULL)"),
               &error),
           qPrintable(error));
  QCOMPARE(openCases(), QStringLiteral("a:reported"));
  QVERIFY(database.execute(QStringLiteral("UPDATE cases SET state = 'dispatched' WHERE id = 'a'"), &error));
  QCOMPARE(openCases(), QStringLiteral("a:dispatched"));
  QVERIFY(
      database.execute(QStringLiteral("UPDATE cases SET state = 'pending_check' WHERE id = 'b'"), &error));
  QCOMPARE(openCases(), QStringLiteral("a:dispatched b:pending_check"));
  QVERIFY(database.execute(QStringLiteral("UPDATE cases SET state = 'closed' WHERE id = 'a'"), &error));
  QCOMPARE(openCases(), QStringLiteral("b:pending_check"));
  QVERIFY(database.execute(QStringLiteral("DELETE FROM cases WHERE id = 'b'"), &error));
  QCOMPARE(openCases(), QString());
  // Located by its own spatial index, not journaled (it is derived).
  QVERIFY(database.execute(QStringLiteral("UPDATE cases SET state = 'returned' WHERE id = 'a'"), &error));
  QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM idx_open_case_geom")).toInt(), 1);
  QCOMPARE(
      database.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'open_case'")).toInt(),
      0);

  // A cache of schema version 1 gets the table, its triggers and its rows.
  QVERIFY(database.execute(
      QStringLiteral("DROP TRIGGER open_case_insert; DROP TRIGGER open_case_update; "
                     "DROP TRIGGER open_case_delete; SELECT DisableSpatialIndex('open_case', "
                     "'geom'); DROP TABLE idx_open_case_geom; SELECT "
                     "DiscardGeometryColumn('open_case', 'geom'); DROP TABLE open_case; "
                     "DROP TRIGGER journal_community_insert; DROP TRIGGER journal_community_update; "
                     "DROP TRIGGER journal_community_delete; ALTER TABLE community DROP COLUMN population; "
                     "PRAGMA user_version = 1"),
      &error));
  cache.reset();
  cache = CacheFile::open(file, &error);
  QVERIFY2(cache, qPrintable(error));
  QCOMPARE(cache->schemaVersion(), 3);
  QCOMPARE(cache->database().scalar(QStringLiteral("SELECT id || ':' || state FROM open_case")).toString(),
           QStringLiteral("a:returned"));
  // Version 3 adds the communities' population, and the journal records changes to it.
  QVERIFY2(cache->database().execute(
               QStringLiteral(
                   "INSERT INTO district (code, name, geom) VALUES ('330199', 'd', "
                   "CastToMultiPolygon(BuildMbr(500000, 3400000, 500100, 3400100, 4549))); "
                   "INSERT INTO street (code, district_code, name, geom) VALUES ('330199001', '330199', 's', "
                   "CastToMultiPolygon(BuildMbr(500000, 3400000, 500100, 3400100, 4549))); "
                   "INSERT INTO community (code, street_code, name, geom) VALUES ('330199001001', "
                   "'330199001', 'c', CastToMultiPolygon(BuildMbr(500000, 3400000, 500100, 3400100, 4549))); "
                   "UPDATE community SET population = 4200"),
               &error),
           qPrintable(error));
  QCOMPARE(cache->database()
               .scalar(QStringLiteral("SELECT changed_columns FROM journal WHERE table_name = 'community' "
                                      "AND operation = 'update'"))
               .toString(),
           QStringLiteral("population"));
  QVERIFY(
      cache->database().execute(QStringLiteral("UPDATE cases SET state = 'closed' WHERE id = 'a'"), &error));
  QCOMPARE(cache->database().scalar(QStringLiteral("SELECT count(*) FROM open_case")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCacheFile)
#include "testcachefile.moc"
