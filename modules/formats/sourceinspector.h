#pragma once

#include "formats/sourcedescription.h"

#include <QCoreApplication>

/**
 * Opens any GDAL vector or raster source read-only and describes it: layers, geometry types,
 * feature counts, fields, CRS (with the EPSG code when one matches) and extent.
 */
class SourceInspector
{
    Q_DECLARE_TR_FUNCTIONS(SourceInspector)

  public:
    /**
     * Describes the source at \a path. Returns nothing when the source is missing or GDAL cannot
     * read it; errorMessage() then says why, naming the path.
     */
    std::optional<SourceDescription> inspect(const QString &path);

    /** The translated reason the last inspect() failed; empty after a success. */
    QString errorMessage() const { return mErrorMessage; }

  private:
    QString mErrorMessage;
};
