#include "cache/attachmentstore.h"
#include "cache/cachefile.h"
#include "cache/caserepository.h"
#include "runtime/referencedata.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

/** Tests cases and their event logs in the cache, driven through the real workflow table. */
class TestCaseRepository : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsTheClosedLoopWithRework();
    void numbersCasesPerDay();
    void refusesIllegalActionAndWritesNothing();
    void linksAttachmentsToEvents();

  private:
    CaseEvent event(const QString &action, const QString &role, int minutes, const QString &note = QString());
    std::optional<QString> reportCase(const QString &id, int minutes);

    std::optional<CaseWorkflow> mWorkflow;
    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
    QDateTime mStart;
};

void TestCaseRepository::initTestCase()
{
  QString error;
  mWorkflow = ReferenceData(QStringLiteral(XIUHUA_RESOURCES_DIR)).workflow(&error);
  QVERIFY2(mWorkflow, qPrintable(error));
  // 09:00 China Standard Time on a Monday.
  mStart = QDateTime(QDate(2025, 11, 24), QTime(9, 0), QTimeZone(8 * 3600)).toUTC();
}

void TestCaseRepository::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("c.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
  QVERIFY(mCache->database().execute(QStringLiteral("INSERT INTO department (id, name, department_type) "
                                                    "VALUES ('sanitation', '环卫处', 'sanitation')"),
                                     &error));
}

void TestCaseRepository::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

CaseEvent TestCaseRepository::event(const QString &action, const QString &role, int minutes,
                                    const QString &note)
{
  CaseEvent result;
  result.action = action;
  result.role = role;
  result.actorId = role + QStringLiteral("-1");
  result.time = mStart.addSecs(minutes * 60);
  result.note = note;
  return result;
}

std::optional<QString> TestCaseRepository::reportCase(const QString &id, int minutes)
{
  CaseRecord record;
  record.id = id;
  record.source = QStringLiteral("supervisor");
  record.classKind = QStringLiteral("matter");
  record.typeCode = QStringLiteral("06010");
  record.description = QStringLiteral("暴露垃圾");
  QString error;
  const std::optional<QString> number =
      CaseRepository(*mCache, *mWorkflow)
          .report(record, event(QStringLiteral("report"), QStringLiteral("supervisor"), minutes),
                  QStringLiteral("330106"), &error);
  if (!number)
    qWarning() << error;
  return number;
}

void TestCaseRepository::runsTheClosedLoopWithRework()
{
  QVERIFY(reportCase(QStringLiteral("case-1"), 0));
  CaseRepository cases(*mCache, *mWorkflow);
  QString error;
  const auto act = [&](const QString &action, const QString &role, int minutes,
                       const QString &department = QString()) {
    return cases.act(QStringLiteral("case-1"), event(action, role, minutes, QStringLiteral("按规定处理")),
                     &error, department);
  };
  QVERIFY2(act(QStringLiteral("accept"), QStringLiteral("acceptor"), 5), qPrintable(error));
  QVERIFY2(act(QStringLiteral("register"), QStringLiteral("shift_leader"), 10), qPrintable(error));
  CaseEvent dispatch = event(QStringLiteral("dispatch"), QStringLiteral("dispatcher"), 15);
  dispatch.deadline = mStart.addSecs(4 * 3600 + 15 * 60);
  QVERIFY2(cases.act(QStringLiteral("case-1"), dispatch, &error, QStringLiteral("sanitation")),
           qPrintable(error));
  QVERIFY2(act(QStringLiteral("feed_back"), QStringLiteral("department_handler"), 60), qPrintable(error));
  QVERIFY2(act(QStringLiteral("request_check"), QStringLiteral("acceptor"), 65), qPrintable(error));
  QVERIFY2(act(QStringLiteral("check_fail"), QStringLiteral("supervisor"), 80), qPrintable(error));
  QVERIFY2(act(QStringLiteral("feed_back"), QStringLiteral("department_handler"), 120), qPrintable(error));
  QVERIFY2(act(QStringLiteral("request_check"), QStringLiteral("acceptor"), 125), qPrintable(error));
  QVERIFY2(act(QStringLiteral("check_pass"), QStringLiteral("supervisor"), 140), qPrintable(error));
  QVERIFY2(act(QStringLiteral("close"), QStringLiteral("shift_leader"), 150), qPrintable(error));

  const std::optional<CaseRecord> record = cases.find(QStringLiteral("case-1"));
  QVERIFY(record);
  QCOMPARE(record->state, QStringLiteral("closed"));
  QCOMPARE(record->departmentId, QStringLiteral("sanitation"));
  QCOMPARE(record->counters.value(QStringLiteral("rework")), 1);
  QCOMPARE(record->dispatchedAt, mStart.addSecs(15 * 60));
  QCOMPARE(record->closedAt, mStart.addSecs(150 * 60));
  QCOMPARE(record->handleDeadline.value_or(QDateTime()), mStart.addSecs(4 * 3600 + 15 * 60));

  const QList<CaseEvent> log = cases.events(QStringLiteral("case-1"));
  QCOMPARE(log.size(), 11);
  QCOMPARE(log.first().action, QStringLiteral("report"));
  QCOMPARE(log.at(6).action, QStringLiteral("check_fail"));
  // Events keep what the indicators are computed from: steps and counters.
  QCOMPARE(log.at(6).counters, QStringList{QStringLiteral("rework")});
  QCOMPARE(log.at(6).stopsStep, QStringLiteral("check"));
  QCOMPARE(log.at(6).startsStep, QStringLiteral("handle"));
  // The stored log replays to the stored state.
  QCOMPARE(mWorkflow->replay(log, &error).value_or(QString()), QStringLiteral("closed"));
}

void TestCaseRepository::numbersCasesPerDay()
{
  QCOMPARE(reportCase(QStringLiteral("a"), 0).value_or(QString()), QStringLiteral("3301062025112400001"));
  QCOMPARE(reportCase(QStringLiteral("b"), 30).value_or(QString()), QStringLiteral("3301062025112400002"));
  // 16:30 UTC is 00:30 the next day in China.
  QCOMPARE(reportCase(QStringLiteral("c"), 15 * 60 + 30).value_or(QString()),
           QStringLiteral("3301062025112500001"));
}

void TestCaseRepository::refusesIllegalActionAndWritesNothing()
{
  QVERIFY(reportCase(QStringLiteral("case-2"), 0));
  CaseRepository cases(*mCache, *mWorkflow);
  QString error;
  const int journalBefore = mCache->database().scalar(QStringLiteral("SELECT count(*) FROM journal")).toInt();
  // A dispatcher cannot close a case that has just been reported.
  QVERIFY(!cases.act(QStringLiteral("case-2"),
                     event(QStringLiteral("close"), QStringLiteral("dispatcher"), 5), &error));
  QVERIFY2(error.contains(QStringLiteral("case-2")), qPrintable(error));
  QVERIFY(!cases.act(QStringLiteral("no-such-case"),
                     event(QStringLiteral("accept"), QStringLiteral("acceptor"), 5), &error));
  QVERIFY(error.contains(QStringLiteral("no-such-case")));
  QCOMPARE(cases.events(QStringLiteral("case-2")).size(), 1);
  QCOMPARE(cases.find(QStringLiteral("case-2"))->state, QStringLiteral("reported"));
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT count(*) FROM journal")).toInt(), journalBefore);
}

void TestCaseRepository::linksAttachmentsToEvents()
{
  QVERIFY(reportCase(QStringLiteral("case-3"), 0));
  QString error;
  const std::optional<QString> photo = AttachmentStore(*mCache).add(
      "photo bytes", QStringLiteral("image/jpeg"), QStringLiteral("现场.jpg"), &error);
  QVERIFY(photo);
  CaseRepository cases(*mCache, *mWorkflow);
  CaseEvent accept = event(QStringLiteral("accept"), QStringLiteral("acceptor"), 5);
  accept.attachments = QStringList{*photo};
  QVERIFY2(cases.act(QStringLiteral("case-3"), accept, &error), qPrintable(error));
  QCOMPARE(cases.events(QStringLiteral("case-3")).last().attachments, QStringList{*photo});

  CaseEvent register_ = event(QStringLiteral("register"), QStringLiteral("shift_leader"), 10);
  register_.attachments = QStringList{QString(64, QLatin1Char('0'))};
  QVERIFY(!cases.act(QStringLiteral("case-3"), register_, &error));
  QCOMPARE(cases.events(QStringLiteral("case-3")).size(), 2);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "testcaserepository.moc"
