#pragma once

#include "analysis/geoscontext.h"

#include <QString>

#include <optional>
#include <vector>

class AnalysisFeedback;

/**
 * The exact area of the union of many polygons (tree crowns and green plots: 绿化覆盖率 counts no
 * ground twice), without computing the union itself where that can be avoided.
 */
namespace unionarea
{
  /**
   * The area of the union of \a polygons (polygonal geometries or collections holding polygons; other
   * parts have no area): from the union's boundary (UnionBoundary), or by overlay() when rounding left
   * that boundary open. Nothing when \a feedback was cancelled, or when GEOS fails to unite a group
   * (\a error says which polygons).
   */
  std::optional<double> of(const GeosContext &geos, const std::vector<const GEOSGeometry *> &polygons,
                           const AnalysisFeedback *feedback, QString *error);

  /**
   * The same area by GEOS overlay: the polygons are grouped by overlapping interiors (an STR tree finds
   * the candidates), a polygon alone contributes its area, and only each group is united.
   */
  std::optional<double> byOverlay(const GeosContext &geos, const std::vector<const GEOSGeometry *> &polygons,
                                  const AnalysisFeedback *feedback, QString *error);
} // namespace unionarea
