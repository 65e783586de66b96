#pragma once

#include "analysis/geoscontext.h"

#include <QString>

#include <optional>
#include <vector>

class AnalysisFeedback;

/**
 * The exact area of the union of many polygons (tree crowns and green plots: 绿化覆盖率 counts no
 * ground twice). A union of them all at once costs far more than the answer needs: most polygons
 * overlap nothing, and their areas simply add. So the polygons are grouped by overlapping interiors
 * (an STR tree finds the candidates), a polygon alone contributes its area, and only each group of
 * overlapping polygons is united.
 */
namespace unionarea
{
  /**
   * The area of the union of \a polygons (polygonal geometries or collections holding polygons; other
   * parts have no area). Nothing when \a feedback was cancelled, or when GEOS fails to unite a group
   * (\a error says which polygons).
   */
  std::optional<double> of(const GeosContext &geos, const std::vector<const GEOSGeometry *> &polygons,
                           const AnalysisFeedback *feedback, QString *error);
} // namespace unionarea
