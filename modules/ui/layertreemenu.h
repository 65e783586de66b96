#pragma once

#include <qgslayertreeview.h>

class QgsMapCanvas;

/** The layer tree's right-click menu: zoom to the layers under the cursor, or remove them. */
class LayerTreeMenu : public QgsLayerTreeViewMenuProvider
{
  public:
    LayerTreeMenu(QgsLayerTreeView *view, QgsMapCanvas *canvas);

    QMenu *createContextMenu() override;

  private:
    QgsLayerTreeView *mView = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
};
