#pragma once

#include <QObject>

class CopyCoordinatesTool;
class MeasureTool;
class QAction;
class QgsMapCanvas;
class QgsMapTool;
class IdentifyTool;

/**
 * The map's navigation: the pan, zoom and identify tools and the full/previous/next extent
 * commands, as actions with shortcuts for menus and toolbars.
 */
class MapNavigation : public QObject
{
    Q_OBJECT

  public:
    explicit MapNavigation(QgsMapCanvas *canvas, QObject *parent = nullptr);
    ~MapNavigation() override;

    QAction *panAction() const { return mPan; }
    QAction *zoomInAction() const { return mZoomIn; }
    QAction *zoomOutAction() const { return mZoomOut; }
    QAction *identifyAction() const { return mIdentify; }
    QAction *fullExtentAction() const { return mFullExtent; }
    QAction *previousExtentAction() const { return mPreviousExtent; }
    QAction *nextExtentAction() const { return mNextExtent; }

    /** The actions in toolbar order; a null entry stands for a separator. */
    QList<QAction *> actions() const;

    IdentifyTool *identifyTool() const { return mIdentifyTool; }
    MeasureTool *measureDistanceTool() const { return mMeasureDistanceTool; }
    MeasureTool *measureAreaTool() const { return mMeasureAreaTool; }
    CopyCoordinatesTool *copyCoordinatesTool() const { return mCopyCoordinatesTool; }

  private:
    QAction *addToolAction(QgsMapTool *tool, const QString &text, const QString &icon,
                           const QKeySequence &shortcut);
    QAction *addCommandAction(const QString &text, const QString &icon, const QKeySequence &shortcut);

    QgsMapCanvas *mCanvas = nullptr;
    QList<QgsMapTool *> mTools;
    IdentifyTool *mIdentifyTool = nullptr;
    MeasureTool *mMeasureDistanceTool = nullptr;
    MeasureTool *mMeasureAreaTool = nullptr;
    CopyCoordinatesTool *mCopyCoordinatesTool = nullptr;
    QAction *mMeasureDistance = nullptr;
    QAction *mMeasureArea = nullptr;
    QAction *mCopyCoordinates = nullptr;
    QAction *mPan = nullptr;
    QAction *mZoomIn = nullptr;
    QAction *mZoomOut = nullptr;
    QAction *mIdentify = nullptr;
    QAction *mFullExtent = nullptr;
    QAction *mPreviousExtent = nullptr;
    QAction *mNextExtent = nullptr;
};
