#include "map/cachelocatorfilter.h"

#include "cache/cachefile.h"

#include "../qgistestmain.h"

#include <QProcess>
#include <QTemporaryDir>

#include <qgsfeedback.h>
#include <qgslocatorcontext.h>
#include <qgsmapcanvas.h>

/** The search box over a demo city: numbers, ids and codes from their start, names anywhere; a pick zooms. */
class TestCacheLocatorFilter : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void findsByNumberIdCodeAndName();
    void pickZoomsToTheResult();
    void oddInputFindsNothingAndBreaksNothing();

  private:
    QList<QgsLocatorResult> search(const QString &text);
    QString scalar(const QString &sql);

    QTemporaryDir mDirectory;
    QString mPath;
    QgsMapCanvas mCanvas;
};

void TestCacheLocatorFilter::initTestCase()
{
  mPath = mDirectory.filePath(QStringLiteral("tiny.xhc"));
  QProcess demo;
  demo.start(QStringLiteral(XIUHUA_CLI), {QStringLiteral("demo"), QStringLiteral("--scale"),
                                          QStringLiteral("tiny"), QStringLiteral("--out"), mPath});
  QVERIFY(demo.waitForFinished(120000));
  QCOMPARE(demo.exitCode(), 0);
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  QVERIFY2(cache, qPrintable(error));
  mCanvas.resize(800, 600);
  mCanvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
}

QString TestCacheLocatorFilter::scalar(const QString &sql)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mPath, &error);
  return cache ? cache->database().scalar(sql).toString() : QString();
}

QList<QgsLocatorResult> TestCacheLocatorFilter::search(const QString &text)
{
  CacheLocatorFilter filter(mPath, &mCanvas);
  QList<QgsLocatorResult> results;
  connect(&filter, &QgsLocatorFilter::resultFetched, this,
          [&results](const QgsLocatorResult &result) { results.append(result); });
  QgsFeedback feedback;
  filter.fetchResults(text, QgsLocatorContext(), &feedback);
  return results;
}

void TestCacheLocatorFilter::findsByNumberIdCodeAndName()
{
  const QString number = scalar(QStringLiteral("SELECT number FROM cases ORDER BY number LIMIT 1"));
  const QString component = scalar(QStringLiteral("SELECT id FROM component ORDER BY id LIMIT 1"));
  const QString cell = scalar(QStringLiteral("SELECT code FROM grid_cell ORDER BY code LIMIT 1"));
  const QString community = scalar(QStringLiteral("SELECT name FROM community ORDER BY code LIMIT 1"));
  QVERIFY(!number.isEmpty() && !component.isEmpty() && !cell.isEmpty() && !community.isEmpty());

  QList<QgsLocatorResult> results = search(number);
  QVERIFY(!results.isEmpty());
  QVERIFY2(results.first().displayString.startsWith(number), qPrintable(results.first().displayString));
  QCOMPARE(results.first().group, QStringLiteral("Cases"));

  // A prefix finds several, at most resultsPerKind of a kind.
  results = search(component.left(8));
  QVERIFY(!results.isEmpty() && results.size() <= CacheLocatorFilter::resultsPerKind * 2);

  results = search(cell);
  QVERIFY(std::any_of(results.begin(), results.end(), [&](const QgsLocatorResult &r) {
    return r.group == QLatin1String("Grid cells") && r.displayString == cell;
  }));

  // A department, shown where it works.
  const QString department = scalar(QStringLiteral("SELECT name FROM department ORDER BY id LIMIT 1"));
  results = search(department);
  QVERIFY(std::any_of(results.begin(), results.end(), [&](const QgsLocatorResult &r) {
    return r.group == QLatin1String("Departments") && r.displayString == department;
  }));

  // A name from its middle.
  results = search(community.mid(1, 1));
  QVERIFY(std::any_of(results.begin(), results.end(),
                      [&](const QgsLocatorResult &r) { return r.displayString.startsWith(community); }));
}

void TestCacheLocatorFilter::pickZoomsToTheResult()
{
  const QString component = scalar(QStringLiteral("SELECT id FROM component ORDER BY id LIMIT 1"));
  const double x =
      scalar(QStringLiteral("SELECT X(geom) FROM component WHERE id = '%1'").arg(component)).toDouble();
  const double y =
      scalar(QStringLiteral("SELECT Y(geom) FROM component WHERE id = '%1'").arg(component)).toDouble();
  const QList<QgsLocatorResult> results = search(component);
  QVERIFY(!results.isEmpty());
  CacheLocatorFilter filter(mPath, &mCanvas);
  filter.triggerResult(results.first());
  // A point is shown at street level, centred.
  const QgsRectangle extent = mCanvas.extent();
  QVERIFY(extent.contains(QgsPointXY(x, y)));
  QVERIFY2(extent.width() < 400, qPrintable(extent.toString()));
  QVERIFY(std::abs(extent.center().x() - x) < 1 && std::abs(extent.center().y() - y) < 1);
}

void TestCacheLocatorFilter::oddInputFindsNothingAndBreaksNothing()
{
  for (const QString &text :
       {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'; DROP TABLE cases; --"),
        QStringLiteral("   "), QStringLiteral("[*]")})
    QVERIFY2(search(text).isEmpty(), qPrintable(text));
  QVERIFY(!scalar(QStringLiteral("SELECT count(*) FROM cases")).isEmpty());
}

XIUHUA_QGIS_TEST_MAIN(TestCacheLocatorFilter, true)
#include "testcachelocatorfilter.moc"
