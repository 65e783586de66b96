#pragma once

#include <QCoreApplication>
#include <QString>

class CacheFile;
class QgsProject;

/**
 * Opens a Xiuhua cache as map layers, reading the file in place through QGIS's spatialite provider:
 * grouped as 底图 Basemap, 网格 Grid, 部件 Components, 案件 Cases and 专题 Themes (an open-cases
 * heatmap, off at first), in drawing order and with a plain readable style until the full
 * cartography arrives. Each layer and group carries the name of what it shows
 * (layertreestate::tableProperty()), by which its place and visibility are remembered.
 */
class CacheLayers
{
    Q_DECLARE_TR_FUNCTIONS(CacheLayers)

  public:
    /** Whether \a path is a Xiuhua cache (SQLite with Xiuhua's application id). */
    static bool isCache(const QString &path);

    /**
     * Adds the cache's layers to \a project. Returns false with \a error set when a layer cannot be
     * opened; layers opened before that stay.
     */
    static bool addTo(QgsProject *project, const QString &path, QString *error);

  private:
    static bool addCaseCounts(QgsProject *project, CacheFile &cache, QString *error);
};
