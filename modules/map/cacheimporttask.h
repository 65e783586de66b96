#pragma once

#include "dataimport/cityimporter.h"
#include "dataimport/gridbuilder.h"

#include <qgstaskmanager.h>

/**
 * Imports a GDAL source into a cache by a mapping (CityImporter) as a QGIS task: in the background,
 * with progress, and cancellable; a failure or a cancel leaves the cache as it was. The task opens
 * its own connection to the cache, so the map keeps drawing from it meanwhile.
 */
class CacheImportTask : public QgsTask
{
    Q_OBJECT

  public:
    struct Request
    {
        QString cachePath;
        QString source;
        QString mappingPath;     //!< a mapping file (shipped ones are under share/xiuhua/mappings)
        QString sourceCrs;       //!< empty: the source's own
        QStringList openOptions; //!< GDAL open options, NAME=VALUE
    };

    explicit CacheImportTask(const Request &request);

    bool run() override;

    /** Why the import failed or was cancelled; empty after success. */
    QString errorMessage() const { return mError; }
    const ImportReport &report() const { return mReport; }

  private:
    Request mRequest;
    QString mError;
    ImportReport mReport;
};

/** Draws a cache's unit grid (GridBuilder) as a QGIS task, with progress and cancel. */
class GridBuildTask : public QgsTask
{
    Q_OBJECT

  public:
    GridBuildTask(const QString &cachePath, const GridBuildOptions &options);

    bool run() override;

    QString errorMessage() const { return mError; }
    const GridBuildReport &report() const { return mReport; }

  private:
    QString mCachePath;
    GridBuildOptions mOptions;
    QString mError;
    GridBuildReport mReport;
};
