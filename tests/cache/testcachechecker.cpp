#include "cache/cachechecker.h"
#include "cache/cachefile.h"
#include "cache/caserepository.h"
#include "runtime/referencedata.h"

#include <QTemporaryDir>
#include <QTest>

/** Tests that `cache check` finds each kind of damage, and nothing in a sound cache. */
class TestCacheChecker : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void soundCacheHasNoProblems();
    void findsDamage_data();
    void findsDamage();

  private:
    bool exec(const QString &sql);
    void addSoundData();

    std::optional<Catalogue> mCatalogue;
    std::optional<CaseWorkflow> mWorkflow;
    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

void TestCacheChecker::initTestCase()
{
  QString error;
  const ReferenceData data(QStringLiteral(XIUHUA_RESOURCES_DIR));
  mCatalogue = data.catalogue(QStringLiteral("gb47678_5_2026"), &error);
  QVERIFY2(mCatalogue, qPrintable(error));
  mWorkflow = data.workflow(&error);
  QVERIFY2(mWorkflow, qPrintable(error));
}

void TestCacheChecker::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("c.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
  addSoundData();
}

void TestCacheChecker::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

bool TestCacheChecker::exec(const QString &sql)
{
  QString error;
  if (!mCache->database().execute(sql, &error))
  {
    qWarning() << error;
    return false;
  }
  return true;
}

void TestCacheChecker::addSoundData()
{
  const QString square =
      QStringLiteral("CastToMultiPolygon(GeomFromText('POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))', 4549))");
  QVERIFY(exec(
      QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330106', '西湖区', %1)").arg(square)));
  QVERIFY(exec(
      QStringLiteral("INSERT INTO street (code, district_code, name, geom) VALUES ('330106001', '330106', "
                     "'北山街道', %1)")
          .arg(square)));
  QVERIFY(exec(QStringLiteral("INSERT INTO community (code, street_code, name, geom) VALUES ('330106001001', "
                              "'330106001', '保俶社区', %1)")
                   .arg(square)));
  QVERIFY(exec(QStringLiteral("INSERT INTO grid_cell (code, community_code, area_m2, geom) VALUES "
                              "('330106001001001', '330106001001', 10000, %1)")
                   .arg(square)));
  QVERIFY(exec(QStringLiteral("INSERT INTO component (id, type_code, name, grid_code, geom) VALUES "
                              "('33010603005000001', '03005', '果皮箱', '330106001001001', "
                              "GeomFromText('POINT(5 5)', 4549))")));
  CaseRecord record;
  record.id = QStringLiteral("case-1");
  record.source = QStringLiteral("supervisor");
  record.classKind = QStringLiteral("matter");
  record.typeCode = QStringLiteral("06010");
  CaseEvent report;
  report.action = QStringLiteral("report");
  report.role = QStringLiteral("supervisor");
  report.actorId = QStringLiteral("p1");
  report.time = QDateTime(QDate(2025, 11, 24), QTime(1, 0), Qt::UTC);
  QString error;
  QVERIFY2(CaseRepository(*mCache, *mWorkflow).report(record, report, QStringLiteral("330106"), &error),
           qPrintable(error));
}

void TestCacheChecker::soundCacheHasNoProblems()
{
  CacheChecker checker(*mCache, *mCatalogue, *mWorkflow);
  const QList<CacheProblem> problems = checker.run();
  for (const CacheProblem &problem : problems)
    qWarning() << problem.check << problem.message;
  QVERIFY(problems.isEmpty());
}

void TestCacheChecker::findsDamage_data()
{
  QTest::addColumn<QString>("damage");
  QTest::addColumn<QString>("check");
  QTest::addColumn<QString>("key");
  QTest::newRow("grid cell in wrong community") << "UPDATE grid_cell SET community_code = '330106001002'"
                                                << "foreign_keys" << QString();
  QTest::newRow("component class not in catalogue")
      << "INSERT INTO component (id, type_code, name, geom) VALUES ('33010609999000001', '09999', 'x', "
         "GeomFromText('POINT(1 1)', 4549))"
      << "codes"
      << "33010609999000001";
  QTest::newRow("component id and class disagree") << "UPDATE component SET type_code = '03004'"
                                                   << "codes"
                                                   << "33010603005000001";
  QTest::newRow("bad case number") << "UPDATE cases SET number = '12345'"
                                   << "codes"
                                   << "case-1";
  QTest::newRow("state the log does not reach") << "UPDATE cases SET state = 'closed'"
                                                << "case_log"
                                                << "case-1";
  QTest::newRow("self-intersecting building")
      << "INSERT INTO building (id, geom) VALUES ('b1', CastToMultiPolygon(GeomFromText('POLYGON((0 0, 10 "
         "10, 10 0, "
         "0 10, 0 0))', 4549)))"
      << "geometry"
      << "b1";
}

void TestCacheChecker::findsDamage()
{
  QFETCH(QString, damage);
  QFETCH(QString, check);
  QFETCH(QString, key);
  QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
  QVERIFY(exec(damage));
  CacheChecker checker(*mCache, *mCatalogue, *mWorkflow);
  const QList<CacheProblem> problems = checker.run();
  bool found = false;
  for (const CacheProblem &problem : problems)
    found |= problem.check == check && (key.isEmpty() || problem.key == key);
  QVERIFY2(found, qPrintable(problems.isEmpty() ? QStringLiteral("no problems") : problems.first().message));
}

QTEST_GUILESS_MAIN(TestCacheChecker)
#include "testcachechecker.moc"
