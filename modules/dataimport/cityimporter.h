#pragma once

#include "dataimport/importmapping.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>

class CacheFile;
class Catalogue;

/** What an import did. */
struct ImportReport
{
    qint64 read = 0;               //!< source features read
    QMap<QString, qint64> written; //!< features written, by cache table
    qint64 unmatched = 0;          //!< features no rule took
    qint64 repaired = 0;           //!< invalid geometries GEOS repaired
    qint64 duplicates = 0;         //!< features whose id an earlier feature of the import had
    qint64 rejected = 0;           //!< features left out because their geometry could not be used
    QStringList rejectedExamples;  //!< the first of them, "layer feature id: reason"
    int departmentsCreated = 0;    //!< departments named by components and created
};

/**
 * Imports a GDAL vector source into the cache by an ImportMapping: the features each rule takes,
 * reprojected with PROJ to the cache CRS, repaired where GEOS can, with fields and class values
 * mapped. The whole import is one transaction: any error, or a cancel, leaves the cache as it was.
 * Tables empty before the import are filled by a BulkLoad.
 */
class CityImporter
{
    Q_DECLARE_TR_FUNCTIONS(CityImporter)

  public:
    /** Told the features read so far and the total (-1 when unknown); false cancels the import. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /** \a catalogue, when given, checks the classes of imported components. */
    CityImporter(CacheFile &cache, const ImportMapping &mapping, const Catalogue *catalogue = nullptr);

    /** The source's CRS (e.g. "EPSG:4326"), for a source that declares none or declares it wrongly. */
    void setSourceCrs(const QString &crs) { mSourceCrs = crs; }

    /** GDAL open options in addition to the mapping's, e.g. "X=1408" for a vector tile. */
    void setOpenOptions(const QStringList &options) { mOpenOptions = options; }

    void setProgress(Progress progress) { mProgress = std::move(progress); }

    /** Imports \a source. False with \a error naming the source, layer, feature or field; nothing is kept
     * then. */
    bool run(const QString &source, QString *error);

    const ImportReport &report() const { return mReport; }

  private:
    CacheFile &mCache;
    const ImportMapping &mMapping;
    const Catalogue *mCatalogue;
    QString mSourceCrs;
    QStringList mOpenOptions;
    Progress mProgress;
    ImportReport mReport;
};
