#include "cache/cachefile.h"

#include <QTemporaryDir>
#include <QTest>

/** Tests that every change to a journaled table is journaled in its own transaction, and only then. */
class TestJournal : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void insertUpdateDeleteAreJournaled();
    void rolledBackChangeLeavesNoJournal();
    void suppressedChangesAreNotJournaled();
    void caseEventsAreAppendOnly();

  private:
    int journalCount();
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

void TestJournal::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("j.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
}

void TestJournal::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

int TestJournal::journalCount()
{
  return mCache->database().scalar(QStringLiteral("SELECT count(*) FROM journal")).toInt();
}

bool TestJournal::exec(const QString &sql)
{
  QString error;
  const bool ok = mCache->database().execute(sql, &error);
  if (!ok)
    qWarning() << error;
  return ok;
}

void TestJournal::insertUpdateDeleteAreJournaled()
{
  QVERIFY(exec(
      QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330106', '西湖区', "
                     "CastToMultiPolygon(GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 4549)))")));
  QVERIFY(exec(QStringLiteral("UPDATE district SET name = '西湖' WHERE code = '330106'")));
  QVERIFY(exec(QStringLiteral("DELETE FROM district WHERE code = '330106'")));

  SqliteStatement rows = mCache->database().prepare(
      QStringLiteral("SELECT table_name, row_key, operation, changed_columns, row_version, client_change_id "
                     "FROM journal ORDER BY id"));
  QVERIFY(rows.next());
  QCOMPARE(rows.text(0), QStringLiteral("district"));
  QCOMPARE(rows.text(1), QStringLiteral("330106"));
  QCOMPARE(rows.text(2), QStringLiteral("insert"));
  QCOMPARE(rows.text(3), QStringLiteral("code,name,geom"));
  QCOMPARE(rows.int64(4), qint64(1));
  const QString firstChange = rows.text(5);
  QCOMPARE(firstChange.size(), 32);
  QVERIFY(rows.next());
  QCOMPARE(rows.text(2), QStringLiteral("update"));
  QCOMPARE(rows.text(3), QStringLiteral("name"));
  QCOMPARE(rows.int64(4), qint64(2));
  QVERIFY(rows.text(5) != firstChange);
  QVERIFY(rows.next());
  QCOMPARE(rows.text(2), QStringLiteral("delete"));
  QCOMPARE(rows.int64(4), qint64(2));
  QVERIFY(!rows.next());
}

void TestJournal::rolledBackChangeLeavesNoJournal()
{
  {
    SqliteTransaction transaction(mCache->database());
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO department (id, name, department_type) VALUES ('d1', '环卫处', 'sanitation')")));
    QCOMPARE(journalCount(), 1);
  }
  QCOMPARE(journalCount(), 0);
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT count(*) FROM department")).toInt(), 0);
}

void TestJournal::suppressedChangesAreNotJournaled()
{
  QString error;
  SqliteTransaction transaction(mCache->database());
  QVERIFY(mCache->setJournalSuppressed(true, &error));
  QVERIFY(exec(QStringLiteral("INSERT INTO department (id, name, department_type, row_version) "
                              "VALUES ('d1', '环卫处', 'sanitation', 7)")));
  QVERIFY(exec(QStringLiteral("UPDATE department SET name = '环境卫生管理处' WHERE id = 'd1'")));
  QVERIFY(mCache->setJournalSuppressed(false, &error));
  QVERIFY(transaction.commit());
  QCOMPARE(journalCount(), 0);
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT row_version FROM department")).toInt(), 7);
}

void TestJournal::caseEventsAreAppendOnly()
{
  QVERIFY(exec(
      QStringLiteral("INSERT INTO cases (id, source, class_kind, type_code, state, reported_at) "
                     "VALUES ('c1', 'supervisor', 'matter', '06010', 'reported', '2025-11-22T01:00:00Z')")));
  QVERIFY(exec(
      QStringLiteral("INSERT INTO case_event (id, case_id, sequence, action, to_state, role, happened_at) "
                     "VALUES ('e1', 'c1', 1, 'report', 'reported', 'supervisor', '2025-11-22T01:00:00Z')")));
  QString error;
  QVERIFY(!mCache->database().execute(QStringLiteral("UPDATE case_event SET note = 'x'"), &error));
  QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
  QVERIFY(!mCache->database().execute(QStringLiteral("DELETE FROM case_event"), &error));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "testjournal.moc"
