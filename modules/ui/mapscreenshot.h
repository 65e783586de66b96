#pragma once

#include <QObject>
#include <QTimer>

class MainWindow;

/**
 * Saves a picture of the whole window once the map has finished rendering: for
 * `xiuhua --screenshot`, documentation and tests of what people actually see.
 */
class MapScreenshot : public QObject
{
    Q_OBJECT

  public:
    MapScreenshot(MainWindow *window, const QString &path, QObject *parent = nullptr);

    /** Starts waiting for the map; finished() follows, also when rendering never completes. */
    void start(int timeoutMilliseconds = 120000);

  signals:
    /** \a error is empty on success, otherwise the translated reason. */
    void finished(const QString &error);

  private:
    void capture();

    MainWindow *mWindow = nullptr;
    QString mPath;
    QTimer mTimeout;
    bool mDone = false;
};
