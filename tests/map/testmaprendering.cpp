#include "map/cachelayers.h"
#include "map/scaleranges.h"
#include "map/stylelibrary.h"

#include "cache/cachefile.h"

#include "../qgistestmain.h"
#include "tinydemo.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <qgslayertree.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrenderchecker.h>

/**
 * The cartography as people see it, compared with reviewed control images (tests/data/control_images)
 * at a small colour tolerance: the tiny demo city at street level (1:1000, icons, floors, road names; 1:500
 * with the components' names), at 1:2500 (grid codes, community names) and whole, and the street view at
 * device pixel ratio 2 (a 4K wall). A style change shows up here as a failed comparison, to be looked at and,
 * when intended, accepted by running the test once with XIUHUA_UPDATE_CONTROL_IMAGES=1 and committing the new
 * images.
 *
 * The city's history ends in 2025, so every open case is overdue whenever the test runs: the colours
 * of the cases do not change with the date. Run by hand, set QT_HASH_SEED=0 as ctest does: QGIS breaks
 * ties between label candidates in hash order.
 */
class TestMapRendering : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void rendersAsTheControlImage_data();
    void rendersAsTheControlImage();

  private:
    QgsMapSettings settingsFor(const QgsPointXY &centre, double scale, const QSize &size, double ratio) const;

    QTemporaryDir mDirectory;
    QgsRectangle mDistrict;
};

void TestMapRendering::initTestCase()
{
  const QString path = mDirectory.filePath(QStringLiteral("tiny.xhc"));
  const QString failure = writeTinyDemo(path);
  QVERIFY2(failure.isEmpty(), qPrintable(failure));
  QString error;
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  std::unique_ptr<CacheFile> cache = CacheFile::open(path, &error);
  QVERIFY2(cache, qPrintable(error));
  SqliteStatement extent = cache->database().prepare(
      QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM district"));
  QVERIFY(extent.next());
  mDistrict = QgsRectangle(extent.real(0), extent.real(1), extent.real(2), extent.real(3));
}

void TestMapRendering::cleanupTestCase()
{
  QgsProject::instance()->clear();
}

QgsMapSettings TestMapRendering::settingsFor(const QgsPointXY &centre, double scale, const QSize &size,
                                             double ratio) const
{
  QgsMapSettings settings;
  // The layers people see, in the layer tree's order, as the canvas draws them.
  settings.setLayers(QgsProject::instance()->layerTreeRoot()->checkedLayers());
  settings.setDestinationCrs(settings.layers().constFirst()->crs());
  settings.setLabelingEngineSettings(StyleLibrary::labelingEngineSettings());
  settings.setOutputDpi(96);
  settings.setDevicePixelRatio(static_cast<float>(ratio));
  settings.setOutputSize(size);
  // metres per logical pixel at 1:scale on a 96 dpi screen
  const double metresPerPixel = scale * 0.0254 / 96;
  const double halfWidth = size.width() * metresPerPixel / 2;
  const double halfHeight = size.height() * metresPerPixel / 2;
  settings.setExtent(QgsRectangle(centre.x() - halfWidth, centre.y() - halfHeight, centre.x() + halfWidth,
                                  centre.y() + halfHeight));
  return settings;
}

void TestMapRendering::rendersAsTheControlImage_data()
{
  QTest::addColumn<QString>("name");
  QTest::addColumn<double>("scale");
  QTest::addColumn<double>("ratio");
  QTest::addColumn<QPointF>("offset"); // from the district's centre, in metres

  QTest::newRow("component names") << QStringLiteral("street_500") << 500.0 << 1.0 << QPointF(230, 190);
  QTest::newRow("street level") << QStringLiteral("street_1000") << 1000.0 << 1.0 << QPointF(250, 170);
  QTest::newRow("grid codes") << QStringLiteral("grid_2500") << 2500.0 << 1.0 << QPointF(0, 0);
  QTest::newRow("whole district") << QStringLiteral("district_6000") << 6000.0 << 1.0 << QPointF(0, 0);
  QTest::newRow("street level on a 4K wall")
      << QStringLiteral("street_1000_ratio2") << 1000.0 << 2.0 << QPointF(250, 170);
}

void TestMapRendering::rendersAsTheControlImage()
{
  QFETCH(QString, name);
  QFETCH(double, scale);
  QFETCH(double, ratio);
  QFETCH(QPointF, offset);
  const QSize size(640, 480);
  const QgsPointXY centre(mDistrict.center().x() + offset.x(), mDistrict.center().y() + offset.y());
  QgsMapSettings settings = settingsFor(centre, scale, size, ratio);
  // As the canvas does at this ratio (CanvasScaleCorrection): the styles' ranges in QGIS's scale.
  for (QgsMapLayer *layer : settings.layers())
    scaleranges::applyFactor(layer, scaleranges::reportedScaleFactor(settings));
  const auto restoreRanges = qScopeGuard([&settings] {
    for (QgsMapLayer *layer : settings.layers())
      scaleranges::applyFactor(layer, 1);
  });
  const QString controlDirectory = QStringLiteral(XIUHUA_TEST_DATA_DIR "/control_images/");

  if (qEnvironmentVariableIsSet("XIUHUA_UPDATE_CONTROL_IMAGES"))
  {
    // As QgsRenderChecker renders: its background and antialiasing.
    settings.setBackgroundColor(qRgb(152, 219, 249));
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    QVERIFY(QDir().mkpath(controlDirectory + name));
    QVERIFY(
        job.renderedImage().save(controlDirectory + name + QLatin1Char('/') + name + QStringLiteral(".png")));
  }

  QgsRenderChecker checker;
  checker.setControlImagePath(controlDirectory);
  checker.setControlName(name);
  checker.setMapSettings(settings);
  // Antialiased edges and glyphs may differ by a shade; a style change moves thousands of pixels.
  checker.setColorTolerance(12);
  const unsigned int allowedMismatch =
      static_cast<unsigned int>(size.width() * size.height() * ratio * ratio / 1000);
  const bool same = checker.runTest(name, allowedMismatch);
  QVERIFY2(same,
           qPrintable(QStringLiteral("%1 differs from its control image in %2 pixels; see %3")
                          .arg(name)
                          .arg(checker.mismatchCount())
                          .arg(QDir::tempPath() + QLatin1Char('/') + name + QStringLiteral("_result.png"))));
}

XIUHUA_QGIS_TEST_MAIN(TestMapRendering, true)
#include "testmaprendering.moc"
