#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** Runs the built `xiuhua-cli cache init|info|check` as a user or script would. */
class TestCliCache : public QObject
{
    Q_OBJECT

  private slots:
    void initInfoCheck();
    void initRefusesGeographicCrs();
    void initRefusesExistingFile();
    void infoRefusesNonCache();
    void checkReportsDamage();
    void wrongUsage_data();
    void wrongUsage();

  private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString error;
    };
    static Result run(const QStringList &arguments);
};

TestCliCache::Result TestCliCache::run(const QStringList &arguments)
{
  QProcess process;
  process.start(QStringLiteral(XIUHUA_CLI),
                QStringList{QStringLiteral("--lang=en"), QStringLiteral("cache")} + arguments);
  if (!process.waitForFinished(60000))
    return {};
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

void TestCliCache::initInfoCheck()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("city.xhc"));
  Result result = run({QStringLiteral("init"), file, QStringLiteral("--srid"), QStringLiteral("4547"),
                       QStringLiteral("--city"), QStringLiteral("武汉")});
  QVERIFY2(result.exitCode == 0, qPrintable(result.error));

  result = run({QStringLiteral("info"), file, QStringLiteral("--json")});
  QCOMPARE(result.exitCode, 0);
  const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
  QCOMPARE(info.value(QStringLiteral("epsg")).toInt(), 4547);
  QCOMPARE(info.value(QStringLiteral("city")).toString(), QStringLiteral("武汉"));
  QCOMPARE(info.value(QStringLiteral("catalogue")).toString(), QStringLiteral("gb47678_5_2026"));
  QCOMPARE(info.value(QStringLiteral("schemaVersion")).toInt(), 3); // 3 added community.population
  QVERIFY(info.value(QStringLiteral("rows")).toObject().contains(QStringLiteral("grid_cell")));
  QVERIFY(info.value(QStringLiteral("extent")).isNull());

  result = run({QStringLiteral("info"), file});
  QCOMPARE(result.exitCode, 0);
  QVERIFY2(result.out.contains(QStringLiteral("EPSG:4547")), qPrintable(result.out));

  result = run({QStringLiteral("check"), file});
  QVERIFY2(result.exitCode == 0, qPrintable(result.error));
  QVERIFY(result.out.contains(QStringLiteral("no problems")));
}

void TestCliCache::initRefusesGeographicCrs()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("city.xhc"));
  const Result result = run({QStringLiteral("init"), file, QStringLiteral("--srid"), QStringLiteral("4326")});
  QCOMPARE(result.exitCode, 1);
  QVERIFY2(result.error.contains(QStringLiteral("EPSG:4326")), qPrintable(result.error));
  QVERIFY(!QFile::exists(file));
}

void TestCliCache::initRefusesExistingFile()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("city.xhc"));
  QCOMPARE(run({QStringLiteral("init"), file}).exitCode, 0);
  const Result again = run({QStringLiteral("init"), file});
  QCOMPARE(again.exitCode, 1);
  QVERIFY(again.error.contains(QStringLiteral("already exists")));
}

void TestCliCache::infoRefusesNonCache()
{
  const Result result = run({QStringLiteral("info"), QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson")});
  QCOMPARE(result.exitCode, 1);
  QVERIFY2(result.error.contains(QStringLiteral("not a Xiuhua cache")), qPrintable(result.error));
}

void TestCliCache::checkReportsDamage()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("city.xhc"));
  QCOMPARE(run({QStringLiteral("init"), file}).exitCode, 0);
  {
    // A component whose class is not in the catalogue, written behind the repositories' back.
    QProcess sqlite;
    sqlite.start(
        QStringLiteral("spatialite"),
        {file, QStringLiteral("INSERT INTO component (id, type_code, name, geom) VALUES "
                              "('33010609999000001', '09999', 'x', GeomFromText('POINT(1 1)', 4549));")});
    QVERIFY2(sqlite.waitForFinished() && sqlite.exitCode() == 0,
             "the spatialite shell (spatialite-bin) failed");
  }
  const Result result = run({QStringLiteral("check"), file, QStringLiteral("--json")});
  QCOMPARE(result.exitCode, 1);
  const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
  QCOMPARE(report.value(QStringLiteral("problemCount")).toInt(), 1);
  QVERIFY(result.out.contains(QStringLiteral("33010609999000001")));
}

void TestCliCache::wrongUsage_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::newRow("no action") << QStringList();
  QTest::newRow("unknown action") << QStringList{QStringLiteral("drop"), QStringLiteral("x.xhc")};
  QTest::newRow("no file") << QStringList{QStringLiteral("info")};
  QTest::newRow("bad srid") << QStringList{QStringLiteral("init"), QStringLiteral("x.xhc"),
                                           QStringLiteral("--srid"), QStringLiteral("cgcs")};
}

void TestCliCache::wrongUsage()
{
  QFETCH(QStringList, arguments);
  const Result result = run(arguments);
  QCOMPARE(result.exitCode, 2);
  QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCache)
#include "testclicache.moc"
