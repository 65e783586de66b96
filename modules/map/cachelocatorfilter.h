#pragma once

#include <qgslocatorfilter.h>

class QgsMapCanvas;

/**
 * The search box's filter over a cache (QGIS locator framework): case numbers, component ids, grid
 * cell codes, and the names of roads, communities, streets, parks and departments. Picking a result
 * zooms the map to it and flashes it. Searches run on the locator's thread with a connection of
 * their own.
 */
class CacheLocatorFilter : public QgsLocatorFilter
{
    Q_OBJECT

  public:
    CacheLocatorFilter(const QString &cachePath, QgsMapCanvas *canvas, QObject *parent = nullptr);

    CacheLocatorFilter *clone() const override;
    QString name() const override { return QStringLiteral("xiuhua-cache"); }
    QString displayName() const override;
    Priority priority() const override { return Highest; }
    QString prefix() const override { return QStringLiteral("x"); }
    void fetchResults(const QString &string, const QgsLocatorContext &context,
                      QgsFeedback *feedback) override;
    void triggerResult(const QgsLocatorResult &result) override;

    /** At most this many results per kind of thing. */
    static constexpr int resultsPerKind = 8;

  private:
    QString mCachePath;
    QgsMapCanvas *mCanvas;
};
