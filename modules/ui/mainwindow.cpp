#include "ui/mainwindow.h"

#include "map/cachelayers.h"
#include "map/cachelocatorfilter.h"
#include "map/cachewatcher.h"
#include "map/layerfileloader.h"
#include "map/layertreestate.h"
#include "map/projectedcrs.h"
#include "map/stylelibrary.h"
#include "ui/bookmarksdock.h"
#include "ui/canvaslabelgate.h"
#include "ui/canvaslayertiling.h"
#include "ui/canvasscalecorrection.h"
#include "ui/casefilterbar.h"
#include "ui/coordinatestatus.h"
#include "ui/copycoordinatestool.h"
#include "ui/identifyresultsdock.h"
#include "ui/identifytool.h"
#include "ui/importdialog.h"
#include "ui/languagemenu.h"
#include "ui/layertreemenu.h"
#include "ui/mapdecorations.h"
#include "ui/mapnavigation.h"
#include "ui/measuretool.h"
#include "ui/oneboxdock.h"
#include "ui/oneboxtool.h"
#include "ui/taskprogressdialog.h"

#include "cache/cachefile.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <qgsapplication.h>
#include <qgsbookmarkmanager.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgslocator.h>
#include <qgslocatorwidget.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>
#include <qgsmapoverviewcanvas.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>

namespace
{
  const QString geometryKey = QStringLiteral("mainWindow/geometry");
  const QString stateKey = QStringLiteral("mainWindow/state");
  const QString lastDirectoryKey = QStringLiteral("mainWindow/lastOpenDirectory");
  constexpr int statusMessageTimeout = 10000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new QgsMapCanvas(this))
{
  Q_INIT_RESOURCE(ui);
  setWindowTitle(tr("Xiuhua Command Center"));
  setWindowIcon(QIcon(QStringLiteral(":/xiuhua/icons/xiuhua.svg")));
  setDockOptions(dockOptions() | QMainWindow::AllowNestedDocks);

  mCanvas->setObjectName(QStringLiteral("MapCanvas"));
  mCanvas->setCanvasColor(Qt::white);
  mCanvas->setDestinationCrs(projectedcrs::defaultCrs());
  mCanvas->setParallelRenderingEnabled(true);
  mCanvas->setCachingEnabled(true);
  mCanvas->setPreviewJobsEnabled(true);
  mCanvas->setLabelingEngineSettings(StyleLibrary::labelingEngineSettings());
  mCanvas->enableAntiAliasing(true);
  setCentralWidget(mCanvas);

  mDecorations = new MapDecorations(mCanvas);
  mNavigation = new MapNavigation(mCanvas, this);
  mScaleCorrection = new CanvasScaleCorrection(mCanvas, QgsProject::instance());
  // Before the layer tree hands the canvas its layers (createDocks), and before the label gate reads
  // the ranges the correction rescaled.
  mLayerTiling = new CanvasLayerTiling(mCanvas);
  connect(mScaleCorrection, &CanvasScaleCorrection::factorChanged, mLayerTiling,
          &CanvasLayerTiling::followSources);
  auto *labelGate = new CanvasLabelGate(mCanvas, QgsProject::instance());
  connect(mScaleCorrection, &CanvasScaleCorrection::factorChanged, labelGate, &CanvasLabelGate::update);
  mCoordinateStatus = new CoordinateStatus(mCanvas, mScaleCorrection, this);
  statusBar()->addPermanentWidget(mCoordinateStatus);

  createDocks();
  createMenusAndToolbar();
  connect(mNavigation->identifyTool(), &IdentifyTool::identified, mIdentifyResults,
          &IdentifyResultsDock::showResults);
  for (MeasureTool *tool : {mNavigation->measureDistanceTool(), mNavigation->measureAreaTool()})
  {
    connect(tool, &MeasureTool::measured, this, [this](const QString &text, bool finished) {
      statusBar()->showMessage(finished ? tr("Measured: %1").arg(text) : text,
                               finished ? 0 : statusMessageTimeout);
    });
  }
  connect(mNavigation->copyCoordinatesTool(), &CopyCoordinatesTool::copied, this,
          [this](const QString &text) {
            statusBar()->showMessage(tr("Copied %1").arg(text), statusMessageTimeout);
          });
  restoreLayout();
  statusBar()->showMessage(tr("Ready"), statusMessageTimeout);
}

MainWindow::~MainWindow()
{
  // The map tools point at the canvas, which Qt would otherwise delete first (it is the older
  // child); and the layers must go while the canvas that draws them still exists.
  delete mNavigation;
  qDeleteAll(mOneBoxTools);
  QgsProject::instance()->removeAllMapLayers();
}

bool MainWindow::addLayersFromFile(const QString &path, QString *error)
{
  if (CacheLayers::isCache(path))
    return addCache(path, error);

  LayerFileLoader loader;
  const QList<QgsMapLayer *> layers = loader.load(path);
  *error = loader.errorMessage();
  if (layers.isEmpty())
  {
    statusBar()->showMessage(*error, statusMessageTimeout);
    return false;
  }

  const bool firstData = QgsProject::instance()->mapLayers().isEmpty();
  if (firstData)
  {
    const QgsCoordinateReferenceSystem crs = projectedcrs::forLayer(*layers.first());
    QgsProject::instance()->setCrs(crs);
    mCanvas->setDestinationCrs(crs);
  }
  QgsProject::instance()->addMapLayers(layers);
  // The bridge hands new layers to the canvas on its next event; the extent needs them now.
  mLayerTreeBridge->setCanvasLayers();
  // Without a cache, the overview shows what was opened.
  if (mCachePath.isEmpty())
  {
    mOverview->setLayers(mCanvas->layers());
    mOverview->refresh();
  }
  if (firstData)
  {
    mCanvas->zoomToFullExtent();
    // The extent history starts here: "previous extent" needs a first entry to go back to.
    mCanvas->clearExtentHistory();
  }

  statusBar()->showMessage(error->isEmpty() ? tr("Opened %1").arg(path) : *error, statusMessageTimeout);
  return true;
}

bool MainWindow::addCache(const QString &path, QString *error)
{
  error->clear();
  const bool firstData = QgsProject::instance()->mapLayers().isEmpty();
  if (!CacheLayers::addTo(QgsProject::instance(), path, error))
  {
    statusBar()->showMessage(*error, statusMessageTimeout);
    return false;
  }
  layertreestate::restore(QgsProject::instance()->layerTreeRoot(), path);
  mCaseFilter->applyToLayers();
  mLayerTreeBridge->setCanvasLayers();
  mCachePath = path;
  for (QAction *action : std::as_const(mCacheActions))
    action->setEnabled(true);
  mOneBox->setCachePath(path);
  for (OneBoxTool *tool : std::as_const(mOneBoxTools))
    tool->setCache(path, mOneBox->cacheSrid());
  // What others write to the cache (an import, a sync, another window) appears without reopening.
  if (mCacheSearch)
    mLocator->locator()->deregisterFilter(mCacheSearch);
  mCacheSearch = new CacheLocatorFilter(path, mCanvas);
  mLocator->locator()->registerFilter(mCacheSearch);
  QList<QgsMapLayer *> overviewLayers;
  for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
  {
    const QString table = layer->customProperty(layertreestate::tableProperty()).toString();
    if (table == QLatin1String("district") || table == QLatin1String("street") ||
        table == QLatin1String("road") || table == QLatin1String("water") ||
        table == QLatin1String("green_space"))
      overviewLayers.append(layer);
  }
  mOverview->setLayers(overviewLayers);
  mOverview->refresh();
  mCacheWatcher = std::make_unique<CacheWatcher>(path);
  connect(mCacheWatcher.get(), &CacheWatcher::changed, this, &MainWindow::redrawCacheLayers);
  if (firstData)
  {
    // The cache is in its city's projected CRS: the map takes it over.
    const QList<QgsMapLayer *> layers = QgsProject::instance()->mapLayers().values();
    if (!layers.isEmpty())
    {
      QgsProject::instance()->setCrs(layers.first()->crs());
      mCanvas->setDestinationCrs(layers.first()->crs());
    }
    mCanvas->zoomToFullExtent();
    mCanvas->clearExtentHistory();
  }
  statusBar()->showMessage(tr("Opened the cache %1").arg(path), statusMessageTimeout);
  return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
  saveLayout();
  event->accept();
}

void MainWindow::createDocks()
{
  mLayerTreeView = new QgsLayerTreeView(this);
  mLayerTreeView->setObjectName(QStringLiteral("LayerTreeView"));
  auto *model = new QgsLayerTreeModel(QgsProject::instance()->layerTreeRoot(), mLayerTreeView);
  model->setFlag(QgsLayerTreeModel::AllowNodeReorder);
  model->setFlag(QgsLayerTreeModel::AllowNodeRename);
  model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
  model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
  model->setFlag(QgsLayerTreeModel::UseTextFormatting);
  mLayerTreeView->setModel(model);
  mLayerTreeView->setMenuProvider(new LayerTreeMenu(mLayerTreeView, mCanvas));
  mLayerTreeBridge = new QgsLayerTreeMapCanvasBridge(QgsProject::instance()->layerTreeRoot(), mCanvas, this);
  // The window chooses the CRS and extent for the first data itself (addLayersFromFile).
  mLayerTreeBridge->setAutoSetupOnFirstLayer(false);

  auto *layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("LayersDock"));
  layersDock->setWidget(mLayerTreeView);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);

  mIdentifyResults = new IdentifyResultsDock(mCanvas, this);
  addDockWidget(Qt::RightDockWidgetArea, mIdentifyResults);
  mOneBox = new OneBoxDock(mCanvas, this);
  addDockWidget(Qt::RightDockWidgetArea, mOneBox);
  tabifyDockWidget(mIdentifyResults, mOneBox);
  mIdentifyResults->raise();

  // The whole district small, with the main map's extent on it; drag it to move the map.
  mOverview = new QgsMapOverviewCanvas(this, mCanvas);
  mOverview->setBackgroundColor(Qt::white);
  mOverview->setMinimumHeight(fontMetrics().height() * 10);
  auto *overviewDock = new QDockWidget(tr("Overview"), this);
  overviewDock->setObjectName(QStringLiteral("OverviewDock"));
  overviewDock->setWidget(mOverview);
  addDockWidget(Qt::LeftDockWidgetArea, overviewDock);

  // The user's bookmarks, in their profile beside the settings.
  QgsBookmarkManager *bookmarks = QgsApplication::bookmarkManager();
  static const bool bookmarksRead = [bookmarks] {
    bookmarks->initialize(QgsApplication::qgisSettingsDirPath() + QStringLiteral("xiuhua-bookmarks.xml"));
    return true;
  }();
  Q_UNUSED(bookmarksRead)
  mBookmarks = new BookmarksDock(mCanvas, bookmarks, this);
  addDockWidget(Qt::LeftDockWidgetArea, mBookmarks);
  // The layer tree keeps most of the side; overview and bookmarks share the space below it.
  tabifyDockWidget(overviewDock, mBookmarks);
  overviewDock->raise();
}

void MainWindow::createOneBoxTools()
{
  QMenu *menu = menuBar()->addMenu(tr("S&tatistics"));
  QToolBar *toolbar = addToolBar(tr("One-Box Statistics"));
  toolbar->setObjectName(QStringLiteral("OneBoxToolbar"));
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  const QList<std::tuple<OneBoxTool::Shape, QString, QString>> shapes{
      {OneBoxTool::Shape::Rectangle, tr("Box"), tr("Drag a rectangle on the map for its figures")},
      {OneBoxTool::Shape::Polygon, tr("Polygon"),
       tr("Click the corners of a polygon; right-click or double-click to finish")},
      {OneBoxTool::Shape::Circle, tr("Circle"), tr("Press at the centre and drag out the radius")},
      {OneBoxTool::Shape::GridCell, tr("Grid Cell"), tr("Click a unit grid cell for its figures")},
      {OneBoxTool::Shape::Community, tr("Community"), tr("Click a community for its figures")},
      {OneBoxTool::Shape::Street, tr("Street"), tr("Click a street (subdistrict) for its figures")}};
  for (const auto &[shape, text, tip] : shapes)
  {
    auto *tool = new OneBoxTool(mCanvas, shape);
    mOneBoxTools.append(tool);
    QAction *action = menu->addAction(text);
    action->setCheckable(true);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setEnabled(false);
    tool->setAction(action);
    toolbar->addAction(action);
    mCacheActions.append(action);
    connect(action, &QAction::triggered, this, [this, tool, tip] {
      mCanvas->setMapTool(tool);
      statusBar()->showMessage(tip, statusMessageTimeout);
    });
    connect(tool, &OneBoxTool::areaChosen, mOneBox, &OneBoxDock::compute);
    connect(tool, &OneBoxTool::refused, this, [this](const QString &message) {
      mOneBox->showMessage(message);
      statusBar()->showMessage(message, statusMessageTimeout);
    });
  }
  menu->addSeparator();
  menu->addAction(mOneBox->toggleViewAction());
}

void MainWindow::createMenusAndToolbar()
{
  QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
  QAction *open = fileMenu->addAction(QIcon(QStringLiteral(":/xiuhua/icons/open.svg")), tr("&Open Data…"),
                                      this, &MainWindow::openDataDialog);
  open->setShortcut(QKeySequence::Open);
  open->setToolTip(tr("Add a vector or raster file to the map (%1)")
                       .arg(open->shortcut().toString(QKeySequence::NativeText)));
  QAction *importData = fileMenu->addAction(tr("&Import City Data…"), this, &MainWindow::importDataDialog);
  importData->setToolTip(tr("Import buildings, roads, green space or components into the open cache"));
  QAction *drawGrid = fileMenu->addAction(tr("Draw &Unit Grid…"), this, &MainWindow::gridBuildDialog);
  drawGrid->setToolTip(tr("Draw the unit grid of a city that has none yet, from its roads"));
  mCacheActions = {importData, drawGrid};
  for (QAction *action : std::as_const(mCacheActions))
    action->setEnabled(!mCachePath.isEmpty());
  fileMenu->addSeparator();
  QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu *mapMenu = menuBar()->addMenu(tr("&Map"));
  QToolBar *toolbar = addToolBar(tr("Map Navigation"));
  toolbar->setObjectName(QStringLiteral("MapNavigationToolbar"));
  toolbar->addAction(open);
  toolbar->addSeparator();
  for (QAction *action : mNavigation->actions())
  {
    if (action)
    {
      mapMenu->addAction(action);
      toolbar->addAction(action);
    }
    else
    {
      mapMenu->addSeparator();
      toolbar->addSeparator();
    }
  }

  // The search box: case numbers, component ids, grid codes, places (a cache's filter joins when one opens).
  mLocator = new QgsLocatorWidget(toolbar);
  mLocator->setObjectName(QStringLiteral("SearchBox"));
  mLocator->setMapCanvas(mCanvas);
  mLocator->setToolTip(tr("Search cases, components, grid cells and places (Ctrl+K)"));
  mLocator->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
  toolbar->addSeparator();
  toolbar->addWidget(mLocator);
  auto *search = new QAction(tr("Search"), this);
  search->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
  connect(search, &QAction::triggered, mLocator, [this] { mLocator->search(QString()); });
  addAction(search);

  createOneBoxTools();

  QToolBar *caseToolbar = addToolBar(tr("Case Filter"));
  caseToolbar->setObjectName(QStringLiteral("CaseFilterToolbar"));
  mCaseFilter = new CaseFilterBar(caseToolbar);
  caseToolbar->addWidget(mCaseFilter);

  QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
  for (QDockWidget *dock : findChildren<QDockWidget *>())
    viewMenu->addAction(dock->toggleViewAction());
  viewMenu->addAction(toolbar->toggleViewAction());
  viewMenu->addAction(caseToolbar->toggleViewAction());
  viewMenu->addSeparator();
  const auto addToggle = [this, viewMenu](const QString &text, const QString &key, bool initial,
                                          void (MapDecorations::*set)(bool)) {
    QAction *action = viewMenu->addAction(text);
    action->setCheckable(true);
    action->setChecked(QSettings().value(key, initial).toBool());
    (mDecorations->*set)(action->isChecked());
    connect(action, &QAction::toggled, this, [this, key, set](bool on) {
      (mDecorations->*set)(on);
      QSettings().setValue(key, on);
    });
  };
  addToggle(tr("&Scale Bar"), QStringLiteral("map/scaleBar"), true, &MapDecorations::setScaleBarVisible);
  addToggle(tr("&North Arrow"), QStringLiteral("map/northArrow"), true,
            &MapDecorations::setNorthArrowVisible);
  addToggle(tr("Coordinate &Grid"), QStringLiteral("map/coordinateGrid"), false,
            &MapDecorations::setGridVisible);
  viewMenu->addSeparator();
  QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"));
  fullScreen->setCheckable(true);
  fullScreen->setShortcut(QKeySequence::FullScreen);
  connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

  QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
  auto *languageMenu = new LanguageMenu(settingsMenu);
  settingsMenu->addMenu(languageMenu);
  connect(languageMenu, &LanguageMenu::languageChosen, this,
          [this](const QString &message) { statusBar()->showMessage(message, statusMessageTimeout); });

  QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
  helpMenu->addAction(tr("&About Xiuhua"), this, [this] {
    QMessageBox::about(this, tr("About Xiuhua"),
                       tr("<h3>Xiuhua %1</h3><p>Command-center GIS for digital city management.</p>"
                          "<p>City management should be as fine as embroidery (像绣花一样精细).</p>")
                           .arg(QStringLiteral(XIUHUA_VERSION)));
  });
}

void MainWindow::openDataDialog()
{
  QSettings settings;
  const QString filters = QgsProviderRegistry::instance()->fileVectorFilters() + QStringLiteral(";;") +
                          QgsProviderRegistry::instance()->fileRasterFilters();
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Open Data"), settings.value(lastDirectoryKey).toString(), filters);
  QStringList errors;
  for (const QString &path : paths)
  {
    settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    addLayersFromFile(path, &error);
    if (!error.isEmpty())
      errors.append(error);
  }
  if (!errors.isEmpty())
    QMessageBox::warning(this, tr("Open Data"), errors.join(QLatin1Char('\n')));
}

void MainWindow::importDataDialog()
{
  ImportDialog dialog(this);
  if (dialog.exec() == QDialog::Accepted)
    runImport(dialog.request(mCachePath));
}

CacheImportTask *MainWindow::runImport(const CacheImportTask::Request &request)
{
  auto *task = new CacheImportTask(request);
  auto *progress =
      new TaskProgressDialog(task, tr("Importing %1…").arg(QFileInfo(request.source).fileName()), this);
  progress->setAttribute(Qt::WA_DeleteOnClose);
  connect(task, &QgsTask::taskCompleted, this, [this, task] {
    const ImportReport &report = task->report();
    qint64 written = 0;
    QStringList tables;
    for (auto it = report.written.begin(); it != report.written.end(); ++it)
    {
      written += it.value();
      tables.append(tr("%1: %2").arg(it.key()).arg(it.value()));
    }
    reloadCacheLayers();
    QMessageBox::information(
        this, tr("Import City Data"),
        tr("Imported %1 of %2 features read (%3). Geometries repaired: %4; left out: %5.")
            .arg(written)
            .arg(report.read)
            .arg(tables.join(QStringLiteral(", ")))
            .arg(report.repaired)
            .arg(report.rejected));
  });
  connect(task, &QgsTask::taskTerminated, this, [this, task] {
    QMessageBox::warning(this, tr("Import City Data"),
                         tr("Nothing was imported: %1").arg(task->errorMessage()));
  });
  QgsApplication::taskManager()->addTask(task);
  progress->show();
  return task;
}

void MainWindow::gridBuildDialog()
{
  QString districtCode;
  QString districtName;
  bool hasGrid = false;
  QString error;
  if (std::unique_ptr<CacheFile> cache = CacheFile::open(mCachePath, &error))
  {
    SqliteStatement district =
        cache->database().prepare(QStringLiteral("SELECT code, name FROM district LIMIT 1"));
    if (district.next())
    {
      districtCode = district.text(0);
      districtName = district.text(1);
    }
    hasGrid = cache->database().scalar(QStringLiteral("SELECT count(*) FROM grid_cell")).toLongLong() > 0;
  }
  GridBuildDialog dialog(districtCode, districtName, hasGrid, this);
  if (dialog.exec() == QDialog::Accepted)
    runGridBuild(dialog.options());
}

GridBuildTask *MainWindow::runGridBuild(const GridBuildOptions &options)
{
  auto *task = new GridBuildTask(mCachePath, options);
  auto *progress = new TaskProgressDialog(task, tr("Drawing the unit grid…"), this);
  progress->setAttribute(Qt::WA_DeleteOnClose);
  connect(task, &QgsTask::taskCompleted, this, [this, task] {
    const GridBuildReport &report = task->report();
    reloadCacheLayers();
    QMessageBox::information(
        this, tr("Draw Unit Grid"),
        tr("Drew %1 grid cells over %2 km² from %3 blocks; cells of %4–%5 m². Components "
           "given their cell: %6; cases: %7.")
            .arg(report.cells)
            .arg(report.area / 1e6, 0, 'f', 2)
            .arg(report.blocks)
            .arg(report.smallestCell, 0, 'f', 0)
            .arg(report.largestCell, 0, 'f', 0)
            .arg(report.componentsLocated)
            .arg(report.casesLocated));
  });
  connect(task, &QgsTask::taskTerminated, this, [this, task] {
    QMessageBox::warning(this, tr("Draw Unit Grid"), tr("No grid was drawn: %1").arg(task->errorMessage()));
  });
  QgsApplication::taskManager()->addTask(task);
  progress->show();
  return task;
}

void MainWindow::reloadCacheLayers()
{
  // QGIS's spatialite provider keeps the extent and feature count it read when it opened and has no
  // reload of its own: each layer gets a fresh provider on the same source, keeping its style.
  const QMap<QString, QgsMapLayer *> layers = QgsProject::instance()->mapLayers();
  for (QgsMapLayer *layer : layers)
  {
    if (layer->source().contains(mCachePath))
    {
      layer->setDataSource(layer->source(), layer->name(), layer->providerType(), false);
      layer->triggerRepaint();
    }
  }
  mCanvas->refresh();
}

void MainWindow::restoreLayout()
{
  const QSettings settings;
  if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
    resize(1600, 900);
  // On a first start the results dock stays out of the map's way until there is something to show.
  if (!restoreState(settings.value(stateKey).toByteArray()))
    mIdentifyResults->hide();
}

void MainWindow::redrawCacheLayers(const QStringList &tables)
{
  // Only what changed: a reported case leaves the basemap, and the tiles it is drawn from, as they are.
  const QMap<QString, QgsMapLayer *> layers = QgsProject::instance()->mapLayers();
  for (QgsMapLayer *layer : layers)
  {
    if (layer->source().contains(mCachePath) && CacheWatcher::drawsFrom(layer, tables))
      layer->triggerRepaint();
  }
}

void MainWindow::saveLayout() const
{
  if (!mCachePath.isEmpty())
    layertreestate::save(QgsProject::instance()->layerTreeRoot(), mCachePath);
  QSettings settings;
  settings.setValue(geometryKey, saveGeometry());
  settings.setValue(stateKey, saveState());
}
