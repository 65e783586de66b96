#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** A coordinate reference system as a data source declares it. */
struct CrsDescription
{
    QString name; //!< Human-readable name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E"
    int epsg = 0; //!< EPSG code when the CRS is, or matches, an EPSG entry; 0 when unknown
    bool projected = false;
    bool geographic = false;
};

/** An axis-aligned extent in the source's own coordinates. */
struct ExtentDescription
{
    double xMinimum = 0.0;
    double yMinimum = 0.0;
    double xMaximum = 0.0;
    double yMaximum = 0.0;
};

/** One attribute field of a vector layer. */
struct FieldDescription
{
    QString name;
    QString type; //!< OGR field type name, e.g. "String", "Integer64", "Real"
};

/** One vector layer of a source. */
struct VectorLayerDescription
{
    QString name;
    QString geometryType;     //!< OGR geometry type name, e.g. "Multi Polygon"; "None" for tables
    qint64 featureCount = -1; //!< -1 when the driver cannot count
    QList<FieldDescription> fields;
    std::optional<CrsDescription> crs;
    std::optional<ExtentDescription> extent; //!< absent for empty layers and tables
};

/** The raster part of a source. */
struct RasterDescription
{
    int width = 0;
    int height = 0;
    QStringList bandDataTypes; //!< one GDAL data type name per band, e.g. "Byte"
    std::optional<CrsDescription> crs;
    std::optional<ExtentDescription> extent; //!< absent when the raster has no georeferencing
    double pixelWidth = 0.0;
    double pixelHeight = 0.0;
};

/** What a GDAL data source holds: its format, vector layers, raster and sub-datasets. */
struct SourceDescription
{
    QString path;
    QString driverShortName; //!< e.g. "GPKG"
    QString driverLongName;  //!< e.g. "GeoPackage"
    QList<VectorLayerDescription> vectorLayers;
    std::optional<RasterDescription> raster;
    QStringList subdatasets; //!< GDAL names of sub-datasets (e.g. NetCDF variables), openable on their own
};
