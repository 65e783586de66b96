#pragma once

#include <qgscoordinatereferencesystem.h>

class QgsMapLayer;
class QgsRectangle;

/**
 * Chooses the projected CRS a map of an area is drawn and measured in: a CGCS2000 3-degree
 * Gauss–Krüger zone for areas in China, as 1:1000 city surveys use, and a WGS 84 UTM zone elsewhere.
 */
namespace projectedcrs
{
  /** EPSG code of the CGCS2000 3-degree Gauss–Krüger zone (no zone prefix, EPSG:4534–4554) for \a longitude.
   */
  int gaussKrugerEpsg(double longitude);

  /** The CRS for an area whose extent is given in longitude/latitude degrees (WGS 84 or CGCS2000). */
  QgsCoordinateReferenceSystem forGeographicExtent(const QgsRectangle &extent);

  /**
   * The CRS to draw \a layer in when it is the first on the map: its own CRS when that is
   * projected, otherwise the zone that suits its extent.
   */
  QgsCoordinateReferenceSystem forLayer(const QgsMapLayer &layer);

  /** The CRS the map starts in before any data is open: CGCS2000 / 3-degree Gauss–Krüger CM 120E. */
  QgsCoordinateReferenceSystem defaultCrs();
} // namespace projectedcrs
