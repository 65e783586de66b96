#pragma once

#include <QCoreApplication>
#include <QList>

class QgsMapLayer;

/**
 * Opens a file, or any other GDAL/OGR source, as QGIS map layers: one per vector layer, raster or
 * mesh it holds, so a GeoPackage with roads and buildings gives two layers.
 */
class LayerFileLoader
{
    Q_DECLARE_TR_FUNCTIONS(LayerFileLoader)

  public:
    /**
     * Returns the valid layers of \a path; the caller owns them. When nothing can be opened the
     * list is empty and errorMessage() says why, naming the path.
     */
    QList<QgsMapLayer *> load(const QString &path);

    /** The translated reason the last load() failed or skipped a part; empty when all went well. */
    QString errorMessage() const { return mErrorMessage; }

  private:
    QString mErrorMessage;
};
