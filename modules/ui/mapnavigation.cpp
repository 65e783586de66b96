#include "ui/mapnavigation.h"

#include "ui/copycoordinatestool.h"
#include "ui/identifytool.h"
#include "ui/measuretool.h"

#include <QAction>
#include <QActionGroup>

#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>

namespace
{
  /** "Zoom in (Z)": tooltips name the shortcut so people learn it. */
  QString toolTipWithShortcut(const QString &text, const QKeySequence &shortcut)
  {
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    return shortcut.isEmpty()
               ? plain
               : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText));
  }
} // namespace

MapNavigation::MapNavigation(QgsMapCanvas *canvas, QObject *parent)
    : QObject(parent)
    , mCanvas(canvas)
{
  mIdentifyTool = new IdentifyTool(mCanvas);
  mPan =
      addToolAction(new QgsMapToolPan(mCanvas), tr("&Pan"), QStringLiteral("pan"), QKeySequence(Qt::Key_P));
  mZoomIn = addToolAction(new QgsMapToolZoom(mCanvas, false), tr("Zoom &In"), QStringLiteral("zoom-in"),
                          QKeySequence(Qt::Key_Z));
  mZoomOut = addToolAction(new QgsMapToolZoom(mCanvas, true), tr("Zoom &Out"), QStringLiteral("zoom-out"),
                           QKeySequence(Qt::SHIFT | Qt::Key_Z));
  mIdentify =
      addToolAction(mIdentifyTool, tr("&Identify"), QStringLiteral("identify"), QKeySequence(Qt::Key_I));

  mMeasureDistanceTool = new MeasureTool(mCanvas, MeasureTool::Mode::Distance);
  mMeasureAreaTool = new MeasureTool(mCanvas, MeasureTool::Mode::Area);
  mCopyCoordinatesTool = new CopyCoordinatesTool(mCanvas);
  mMeasureDistance = addToolAction(mMeasureDistanceTool, tr("&Measure Distance"),
                                   QStringLiteral("measure-distance"), QKeySequence(Qt::Key_M));
  mMeasureArea = addToolAction(mMeasureAreaTool, tr("Measure &Area"), QStringLiteral("measure-area"),
                               QKeySequence(Qt::SHIFT | Qt::Key_M));
  mCopyCoordinates = addToolAction(mCopyCoordinatesTool, tr("&Copy Coordinates"),
                                   QStringLiteral("copy-coordinates"), QKeySequence(Qt::Key_C));

  auto *tools = new QActionGroup(this);
  for (QAction *action :
       {mPan, mZoomIn, mZoomOut, mIdentify, mMeasureDistance, mMeasureArea, mCopyCoordinates})
    tools->addAction(action);

  mFullExtent = addCommandAction(tr("&Full Extent"), QStringLiteral("full-extent"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  connect(mFullExtent, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToFullExtent);
  mPreviousExtent = addCommandAction(tr("P&revious Extent"), QStringLiteral("previous-extent"),
                                     QKeySequence(Qt::ALT | Qt::Key_Left));
  connect(mPreviousExtent, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToPreviousExtent);
  mNextExtent = addCommandAction(tr("&Next Extent"), QStringLiteral("next-extent"),
                                 QKeySequence(Qt::ALT | Qt::Key_Right));
  connect(mNextExtent, &QAction::triggered, mCanvas, &QgsMapCanvas::zoomToNextExtent);

  // The canvas knows whether there is an extent to go back or forward to.
  mPreviousExtent->setEnabled(false);
  mNextExtent->setEnabled(false);
  connect(mCanvas, &QgsMapCanvas::zoomLastStatusChanged, mPreviousExtent, &QAction::setEnabled);
  connect(mCanvas, &QgsMapCanvas::zoomNextStatusChanged, mNextExtent, &QAction::setEnabled);

  mPan->trigger();
}

MapNavigation::~MapNavigation()
{
  // A map tool unsets itself from its canvas when deleted.
  qDeleteAll(mTools);
}

QList<QAction *> MapNavigation::actions() const
{
  return {mPan,        mZoomIn, mZoomOut,         mIdentify,    nullptr,         mFullExtent, mPreviousExtent,
          mNextExtent, nullptr, mMeasureDistance, mMeasureArea, mCopyCoordinates};
}

QAction *MapNavigation::addToolAction(QgsMapTool *tool, const QString &text, const QString &icon,
                                      const QKeySequence &shortcut)
{
  QAction *action = addCommandAction(text, icon, shortcut);
  action->setCheckable(true);
  tool->setAction(action);
  mTools.append(tool);
  connect(action, &QAction::triggered, mCanvas, [this, tool] { mCanvas->setMapTool(tool); });
  return action;
}

QAction *MapNavigation::addCommandAction(const QString &text, const QString &icon,
                                         const QKeySequence &shortcut)
{
  auto *action = new QAction(QIcon(QStringLiteral(":/xiuhua/icons/%1.svg").arg(icon)), text, this);
  action->setShortcut(shortcut);
  action->setToolTip(toolTipWithShortcut(text, shortcut));
  return action;
}
