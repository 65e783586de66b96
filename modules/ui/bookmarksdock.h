#pragma once

#include <QDockWidget>

class QListView;
class QgsBookmarkManager;
class QgsBookmarkManagerModel;
class QgsMapCanvas;

/**
 * Spatial bookmarks: places a user goes back to (a market, a school gate, a building site), kept
 * for that user across sessions. Add the current view under a name, go to one with a double click
 * (or Enter), delete one.
 */
class BookmarksDock : public QDockWidget
{
    Q_OBJECT

  public:
    /** \a manager keeps the bookmarks (the application's, saved in the user's profile). */
    BookmarksDock(QgsMapCanvas *canvas, QgsBookmarkManager *manager, QWidget *parent = nullptr);

    /** Bookmarks the current view as \a name; returns its id. */
    QString addCurrentView(const QString &name);
    /** Shows the bookmark in \a row on the map. */
    void goTo(int row);
    /** Deletes the bookmark in \a row. */
    void remove(int row);

    int count() const;

  private:
    QgsMapCanvas *mCanvas;
    QgsBookmarkManager *mManager;
    QgsBookmarkManagerModel *mModel;
    QListView *mList;
};
