#include "map/casefilter.h"

#include "cache/cachefile.h"

#include <QTemporaryDir>
#include <QTest>

/** The map's case filter: periods in China Standard Time, stages, and SQL the cache accepts. */
class TestCaseFilter : public QObject
{
    Q_OBJECT

  private slots:
    void periodsAreChinaStandardTimeDays_data();
    void periodsAreChinaStandardTimeDays();
    void filtersTheCacheTable();
    void openStatesComeFromTheWorkflow();
};

void TestCaseFilter::periodsAreChinaStandardTimeDays_data()
{
  QTest::addColumn<int>("period");
  QTest::addColumn<QString>("first");
  QTest::addColumn<QString>("afterLast");
  // 2026-11-30T20:00Z is Tuesday 1 December, 04:00 in Beijing.
  QTest::newRow("today") << int(CaseFilter::Period::Today) << "2026-11-30T16:00:00.000Z"
                         << "2026-12-01T16:00:00.000Z";
  QTest::newRow("this week from Monday") << int(CaseFilter::Period::ThisWeek) << "2026-11-29T16:00:00.000Z"
                                         << "2026-12-01T16:00:00.000Z";
  QTest::newRow("this month") << int(CaseFilter::Period::ThisMonth) << "2026-11-30T16:00:00.000Z"
                              << "2026-12-01T16:00:00.000Z";
  QTest::newRow("custom, both days included") << int(CaseFilter::Period::Custom) << "2026-10-31T16:00:00.000Z"
                                              << "2026-11-03T16:00:00.000Z";
}

void TestCaseFilter::periodsAreChinaStandardTimeDays()
{
  QFETCH(int, period);
  QFETCH(QString, first);
  QFETCH(QString, afterLast);
  CaseFilter filter;
  filter.setPeriod(static_cast<CaseFilter::Period>(period));
  filter.setCustomDates(QDate(2026, 11, 1), QDate(2026, 11, 3));
  const QDateTime now(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC);
  const auto [from, to] = filter.bounds(now);
  QCOMPARE(from.toUTC().toString(Qt::ISODateWithMs), first);
  QCOMPARE(to.toUTC().toString(Qt::ISODateWithMs), afterLast);
  QVERIFY(filter.subsetString(now).contains(QStringLiteral("reported_at >= '%1'").arg(first)));
}

void TestCaseFilter::filtersTheCacheTable()
{
  QTemporaryDir directory;
  QString error;
  std::unique_ptr<CacheFile> cache =
      CacheFile::create(directory.filePath(QStringLiteral("cases.xhc")), CacheSettings(), &error);
  QVERIFY2(cache, qPrintable(error));
  QVERIFY2(
      cache->database().execute(
          QStringLiteral("INSERT INTO cases (id, source, class_kind, type_code, state, reported_at) VALUES "
                         "('a', 'supervisor', 'matter', '06010', 'dispatched', '2026-11-30T17:00:00.000Z'),"
                         "('b', 'supervisor', 'matter', '06010', 'closed', '2026-11-30T18:00:00.000Z'),"
                         "('c', 'hotline', 'matter', '06010', 'pending_check', '2026-11-20T02:00:00.000Z'),"
                         "('d', 'hotline', 'matter', '06010', 'dispatched', '2026-10-30T02:00:00.000Z')"),
          &error),
      qPrintable(error));
  const QDateTime now(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC);
  auto count = [&](const CaseFilter &filter) {
    return cache->database()
        .scalar(QStringLiteral("SELECT count(*) FROM cases WHERE %1").arg(filter.subsetString(now)), &error)
        .toInt();
  };
  CaseFilter filter;
  QCOMPARE(count(filter), 3); // open ones, any time
  filter.setPeriod(CaseFilter::Period::Today);
  QCOMPARE(count(filter), 1);
  filter.setPeriod(CaseFilter::Period::ThisMonth);
  QCOMPARE(count(filter), 1); // December has just begun in Beijing
  filter.setPeriod(CaseFilter::Period::Custom);
  filter.setCustomDates(QDate(2026, 11, 1), QDate(2026, 11, 30));
  QCOMPARE(count(filter), 1);
  filter.setStates({QStringLiteral("closed"), QStringLiteral("it's")});
  filter.setPeriod(CaseFilter::Period::Any);
  QCOMPARE(count(filter), 1);
  QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCaseFilter::openStatesComeFromTheWorkflow()
{
  const QStringList open = CaseFilter::openStates();
  QCOMPARE(open.size(), 12);
  QVERIFY(open.contains(QStringLiteral("dispatched")) && open.contains(QStringLiteral("hung")));
  QVERIFY(!open.contains(QStringLiteral("new")) && !open.contains(QStringLiteral("closed")) &&
          !open.contains(QStringLiteral("cancelled")));
}

QTEST_GUILESS_MAIN(TestCaseFilter)
#include "testcasefilter.moc"
