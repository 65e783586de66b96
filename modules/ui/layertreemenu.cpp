#include "ui/layertreemenu.h"

#include <QMenu>

#include <qgslayertreeviewdefaultactions.h>

LayerTreeMenu::LayerTreeMenu(QgsLayerTreeView *view, QgsMapCanvas *canvas)
    : mView(view)
    , mCanvas(canvas)
{}

QMenu *LayerTreeMenu::createContextMenu()
{
  if (!mView->currentNode())
    return nullptr;
  auto *menu = new QMenu(mView);
  QgsLayerTreeViewDefaultActions *actions = mView->defaultActions();
  menu->addAction(actions->actionZoomToLayers(mCanvas, menu));
  menu->addSeparator();
  menu->addAction(actions->actionRemoveGroupOrLayer(menu));
  return menu;
}
