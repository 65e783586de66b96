#pragma once

#include "analysis/envelope.h"
#include "analysis/geoscontext.h"

#include <QByteArray>
#include <QString>

class SqliteStatement;

/**
 * The study area as the statistics use it: prepared once, then asked for every feature whether it
 * lies inside, outside or across the boundary, and for the part inside. Features inside are taken
 * whole, so only those across the boundary pay for an intersection.
 */
class ShapeClipper
{
  public:
    /** Where a feature lies against the shape. */
    enum class Overlap
    {
      Outside, //!< no interior point in common (touching the boundary is outside)
      Inside,  //!< covered by the shape
      Across,  //!< partly inside
    };

    /** The shape of \a wkb (a valid polygon or multipolygon, see StudyArea). */
    ShapeClipper(const GeosContext &geos, const QByteArray &wkb);

    /** Whether the shape could be read. */
    bool isValid() const { return static_cast<bool>(mShape); }

    const GEOSGeometry *shape() const { return mShape.get(); }
    Envelope envelope() const { return mEnvelope; }

    /** Where the polygon \a feature lies. */
    Overlap overlap(const GEOSGeometry *feature) const;

    /** The part of \a feature inside the shape (an intersection: call it for features Across). */
    GeosContext::Geometry clip(const GEOSGeometry *feature) const;

    /**
     * The part of \a feature inside the shape, or null when it lies outside, or when GEOS fails to
     * intersect them: such failures are counted, and a result with any is not to be trusted.
     */
    GeosContext::Geometry partInside(const GEOSGeometry *feature) const;

    /** How many intersections GEOS failed (see partInside()); its last message is lastError(). */
    int failedClips() const { return mFailedClips; }

    /** Whether the point (\a x, \a y) lies inside the shape or on its boundary. */
    bool coversPoint(double x, double y) const;

  private:
    const GeosContext &mGeos;
    GeosContext::Geometry mShape;
    GeosContext::Prepared mPrepared;
    Envelope mEnvelope;
    mutable int mFailedClips = 0;
};

/**
 * The SQL reading \a columns of the rows of \a table whose spatial-index box meets the rectangle
 * bound as ?1–?4 (xmin, ymin, xmax, ymax): the R*Tree narrows a city to the candidates near the shape.
 * \a condition, when given, is ANDed to it (columns prefixed "t.").
 */
QString indexedRowsSql(const QString &table, const QString &columns, const QString &condition = QString());

/** Binds \a envelope to ?1–?4 of a statement of indexedRowsSql(). */
void bindEnvelope(SqliteStatement &statement, const Envelope &envelope);
