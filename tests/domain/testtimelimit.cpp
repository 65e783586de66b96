#include "domain/timelimit.h"

#include <QTest>

/** Tests reading and writing handling time limits. */
class TestTimeLimit : public QObject
{
    Q_OBJECT

  private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestTimeLimit::parses_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<double>("amount");
  QTest::addColumn<int>("unit");
  QTest::newRow("working hours") << "4wh" << 4.0 << int(TimeLimit::Unit::WorkingHours);
  QTest::newRow("working days") << "2wd" << 2.0 << int(TimeLimit::Unit::WorkingDays);
  QTest::newRow("half a day") << "0.5wd" << 0.5 << int(TimeLimit::Unit::WorkingDays);
  QTest::newRow("calendar hours") << " 24h " << 24.0 << int(TimeLimit::Unit::CalendarHours);
}

void TestTimeLimit::parses()
{
  QFETCH(QString, text);
  QFETCH(double, amount);
  QFETCH(int, unit);
  QString error;
  const std::optional<TimeLimit> limit = TimeLimit::parse(text, &error);
  QVERIFY2(limit, qPrintable(error));
  QCOMPARE(limit->amount(), amount);
  QCOMPARE(int(limit->unit()), unit);
  QCOMPARE(limit->toString(), text.trimmed());
  QCOMPARE(TimeLimit::parse(limit->toString(), &error), limit);
  QVERIFY(!limit->displayText().isEmpty());
}

void TestTimeLimit::refuses_data()
{
  QTest::addColumn<QString>("text");
  QTest::newRow("no unit") << "4";
  QTest::newRow("no amount") << "wh";
  QTest::newRow("zero") << "0wh";
  QTest::newRow("negative") << "-1wd";
  QTest::newRow("words") << "4 days";
  QTest::newRow("empty") << "";
}

void TestTimeLimit::refuses()
{
  QFETCH(QString, text);
  QString error;
  QVERIFY(!TimeLimit::parse(text, &error));
  QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTimeLimit)
#include "testtimelimit.moc"
