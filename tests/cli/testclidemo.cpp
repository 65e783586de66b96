#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** Runs the built `xiuhua-cli demo` as the README's run command does. */
class TestCliDemo : public QObject
{
    Q_OBJECT

  private slots:
    void writesACheckedCity();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void keepsAnExistingFile();

  private:
    static int run(const QStringList &arguments, QString *errors = nullptr);
};

int TestCliDemo::run(const QStringList &arguments, QString *errors)
{
  QProcess process;
  process.start(QStringLiteral(XIUHUA_CLI), QStringList{QStringLiteral("--lang=en")} + arguments);
  if (!process.waitForFinished(120000))
    return -1;
  if (errors)
    *errors = QString::fromUtf8(process.readAllStandardError());
  return process.exitCode();
}

void TestCliDemo::writesACheckedCity()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("tiny.xhc"));
  QString errors;
  QVERIFY2(run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"), file},
               &errors) == 0,
           qPrintable(errors));
  QVERIFY2(errors.contains(QStringLiteral("[100%]")), "progress is reported");
  QVERIFY2(run({QStringLiteral("cache"), QStringLiteral("check"), file}, &errors) == 0, qPrintable(errors));
}

void TestCliDemo::refusesBadArguments_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::newRow("unknown scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("village"),
                                                QStringLiteral("--out"), QStringLiteral("x.xhc")};
  QTest::newRow("no output") << QStringList{QStringLiteral("--scale"), QStringLiteral("tiny")};
  QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("abc"),
                                           QStringLiteral("--out"), QStringLiteral("x.xhc")};
}

void TestCliDemo::refusesBadArguments()
{
  QFETCH(QStringList, arguments);
  QCOMPARE(run(QStringList{QStringLiteral("demo")} + arguments), 2);
}

void TestCliDemo::keepsAnExistingFile()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("precious.xhc"));
  QFile precious(file);
  QVERIFY(precious.open(QIODevice::WriteOnly));
  precious.write("do not overwrite");
  precious.close();
  QString errors;
  QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
                QStringLiteral("--out"), file},
               &errors),
           1);
  QVERIFY(errors.contains(QStringLiteral("already exists")));
  QVERIFY(precious.open(QIODevice::ReadOnly));
  QCOMPARE(precious.readAll(), QByteArray("do not overwrite"));
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "testclidemo.moc"
