#include "map/featurecard.h"

#include "cache/cachefile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

/** The identify cards, on a demo city: a component's record, a grid cell, a case with its timeline. */
class TestFeatureCard : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void componentCard();
    void gridCellCard();
    void caseCardWithTimeline();
    void unknownThingsSaySo();

  private:
    QString scalar(const QString &sql);
    static QString text(const QString &html);

    QTemporaryDir mDirectory;
    QString mPath;
};

void TestFeatureCard::initTestCase()
{
  QLocale::setDefault(QLocale(QLocale::English));
  mPath = mDirectory.filePath(QStringLiteral("tiny.xhc"));
  QProcess demo;
  demo.start(QStringLiteral(XIUHUA_CLI), {QStringLiteral("demo"), QStringLiteral("--scale"),
                                          QStringLiteral("tiny"), QStringLiteral("--out"), mPath});
  QVERIFY(demo.waitForFinished(120000));
  QCOMPARE(demo.exitCode(), 0);
}

QString TestFeatureCard::scalar(const QString &sql)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  return cache ? cache->database().scalar(sql).toString() : QString();
}

QString TestFeatureCard::text(const QString &html)
{
  QTextDocument document;
  document.setHtml(html);
  return document.toPlainText();
}

void TestFeatureCard::componentCard()
{
  const QString id = scalar(QStringLiteral("SELECT id FROM component WHERE type_code = '01037' LIMIT 1"));
  const QString department = scalar(QStringLiteral("SELECT d.name FROM component c JOIN department d ON d.id "
                                                   "= c.maintainer_department_id WHERE c.id = '%1'")
                                        .arg(id));
  QString error;
  const QString card = text(FeatureCard::html(mPath, QStringLiteral("component"), id, &error));
  QVERIFY2(error.isEmpty(), qPrintable(error));
  for (const QString &expected :
       {id, QStringLiteral("01037 Street lamp"), department, QStringLiteral("Maintainer")})
    QVERIFY2(card.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + card));
}

void TestFeatureCard::gridCellCard()
{
  const QString code = scalar(QStringLiteral("SELECT code FROM grid_cell ORDER BY code LIMIT 1"));
  const QString community =
      scalar(QStringLiteral("SELECT name FROM community WHERE code = '%1'").arg(code.left(12)));
  QString error;
  const QString card = text(FeatureCard::html(mPath, QStringLiteral("grid_cell"), code, &error));
  QVERIFY2(card.contains(code) && card.contains(community) && card.contains(QStringLiteral(" m²")),
           qPrintable(card));
  QVERIFY(card.contains(QStringLiteral("Open cases")));
}

void TestFeatureCard::caseCardWithTimeline()
{
  const QString id = scalar(QStringLiteral("SELECT id FROM cases WHERE state = 'closed' LIMIT 1"));
  const QString number = scalar(QStringLiteral("SELECT number FROM cases WHERE id = '%1'").arg(id));
  const int events =
      scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = '%1'").arg(id)).toInt();
  QVERIFY(events >= 5);
  QString error;
  const QString html = FeatureCard::html(mPath, QStringLiteral("cases"), id, &error);
  const QString card = text(html);
  QVERIFY2(card.contains(number) && card.contains(QStringLiteral("Timeline")), qPrintable(card));
  QVERIFY(card.contains(QStringLiteral("register")) && card.contains(QStringLiteral("close")));
  QCOMPARE(html.count(QStringLiteral("<tr>")) -
               html.left(html.indexOf(QStringLiteral("Timeline"))).count(QStringLiteral("<tr>")),
           events);
  // The open cases the map draws have the same card.
  const QString open = scalar(QStringLiteral("SELECT id FROM open_case LIMIT 1"));
  QVERIFY(!FeatureCard::html(mPath, QStringLiteral("open_case"), open, &error).isEmpty());
}

void TestFeatureCard::unknownThingsSaySo()
{
  QString error;
  QVERIFY(FeatureCard::html(mPath, QStringLiteral("component"), QStringLiteral("nope"), &error).isEmpty());
  QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
  QVERIFY(!FeatureCard::covers(QStringLiteral("building")));
}

QTEST_MAIN(TestFeatureCard)
#include "testfeaturecard.moc"
