#include "formats/sourceinspector.h"

#include "formats/gdalsupport.h"

#include <QFileInfo>

#include <cmath>

#include <cpl_conv.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace
{
  QString fromGdal(const char *text)
  {
    return text ? QString::fromUtf8(text) : QString();
  }

  /** The EPSG code of \a srs: its own authority code, or the best full match GDAL finds. */
  int epsgCode(OGRSpatialReferenceH srs)
  {
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    if (authority && qstrcmp(authority, "EPSG") == 0)
      return QByteArray(OSRGetAuthorityCode(srs, nullptr)).toInt();

    // Shapefile .prj files and many GeoJSON files carry a WKT without an authority.
    int matchCount = 0;
    int *confidences = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &matchCount, &confidences);
    int code = 0;
    if (matches && matchCount > 0 && confidences[0] >= 90)
    {
      const char *matchAuthority = OSRGetAuthorityName(matches[0], nullptr);
      if (matchAuthority && qstrcmp(matchAuthority, "EPSG") == 0)
        code = QByteArray(OSRGetAuthorityCode(matches[0], nullptr)).toInt();
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidences);
    return code;
  }

  std::optional<CrsDescription> describeCrs(OGRSpatialReferenceH srs)
  {
    if (!srs)
      return std::nullopt;
    CrsDescription crs;
    crs.name = fromGdal(OSRGetName(srs));
    crs.epsg = epsgCode(srs);
    crs.projected = OSRIsProjected(srs);
    crs.geographic = OSRIsGeographic(srs);
    return crs;
  }

  VectorLayerDescription describeLayer(OGRLayerH layer)
  {
    VectorLayerDescription description;
    description.name = fromGdal(OGR_L_GetName(layer));
    description.geometryType = fromGdal(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)));

    const GIntBig count = OGR_L_GetFeatureCount(layer, TRUE);
    description.featureCount = count >= 0 ? static_cast<qint64>(count) : -1;

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < fieldCount; ++i)
    {
      OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
      description.fields.append(
          {fromGdal(OGR_Fld_GetNameRef(field)), fromGdal(OGR_GetFieldTypeName(OGR_Fld_GetType(field)))});
    }

    description.crs = describeCrs(OGR_L_GetSpatialRef(layer));

    OGREnvelope envelope;
    if (OGR_L_GetGeomType(layer) != wkbNone && description.featureCount != 0 &&
        OGR_L_GetExtent(layer, &envelope, TRUE) == OGRERR_NONE)
      description.extent = ExtentDescription{envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY};
    return description;
  }

  RasterDescription describeRaster(GDALDatasetH dataset)
  {
    RasterDescription raster;
    raster.width = GDALGetRasterXSize(dataset);
    raster.height = GDALGetRasterYSize(dataset);
    const int bandCount = GDALGetRasterCount(dataset);
    for (int band = 1; band <= bandCount; ++band)
      raster.bandDataTypes.append(
          fromGdal(GDALGetDataTypeName(GDALGetRasterDataType(GDALGetRasterBand(dataset, band)))));
    raster.crs = describeCrs(GDALGetSpatialRef(dataset));

    // GDAL's geotransform maps pixel/line to x/y; without rotation terms the extent follows from
    // the origin and the pixel size. GDAL reports the default (0,1,0,0,0,1) as a failure.
    double transform[6];
    if (GDALGetGeoTransform(dataset, transform) == CE_None)
    {
      const double x0 = transform[0];
      const double y0 = transform[3];
      const double x1 = x0 + transform[1] * raster.width + transform[2] * raster.height;
      const double y1 = y0 + transform[4] * raster.width + transform[5] * raster.height;
      raster.extent = ExtentDescription{qMin(x0, x1), qMin(y0, y1), qMax(x0, x1), qMax(y0, y1)};
      raster.pixelWidth = std::abs(transform[1]);
      raster.pixelHeight = std::abs(transform[5]);
    }
    return raster;
  }
} // namespace

std::optional<SourceDescription> SourceInspector::inspect(const QString &path)
{
  mErrorMessage.clear();
  if (path.isEmpty())
  {
    mErrorMessage = tr("No file was given.");
    return std::nullopt;
  }
  if (!gdalsupport::isVirtualOrConnection(path))
  {
    const QFileInfo info(path);
    if (!info.exists())
    {
      mErrorMessage = tr("%1: no such file or directory.").arg(path);
      return std::nullopt;
    }
    if (!info.isReadable())
    {
      mErrorMessage = tr("%1: permission denied.").arg(path);
      return std::nullopt;
    }
  }

  gdalsupport::ensureDriversRegistered();
  gdalsupport::ErrorCapture errors;
  gdalsupport::DatasetPtr dataset(GDALOpenEx(path.toUtf8().constData(),
                                             GDAL_OF_READONLY | GDAL_OF_VECTOR | GDAL_OF_RASTER, nullptr,
                                             nullptr, nullptr));
  if (!dataset)
  {
    const QString detail = errors.lastMessage();
    mErrorMessage = detail.isEmpty() ? tr("%1: not a vector or raster format that GDAL can read.").arg(path)
                                     : tr("%1: GDAL cannot read it: %2").arg(path, detail);
    return std::nullopt;
  }

  GDALDatasetH handle = dataset.get();
  SourceDescription description;
  description.path = path;
  GDALDriverH driver = GDALGetDatasetDriver(handle);
  description.driverShortName = fromGdal(GDALGetDriverShortName(driver));
  description.driverLongName = fromGdal(GDALGetDriverLongName(driver));

  const int layerCount = GDALDatasetGetLayerCount(handle);
  for (int i = 0; i < layerCount; ++i)
    description.vectorLayers.append(describeLayer(GDALDatasetGetLayer(handle, i)));

  if (GDALGetRasterCount(handle) > 0)
    description.raster = describeRaster(handle);

  // SUBDATASETS metadata alternates NAME and DESC entries; the names are what GDAL opens.
  if (char **subdatasets = GDALGetMetadata(handle, "SUBDATASETS"))
  {
    for (char **entry = subdatasets; *entry; ++entry)
    {
      const QString item = fromGdal(*entry);
      const int equals = item.indexOf(QLatin1Char('='));
      if (equals > 0 && item.left(equals).endsWith(QLatin1String("_NAME")))
        description.subdatasets.append(item.mid(equals + 1));
    }
  }

  if (description.vectorLayers.isEmpty() && !description.raster && description.subdatasets.isEmpty())
  {
    mErrorMessage = tr("%1: GDAL opened it as %2 but found neither layers nor raster bands in it.")
                        .arg(path, description.driverLongName);
    return std::nullopt;
  }
  return description;
}
