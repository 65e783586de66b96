#include "ui/importdialog.h"
#include "ui/mainwindow.h"

#include "cache/cachefile.h"

#include "../dataimport/cachehash.h"
#include "../qgistestmain.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qgsapplication.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>

/**
 * Import and grid drawing from the desktop: the dialogs' requests, the background tasks with their
 * progress, a cancel that leaves the cache as it was, and the window running both on its cache.
 */
class TestImportDialog : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogBuildsTheRequest();
    void taskImportsInTheBackground();
    void cancelledTaskLeavesCacheUnchanged();
    void windowImportsAndDrawsTheGrid();

  private:
    QString writeCity(int buildings);
    /** Waits for \a task to end; true when it completed. */
    static bool waitFor(QgsTask *task);

    std::unique_ptr<QTemporaryDir> mDirectory;
    QString mCachePath;
};

namespace
{
  /** Closes every message box as soon as it opens, remembering its text. */
  class MessageBoxCloser : public QObject
  {
    public:
      MessageBoxCloser()
      {
        connect(&mTimer, &QTimer::timeout, this, [this] {
          if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
          {
            texts.append(box->text());
            box->accept();
          }
        });
        mTimer.start(20);
      }
      QStringList texts;

    private:
      QTimer mTimer;
  };
} // namespace

void TestImportDialog::initTestCase()
{
  QCoreApplication::setOrganizationName(QStringLiteral("XiuhuaTest"));
  QCoreApplication::setApplicationName(QStringLiteral("testimportdialog"));
}

void TestImportDialog::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  mCachePath = mDirectory->filePath(QStringLiteral("city.xhc"));
  CacheSettings settings;
  settings.srid = 4548; // CGCS2000 GK CM 117E: Beijing
  QString error;
  QVERIFY2(CacheFile::create(mCachePath, settings, &error), qPrintable(error));
}

void TestImportDialog::cleanup()
{
  QgsProject::instance()->removeAllMapLayers();
  mDirectory.reset();
}

QString TestImportDialog::writeCity(int buildings)
{
  // A lattice of streets 0.002° apart (about 170 m × 220 m blocks) and small buildings in Beijing.
  QByteArray features;
  auto add = [&features](const QByteArray &feature) {
    features += (features.isEmpty() ? "" : ",") + feature;
  };
  for (int i = 0; i <= 4; ++i)
  {
    add(QStringLiteral(
            R"({"type": "Feature", "properties": {"@type": "way", "@id": "v%1", "highway": "residential"},
      "geometry": {"type": "LineString", "coordinates": [[%2, 39.900], [%2, 39.908]]}})")
            .arg(i)
            .arg(116.400 + 0.002 * i, 0, 'f', 3)
            .toUtf8());
    add(QStringLiteral(
            R"({"type": "Feature", "properties": {"@type": "way", "@id": "h%1", "highway": "residential"},
      "geometry": {"type": "LineString", "coordinates": [[116.400, %2], [116.408, %2]]}})")
            .arg(i)
            .arg(39.900 + 0.002 * i, 0, 'f', 3)
            .toUtf8());
  }
  for (int i = 0; i < buildings; ++i)
  {
    const double x = 116.4003 + 0.00007 * (i % 100);
    const double y = 39.9003 + 0.00007 * (i / 100);
    add(QStringLiteral(
            R"({"type": "Feature", "properties": {"@type": "way", "@id": "b%1", "building": "yes"}, "geometry":
      {"type": "Polygon", "coordinates": [[[%2, %3], [%4, %3], [%4, %5], [%2, %5], [%2, %3]]]}})")
            .arg(i)
            .arg(x, 0, 'f', 6)
            .arg(y, 0, 'f', 6)
            .arg(x + 0.00004, 0, 'f', 6)
            .arg(y + 0.00004, 0, 'f', 6)
            .toUtf8());
  }
  const QString path = mDirectory->filePath(QStringLiteral("city.geojson"));
  QFile file(path);
  if (file.open(QIODevice::WriteOnly))
    file.write(R"({"type": "FeatureCollection", "features": [)" + features + "]}");
  return path;
}

bool TestImportDialog::waitFor(QgsTask *task)
{
  // The task manager deletes a task once it has ended: what the test needs is read from the signals.
  QSignalSpy completed(task, &QgsTask::taskCompleted);
  QSignalSpy terminated(task, &QgsTask::taskTerminated);
  for (int i = 0; i < 600 && completed.isEmpty() && terminated.isEmpty(); ++i)
    QTest::qWait(50);
  return !completed.isEmpty();
}

namespace
{
  /** What an import task said when it ended (it is deleted right after). */
  struct ImportOutcome
  {
      QString error;
      ImportReport report;
  };

  ImportOutcome *watch(CacheImportTask *task, ImportOutcome *outcome)
  {
    QObject::connect(task, &QgsTask::taskCompleted, task,
                     [task, outcome] { outcome->report = task->report(); });
    QObject::connect(task, &QgsTask::taskTerminated, task,
                     [task, outcome] { outcome->error = task->errorMessage(); });
    return outcome;
  }
} // namespace

void TestImportDialog::dialogBuildsTheRequest()
{
  ImportDialog dialog;
  dialog.setSource(QStringLiteral("/data/tile.mvt"));
  dialog.setMapping(QStringLiteral("osm"));
  dialog.setOpenOptions(QStringLiteral(" Z=12  X=1408 Y=2471 "));
  CacheImportTask::Request request = dialog.request(mCachePath);
  QCOMPARE(request.cachePath, mCachePath);
  QCOMPARE(request.source, QStringLiteral("/data/tile.mvt"));
  QVERIFY2(request.mappingPath.endsWith(QStringLiteral("/mappings/osm.json")),
           qPrintable(request.mappingPath));
  QVERIFY(QFile::exists(request.mappingPath));
  QCOMPARE(request.openOptions,
           (QStringList{QStringLiteral("Z=12"), QStringLiteral("X=1408"), QStringLiteral("Y=2471")}));
  QVERIFY(request.sourceCrs.isEmpty());
  dialog.setMapping(QStringLiteral("/data/my-mapping.json"));
  QCOMPARE(dialog.request(mCachePath).mappingPath, QStringLiteral("/data/my-mapping.json"));

  GridBuildDialog grid(QString(), QString(), false);
  QCOMPARE(grid.options().cellArea, 10000.0);
  QVERIFY(!grid.options().replace);
}

void TestImportDialog::taskImportsInTheBackground()
{
  ImportDialog dialog;
  dialog.setSource(writeCity(10));
  dialog.setMapping(QStringLiteral("osm"));
  auto *task = new CacheImportTask(dialog.request(mCachePath));
  ImportOutcome outcome;
  watch(task, &outcome);
  int progressReports = 0;
  connect(task, &QgsTask::progressChanged, this, [&progressReports] { ++progressReports; });
  QgsApplication::taskManager()->addTask(task);
  QVERIFY2(waitFor(task), qPrintable(outcome.error));
  QCOMPARE(outcome.report.written.value(QStringLiteral("building")), 10);
  QCOMPARE(outcome.report.written.value(QStringLiteral("road")), 10);
  QVERIFY(progressReports > 0);
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &error);
  QCOMPARE(cache->database().scalar(QStringLiteral("SELECT count(*) FROM building")).toInt(), 10);
}

void TestImportDialog::cancelledTaskLeavesCacheUnchanged()
{
  std::unique_ptr<CacheFile> cache;
  const QByteArray before = closedCacheHash(cache, mCachePath);
  cache.reset();
  CacheImportTask::Request request;
  request.cachePath = mCachePath;
  request.source = writeCity(20000);
  request.mappingPath = QStringLiteral(XIUHUA_BUILD_DATA_DIR "/mappings/osm.json");
  auto *task = new CacheImportTask(request);
  ImportOutcome outcome;
  watch(task, &outcome);
  double progressed = 0;
  connect(task, &QgsTask::progressChanged, task, [task, &progressed](double done) {
    progressed = done;
    if (done > 10)
      task->cancel();
  });
  QgsApplication::taskManager()->addTask(task);
  QVERIFY(!waitFor(task));
  QVERIFY2(outcome.error.contains(QStringLiteral("cancelled")), qPrintable(outcome.error));
  QVERIFY(progressed > 10 && progressed < 100);
  QCOMPARE(closedCacheHash(cache, mCachePath), before);
}

void TestImportDialog::windowImportsAndDrawsTheGrid()
{
  MainWindow window;
  QString error;
  QVERIFY2(window.addLayersFromFile(mCachePath, &error), qPrintable(error));
  QCOMPARE(window.cachePath(), mCachePath);
  MessageBoxCloser closer;

  CacheImportTask::Request request;
  request.cachePath = mCachePath;
  request.source = writeCity(50);
  request.mappingPath = QStringLiteral(XIUHUA_BUILD_DATA_DIR "/mappings/osm.json");
  QVERIFY(waitFor(window.runImport(request)));
  QTRY_COMPARE(closer.texts.size(), 1);
  QVERIFY2(closer.texts.last().contains(QStringLiteral("50")), qPrintable(closer.texts.last()));

  GridBuildOptions options;
  options.districtCode = QStringLiteral("110105");
  options.districtName = QStringLiteral("朝阳区");
  QVERIFY(waitFor(window.runGridBuild(options)));
  QTRY_COMPARE(closer.texts.size(), 2);
  std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &error);
  const int cells = cache->database().scalar(QStringLiteral("SELECT count(*) FROM grid_cell")).toInt();
  QVERIFY2(cells > 0 && closer.texts.last().contains(QString::number(cells)),
           qPrintable(closer.texts.last()));
  // The grid layer on the map shows the new cells without reopening the cache.
  bool gridShown = false;
  for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
  {
    if (layer->source().contains(QStringLiteral("grid_cell")))
      gridShown = qobject_cast<QgsVectorLayer *>(layer)->featureCount() == cells;
  }
  QVERIFY(gridShown);
}

XIUHUA_QGIS_TEST_MAIN(TestImportDialog, true)
#include "testimportdialog.moc"
