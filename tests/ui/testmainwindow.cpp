#include "map/cachelayers.h"
#include "map/tiledlayer.h"
#include "ui/bookmarksdock.h"
#include "ui/casefilterbar.h"
#include "ui/coordinatestatus.h"
#include "ui/copycoordinatestool.h"
#include "ui/identifyresultsdock.h"
#include "ui/identifytool.h"
#include "ui/mainwindow.h"
#include "ui/mapdecorations.h"
#include "ui/mapnavigation.h"
#include "ui/mapscreenshot.h"
#include "ui/measuretool.h"
#include "ui/oneboxdock.h"
#include "ui/oneboxtool.h"

#include "cache/cachefile.h"
#include "cache/featurewriter.h"

#include "../qgistestmain.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmapoverviewcanvas.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

/** Tests the command-center window with real layers on an offscreen canvas. */
class TestMainWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rendersTheLayersPixels();
    void firstLayerChoosesGaussKrugerZone();
    void identifiesFeatureUnderClick();
    void statusBarShowsPositionAndCrs();
    void navigationActionsDriveTheCanvas();
    void reportsFilesItCannotOpen();
    void restoresDockLayout();
    void writesScreenshot();
    void opensCacheInGroups();
    void remembersLayerTreePerCache();
    void redrawsWhenOthersWriteToTheCache();
    void filtersCasesByPeriodAndStage();
    void measuresDistanceAndArea();
    void copiesCoordinates();
    void drawsScaleBarNorthArrowAndOverview();
    void keepsBookmarks();
    void takesOneBoxStatistics();

  private:
    static QString makeCache(const QTemporaryDir &directory);
    static QString park() { return QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson"); }
    static void waitForRender(QgsMapCanvas *canvas);
    static QPoint pixelOf(QgsMapCanvas *canvas, const QgsPointXY &mapPoint);
    static QgsPointXY parkCentre(QgsMapCanvas *canvas);

    std::unique_ptr<MainWindow> mWindow;
};

void TestMainWindow::initTestCase()
{
  // Settings of our own, so the test never reads or changes a user's saved layout.
  QCoreApplication::setOrganizationName(QStringLiteral("XiuhuaTest"));
  QCoreApplication::setApplicationName(QStringLiteral("testmainwindow"));
}

void TestMainWindow::init()
{
  QSettings().clear();
  mWindow = std::make_unique<MainWindow>();
  mWindow->resize(1280, 800);
  mWindow->show();
}

void TestMainWindow::cleanup()
{
  mWindow.reset();
  QgsProject::instance()->clear(); // the groups too: each test starts from an empty tree
  QSettings().clear();
}

void TestMainWindow::waitForRender(QgsMapCanvas *canvas)
{
  QSignalSpy rendered(canvas, &QgsMapCanvas::mapCanvasRefreshed);
  canvas->refresh();
  QVERIFY(rendered.wait(30000));
  while (canvas->isDrawing())
    QVERIFY(rendered.wait(30000));
  QCoreApplication::processEvents();
}

QPoint TestMainWindow::pixelOf(QgsMapCanvas *canvas, const QgsPointXY &mapPoint)
{
  const QgsPointXY pixel = canvas->mapSettings().mapToPixel().transform(mapPoint);
  return QPoint(qRound(pixel.x()), qRound(pixel.y()));
}

QgsPointXY TestMainWindow::parkCentre(QgsMapCanvas *canvas)
{
  const QgsCoordinateTransform toMap(QgsCoordinateReferenceSystem::fromEpsgId(4326),
                                     canvas->mapSettings().destinationCrs(), QgsProject::instance());
  return toMap.transform(QgsPointXY(120.155, 30.254));
}

void TestMainWindow::rendersTheLayersPixels()
{
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(park(), &error), qPrintable(error));
  QgsMapCanvas *canvas = mWindow->canvas();
  waitForRender(canvas);

  const QImage image = canvas->grab().toImage();
  QVERIFY(!image.isNull());
  const QColor background = canvas->canvasColor();
  const QPoint inside = pixelOf(canvas, parkCentre(canvas));
  QVERIFY(image.rect().contains(inside));
  QVERIFY2(image.pixelColor(inside) != background, "the park's centre should be painted");
  QCOMPARE(image.pixelColor(QPoint(2, 2)), background);

  // Most of the canvas is the park (zoomed to its extent); count what is painted.
  int painted = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4)
      painted += image.pixelColor(x, y) != background;
  const int sampled = (image.width() / 4) * (image.height() / 4);
  QVERIFY2(painted > sampled / 4,
           qPrintable(QStringLiteral("%1 of %2 samples painted").arg(painted).arg(sampled)));
}

void TestMainWindow::firstLayerChoosesGaussKrugerZone()
{
  QString error;
  QVERIFY(mWindow->addLayersFromFile(park(), &error));
  // The park lies at 120.15°E: CGCS2000 3-degree Gauss–Krüger, central meridian 120°E.
  QCOMPARE(mWindow->canvas()->mapSettings().destinationCrs().authid(), QStringLiteral("EPSG:4549"));
  QCOMPARE(QgsProject::instance()->crs().authid(), QStringLiteral("EPSG:4549"));
}

void TestMainWindow::identifiesFeatureUnderClick()
{
  QString error;
  QVERIFY(mWindow->addLayersFromFile(park(), &error));
  QgsMapCanvas *canvas = mWindow->canvas();
  waitForRender(canvas);

  const QPoint inside = pixelOf(canvas, parkCentre(canvas));
  IdentifyTool *tool = mWindow->navigation()->identifyTool();
  const QList<QgsMapToolIdentify::IdentifyResult> results =
      tool->identify(inside.x(), inside.y(), QgsMapToolIdentify::TopDownAll, QgsMapToolIdentify::AllLayers);
  QCOMPARE(results.size(), 1);
  QCOMPARE(results.first().mFeature.attribute(QStringLiteral("名称")).toString(), QStringLiteral("人民公园"));

  mWindow->identifyResults()->showResults(results);
  QCOMPARE(mWindow->identifyResults()->featureCount(), 1);
  QVERIFY(mWindow->identifyResults()->isVisible());

  const QList<QgsMapToolIdentify::IdentifyResult> outside =
      tool->identify(2, 2, QgsMapToolIdentify::TopDownAll, QgsMapToolIdentify::AllLayers);
  QVERIFY(outside.isEmpty());
}

void TestMainWindow::statusBarShowsPositionAndCrs()
{
  QString error;
  QVERIFY(mWindow->addLayersFromFile(park(), &error));
  QgsMapCanvas *canvas = mWindow->canvas();
  auto *status = mWindow->findChild<CoordinateStatus *>();
  QVERIFY(status);

  emit canvas->xyCoordinates(parkCentre(canvas));
  QVERIFY2(status->projectedText().endsWith(QStringLiteral(" m")), qPrintable(status->projectedText()));
  QVERIFY2(status->geographicText().contains(QStringLiteral("120.155000°")),
           qPrintable(status->geographicText()));
  QVERIFY2(status->geographicText().contains(QStringLiteral("30.254000°")),
           qPrintable(status->geographicText()));
}

void TestMainWindow::navigationActionsDriveTheCanvas()
{
  QString error;
  QVERIFY(mWindow->addLayersFromFile(park(), &error));
  QgsMapCanvas *canvas = mWindow->canvas();
  MapNavigation *navigation = mWindow->navigation();

  navigation->identifyAction()->trigger();
  QCOMPARE(canvas->mapTool(), navigation->identifyTool());
  navigation->zoomInAction()->trigger();
  QVERIFY(navigation->zoomInAction()->isChecked());
  QVERIFY(!navigation->identifyAction()->isChecked());

  const double fullScale = canvas->scale();
  QgsRectangle closer = canvas->extent();
  closer.scale(0.5);
  canvas->setExtent(closer);
  QVERIFY(canvas->scale() < fullScale * 0.6);
  QVERIFY(navigation->previousExtentAction()->isEnabled());
  navigation->fullExtentAction()->trigger();
  QVERIFY(qAbs(canvas->scale() - fullScale) < fullScale * 0.01);
  navigation->previousExtentAction()->trigger();
  QVERIFY(canvas->scale() < fullScale * 0.6);
  QVERIFY(navigation->nextExtentAction()->isEnabled());
}

void TestMainWindow::reportsFilesItCannotOpen()
{
  QString error;
  QVERIFY(!mWindow->addLayersFromFile(QStringLiteral("/nonexistent/roads.gpkg"), &error));
  QVERIFY(error.contains(QStringLiteral("/nonexistent/roads.gpkg")));
  QVERIFY(QgsProject::instance()->mapLayers().isEmpty());
}

void TestMainWindow::restoresDockLayout()
{
  auto *layersDock = mWindow->findChild<QDockWidget *>(QStringLiteral("LayersDock"));
  QVERIFY(layersDock);
  mWindow->addDockWidget(Qt::RightDockWidgetArea, layersDock);
  mWindow->identifyResults()->show();
  mWindow->resize(1100, 700);
  mWindow->close();
  mWindow.reset();

  mWindow = std::make_unique<MainWindow>();
  mWindow->show();
  layersDock = mWindow->findChild<QDockWidget *>(QStringLiteral("LayersDock"));
  QCOMPARE(mWindow->dockWidgetArea(layersDock), Qt::RightDockWidgetArea);
  QVERIFY(mWindow->identifyResults()->isVisible());
  QCOMPARE(mWindow->size(), QSize(1100, 700));
}

void TestMainWindow::writesScreenshot()
{
  QString error;
  QVERIFY(mWindow->addLayersFromFile(park(), &error));
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("window.png"));
  MapScreenshot screenshot(mWindow.get(), file);
  QSignalSpy finished(&screenshot, &MapScreenshot::finished);
  screenshot.start();
  QVERIFY(finished.wait(30000));
  QCOMPARE(finished.first().first().toString(), QString());
  const QImage image(file);
  QCOMPARE(image.size(), mWindow->size());
}

void TestMainWindow::opensCacheInGroups()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  {
    QString error;
    std::unique_ptr<CacheFile> cache = CacheFile::create(path, CacheSettings(), &error);
    QVERIFY2(cache, qPrintable(error));
    FeatureWriter buildings(*cache, QStringLiteral("building"), {QStringLiteral("floors")});
    SqliteStatement wkb = cache->database().prepare(QStringLiteral(
        "SELECT AsBinary(GeomFromText('POLYGON((508000 3342000, 508100 3342000, 508100 3342060, "
        "508000 3342060, 508000 3342000))'))"));
    QVERIFY(wkb.next());
    QVERIFY2(buildings.write(QStringLiteral("b1"), {12}, wkb.blob(0)), qPrintable(buildings.errorMessage()));
  }
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
  QCOMPARE(root->findGroups().size(), 5);
  // The heatmap theme is there, off until asked for.
  QgsLayerTreeGroup *themes = root->findGroups().last();
  QCOMPARE(themes->findLayers().size(), 1);
  QVERIFY(!themes->findLayers().first()->itemVisibilityChecked());
  QVERIFY(QgsProject::instance()->mapLayers().size() >= 12);
  QCOMPARE(mWindow->canvas()->mapSettings().destinationCrs().authid(), QStringLiteral("EPSG:4549"));
  waitForRender(mWindow->canvas());
  const QImage image = mWindow->canvas()->grab().toImage();
  const QPoint centre = pixelOf(mWindow->canvas(), QgsPointXY(508050, 3342030));
  QVERIFY(image.pixelColor(centre) != mWindow->canvas()->canvasColor());
  // The canvas draws the basemap through tiles; a click still identifies the building itself.
  const QList<QgsMapLayer *> drawn = mWindow->canvas()->layers();
  QVERIFY(std::any_of(drawn.begin(), drawn.end(),
                      [](QgsMapLayer *layer) { return qobject_cast<TiledLayer *>(layer); }));
  QVERIFY(std::none_of(drawn.begin(), drawn.end(), [](QgsMapLayer *layer) {
    return layer->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("building");
  }));
  QList<QgsMapToolIdentify::IdentifyResult> results;
  QObject receiver;
  connect(mWindow->navigation()->identifyTool(), &IdentifyTool::identified, &receiver,
          [&results](const QList<QgsMapToolIdentify::IdentifyResult> &found) { results = found; });
  QgsMapMouseEvent click(mWindow->canvas(), QEvent::MouseButtonRelease, centre, Qt::LeftButton,
                         Qt::LeftButton);
  mWindow->navigation()->identifyTool()->canvasReleaseEvent(&click);
  QVERIFY(std::any_of(results.begin(), results.end(), [](const QgsMapToolIdentify::IdentifyResult &result) {
    return result.mFeature.attribute(QStringLiteral("id")) == QStringLiteral("b1");
  }));
  // A file that only looks like a cache by name is opened as what it is.
  QVERIFY(!CacheLayers::isCache(park()));
}

QString TestMainWindow::makeCache(const QTemporaryDir &directory)
{
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  QString error;
  CacheFile::create(path, CacheSettings(), &error);
  return path;
}

void TestMainWindow::remembersLayerTreePerCache()
{
  QTemporaryDir directory;
  const QString path = makeCache(directory);
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
  // Grid cells off, the heatmap on, the Basemap group moved to the top.
  QgsLayerTreeLayer *cells = nullptr;
  for (QgsLayerTreeLayer *node : root->findLayers())
  {
    if (node->layer()->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("grid_cell"))
      cells = node;
    if (node->layer()->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("cases/heatmap"))
      node->setItemVisibilityChecked(true);
  }
  QVERIFY(cells);
  cells->setItemVisibilityChecked(false);
  QgsLayerTreeGroup *basemap = root->findGroups().at(3);
  QCOMPARE(basemap->customProperty(QStringLiteral("xiuhua/table")).toString(), QStringLiteral("basemap"));
  root->insertChildNode(0, basemap->clone());
  root->removeChildNode(basemap);
  mWindow->close();
  mWindow.reset();
  QgsProject::instance()->clear();

  // A new window on the same cache: as it was left.
  mWindow = std::make_unique<MainWindow>();
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  root = QgsProject::instance()->layerTreeRoot();
  QCOMPARE(root->findGroups().first()->customProperty(QStringLiteral("xiuhua/table")).toString(),
           QStringLiteral("basemap"));
  for (QgsLayerTreeLayer *node : root->findLayers())
  {
    const QString table = node->layer()->customProperty(QStringLiteral("xiuhua/table")).toString();
    if (table == QLatin1String("grid_cell"))
      QVERIFY(!node->itemVisibilityChecked());
    else if (table == QLatin1String("cases/heatmap") || table == QLatin1String("building"))
      QVERIFY(node->itemVisibilityChecked());
  }
  // Another cache starts from the defaults.
  QTemporaryDir other;
  mWindow.reset();
  QgsProject::instance()->clear();
  mWindow = std::make_unique<MainWindow>();
  QVERIFY2(mWindow->addLayersFromFile(makeCache(other), &error), qPrintable(error));
  QCOMPARE(QgsProject::instance()->layerTreeRoot()->findGroups().first()->customProperty(
               QStringLiteral("xiuhua/table")),
           QVariant(QStringLiteral("cases")));
}

void TestMainWindow::redrawsWhenOthersWriteToTheCache()
{
  QTemporaryDir directory;
  const QString path = makeCache(directory);
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  QgsMapLayer *buildings = nullptr;
  QgsMapLayer *cases = nullptr;
  for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
  {
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("building"))
      buildings = layer;
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("cases"))
      cases = layer;
  }
  QVERIFY(buildings && cases);
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setExtent(QgsRectangle(507900, 3341900, 508200, 3342160));
  waitForRender(canvas);
  const QPoint centre = pixelOf(canvas, QgsPointXY(508050, 3342030));
  QCOMPARE(canvas->grab().toImage().pixelColor(centre), canvas->canvasColor());
  QSignalSpy repaint(buildings, &QgsMapLayer::repaintRequested);
  QSignalSpy casesRepaint(cases, &QgsMapLayer::repaintRequested);
  QTest::qWait(1500);
  QVERIFY(repaint.isEmpty()); // nothing changed, nothing redrawn

  std::unique_ptr<CacheFile> cache = CacheFile::open(path, &error);
  FeatureWriter writer(*cache, QStringLiteral("building"), {QStringLiteral("floors")});
  SqliteStatement wkb =
      cache->database().prepare(QStringLiteral("SELECT AsBinary(GeomFromText('POLYGON((508000 3342000, "
                                               "508100 3342000, 508100 3342060, 508000 3342060, "
                                               "508000 3342000))'))"));
  QVERIFY(wkb.next());
  QVERIFY2(writer.write(QStringLiteral("b1"), {5}, wkb.blob(0)), qPrintable(writer.errorMessage()));
  QTRY_VERIFY_WITH_TIMEOUT(!repaint.isEmpty(), 5000);
  // The journal names the table: the cases are not drawn again for a building.
  QVERIFY(casesRepaint.isEmpty());
  // The new building shows where the canvas had already drawn (and kept the tiles of) an empty map.
  QTRY_VERIFY_WITH_TIMEOUT(
      mWindow->canvas()->grab().toImage().pixelColor(centre) != mWindow->canvas()->canvasColor(), 10000);
}

void TestMainWindow::filtersCasesByPeriodAndStage()
{
  QTemporaryDir directory;
  const QString path = makeCache(directory);
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  auto subsetOf = [](const QString &table) {
    for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
    {
      if (layer->customProperty(QStringLiteral("xiuhua/table")) == table)
        return qobject_cast<QgsVectorLayer *>(layer)->subsetString();
    }
    return QString();
  };
  QVERIFY(subsetOf(QStringLiteral("cases")).startsWith(QStringLiteral("state IN ('reported'")));
  // Today's cases awaiting dispatch: on the cases and on the heatmap alike.
  mWindow->caseFilter()->choose(CaseFilter::Period::Today, 2);
  for (const QString &table : {QStringLiteral("cases"), QStringLiteral("cases/heatmap")})
  {
    QVERIFY2(subsetOf(table).contains(QStringLiteral("state IN ('pending_dispatch', 'returned')")),
             qPrintable(subsetOf(table)));
    QVERIFY(subsetOf(table).contains(QStringLiteral("reported_at >= ")));
  }
}

void TestMainWindow::measuresDistanceAndArea()
{
  MeasureTool *distance = mWindow->navigation()->measureDistanceTool();
  MeasureTool *area = mWindow->navigation()->measureAreaTool();
  QCOMPARE(distance->describe({{0, 0}, {300, 400}}), QStringLiteral("500.0 m"));
  QCOMPARE(distance->describe({{0, 0}, {3000, 4000}, {3000, 5000}}), QStringLiteral("6.000 km"));
  QCOMPARE(area->describe({{0, 0}, {100, 0}, {100, 100}, {0, 100}}),
           QStringLiteral("1.000 ha · perimeter 400.0 m"));
  QCOMPARE(area->describe({{0, 0}, {10, 0}, {10, 10}}), QStringLiteral("50.0 m² · perimeter 34.1 m"));

  // With the mouse: two clicks and a right click measure the line between them.
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
  canvas->setExtent(QgsRectangle(500000, 3400000, 501000, 3401000));
  canvas->refresh();
  mWindow->navigation()->actions().at(9)->trigger(); // Measure Distance
  QCOMPARE(canvas->mapTool(), distance);
  QSignalSpy measured(distance, &MeasureTool::measured);
  const QPoint from = pixelOf(canvas, QgsPointXY(500200, 3400500));
  const QPoint to = pixelOf(canvas, QgsPointXY(500800, 3400500));
  QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, from);
  QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, to);
  QTest::mouseClick(canvas->viewport(), Qt::RightButton, Qt::NoModifier, to);
  QVERIFY(!measured.isEmpty());
  QVERIFY(measured.last().at(1).toBool());
  const double metres =
      QLocale::c().toDouble(measured.last().at(0).toString().section(QLatin1Char(' '), 0, 0));
  QVERIFY2(std::abs(metres - 600) < 5, qPrintable(measured.last().at(0).toString()));
}

void TestMainWindow::copiesCoordinates()
{
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
  CopyCoordinatesTool *tool = mWindow->navigation()->copyCoordinatesTool();
  const QString text = tool->describe(QgsPointXY(509600, 3343600));
  QVERIFY2(text.startsWith(QStringLiteral("509600.00, 3343600.00 (EPSG:4549); 120.0997")), qPrintable(text));
  QVERIFY2(text.contains(QStringLiteral("° E, 30.2118")), qPrintable(text));
  canvas->setExtent(QgsRectangle(509000, 3343000, 510000, 3344000));
  canvas->refresh();
  canvas->setMapTool(tool);
  QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier,
                    pixelOf(canvas, QgsPointXY(509500, 3343500)));
  QVERIFY2(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("5095")),
           qPrintable(QGuiApplication::clipboard()->text()));
}

void TestMainWindow::drawsScaleBarNorthArrowAndOverview()
{
  QCOMPARE(MapDecorations::niceLength(1234), 1000.0);
  QCOMPARE(MapDecorations::niceLength(5100), 5000.0);
  QCOMPARE(MapDecorations::niceLength(0.3), 0.2);
  QCOMPARE(MapDecorations::lengthText(1500), QStringLiteral("1.5 km"));
  QCOMPARE(MapDecorations::lengthText(200), QStringLiteral("200 m"));

  QTemporaryDir directory;
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(makeCache(directory), &error), qPrintable(error));
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setExtent(QgsRectangle(500000, 3400000, 502000, 3401000));
  waitForRender(canvas);
  MapDecorations *decorations = mWindow->decorations();
  QVERIFY(decorations->scaleBarVisible() && decorations->northArrowVisible());
  const QImage image = canvas->grab().toImage();
  // The scale bar's black half near the bottom left, the arrow near the top right.
  auto darkIn = [&image](const QRect &area) {
    for (int y = area.top(); y <= area.bottom(); ++y)
      for (int x = area.left(); x <= area.right(); ++x)
        if (image.pixelColor(x, y).lightness() < 60)
          return true;
    return false;
  };
  const int unit = decorations->fontMetrics().height();
  QVERIFY(darkIn(QRect(unit, image.height() - 3 * unit, image.width() / 10, unit)));
  QVERIFY(darkIn(QRect(image.width() - 3 * unit, unit, 2 * unit, 3 * unit)));
  decorations->setScaleBarVisible(false);
  decorations->setNorthArrowVisible(false);
  QTest::qWait(50);
  const QImage plain = canvas->grab().toImage();
  QVERIFY(plain.pixelColor(image.width() - 2 * unit, static_cast<int>(2.5 * unit)).lightness() > 200);
  // The overview shows the district's layers.
  QVERIFY(mWindow->overview()->layers().size() >= 3);
}

void TestMainWindow::keepsBookmarks()
{
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
  BookmarksDock *bookmarks = mWindow->bookmarks();
  const int before = bookmarks->count();
  canvas->setExtent(QgsRectangle(509000, 3343000, 509400, 3343300));
  const QgsRectangle market = canvas->extent();
  QVERIFY(!bookmarks->addCurrentView(QStringLiteral("农贸市场")).isEmpty());
  QCOMPARE(bookmarks->count(), before + 1);
  canvas->setExtent(QgsRectangle(500000, 3400000, 520000, 3420000));
  bookmarks->goTo(bookmarks->count() - 1);
  QVERIFY2(canvas->extent().contains(market.center()) && canvas->extent().width() < 2 * market.width(),
           qPrintable(canvas->extent().toString()));
  bookmarks->remove(bookmarks->count() - 1);
  QCOMPARE(bookmarks->count(), before);
}

void TestMainWindow::takesOneBoxStatistics()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("onebox.xhc"));
  {
    QString error;
    std::unique_ptr<CacheFile> cache = CacheFile::create(path, CacheSettings(), &error);
    QVERIFY2(cache, qPrintable(error));
    const QString square = QStringLiteral("CastToMultiPolygon(BuildMbr(%1, %2, %3, %4, 4549))");
    QVERIFY2(cache->database().execute(
                 QStringLiteral(
                     "INSERT INTO district (code, name, geom) VALUES ('330199', '区', %1); "
                     "INSERT INTO street (code, district_code, name, geom) VALUES ('330199001', '330199', "
                     "'街道', %1); "
                     "INSERT INTO community (code, street_code, name, geom) VALUES ('330199001001', "
                     "'330199001', '社区', %1); "
                     "INSERT INTO grid_cell (code, community_code, area_m2, geom) VALUES "
                     "('330199001001001', '330199001001', 1000000, %1); "
                     "INSERT INTO green_space (id, green_class, geom) VALUES ('park', 'G11', %2)")
                     .arg(square.arg(500000).arg(3400000).arg(501000).arg(3401000),
                          square.arg(500000).arg(3400000).arg(500100).arg(3400100)),
                 &error),
             qPrintable(error));
  }
  QString error;
  QVERIFY2(mWindow->addLayersFromFile(path, &error), qPrintable(error));
  QgsMapCanvas *canvas = mWindow->canvas();
  canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
  canvas->setExtent(QgsRectangle(499900, 3399900, 500300, 3400300));
  canvas->refresh();

  // Drag a box from (500000, 3400000) to (500200, 3400200): the park is a quarter of it.
  OneBoxTool *box = mWindow->oneBoxTools().at(0);
  box->action()->trigger();
  QCOMPARE(canvas->mapTool(), box);
  QSignalSpy shown(mWindow->oneBox(), &OneBoxDock::figuresShown);
  const QPoint from = pixelOf(canvas, QgsPointXY(500000, 3400000));
  const QPoint to = pixelOf(canvas, QgsPointXY(500200, 3400200));
  QTest::mousePress(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, from);
  QTest::mouseMove(canvas->viewport(), to);
  QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, to);
  QVERIFY(shown.wait(30000));
  const OneBoxReport *report = mWindow->oneBox()->report();
  QVERIFY(report);
  bool ratioFound = false;
  for (const OneBoxReport::Row &row : report->rows())
  {
    if (row.item.contains(QStringLiteral("绿地率")))
    {
      ratioFound = true;
      // The box is exactly as drawn only to the pixel; the park is 10,000 m² of about 40,000.
      QVERIFY2(std::abs(row.value.toDouble() - 25) < 1, qPrintable(row.value.toString()));
    }
  }
  QVERIFY(ratioFound);
  // The map shows the area and the green space clipped to it: two bands of exactly those areas.
  const double areaInside = report->rows().at(1).value.toDouble();
  double greenInside = 0;
  for (const OneBoxReport::Row &row : report->rows())
  {
    if (row.item.startsWith(QStringLiteral("G1 ")))
      greenInside = row.value.toDouble();
  }
  QVERIFY(areaInside > 30000 && greenInside > 9000);
  QList<double> bandAreas;
  for (QGraphicsItem *item : canvas->scene()->items())
  {
    if (const auto *band = dynamic_cast<QgsRubberBand *>(item); band && band->isVisible())
      bandAreas.append(band->asGeometry().area());
  }
  std::sort(bandAreas.begin(), bandAreas.end());
  QCOMPARE(bandAreas.size(), 2);
  QVERIFY2(std::abs(bandAreas.at(0) - greenInside) < 0.01 && std::abs(bandAreas.at(1) - areaInside) < 0.01,
           qPrintable(QStringLiteral("bands %1 and %2 m², figures %3 and %4 m²")
                          .arg(bandAreas.at(0))
                          .arg(bandAreas.at(1))
                          .arg(greenInside)
                          .arg(areaInside)));
  const QString csv = directory.filePath(QStringLiteral("figures.csv"));
  QVERIFY2(mWindow->oneBox()->exportTo(csv, &error), qPrintable(error));
  QVERIFY(QFileInfo(csv).size() > 100);

  // A click with the grid-cell tool takes the whole cell: 100 hectares.
  OneBoxTool *cell = mWindow->oneBoxTools().at(3);
  cell->action()->trigger();
  QVERIFY(!box->action()->isChecked());
  QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier,
                    pixelOf(canvas, QgsPointXY(500150, 3400150)));
  QVERIFY(shown.wait(30000));
  QVERIFY(mWindow->oneBox()->report()->rows().at(0).note.contains(QStringLiteral("330199001001001")));
  QCOMPARE(mWindow->oneBox()->report()->rows().at(1).value.toDouble(), 1e6);
}

XIUHUA_QGIS_TEST_MAIN(TestMainWindow, true)
#include "testmainwindow.moc"
