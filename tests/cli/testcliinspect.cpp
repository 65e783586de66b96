#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** Runs the built `xiuhua-cli inspect` as a user or script would, and checks output and exit codes. */
class TestCliInspect : public QObject
{
    Q_OBJECT

  private slots:
    void printsReport();
    void printsJson();
    void speaksChinese();
    void missingFileIsAnError();
    void unreadableFileIsAnError();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();

  private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString error;
    };
    static Result run(const QStringList &arguments);
    static QString park() { return QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson"); }
};

TestCliInspect::Result TestCliInspect::run(const QStringList &arguments)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
  environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(XIUHUA_CLI), arguments);
  if (!process.waitForFinished(60000))
    return {};
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

void TestCliInspect::printsReport()
{
  const Result result =
      run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("inspect"), park()});
  QCOMPARE(result.exitCode, 0);
  QVERIFY2(result.out.contains(QStringLiteral("Layer 1: park")), qPrintable(result.out));
  QVERIFY(result.out.contains(QStringLiteral("Geometry: Polygon")));
  QVERIFY(result.out.contains(QStringLiteral("Features: 1")));
  QVERIFY(result.out.contains(QStringLiteral("EPSG:4326")));
  QVERIFY(result.out.contains(QStringLiteral("名称 (String)")));
}

void TestCliInspect::printsJson()
{
  const Result result = run({QStringLiteral("inspect"), QStringLiteral("--json"), park()});
  QCOMPARE(result.exitCode, 0);
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
  QCOMPARE(error.error, QJsonParseError::NoError);
  const QJsonObject layer = document.object().value(QStringLiteral("layers")).toArray().at(0).toObject();
  QCOMPARE(layer.value(QStringLiteral("featureCount")).toInt(), 1);
  QCOMPARE(layer.value(QStringLiteral("crs")).toObject().value(QStringLiteral("epsg")).toInt(), 4326);
  const QJsonArray extent = layer.value(QStringLiteral("extent")).toArray();
  QCOMPARE(extent.at(0).toDouble(), 120.150);
  QCOMPARE(extent.at(3).toDouble(), 30.258);
}

void TestCliInspect::speaksChinese()
{
  const Result english = run({QStringLiteral("--lang=en"), QStringLiteral("inspect"), park()});
  const Result chinese = run({QStringLiteral("--lang=zh_CN"), QStringLiteral("inspect"), park()});
  QCOMPARE(chinese.exitCode, 0);
  QVERIFY(chinese.out != english.out);
  QVERIFY2(chinese.out.contains(QStringLiteral("要素")), qPrintable(chinese.out));
}

void TestCliInspect::missingFileIsAnError()
{
  const QString missing = QStringLiteral("/nonexistent/roads.gpkg");
  const Result result = run({QStringLiteral("inspect"), missing});
  QCOMPARE(result.exitCode, 1);
  QVERIFY(result.out.isEmpty());
  QVERIFY2(result.error.contains(missing), qPrintable(result.error));
}

void TestCliInspect::unreadableFileIsAnError()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("roads.gpkg"));
  QFile garbage(file);
  QVERIFY(garbage.open(QIODevice::WriteOnly));
  garbage.write(QByteArray(4096, '\x7f'));
  garbage.close();

  const Result result = run({QStringLiteral("inspect"), file});
  QCOMPARE(result.exitCode, 1);
  QVERIFY2(result.error.contains(file), qPrintable(result.error));
}

void TestCliInspect::wrongUsageExitsWithTwo_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::newRow("no command") << QStringList();
  QTest::newRow("unknown command") << QStringList{QStringLiteral("paint")};
  QTest::newRow("no file") << QStringList{QStringLiteral("inspect")};
  QTest::newRow("two files") << QStringList{QStringLiteral("inspect"), park(), park()};
  QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("--xml"), park()};
  QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang=fr"), QStringLiteral("inspect"),
                                                   park()};
}

void TestCliInspect::wrongUsageExitsWithTwo()
{
  QFETCH(QStringList, arguments);
  const Result result = run(arguments);
  QCOMPARE(result.exitCode, 2);
  QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "testcliinspect.moc"
