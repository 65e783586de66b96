#include "cache/storedtime.h"

#include <QTest>
#include <QTimeZone>

/** The cache's stored times: UTC with milliseconds, read back with or without them, ordered as text. */
class TestStoredTime : public QObject
{
    Q_OBJECT

  private slots:
    void writesUtcWithMilliseconds();
    void readsWhatItWrites();
    void readsTimesWithoutMilliseconds();
    void leavesNoTimeEmpty();
    void ordersAsText();
};

void TestStoredTime::writesUtcWithMilliseconds()
{
  const QDateTime beijing(QDate(2026, 9, 1), QTime(16, 45, 46, 5), QTimeZone(8 * 3600));
  QCOMPARE(storedtime::text(beijing), QStringLiteral("2026-09-01T08:45:46.005Z"));
}

void TestStoredTime::readsWhatItWrites()
{
  const QDateTime time(QDate(2026, 2, 28), QTime(23, 59, 59, 999), QTimeZone::utc());
  QCOMPARE(storedtime::parse(storedtime::text(time)), time);
}

void TestStoredTime::readsTimesWithoutMilliseconds()
{
  QCOMPARE(storedtime::parse(QStringLiteral("2025-06-02T04:00:00Z")),
           QDateTime(QDate(2025, 6, 2), QTime(4, 0), QTimeZone::utc()));
  QVERIFY(!storedtime::parse(QStringLiteral("yesterday")).isValid());
}

void TestStoredTime::leavesNoTimeEmpty()
{
  QVERIFY(storedtime::text(QDateTime()).isEmpty());
}

void TestStoredTime::ordersAsText()
{
  const QDateTime earlier(QDate(2026, 9, 1), QTime(9, 5, 0), QTimeZone::utc());
  const QDateTime later(QDate(2026, 9, 1), QTime(10, 0, 0), QTimeZone(8 * 3600)); // 02:00 UTC: earlier still
  QVERIFY(storedtime::text(later) < storedtime::text(earlier));
  QVERIFY(storedtime::text(earlier) < storedtime::text(earlier.addMSecs(1)));
}

QTEST_APPLESS_MAIN(TestStoredTime)
#include "teststoredtime.moc"
