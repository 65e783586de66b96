#include "dataimport/importgeometry.h"

#include <memory>

namespace
{
  struct GeometryDeleter
  {
      void operator()(OGRGeometryH geometry) const { OGR_G_DestroyGeometry(geometry); }
  };
  using Geometry = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

  bool isKind(OGRwkbGeometryType type, GeometryKind kind)
  {
    switch (wkbFlatten(type))
    {
    case wkbPoint:
    case wkbMultiPoint:
      return kind == GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
      return kind == GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
      return kind == GeometryKind::Polygon;
    default:
      return false;
    }
  }

  /** The parts of \a kind in \a geometry (a repair may return a collection with lower-dimensional leftovers).
   */
  Geometry partsOfKind(OGRGeometryH geometry, GeometryKind kind)
  {
    if (isKind(OGR_G_GetGeometryType(geometry), kind))
      return Geometry(OGR_G_Clone(geometry));
    if (wkbFlatten(OGR_G_GetGeometryType(geometry)) != wkbGeometryCollection)
      return nullptr;
    const OGRwkbGeometryType multi = kind == GeometryKind::Polygon ? wkbMultiPolygon
                                     : kind == GeometryKind::Line  ? wkbMultiLineString
                                                                   : wkbMultiPoint;
    Geometry result(OGR_G_CreateGeometry(multi));
    for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i)
    {
      OGRGeometryH part = OGR_G_GetGeometryRef(geometry, i);
      if (!isKind(OGR_G_GetGeometryType(part), kind))
        continue;
      if (OGR_G_GetGeometryCount(part) > 0 && wkbFlatten(OGR_G_GetGeometryType(part)) == multi)
      {
        for (int j = 0; j < OGR_G_GetGeometryCount(part); ++j)
          OGR_G_AddGeometry(result.get(), OGR_G_GetGeometryRef(part, j));
      }
      else
      {
        OGR_G_AddGeometry(result.get(), part);
      }
    }
    return OGR_G_IsEmpty(result.get()) ? nullptr : std::move(result);
  }
} // namespace

ImportGeometry::ImportGeometry(OGRCoordinateTransformationH toCache, OGRSpatialReferenceH sourceCrs,
                               OGRSpatialReferenceH cacheCrs)
    : mToCache(toCache)
    , mSourceCrs(sourceCrs)
    , mCacheCrs(cacheCrs)
{}

bool ImportGeometry::checkExtent(const OGREnvelope &extent, QString *error) const
{
  double west = 0, south = 0, east = 0, north = 0;
  const char *areaName = nullptr;
  if (!OSRGetAreaOfUse(mCacheCrs, &west, &south, &east, &north, &areaName))
    return true; // nothing to compare with
  // The layer's extent in longitude and latitude of its own datum.
  OGRSpatialReferenceH geographic = OSRCloneGeogCS(mSourceCrs);
  OSRSetAxisMappingStrategy(geographic, OAMS_TRADITIONAL_GIS_ORDER);
  OGRCoordinateTransformationH toGeographic = OCTNewCoordinateTransformation(mSourceCrs, geographic);
  double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
  const bool transformed =
      toGeographic && OCTTransformBounds(toGeographic, extent.MinX, extent.MinY, extent.MaxX, extent.MaxY,
                                         &minLon, &minLat, &maxLon, &maxLat, 21);
  if (toGeographic)
    OCTDestroyCoordinateTransformation(toGeographic);
  OSRDestroySpatialReference(geographic);
  if (!transformed)
  {
    *error = tr("its extent (%1, %2 – %3, %4) is not a place in its CRS: the CRS is wrong or missing (give "
                "--source-crs).")
                 .arg(extent.MinX)
                 .arg(extent.MinY)
                 .arg(extent.MaxX)
                 .arg(extent.MaxY);
    return false;
  }
  // A degree of slack: data just across a zone border is still projected well enough.
  const double margin = 1.0;
  const bool overlaps = west <= east ? maxLon >= west - margin && minLon <= east + margin : true;
  if (overlaps && maxLat >= south - margin && minLat <= north + margin)
    return true;
  *error =
      tr("it lies at longitude %1…%2, latitude %3…%4, outside the area where the cache's CRS is used (%5: "
         "longitude %6…%7, latitude %8…%9). Either the source's CRS is wrong (give --source-crs), or the "
         "cache was made for another place (xiuhua-cli cache init --srid).")
          .arg(minLon, 0, 'f', 3)
          .arg(maxLon, 0, 'f', 3)
          .arg(minLat, 0, 'f', 3)
          .arg(maxLat, 0, 'f', 3)
          .arg(QString::fromUtf8(areaName))
          .arg(west, 0, 'f', 1)
          .arg(east, 0, 'f', 1)
          .arg(south, 0, 'f', 1)
          .arg(north, 0, 'f', 1);
  return false;
}

QByteArray ImportGeometry::prepare(OGRGeometryH geometry, const ImportRule &rule, bool *repaired,
                                   QString *reason) const
{
  *repaired = false;
  Geometry shape(OGR_G_Clone(geometry));
  OGR_G_FlattenTo2D(shape.get());
  if (OGR_G_IsEmpty(shape.get()))
  {
    *reason = tr("the geometry is empty");
    return QByteArray();
  }
  if (OGR_G_Transform(shape.get(), mToCache) != OGRERR_NONE)
  {
    *reason = tr("the geometry cannot be transformed to the cache's CRS");
    return QByteArray();
  }
  if (rule.geometry != GeometryKind::Point && !OGR_G_IsValid(shape.get()))
  {
    Geometry valid(OGR_G_MakeValid(shape.get()));
    Geometry parts = valid ? partsOfKind(valid.get(), rule.geometry) : nullptr;
    if (!parts)
    {
      *reason = tr("the geometry is invalid and GEOS cannot repair it");
      return QByteArray();
    }
    shape = std::move(parts);
    *repaired = true;
  }
  if (rule.bufferMetres > 0)
    shape.reset(OGR_G_Buffer(shape.get(), rule.bufferMetres, 8));
  if (!shape || OGR_G_IsEmpty(shape.get()))
  {
    *reason = tr("nothing is left of the geometry");
    return QByteArray();
  }
  QByteArray wkb(OGR_G_WkbSize(shape.get()), '\0');
  OGR_G_ExportToIsoWkb(shape.get(), wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
  return wkb;
}
