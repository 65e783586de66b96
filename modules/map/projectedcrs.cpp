#include "map/projectedcrs.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsproject.h>
#include <qgsrectangle.h>

#include <cmath>

namespace projectedcrs
{
  namespace
  {
    // EPSG:4534 is central meridian 75°E, EPSG:4554 is 135°E, one code per 3 degrees.
    constexpr int firstGaussKrugerEpsg = 4534;
    constexpr int firstCentralMeridian = 75;
    constexpr int lastCentralMeridian = 135;
    constexpr int zoneWidth = 3;
  } // namespace

  int gaussKrugerEpsg(double longitude)
  {
    const int centralMeridian = static_cast<int>(std::lround(longitude / zoneWidth)) * zoneWidth;
    const int clamped = std::max(firstCentralMeridian, std::min(lastCentralMeridian, centralMeridian));
    return firstGaussKrugerEpsg + (clamped - firstCentralMeridian) / zoneWidth;
  }

  QgsCoordinateReferenceSystem forGeographicExtent(const QgsRectangle &extent)
  {
    const double longitude = extent.center().x();
    const double latitude = extent.center().y();
    // The CGCS2000 Gauss–Krüger zones cover China: 73.5°E–136.5°E, and north of the equator.
    const bool inChina = longitude >= 73.5 && longitude <= 136.5 && latitude >= 0.0 && latitude <= 54.0;
    if (inChina)
      return QgsCoordinateReferenceSystem::fromEpsgId(gaussKrugerEpsg(longitude));
    const int utmZone =
        std::max(1, std::min(60, static_cast<int>(std::floor((longitude + 180.0) / 6.0)) + 1));
    return QgsCoordinateReferenceSystem::fromEpsgId((latitude >= 0.0 ? 32600 : 32700) + utmZone);
  }

  QgsCoordinateReferenceSystem forLayer(const QgsMapLayer &layer)
  {
    const QgsCoordinateReferenceSystem layerCrs = layer.crs();
    if (layerCrs.isValid() && !layerCrs.isGeographic())
      return layerCrs;
    if (!layerCrs.isValid() || layer.extent().isNull())
      return defaultCrs();
    const QgsCoordinateTransform toWgs84(layerCrs, QgsCoordinateReferenceSystem::fromEpsgId(4326),
                                         QgsProject::instance()->transformContext());
    try
    {
      return forGeographicExtent(toWgs84.transformBoundingBox(layer.extent()));
    }
    catch (const QgsCsException &)
    {
      return defaultCrs();
    }
  }

  QgsCoordinateReferenceSystem defaultCrs()
  {
    return QgsCoordinateReferenceSystem::fromEpsgId(4549);
  }
} // namespace projectedcrs
