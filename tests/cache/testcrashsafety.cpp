#include "cache/cachefile.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/**
 * Kills a writer process (SIGKILL) in the middle of a large transaction, and after it committed,
 * and shows the cache is intact with all or none of the transaction.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void killedMidTransactionLeavesNothing();
    void killedAfterCommitKeepsEverything();

  private:
    /** Starts the writer and kills it as soon as it prints \a marker. */
    void runAndKill(const QString &mode, const QByteArray &marker);
    void verifyIntact(int expectedBuildings);

    std::unique_ptr<QTemporaryDir> mDirectory;
    QString mPath;
    static constexpr int rows = 100000;
};

void TestCrashSafety::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  mPath = mDirectory->filePath(QStringLiteral("crash.xhc"));
  QString error;
  QVERIFY2(CacheFile::create(mPath, CacheSettings(), &error), qPrintable(error));
}

void TestCrashSafety::runAndKill(const QString &mode, const QByteArray &marker)
{
  QProcess writer;
  writer.start(QStringLiteral(XIUHUA_CRASH_WRITER), {mPath, QString::number(rows), mode});
  QVERIFY(writer.waitForStarted());
  QByteArray output;
  while (!output.contains(marker))
  {
    QVERIFY2(writer.waitForReadyRead(120000), writer.readAllStandardError().constData());
    output += writer.readAllStandardOutput();
  }
  // QProcess::kill() sends SIGKILL: no destructor, no rollback, no flush.
  writer.kill();
  QVERIFY(writer.waitForFinished());
  QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
}

void TestCrashSafety::verifyIntact(int expectedBuildings)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  QVERIFY2(cache, qPrintable(error));
  SqliteDatabase &database = cache->database();
  QCOMPARE(database.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
  QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM building")).toInt(), expectedBuildings);
  // The journal belongs to the same transaction: all of it or none.
  QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM journal")).toInt(), expectedBuildings);
  // So does the spatial index.
  QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM idx_building_geom")).toInt(),
           expectedBuildings);
}

void TestCrashSafety::killedMidTransactionLeavesNothing()
{
  runAndKill(QStringLiteral("hold"), "halfway");
  // The uncommitted half had already spilled into the write-ahead log on disk when the writer died.
  QVERIFY2(QFileInfo(mPath + QStringLiteral("-wal")).size() > 1024 * 1024,
           qPrintable(QString::number(QFileInfo(mPath + QStringLiteral("-wal")).size())));
  verifyIntact(0);
}

void TestCrashSafety::killedAfterCommitKeepsEverything()
{
  runAndKill(QStringLiteral("commit"), "committed");
  verifyIntact(rows);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "testcrashsafety.moc"
