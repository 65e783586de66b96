#pragma once

#include "dataimport/importmapping.h"

#include <QByteArray>
#include <QCoreApplication>

#include <ogr_api.h>
#include <ogr_srs_api.h>

/**
 * Turns a source geometry into what the cache stores: two-dimensional, in the cache CRS, valid
 * (repaired by GEOS's MakeValid where the source's is not), buffered where the rule says, as WKB.
 */
class ImportGeometry
{
    Q_DECLARE_TR_FUNCTIONS(ImportGeometry)

  public:
    /** \a toCache transforms from \a sourceCrs to \a cacheCrs; none is owned. */
    ImportGeometry(OGRCoordinateTransformationH toCache, OGRSpatialReferenceH sourceCrs,
                   OGRSpatialReferenceH cacheCrs);

    /**
     * Whether \a extent (in the source CRS) lies where the cache CRS is defined: a wrong or missing
     * CRS, or a cache made for another city, puts the data elsewhere. False with \a error saying
     * where each is.
     */
    bool checkExtent(const OGREnvelope &extent, QString *error) const;

    /**
     * The WKB of \a geometry for \a rule's target; \a repaired tells whether GEOS had to repair it.
     * Empty, with \a reason, when the geometry cannot be used (it is then left out and reported).
     */
    QByteArray prepare(OGRGeometryH geometry, const ImportRule &rule, bool *repaired, QString *reason) const;

  private:
    OGRCoordinateTransformationH mToCache;
    OGRSpatialReferenceH mSourceCrs;
    OGRSpatialReferenceH mCacheCrs;
};
