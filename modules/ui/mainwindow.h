#pragma once

#include "map/cacheimporttask.h"

#include <QMainWindow>

#include <memory>

class BookmarksDock;
class CacheLocatorFilter;
class CanvasLayerTiling;
class CanvasScaleCorrection;
class MapDecorations;
class QgsMapOverviewCanvas;
class QgsLayerTreeMapCanvasBridge;
class QgsLocatorWidget;
class QgsLayerTreeView;
class QgsMapCanvas;
class CacheWatcher;
class CaseFilterBar;
class CoordinateStatus;
class IdentifyResultsDock;
class MapNavigation;
class OneBoxDock;
class OneBoxTool;

/**
 * The command-center window: the map in the middle, the layer tree on the left, identify results
 * on the right, navigation tools and the map readout in the status bar. Remembers its geometry and
 * dock layout between runs.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Adds every layer of \a path to the map. The first data on an empty map sets the map's CRS and
     * extent. Returns false with \a error set when nothing could be added; a partial success sets
     * \a error too and returns true.
     */
    bool addLayersFromFile(const QString &path, QString *error);

    QgsMapCanvas *canvas() const { return mCanvas; }
    QgsLayerTreeView *layerTreeView() const { return mLayerTreeView; }
    IdentifyResultsDock *identifyResults() const { return mIdentifyResults; }
    MapNavigation *navigation() const { return mNavigation; }
    CaseFilterBar *caseFilter() const { return mCaseFilter; }
    QgsLocatorWidget *searchBox() const { return mLocator; }
    MapDecorations *decorations() const { return mDecorations; }
    QgsMapOverviewCanvas *overview() const { return mOverview; }
    BookmarksDock *bookmarks() const { return mBookmarks; }
    OneBoxDock *oneBox() const { return mOneBox; }
    CanvasLayerTiling *layerTiling() const { return mLayerTiling; }
    const QList<OneBoxTool *> &oneBoxTools() const { return mOneBoxTools; }

    /** The cache on the map, empty when none is open. */
    QString cachePath() const { return mCachePath; }

    /**
     * Imports into the open cache in the background (a QGIS task) with a progress window; when it
     * ends, says what was imported or why nothing was, and redraws the cache's layers.
     */
    CacheImportTask *runImport(const CacheImportTask::Request &request);
    /** Draws the open cache's unit grid in the background, the same way. */
    GridBuildTask *runGridBuild(const GridBuildOptions &options);

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    bool addCache(const QString &path, QString *error);
    void createDocks();
    void createMenusAndToolbar();
    void createOneBoxTools();
    void openDataDialog();
    void importDataDialog();
    void gridBuildDialog();
    void reloadCacheLayers();
    void redrawCacheLayers(const QStringList &tables);
    void restoreLayout();
    void saveLayout() const;

    QgsMapCanvas *mCanvas = nullptr;
    QgsLayerTreeView *mLayerTreeView = nullptr;
    QgsLayerTreeMapCanvasBridge *mLayerTreeBridge = nullptr;
    IdentifyResultsDock *mIdentifyResults = nullptr;
    MapNavigation *mNavigation = nullptr;
    CanvasScaleCorrection *mScaleCorrection = nullptr;
    CanvasLayerTiling *mLayerTiling = nullptr;
    CoordinateStatus *mCoordinateStatus = nullptr;
    CaseFilterBar *mCaseFilter = nullptr;
    QgsLocatorWidget *mLocator = nullptr;
    MapDecorations *mDecorations = nullptr;
    OneBoxDock *mOneBox = nullptr;
    QList<OneBoxTool *> mOneBoxTools;
    QgsMapOverviewCanvas *mOverview = nullptr;
    BookmarksDock *mBookmarks = nullptr;
    CacheLocatorFilter *mCacheSearch = nullptr; //!< owned by the locator
    QString mCachePath;
    std::unique_ptr<CacheWatcher> mCacheWatcher;
    QList<QAction *> mCacheActions; //!< enabled while a cache is open
};
