#include "domain/csvtable.h"

#include <QTest>

/** Tests the CSV reader every data file of the project goes through. */
class TestCsvTable : public QObject
{
    Q_OBJECT

  private slots:
    void readsQuotedFieldsAndLineNumbers();
    void skipsCommentsAndBlankLines();
    void acceptsByteOrderMarkAndCrLf();
    void refusesBadInput_data();
    void refusesBadInput();
    void namesMissingColumn();
};

void TestCsvTable::readsQuotedFieldsAndLineNumbers()
{
  const QByteArray csv = "kind,name,note\n"
                         "component,路灯,\"lamp, street\"\n"
                         "matter,\"He said \"\"hi\"\"\",\"two\nlines\"\n"
                         "event,暴露垃圾,last\n";
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(csv, QStringLiteral("classes.csv"), &error);
  QVERIFY2(table, qPrintable(error));
  QCOMPARE(table->header(), QStringList({"kind", "name", "note"}));
  QCOMPARE(table->rows().size(), 3);
  QCOMPARE(table->value(table->rows().at(0), QStringLiteral("note")), QStringLiteral("lamp, street"));
  QCOMPARE(table->value(table->rows().at(1), QStringLiteral("name")), QStringLiteral("He said \"hi\""));
  QCOMPARE(table->value(table->rows().at(1), QStringLiteral("note")), QStringLiteral("two\nlines"));
  QCOMPARE(table->rows().at(0).line, 2);
  QCOMPARE(table->rows().at(1).line, 3);
  QCOMPARE(table->rows().at(2).line, 5);
  QCOMPARE(table->location(table->rows().at(2), QStringLiteral("name")),
           QStringLiteral("classes.csv, line 5, field \"name\""));
}

void TestCsvTable::skipsCommentsAndBlankLines()
{
  const QByteArray csv = "# time limits of our city\ncode,limit\n\n0101,4wh\n# lamps\n0118,2wd\n";
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(csv, QStringLiteral("limits.csv"), &error);
  QVERIFY2(table, qPrintable(error));
  QCOMPARE(table->rows().size(), 2);
  QCOMPARE(table->rows().at(1).line, 6);
  QCOMPARE(table->value(table->rows().at(1), QStringLiteral("limit")), QStringLiteral("2wd"));
}

void TestCsvTable::acceptsByteOrderMarkAndCrLf()
{
  const QByteArray csv = "\xEF\xBB\xBF"
                         "date,kind\r\n2026-01-01,holiday\r\n";
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(csv, QStringLiteral("h.csv"), &error);
  QVERIFY2(table, qPrintable(error));
  QCOMPARE(table->header().first(), QStringLiteral("date"));
  QCOMPARE(table->value(table->rows().first(), QStringLiteral("kind")), QStringLiteral("holiday"));
}

void TestCsvTable::refusesBadInput_data()
{
  QTest::addColumn<QByteArray>("csv");
  QTest::addColumn<QString>("expected");
  QTest::newRow("empty") << QByteArray() << "x.csv: the file is empty";
  QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n") << "x.csv, line 3: 3 fields";
  QTest::newRow("too few fields") << QByteArray("a,b\n1\n") << "x.csv, line 2: 1 fields";
  QTest::newRow("open quote") << QByteArray("a,b\n1,\"never closed\n") << "x.csv, line 2: a quoted field";
  QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\n3,\xB7\xA8\xC0\xCB\n")
                             << "x.csv, line 3: the text is not UTF-8";
}

void TestCsvTable::refusesBadInput()
{
  QFETCH(QByteArray, csv);
  QFETCH(QString, expected);
  QString error;
  QVERIFY(!CsvTable::parse(csv, QStringLiteral("x.csv"), &error));
  QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestCsvTable::namesMissingColumn()
{
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse("kind,code\n", QStringLiteral("c.csv"), &error);
  QVERIFY(table);
  QVERIFY(table->requireColumns({QStringLiteral("kind")}, &error));
  QVERIFY(!table->requireColumns({QStringLiteral("kind"), QStringLiteral("name")}, &error));
  QVERIFY2(error.contains(QStringLiteral("\"name\"")) && error.contains(QStringLiteral("c.csv")),
           qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "testcsvtable.moc"
