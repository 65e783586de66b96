#include "domain/deadline.h"
#include "domain/workcalendar.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

/** Tests working time across nights, weekends, lunch breaks, holidays, makeup workdays and year ends. */
class TestWorkCalendar : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void addsWorkingTime_data();
    void addsWorkingTime();
    void countsWorkingTimeBetween_data();
    void countsWorkingTimeBetween();
    void workingDaysKeepTheTimeOfDay();
    void longLimitsAreConsistent();
    void acceptsInputInAnyTimeZone();
    void knowsWhichYearsItCovers();
    void readsWorkingWindows();
    void refusesBadHolidayTables_data();
    void refusesBadHolidayTables();
    void deadlineTrafficLight_data();
    void deadlineTrafficLight();
    void calendarHoursRunRoundTheClock();

  private:
    static QDateTime china(int year, int month, int day, int hour, int minute = 0);
    WorkCalendar mCalendar;
};

QDateTime TestWorkCalendar::china(int year, int month, int day, int hour, int minute)
{
  return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

void TestWorkCalendar::initTestCase()
{
  QFile file(QStringLiteral(XIUHUA_RESOURCES_DIR "/calendar/cn_public_holidays.csv"));
  QVERIFY(file.open(QIODevice::ReadOnly));
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(file.readAll(), file.fileName(), &error);
  QVERIFY2(table, qPrintable(error));
  const std::optional<WorkCalendar> calendar = WorkCalendar::fromHolidayTable(*table, &error);
  QVERIFY2(calendar, qPrintable(error));
  mCalendar = *calendar;
  QCOMPARE(mCalendar.workingSecondsPerDay(), qint64(27000));
}

void TestWorkCalendar::addsWorkingTime_data()
{
  QTest::addColumn<QDateTime>("start");
  QTest::addColumn<double>("hours");
  QTest::addColumn<QDateTime>("expected");
  QTest::newRow("same morning into afternoon") << china(2025, 11, 24, 9) << 4.0 << china(2025, 11, 24, 15);
  QTest::newRow("ends exactly at noon") << china(2025, 11, 24, 9) << 3.0 << china(2025, 11, 24, 12);
  QTest::newRow("started at lunch") << china(2025, 11, 24, 12, 30) << 1.0 << china(2025, 11, 24, 15);
  QTest::newRow("across the night") << china(2025, 11, 24, 17) << 2.0 << china(2025, 11, 25, 9, 30);
  QTest::newRow("started at night") << china(2025, 11, 24, 22) << 1.0 << china(2025, 11, 25, 9, 30);
  QTest::newRow("over a weekend") << china(2025, 11, 28, 17) << 2.0 << china(2025, 12, 1, 9, 30);
  QTest::newRow("over the Spring Festival") << china(2025, 1, 27, 17) << 2.0 << china(2025, 2, 5, 9, 30);
  QTest::newRow("makeup Sunday before it") << china(2025, 1, 25, 10) << 1.0 << china(2025, 1, 26, 9, 30);
  QTest::newRow("over National Day") << china(2025, 9, 30, 17, 30) << 1.0 << china(2025, 10, 9, 9);
  QTest::newRow("makeup Saturday after it") << china(2025, 10, 10, 17) << 2.0 << china(2025, 10, 11, 9, 30);
  QTest::newRow("makeup Sunday 2025-09-28") << china(2025, 9, 27, 9) << 0.5 << china(2025, 9, 28, 9);
  QTest::newRow("over the year end") << china(2025, 12, 31, 17) << 2.0 << china(2026, 1, 4, 9, 30);
  QTest::newRow("a whole day from its start") << china(2025, 11, 24, 8, 30) << 7.5 << china(2025, 11, 24, 18);
}

void TestWorkCalendar::addsWorkingTime()
{
  QFETCH(QDateTime, start);
  QFETCH(double, hours);
  QFETCH(QDateTime, expected);
  const QDateTime result = mCalendar.addWorkingTime(start, static_cast<qint64>(hours * 3600));
  QCOMPARE(result, expected);
  QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestWorkCalendar::countsWorkingTimeBetween_data()
{
  QTest::addColumn<QDateTime>("from");
  QTest::addColumn<QDateTime>("to");
  QTest::addColumn<qint64>("seconds");
  QTest::newRow("morning to afternoon")
      << china(2025, 11, 24, 9) << china(2025, 11, 24, 15) << qint64(4 * 3600);
  QTest::newRow("over a weekend") << china(2025, 11, 28, 17) << china(2025, 12, 1, 9, 30) << qint64(2 * 3600);
  QTest::newRow("backwards") << china(2025, 12, 1, 9, 30) << china(2025, 11, 28, 17) << qint64(-2 * 3600);
  QTest::newRow("within lunch") << china(2025, 11, 24, 12, 10) << china(2025, 11, 24, 13, 50) << qint64(0);
  QTest::newRow("a holiday week") << china(2025, 10, 1, 0) << china(2025, 10, 9, 0) << qint64(0);
}

void TestWorkCalendar::countsWorkingTimeBetween()
{
  QFETCH(QDateTime, from);
  QFETCH(QDateTime, to);
  QFETCH(qint64, seconds);
  QCOMPARE(mCalendar.workingSecondsBetween(from, to), seconds);
}

void TestWorkCalendar::workingDaysKeepTheTimeOfDay()
{
  const TimeLimit twoDays(2, TimeLimit::Unit::WorkingDays);
  QCOMPARE(deadline::due(china(2025, 11, 24, 9), twoDays, mCalendar), china(2025, 11, 26, 9));
  // Over the Spring Festival of 2026 (15–23 Feb, with makeup Saturdays 14 and 28 Feb).
  QCOMPARE(deadline::due(china(2026, 2, 13, 10), twoDays, mCalendar), china(2026, 2, 24, 10));
}

void TestWorkCalendar::longLimitsAreConsistent()
{
  const QDateTime start = china(2025, 3, 3, 8, 30);
  const QDateTime due = mCalendar.addWorkingTime(start, 100 * 27000);
  QVERIFY(due.isValid());
  QCOMPARE(mCalendar.workingSecondsBetween(start, due), qint64(100 * 27000));
}

void TestWorkCalendar::acceptsInputInAnyTimeZone()
{
  // 01:00 UTC is 09:00 in China.
  const QDateTime utc(QDate(2025, 11, 24), QTime(1, 0), Qt::UTC);
  QCOMPARE(mCalendar.addWorkingTime(utc, 4 * 3600), QDateTime(QDate(2025, 11, 24), QTime(7, 0), Qt::UTC));
}

void TestWorkCalendar::knowsWhichYearsItCovers()
{
  QVERIFY(mCalendar.coversDate(QDate(2025, 6, 1)));
  QVERIFY(mCalendar.coversDate(QDate(2026, 12, 31)));
  QVERIFY(!mCalendar.coversDate(QDate(2027, 1, 4)));
  QVERIFY(!mCalendar.isWorkingDay(QDate(2025, 10, 3)));
  QVERIFY(mCalendar.isWorkingDay(QDate(2025, 10, 11)));
  QVERIFY(!mCalendar.isWorkingDay(QDate(2025, 11, 22)));
}

void TestWorkCalendar::readsWorkingWindows()
{
  QString error;
  const std::optional<QList<WorkingWindow>> summer =
      WorkCalendar::parseWindows(QStringLiteral("8:00-11:30, 14:30-18:00"), &error);
  QVERIFY2(summer, qPrintable(error));
  WorkCalendar calendar = mCalendar;
  calendar.setWorkingWindows(*summer);
  QCOMPARE(calendar.workingSecondsPerDay(), qint64(7 * 3600));
  QCOMPARE(calendar.addWorkingTime(china(2025, 11, 24, 11), 3600), china(2025, 11, 24, 15));

  for (const QString &bad : {QStringLiteral("14:00-12:00"), QStringLiteral("8:00-12:00,11:00-13:00"),
                             QStringLiteral("morning"), QString()})
  {
    QVERIFY(!WorkCalendar::parseWindows(bad, &error));
    QVERIFY(!error.isEmpty());
  }
}

void TestWorkCalendar::refusesBadHolidayTables_data()
{
  QTest::addColumn<QByteArray>("csv");
  QTest::addColumn<QString>("expected");
  QTest::newRow("unknown kind") << QByteArray("date,kind,name\n2025-01-01,festival,元旦\n")
                                << "line 2, field \"kind\"";
  QTest::newRow("bad date") << QByteArray("date,kind,name\n2025-02-30,holiday,x\n")
                            << "line 2, field \"date\"";
  QTest::newRow("listed twice") << QByteArray("date,kind,name\n2025-01-01,holiday,a\n2025-01-01,holiday,b\n")
                                << "line 3, field \"date\"";
  QTest::newRow("missing column") << QByteArray("date,name\n2025-01-01,a\n") << "\"kind\"";
}

void TestWorkCalendar::refusesBadHolidayTables()
{
  QFETCH(QByteArray, csv);
  QFETCH(QString, expected);
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(csv, QStringLiteral("holidays.csv"), &error);
  QVERIFY(table);
  QVERIFY(!WorkCalendar::fromHolidayTable(*table, &error));
  QVERIFY2(error.contains(QStringLiteral("holidays.csv")) && error.contains(expected), qPrintable(error));
}

void TestWorkCalendar::deadlineTrafficLight_data()
{
  QTest::addColumn<QDateTime>("now");
  QTest::addColumn<int>("status");
  QTest::addColumn<qint64>("remaining");
  // 4 working hours from Monday 09:00 are due at 15:00.
  QTest::newRow("just started") << china(2025, 11, 24, 10) << int(DeadlineStatus::OnTime) << qint64(3 * 3600);
  QTest::newRow("over lunch, time stands still")
      << china(2025, 11, 24, 13) << int(DeadlineStatus::OnTime) << qint64(3600);
  QTest::newRow("40 minutes left") << china(2025, 11, 24, 14, 20) << int(DeadlineStatus::DueSoon)
                                   << qint64(40 * 60);
  QTest::newRow("a minute late") << china(2025, 11, 24, 15, 1) << int(DeadlineStatus::Overdue) << qint64(-60);
  QTest::newRow("late at night") << china(2025, 11, 24, 23) << int(DeadlineStatus::Overdue)
                                 << qint64(-8 * 3600);
}

void TestWorkCalendar::deadlineTrafficLight()
{
  QFETCH(QDateTime, now);
  QFETCH(int, status);
  QFETCH(qint64, remaining);
  const TimeLimit limit(4, TimeLimit::Unit::WorkingHours);
  const QDateTime due = deadline::due(china(2025, 11, 24, 9), limit, mCalendar);
  QCOMPARE(due, china(2025, 11, 24, 15));
  QCOMPARE(int(deadline::status(due, limit, mCalendar, now)), status);
  QCOMPARE(deadline::remainingSeconds(due, limit, mCalendar, now), remaining);
}

void TestWorkCalendar::calendarHoursRunRoundTheClock()
{
  const TimeLimit emergency(24, TimeLimit::Unit::CalendarHours);
  const QDateTime due = deadline::due(china(2025, 12, 31, 20), emergency, mCalendar);
  QCOMPARE(due, china(2026, 1, 1, 20));
  QCOMPARE(deadline::remainingSeconds(due, emergency, mCalendar, china(2026, 1, 1, 19)), qint64(3600));
  QCOMPARE(int(deadline::status(due, emergency, mCalendar, china(2026, 1, 1, 19))),
           int(DeadlineStatus::DueSoon));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "testworkcalendar.moc"
