#include "analysis/geoscontext.h"

GeosContext::GeosContext()
    : mHandle(GEOS_init_r())
{
  GEOSContext_setErrorMessageHandler_r(mHandle, &GeosContext::keepMessage, this);
}

GeosContext::~GeosContext()
{
  GEOS_finish_r(mHandle);
}

void GeosContext::keepMessage(const char *message, void *context)
{
  static_cast<GeosContext *>(context)->mLastError = QString::fromUtf8(message);
}

GeosContext::Geometry GeosContext::fromWkb(const QByteArray &wkb) const
{
  return own(GEOSGeomFromWKB_buf_r(mHandle, reinterpret_cast<const unsigned char *>(wkb.constData()),
                                   static_cast<size_t>(wkb.size())));
}

GeosContext::Geometry GeosContext::fromWkt(const QString &wkt) const
{
  GEOSWKTReader *reader = GEOSWKTReader_create_r(mHandle);
  Geometry geometry = own(GEOSWKTReader_read_r(mHandle, reader, wkt.toUtf8().constData()));
  GEOSWKTReader_destroy_r(mHandle, reader);
  return geometry;
}

GeosContext::Prepared GeosContext::prepare(const GEOSGeometry *geometry) const
{
  return Prepared(GEOSPrepare_r(mHandle, geometry), PreparedDeleter{mHandle});
}

double GeosContext::area(const GEOSGeometry *geometry) const
{
  double result = 0;
  return GEOSArea_r(mHandle, geometry, &result) == 1 ? result : 0;
}

QByteArray GeosContext::toWkb(const GEOSGeometry *geometry) const
{
  GEOSWKBWriter *writer = GEOSWKBWriter_create_r(mHandle);
  GEOSWKBWriter_setOutputDimension_r(mHandle, writer, 2);
  GEOSWKBWriter_setByteOrder_r(mHandle, writer, GEOS_WKB_NDR);
  size_t size = 0;
  unsigned char *buffer = GEOSWKBWriter_write_r(mHandle, writer, geometry, &size);
  GEOSWKBWriter_destroy_r(mHandle, writer);
  if (!buffer)
    return {};
  QByteArray result(reinterpret_cast<const char *>(buffer), static_cast<int>(size));
  GEOSFree_r(mHandle, buffer);
  return result;
}

GeosContext::Geometry GeosContext::collect(int type, std::vector<Geometry> parts) const
{
  std::vector<GEOSGeometry *> raw;
  raw.reserve(parts.size());
  for (Geometry &part : parts)
    raw.push_back(part.release());
  return own(GEOSGeom_createCollection_r(mHandle, type, raw.data(), static_cast<unsigned int>(raw.size())));
}

std::vector<GeosContext::Geometry> GeosContext::parts(const GEOSGeometry *geometry) const
{
  std::vector<Geometry> result;
  const int count = GEOSGetNumGeometries_r(mHandle, geometry);
  for (int i = 0; i < count; ++i)
    result.push_back(own(GEOSGeom_clone_r(mHandle, GEOSGetGeometryN_r(mHandle, geometry, i))));
  return result;
}

GeosContext::Geometry GeosContext::uniteCoverage(const std::vector<const GEOSGeometry *> &polygons,
                                                 double gridSize) const
{
  if (polygons.size() == 1)
    return own(GEOSGeom_clone_r(mHandle, polygons.front()));
  std::vector<Geometry> parts;
  for (const GEOSGeometry *polygon : polygons)
  {
    for (Geometry &part : this->parts(polygon))
      parts.push_back(std::move(part));
  }
  const Geometry collection = collect(GEOS_MULTIPOLYGON, std::move(parts));
  Geometry united = own(GEOSCoverageUnion_r(mHandle, collection.get()));
  if (!united)
    united = own(GEOSUnaryUnionPrec_r(mHandle, collection.get(), gridSize));
  return united;
}
