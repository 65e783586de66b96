#include "ui/bookmarksdock.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <qgsbookmarkmanager.h>
#include <qgsbookmarkmodel.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

BookmarksDock::BookmarksDock(QgsMapCanvas *canvas, QgsBookmarkManager *manager, QWidget *parent)
    : QDockWidget(tr("Bookmarks"), parent)
    , mCanvas(canvas)
    , mManager(manager)
    , mModel(new QgsBookmarkManagerModel(manager, QgsProject::instance()->bookmarkManager(), this))
    , mList(new QListView(this))
{
  setObjectName(QStringLiteral("BookmarksDock"));
  mList->setModel(mModel);
  mList->setModelColumn(QgsBookmarkManagerModel::ColumnName);
  mList->setEditTriggers(QAbstractItemView::EditKeyPressed);
  auto *add = new QPushButton(tr("Add"), this);
  add->setToolTip(tr("Bookmark the current view (Ctrl+B)"));
  add->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
  auto *remove = new QPushButton(tr("Delete"), this);
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  auto *content = new QWidget(this);
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(mList);
  layout->addLayout(buttons);
  setWidget(content);

  connect(add, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Bookmark"), tr("Name of this view:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
      addCurrentView(name.trimmed());
  });
  connect(remove, &QPushButton::clicked, this, [this] {
    if (mList->currentIndex().isValid())
      this->remove(mList->currentIndex().row());
  });
  connect(mList, &QListView::activated, this, [this](const QModelIndex &index) { goTo(index.row()); });
}

QString BookmarksDock::addCurrentView(const QString &name)
{
  QgsBookmark bookmark;
  bookmark.setName(name);
  bookmark.setExtent(QgsReferencedRectangle(mCanvas->extent(), mCanvas->mapSettings().destinationCrs()));
  return mManager->addBookmark(bookmark);
}

void BookmarksDock::goTo(int row)
{
  const QgsReferencedRectangle extent =
      mModel->data(mModel->index(row, 0), QgsBookmarkManagerModel::RoleExtent)
          .value<QgsReferencedRectangle>();
  if (extent.isEmpty())
    return;
  QgsRectangle target = extent;
  if (extent.crs() != mCanvas->mapSettings().destinationCrs())
  {
    const QgsCoordinateTransform transform(extent.crs(), mCanvas->mapSettings().destinationCrs(),
                                           mCanvas->mapSettings().transformContext());
    try
    {
      target = transform.transformBoundingBox(extent);
    }
    catch (const QgsCsException &)
    {
      return;
    }
  }
  mCanvas->setExtent(target);
  mCanvas->refresh();
}

void BookmarksDock::remove(int row)
{
  mManager->removeBookmark(mModel->data(mModel->index(row, 0), QgsBookmarkManagerModel::RoleId).toString());
}

int BookmarksDock::count() const
{
  return mModel->rowCount();
}
