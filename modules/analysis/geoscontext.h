#pragma once

#include <QByteArray>
#include <QString>

#include <geos_c.h>

#include <memory>
#include <vector>

/**
 * A context of GEOS's reentrant C API, owning what it makes: geometries are unique pointers that
 * destroy themselves through the context, and GEOS's last error message is kept for reports.
 */
class GeosContext
{
  public:
    struct GeometryDeleter
    {
        GEOSContextHandle_t handle = nullptr;
        void operator()(GEOSGeometry *geometry) const { GEOSGeom_destroy_r(handle, geometry); }
    };
    using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

    struct PreparedDeleter
    {
        GEOSContextHandle_t handle = nullptr;
        void operator()(const GEOSPreparedGeometry *prepared) const
        {
          GEOSPreparedGeom_destroy_r(handle, prepared);
        }
    };
    /** A prepared geometry: indexed once for many predicate tests; it refers to, not owns, its geometry. */
    using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext &) = delete;
    GeosContext &operator=(const GeosContext &) = delete;

    GEOSContextHandle_t handle() const { return mHandle; }

    /** Takes \a geometry (a result of a GEOS call, null on error) into a self-destroying pointer. */
    Geometry own(GEOSGeometry *geometry) const { return Geometry(geometry, GeometryDeleter{mHandle}); }

    /** The geometry of \a wkb, null when GEOS cannot read it. */
    Geometry fromWkb(const QByteArray &wkb) const;
    /** The geometry of \a wkt, null when GEOS cannot read it (lastError() says why). */
    Geometry fromWkt(const QString &wkt) const;
    /** \a geometry prepared for repeated predicates; \a geometry must outlive the result. */
    Prepared prepare(const GEOSGeometry *geometry) const;
    /** The area of \a geometry (0 for points, lines and empty geometries). */
    double area(const GEOSGeometry *geometry) const;
    /** The two-dimensional ISO WKB of \a geometry. */
    QByteArray toWkb(const GEOSGeometry *geometry) const;

    /** A collection of \a type holding \a parts (taken). */
    Geometry collect(int type, std::vector<Geometry> parts) const;

    /**
     * The union of polygons that share their edges exactly (a planar partition): a coverage union,
     * which keeps every vertex where it is so that neighbours' edges still match; a snap-rounded
     * union on \a gridSize if GEOS finds the edges do not match after all.
     */
    Geometry uniteCoverage(const std::vector<const GEOSGeometry *> &polygons, double gridSize) const;

    /** The parts of \a geometry (itself when it is not a collection), as clones. */
    std::vector<Geometry> parts(const GEOSGeometry *geometry) const;

    /** GEOS's last error, for reports. */
    QString lastError() const { return mLastError; }

  private:
    static void keepMessage(const char *message, void *context);

    GEOSContextHandle_t mHandle = nullptr;
    QString mLastError;
};
