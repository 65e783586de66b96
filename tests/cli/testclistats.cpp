#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/**
 * `xiuhua-cli stats` on a tiny demo city: the table, JSON and CSV/XLSX exports agree, the area of a
 * grid cell is the cell, and every bad input is refused with a message and an exit code, never a
 * number.
 */
class TestCliStats : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void printsTableAndJson();
    void exportsCsvAndXlsx();
    void takesTheAreaOfAGridCell();
    void refusesBadInput_data();
    void refusesBadInput();
    void speaksChinese();

  private:
    int run(const QStringList &arguments, QString *output = nullptr, QString *errors = nullptr,
            const QString &language = QStringLiteral("en"));
    QJsonObject json(const QStringList &arguments);

    QTemporaryDir mDirectory;
    QString mCache;
};

int TestCliStats::run(const QStringList &arguments, QString *output, QString *errors, const QString &language)
{
  QProcess process;
  process.start(QStringLiteral(XIUHUA_CLI), QStringList{QStringLiteral("--lang=") + language} + arguments);
  if (!process.waitForFinished(120000))
    return -1;
  if (output)
    *output = QString::fromUtf8(process.readAllStandardOutput());
  if (errors)
    *errors = QString::fromUtf8(process.readAllStandardError());
  return process.exitCode();
}

QJsonObject TestCliStats::json(const QStringList &arguments)
{
  QString output;
  QString errors;
  const int code =
      run(QStringList{QStringLiteral("stats"), QStringLiteral("--into"), mCache, QStringLiteral("--json")} +
              arguments,
          &output, &errors);
  if (code != 0)
    qWarning("%s", qPrintable(errors));
  return QJsonDocument::fromJson(output.toUtf8()).object();
}

void TestCliStats::initTestCase()
{
  mCache = mDirectory.filePath(QStringLiteral("tiny.xhc"));
  QString errors;
  QVERIFY2(
      run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--out"),
           mCache, QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00Z")},
          nullptr, &errors) == 0,
      qPrintable(errors));
  const QJsonObject whole = json({QStringLiteral("--grid"), QStringLiteral("330199")});
  QVERIFY2(!whole.isEmpty(), "the district's figures");
  const QJsonArray cells =
      whole.value(QStringLiteral("touched")).toObject().value(QStringLiteral("grid_cells")).toArray();
  QVERIFY(cells.size() > 10);
}

void TestCliStats::printsTableAndJson()
{
  QString output;
  QString errors;
  QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--into"), mCache, QStringLiteral("--grid"),
                QStringLiteral("330199")},
               &output, &errors),
           0);
  QVERIFY2(output.contains(QStringLiteral("Green-space ratio (绿地率)")), qPrintable(output));
  QVERIFY(output.contains(QStringLiteral("EPSG:4549")));
  const QJsonObject figures = json({QStringLiteral("--grid"), QStringLiteral("330199")});
  const QJsonObject green = figures.value(QStringLiteral("green")).toObject();
  const double ratio = green.value(QStringLiteral("green_space_ratio")).toDouble();
  const double coverage = green.value(QStringLiteral("green_coverage_ratio")).toDouble();
  QVERIFY(ratio > 0 && ratio < 1);
  QVERIFY2(coverage >= ratio * 0.999, "cover takes in every plot and the crowns beyond them");
  QVERIFY(figures.value(QStringLiteral("components")).toObject().value(QStringLiteral("total")).toInt() > 0);
  // The whole district takes in each of its cells wholly.
  for (const QJsonValue &cell :
       figures.value(QStringLiteral("touched")).toObject().value(QStringLiteral("grid_cells")).toArray())
    QVERIFY(cell.toObject().value(QStringLiteral("whole")).toBool());
}

void TestCliStats::exportsCsvAndXlsx()
{
  for (const QString &name : {QStringLiteral("figures.csv"), QStringLiteral("figures.xlsx")})
  {
    const QString path = mDirectory.filePath(name);
    QString errors;
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--into"), mCache, QStringLiteral("--grid"),
                  QStringLiteral("330199"), QStringLiteral("--export"), path},
                 nullptr, &errors),
             0);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(errors));
    const QByteArray content = file.readAll();
    if (name.endsWith(QLatin1String(".csv")))
    {
      QVERIFY(content.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets need for Chinese text
      QVERIFY(content.contains("Section,Item,Value,Unit,Note"));
      QVERIFY(content.contains("(绿地率)"));
    }
    else
    {
      QVERIFY(content.startsWith("PK")); // an Office Open XML package
    }
  }
}

void TestCliStats::takesTheAreaOfAGridCell()
{
  const QJsonObject whole = json({QStringLiteral("--grid"), QStringLiteral("330199")});
  const QString code = whole.value(QStringLiteral("touched"))
                           .toObject()
                           .value(QStringLiteral("grid_cells"))
                           .toArray()
                           .at(3)
                           .toObject()
                           .value(QStringLiteral("code"))
                           .toString();
  const QJsonObject cell = json({QStringLiteral("--grid"), code});
  const QJsonArray cells =
      cell.value(QStringLiteral("touched")).toObject().value(QStringLiteral("grid_cells")).toArray();
  QCOMPARE(cells.size(), 1); // neighbours only touch it
  QCOMPARE(cells.at(0).toObject().value(QStringLiteral("code")).toString(), code);
  QCOMPARE(cell.value(QStringLiteral("area")).toObject().value(QStringLiteral("area_m2")).toDouble(),
           cells.at(0).toObject().value(QStringLiteral("area_m2")).toDouble());
}

void TestCliStats::refusesBadInput_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::addColumn<int>("exitCode");
  QTest::addColumn<QString>("message");
  QTest::newRow("self-intersecting") << QStringList{QStringLiteral("--wkt"),
                                                    QStringLiteral("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))")}
                                     << 1 << "crosses itself";
  QTest::newRow("zero area") << QStringList{QStringLiteral("--bbox"), QStringLiteral("10,10,10,20")} << 1
                             << "no area";
  QTest::newRow("not WKT") << QStringList{QStringLiteral("--wkt"), QStringLiteral("POLYGON((1 2")} << 1
                           << "WKT could not be read";
  QTest::newRow("unknown cell") << QStringList{QStringLiteral("--grid"), QStringLiteral("330199001001999")}
                                << 1 << "no grid cell with the code 330199001001999";
  QTest::newRow("not a code") << QStringList{QStringLiteral("--grid"), QStringLiteral("abc")} << 1
                              << "not the code";
  QTest::newRow("three numbers") << QStringList{QStringLiteral("--bbox"), QStringLiteral("1,2,3")} << 2
                                 << "four numbers";
  QTest::newRow("two shapes") << QStringList{QStringLiteral("--bbox"), QStringLiteral("1,2,3,4"),
                                             QStringLiteral("--grid"), QStringLiteral("330199")}
                              << 2 << "one of";
  QTest::newRow("no shape") << QStringList{} << 2 << "one of";
  QTest::newRow("export format") << QStringList{QStringLiteral("--grid"), QStringLiteral("330199"),
                                                QStringLiteral("--export"), QStringLiteral("figures.txt")}
                                 << 2 << ".xlsx";
  QTest::newRow("bad date") << QStringList{QStringLiteral("--grid"), QStringLiteral("330199"),
                                           QStringLiteral("--from"), QStringLiteral("yesterday")}
                            << 2 << "ISO 8601";
}

void TestCliStats::refusesBadInput()
{
  QFETCH(QStringList, arguments);
  QFETCH(int, exitCode);
  QFETCH(QString, message);
  QString output;
  QString errors;
  QCOMPARE(run(QStringList{QStringLiteral("stats"), QStringLiteral("--into"), mCache} + arguments, &output,
               &errors),
           exitCode);
  QVERIFY2(errors.contains(message, Qt::CaseInsensitive), qPrintable(errors));
  QVERIFY2(output.isEmpty(), "no figures beside an error");
}

void TestCliStats::speaksChinese()
{
  QString output;
  QString errors;
  QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--into"), mCache, QStringLiteral("--grid"),
                QStringLiteral("330199001001999")},
               &output, &errors, QStringLiteral("zh_CN")),
           1);
  QVERIFY2(errors.contains(QStringLiteral("网格")), qPrintable(errors));
  QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--into"), mCache, QStringLiteral("--grid"),
                QStringLiteral("330199")},
               &output, &errors, QStringLiteral("zh_CN")),
           0);
  QVERIFY2(output.contains(QStringLiteral("绿化覆盖率")) && output.contains(QStringLiteral("结案率")),
           qPrintable(output));
  QVERIFY2(!output.contains(QStringLiteral("Green")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "testclistats.moc"
