#include "formats/gdalsupport.h"
#include "formats/sourceinspector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

/** Tests SourceInspector on files GDAL writes in the test, so every expected value is known. */
class TestSourceInspector : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void describesGeoPackageLayers();
    void describesRaster();
    void identifiesEpsgOfShapefileWithoutAuthority();
    void refusesMissingFile();
    void refusesEmptyPath();
    void refusesFileThatIsNotGeodata();
    void refusesTruncatedGeoPackage();

  private:
    QString writeGeoPackage(const QString &name);
    QString path(const QString &name) const { return mDirectory.filePath(name); }

    QTemporaryDir mDirectory;
};

namespace
{
  OGRSpatialReferenceH epsg(int code)
  {
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, code);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
  }

  void addPoint(OGRLayerH layer, double x, double y, const char *name, int lamps)
  {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(feature, 0, name);
    OGR_F_SetFieldInteger(feature, 1, lamps);
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(point, 0, x, y);
    OGR_F_SetGeometryDirectly(feature, point);
    QCOMPARE(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
    OGR_F_Destroy(feature);
  }
} // namespace

void TestSourceInspector::initTestCase()
{
  QVERIFY(mDirectory.isValid());
  gdalsupport::ensureDriversRegistered();
}

QString TestSourceInspector::writeGeoPackage(const QString &name)
{
  const QString file = path(name);
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  GDALDatasetH dataset = GDALCreate(driver, file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  OGRSpatialReferenceH gaussKruger = epsg(4549);

  OGRLayerH lamps = GDALDatasetCreateLayer(dataset, "路灯", gaussKruger, wkbPoint, nullptr);
  OGRFieldDefnH nameField = OGR_Fld_Create("name", OFTString);
  OGR_L_CreateField(lamps, nameField, TRUE);
  OGR_Fld_Destroy(nameField);
  OGRFieldDefnH countField = OGR_Fld_Create("lamps", OFTInteger);
  OGR_L_CreateField(lamps, countField, TRUE);
  OGR_Fld_Destroy(countField);
  addPoint(lamps, 500000.0, 3400000.0, "一号灯", 1);
  addPoint(lamps, 500100.0, 3400050.0, "二号灯", 2);
  addPoint(lamps, 500040.0, 3400200.0, "三号灯", 2);

  GDALDatasetCreateLayer(dataset, "empty_parcels", gaussKruger, wkbMultiPolygon, nullptr);
  OSRDestroySpatialReference(gaussKruger);
  GDALClose(dataset);
  return file;
}

void TestSourceInspector::describesGeoPackageLayers()
{
  const QString file = writeGeoPackage(QStringLiteral("city.gpkg"));
  SourceInspector inspector;
  const std::optional<SourceDescription> source = inspector.inspect(file);
  QVERIFY2(source, qPrintable(inspector.errorMessage()));
  QVERIFY(inspector.errorMessage().isEmpty());
  QCOMPARE(source->driverShortName, QStringLiteral("GPKG"));
  QCOMPARE(source->vectorLayers.size(), 2);
  QVERIFY(!source->raster);

  const VectorLayerDescription &lamps = source->vectorLayers.at(0);
  QCOMPARE(lamps.name, QStringLiteral("路灯"));
  QCOMPARE(lamps.geometryType, QStringLiteral("Point"));
  QCOMPARE(lamps.featureCount, qint64(3));
  QCOMPARE(lamps.fields.size(), 2);
  QCOMPARE(lamps.fields.at(0).name, QStringLiteral("name"));
  QCOMPARE(lamps.fields.at(0).type, QStringLiteral("String"));
  QCOMPARE(lamps.fields.at(1).type, QStringLiteral("Integer"));
  QVERIFY(lamps.crs);
  QCOMPARE(lamps.crs->epsg, 4549);
  QVERIFY(lamps.crs->projected);
  QVERIFY(lamps.crs->name.contains(QStringLiteral("CGCS2000")));
  QVERIFY(lamps.extent);
  QCOMPARE(lamps.extent->xMinimum, 500000.0);
  QCOMPARE(lamps.extent->yMinimum, 3400000.0);
  QCOMPARE(lamps.extent->xMaximum, 500100.0);
  QCOMPARE(lamps.extent->yMaximum, 3400200.0);

  const VectorLayerDescription &parcels = source->vectorLayers.at(1);
  QCOMPARE(parcels.geometryType, QStringLiteral("Multi Polygon"));
  QCOMPARE(parcels.featureCount, qint64(0));
  QVERIFY(!parcels.extent);
}

void TestSourceInspector::describesRaster()
{
  const QString file = path(QStringLiteral("dem.tif"));
  GDALDriverH driver = GDALGetDriverByName("GTiff");
  GDALDatasetH dataset = GDALCreate(driver, file.toUtf8().constData(), 10, 5, 2, GDT_Float32, nullptr);
  double transform[6] = {500000.0, 2.0, 0.0, 3400000.0, 0.0, -2.5};
  GDALSetGeoTransform(dataset, transform);
  OGRSpatialReferenceH srs = epsg(4547);
  GDALSetSpatialRef(dataset, srs);
  OSRDestroySpatialReference(srs);
  GDALClose(dataset);

  SourceInspector inspector;
  const std::optional<SourceDescription> source = inspector.inspect(file);
  QVERIFY2(source, qPrintable(inspector.errorMessage()));
  QCOMPARE(source->driverShortName, QStringLiteral("GTiff"));
  QVERIFY(source->vectorLayers.isEmpty());
  QVERIFY(source->raster);
  QCOMPARE(source->raster->width, 10);
  QCOMPARE(source->raster->height, 5);
  QCOMPARE(source->raster->bandDataTypes,
           QStringList({QStringLiteral("Float32"), QStringLiteral("Float32")}));
  QVERIFY(source->raster->crs);
  QCOMPARE(source->raster->crs->epsg, 4547);
  QVERIFY(source->raster->extent);
  QCOMPARE(source->raster->extent->xMinimum, 500000.0);
  QCOMPARE(source->raster->extent->xMaximum, 500020.0);
  QCOMPARE(source->raster->extent->yMinimum, 3399987.5);
  QCOMPARE(source->raster->extent->yMaximum, 3400000.0);
  QCOMPARE(source->raster->pixelWidth, 2.0);
  QCOMPARE(source->raster->pixelHeight, 2.5);
}

void TestSourceInspector::identifiesEpsgOfShapefileWithoutAuthority()
{
  // The Shapefile driver writes an ESRI-flavoured .prj without any EPSG code in it.
  const QString file = path(QStringLiteral("wells.shp"));
  GDALDatasetH dataset = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), file.toUtf8().constData(), 0, 0, 0,
                                    GDT_Unknown, nullptr);
  OGRSpatialReferenceH srs = epsg(4326);
  GDALDatasetCreateLayer(dataset, "wells", srs, wkbPoint, nullptr);
  OSRDestroySpatialReference(srs);
  GDALClose(dataset);
  QFile prj(path(QStringLiteral("wells.prj")));
  QVERIFY(prj.open(QIODevice::ReadOnly));
  QVERIFY(!prj.readAll().contains("AUTHORITY"));

  SourceInspector inspector;
  const std::optional<SourceDescription> source = inspector.inspect(file);
  QVERIFY2(source, qPrintable(inspector.errorMessage()));
  QVERIFY(source->vectorLayers.first().crs);
  QCOMPARE(source->vectorLayers.first().crs->epsg, 4326);
  QVERIFY(source->vectorLayers.first().crs->geographic);
}

void TestSourceInspector::refusesMissingFile()
{
  const QString missing = path(QStringLiteral("no-such-file.gpkg"));
  SourceInspector inspector;
  QVERIFY(!inspector.inspect(missing));
  QVERIFY(inspector.errorMessage().contains(missing));
}

void TestSourceInspector::refusesEmptyPath()
{
  SourceInspector inspector;
  QVERIFY(!inspector.inspect(QString()));
  QVERIFY(!inspector.errorMessage().isEmpty());
}

void TestSourceInspector::refusesFileThatIsNotGeodata()
{
  const QString file = path(QStringLiteral("notes.txt"));
  QFile notes(file);
  QVERIFY(notes.open(QIODevice::WriteOnly));
  notes.write("Minutes of the Monday meeting.\nNothing spatial here.\n");
  notes.close();

  SourceInspector inspector;
  QVERIFY(!inspector.inspect(file));
  QVERIFY(inspector.errorMessage().contains(file));
}

void TestSourceInspector::refusesTruncatedGeoPackage()
{
  const QString complete = writeGeoPackage(QStringLiteral("complete.gpkg"));
  QFile source(complete);
  QVERIFY(source.open(QIODevice::ReadOnly));
  const QString truncated = path(QStringLiteral("truncated.gpkg"));
  QFile target(truncated);
  QVERIFY(target.open(QIODevice::WriteOnly));
  target.write(source.read(2048));
  target.close();

  SourceInspector inspector;
  QVERIFY(!inspector.inspect(truncated));
  QVERIFY(inspector.errorMessage().contains(truncated));
}

QTEST_GUILESS_MAIN(TestSourceInspector)
#include "testsourceinspector.moc"
