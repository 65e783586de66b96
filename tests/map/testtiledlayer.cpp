#include "map/cachelayers.h"
#include "map/layertiling.h"
#include "map/stylelibrary.h"
#include "map/tilecache.h"
#include "map/tiledlayer.h"

#include "cache/cachefile.h"

#include "../qgistestmain.h"
#include "tinydemo.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayertree.h>
#include <qgslinesymbollayer.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

/**
 * Drawing through tiles (TiledLayer, LayerTiling) gives the map drawn directly: the tiny demo city at
 * street level, whole and at device pixel ratio 2; after a pan, from the tiles of the view before and
 * those that came into view (and only those are drawn); after a change of style, with no tile from
 * before. The views start on a whole pixel of the tile grid, where the tiles are not shifted at all.
 */
class TestTiledLayer : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void drawsWhatTheLayersDraw_data();
    void drawsWhatTheLayersDraw();
    void aPanDrawsOnlyWhatCameIntoView();
    void aRestyledLayerLosesItsTiles();
    void aCancelledRenderKeepsNoUnfinishedTile();
    void aFreshProviderIsFollowed();
    void runsAndCompanions();

  private:
    /**
     * Settings at 1:\a scale and device pixel ratio \a ratio, the view's lower left corner \a pixels
     * from the district's, on whole device pixels.
     */
    QgsMapSettings settingsAt(double scale, const QPoint &pixels, double ratio = 1) const;
    /** The layer over \a table, or null. */
    QgsVectorLayer *layerOf(const QString &table) const;
    /** \a settings drawn with \a layers, labels included. */
    static QImage render(QgsMapSettings settings, const QList<QgsMapLayer *> &layers);
    /** How many pixels of \a a and \a b differ by more than a shade of antialiasing. */
    static int differingPixels(const QImage &a, const QImage &b);

    QTemporaryDir mDirectory;
    QgsRectangle mDistrict;
    QList<QgsMapLayer *> mLayers;
    std::unique_ptr<LayerTiling> mTiling;
};

void TestTiledLayer::initTestCase()
{
  const QString path = mDirectory.filePath(QStringLiteral("tiny.xhc"));
  const QString failure = writeTinyDemo(path);
  QVERIFY2(failure.isEmpty(), qPrintable(failure));
  QString error;
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  mLayers = QgsProject::instance()->layerTreeRoot()->checkedLayers();
  QVERIFY(layerOf(QStringLiteral("district")));
  mDistrict = layerOf(QStringLiteral("district"))->extent();
  QVERIFY(!mDistrict.isEmpty());
  // Dotted lines (the grid's) take their phase from where QGIS starts drawing a line, which moves with
  // the view in its own renders too: a pan by 100 pixels changes 4,000 of their pixels. Drawn solid
  // here, so that everything else is compared pixel for pixel.
  for (QgsMapLayer *layer : std::as_const(mLayers))
  {
    QgsRenderContext context;
    for (QgsSymbol *symbol : qobject_cast<QgsVectorLayer *>(layer)->renderer()->symbols(context))
    {
      for (QgsSymbolLayer *symbolLayer : symbol->symbolLayers())
      {
        if (auto *line = dynamic_cast<QgsSimpleLineSymbolLayer *>(symbolLayer))
        {
          line->setUseCustomDashPattern(false);
          line->setPenStyle(Qt::SolidLine);
        }
        if (auto *fill = dynamic_cast<QgsSimpleFillSymbolLayer *>(symbolLayer))
          fill->setStrokeStyle(Qt::SolidLine);
      }
    }
  }
}

void TestTiledLayer::cleanupTestCase()
{
  mTiling.reset();
  QgsProject::instance()->clear();
}

void TestTiledLayer::init()
{
  mTiling = std::make_unique<LayerTiling>();
}

QgsMapSettings TestTiledLayer::settingsAt(double scale, const QPoint &pixels, double ratio) const
{
  const QSize size(640, 480);
  const double metresPerPixel = scale * 0.0254 / 96;
  // On whole device pixels of the tiles' grid, which starts at the map's origin.
  const double devicePixel = metresPerPixel / ratio;
  const double left =
      (std::floor(mDistrict.xMinimum() / devicePixel) + std::round(pixels.x() * ratio)) * devicePixel;
  const double bottom =
      (std::floor(mDistrict.yMinimum() / devicePixel) + std::round(pixels.y() * ratio)) * devicePixel;
  QgsMapSettings settings;
  settings.setDestinationCrs(mLayers.constFirst()->crs());
  settings.setLabelingEngineSettings(StyleLibrary::labelingEngineSettings());
  settings.setOutputDpi(96);
  settings.setDevicePixelRatio(static_cast<float>(ratio));
  settings.setOutputSize(size);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing);
  settings.setBackgroundColor(Qt::white);
  // QGIS draws the points in the extent: an icon whose point lies just outside the view would be cut off
  // at the edge, where the tiles (drawn with a margin) show it whole. Both take the tiles' margin.
  settings.setExtentBuffer(10 * scale / 1000);
  settings.setExtent(QgsRectangle(left, bottom, left + size.width() * metresPerPixel,
                                  bottom + size.height() * metresPerPixel));
  return settings;
}

QgsVectorLayer *TestTiledLayer::layerOf(const QString &table) const
{
  for (QgsMapLayer *layer : mLayers)
  {
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == table)
      return qobject_cast<QgsVectorLayer *>(layer);
  }
  return nullptr;
}

QImage TestTiledLayer::render(QgsMapSettings settings, const QList<QgsMapLayer *> &layers)
{
  settings.setLayers(layers);
  QgsMapRendererParallelJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

int TestTiledLayer::differingPixels(const QImage &a, const QImage &b)
{
  if (a.size() != b.size())
    return a.width() * a.height();
  const QImage first = a.convertToFormat(QImage::Format_ARGB32);
  const QImage second = b.convertToFormat(QImage::Format_ARGB32);
  int differing = 0;
  for (int y = 0; y < first.height(); ++y)
  {
    const auto *p = reinterpret_cast<const QRgb *>(first.constScanLine(y));
    const auto *q = reinterpret_cast<const QRgb *>(second.constScanLine(y));
    for (int x = 0; x < first.width(); ++x)
    {
      if (std::abs(qRed(p[x]) - qRed(q[x])) > 12 || std::abs(qGreen(p[x]) - qGreen(q[x])) > 12 ||
          std::abs(qBlue(p[x]) - qBlue(q[x])) > 12)
        ++differing;
    }
  }
  return differing;
}

void TestTiledLayer::drawsWhatTheLayersDraw_data()
{
  QTest::addColumn<double>("scale");
  QTest::addColumn<QPoint>("corner");
  QTest::addColumn<double>("ratio");
  QTest::newRow("street level") << 1000.0 << QPoint(3000, 2200) << 1.0;
  QTest::newRow("grid codes") << 2500.0 << QPoint(900, 700) << 1.0;
  QTest::newRow("whole district") << 6000.0 << QPoint(0, 0) << 1.0;
  QTest::newRow("street level on a 4K wall") << 1000.0 << QPoint(3000, 2200) << 2.0;
  // 128 logical pixels are 192 device pixels: the tiles still meet edge to edge.
  QTest::newRow("street level at 150 %") << 1000.0 << QPoint(3000, 2200) << 1.5;
}

void TestTiledLayer::drawsWhatTheLayersDraw()
{
  QFETCH(double, scale);
  QFETCH(QPoint, corner);
  QFETCH(double, ratio);
  const QgsMapSettings settings = settingsAt(scale, corner, ratio);
  const QImage direct = render(settings, mLayers);
  const QImage tiled = render(settings, mTiling->layersToDraw(mLayers, settings.destinationCrs()));
  QVERIFY(mTiling->tiles().size() > 0);
  const int differing = differingPixels(direct, tiled);
  // Labels are placed by the same engine from the same features: the images are the same but for a
  // few pixels of antialiasing (0 to 3 of 307,200 when this was written).
  QVERIFY2(differing <= direct.width() * direct.height() / 5000,
           qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

void TestTiledLayer::aPanDrawsOnlyWhatCameIntoView()
{
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(mLayers, mLayers.constFirst()->crs());
  render(settingsAt(1000, QPoint(3000, 2200)), drawn);
  const int before = mTiling->tiles().size();
  // A pan by 160 pixels to the east: the view is 640 wide, the tiles 128.
  const QgsMapSettings after = settingsAt(1000, QPoint(3160, 2200));
  const QImage panned = render(after, drawn);
  const int added = mTiling->tiles().size() - before;
  // Per run of tiled layers, the two columns of tiles (of the 5 or 6 across) that came into view,
  // 4 or 5 rows high each.
  int runs = 0;
  for (QgsMapLayer *layer : drawn)
    runs += qobject_cast<TiledLayer *>(layer) ? 1 : 0;
  QVERIFY(runs >= 2);
  QVERIFY2(added > 0 && added <= runs * 2 * 5, qPrintable(QStringLiteral("%1 tiles drawn").arg(added)));
  const int differing = differingPixels(render(after, mLayers), panned);
  QVERIFY2(differing <= panned.width() * panned.height() / 5000,
           qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));

  // Back where it started, every tile is there already.
  const int kept = mTiling->tiles().size();
  render(settingsAt(1000, QPoint(3000, 2200)), drawn);
  QCOMPARE(mTiling->tiles().size(), kept);
}

void TestTiledLayer::aRestyledLayerLosesItsTiles()
{
  QgsVectorLayer *blocks = layerOf(QStringLiteral("block"));
  QVERIFY(blocks);
  const QgsMapSettings settings = settingsAt(2500, QPoint(900, 700));
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(mLayers, settings.destinationCrs());
  const QImage before = render(settings, drawn);
  std::unique_ptr<QgsFeatureRenderer> style(blocks->renderer()->clone());
  QgsFillSymbol *red = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,0,0")}});
  blocks->setRenderer(new QgsSingleSymbolRenderer(red));
  const QImage after = render(settings, drawn);
  QVERIFY(differingPixels(before, after) > 10000);
  QVERIFY(differingPixels(render(settings, mLayers), after) <= after.width() * after.height() / 5000);
  // New data, as CacheWatcher announces it, also forgets the tiles: restored, the style shows again.
  blocks->setRenderer(style.release());
  blocks->triggerRepaint();
  QVERIFY(differingPixels(before, render(settings, drawn)) <= before.width() * before.height() / 5000);
}

void TestTiledLayer::aCancelledRenderKeepsNoUnfinishedTile()
{
  const QgsMapSettings settings = settingsAt(1000, QPoint(3000, 2200), 2);
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(mLayers, settings.destinationCrs());
  // Cancelled at once, and a little later each time: in the middle of some batch or other.
  for (int wait = 0; wait < 40; wait += 4)
  {
    QgsMapSettings cancelled = settings;
    cancelled.setLayers(drawn);
    QgsMapRendererParallelJob job(cancelled);
    job.start();
    QThread::msleep(static_cast<unsigned long>(wait));
    job.cancel();
  }
  const QImage tiled = render(settings, drawn);
  QVERIFY(differingPixels(render(settings, mLayers), tiled) <= tiled.width() * tiled.height() / 5000);
}

void TestTiledLayer::aFreshProviderIsFollowed()
{
  QgsVectorLayer *roads = layerOf(QStringLiteral("road"));
  QVERIFY(roads);
  const QgsMapSettings settings = settingsAt(1000, QPoint(3000, 2200));
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(mLayers, settings.destinationCrs());
  render(settings, drawn);
  // As MainWindow::reloadCacheLayers does after an import: the road names' companion reopens too.
  QSignalSpy regrouped(mTiling.get(), &LayerTiling::layersToDrawChanged);
  roads->setDataSource(roads->source(), roads->name(), roads->providerType(), false);
  QVERIFY(!regrouped.isEmpty());
  const QList<QgsMapLayer *> after = mTiling->layersToDraw(mLayers, settings.destinationCrs());
  QCOMPARE(after, drawn);
  for (QgsMapLayer *layer : after)
    QVERIFY(layer->isValid());
  const QImage tiled = render(settings, after);
  QVERIFY(differingPixels(render(settings, mLayers), tiled) <= tiled.width() * tiled.height() / 5000);
}

void TestTiledLayer::runsAndCompanions()
{
  const QList<QgsMapLayer *> drawn = mTiling->layersToDraw(mLayers, mLayers.constFirst()->crs());
  QStringList tables;
  for (QgsMapLayer *layer : drawn)
    tables.append(layer->customProperty(QStringLiteral("xiuhua/table")).toString());
  // The cases stay as they are; the components and the grid are one run, and the basemap under the place
  // names another; labelled layers bring their labels.
  QVERIFY2(tables.contains(QStringLiteral("cases")), qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.contains(QStringLiteral("component_names")), qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.contains(QStringLiteral("place_label")), qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.contains(QStringLiteral("road/labels")), qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.contains(QStringLiteral("grid_cell/labels")), qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.contains(QStringLiteral("component+district+street+community+grid_cell/tiles")),
           qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY2(tables.filter(QStringLiteral("/tiles")).size() == 2, qPrintable(tables.join(QLatin1Char(' '))));
  QVERIFY(!tables.contains(QStringLiteral("road")));
  // Identify sees the layers themselves, none of the companions.
  QCOMPARE(LayerTiling::sourceLayers(drawn), mLayers);
  // Stand-ins are made once.
  QCOMPARE(mTiling->layersToDraw(mLayers, mLayers.constFirst()->crs()), drawn);
}

XIUHUA_QGIS_TEST_MAIN(TestTiledLayer, true)
#include "testtiledlayer.moc"
