#include "cache/cachefile.h"
#include "cachehash.h"
#include "dataimport/cityimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/**
 * Imports by mapping: what each rule takes, repairs and leaves out, the component table, and every
 * kind of bad input, after which the cache file is byte for byte what it was.
 */
class TestCityImporter : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void refusesBadMappings_data();
    void refusesBadMappings();
    void importsByRules();
    void importsComponentTable();
    void reimportUpdates();
    void badInputLeavesCacheUnchanged_data();
    void badInputLeavesCacheUnchanged();
    void cancelLeavesCacheUnchanged();

  private:
    QString write(const QString &name, const QByteArray &content);
    QString mapping(const QByteArray &rules, const QByteArray &extra = QByteArray());
    QByteArray cacheHash();
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
    QString mCachePath;
};

namespace
{
  // Beijing's 3-degree zone (EPSG:4548, CM 117E): longitude 116.40, latitude 39.90 and round it.
  const QByteArray cityGeoJson = R"({"type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
    "features": [
      {"type": "Feature", "properties": {"osm_id": "1", "building": "apartments", "name": "一号楼", "levels": "6"},
       "geometry": {"type": "Polygon", "coordinates": [[[116.400, 39.900], [116.401, 39.900], [116.401, 39.9005],
                                                          [116.400, 39.9005], [116.400, 39.900]]]}},
      {"type": "Feature", "properties": {"osm_id": "2", "building": "yes", "levels": "x"},
       "geometry": {"type": "Polygon", "coordinates": [[[116.402, 39.900], [116.403, 39.901], [116.403, 39.900],
                                                          [116.402, 39.901], [116.402, 39.900]]]}},
      {"type": "Feature", "properties": {"osm_id": "3", "building": "no"},
       "geometry": {"type": "Polygon", "coordinates": [[[116.404, 39.900], [116.405, 39.900], [116.405, 39.901],
                                                          [116.404, 39.900]]]}},
      {"type": "Feature", "properties": {"osm_id": "4", "highway": "primary", "name": "长安街"},
       "geometry": {"type": "LineString", "coordinates": [[116.39, 39.905], [116.41, 39.905]]}},
      {"type": "Feature", "properties": {"osm_id": "5", "leisure": "park", "name": "小公园"},
       "geometry": {"type": "Polygon", "coordinates": [[[116.400, 39.902], [116.402, 39.902], [116.402, 39.903],
                                                          [116.400, 39.903], [116.400, 39.902]]]}},
      {"type": "Feature", "properties": {"osm_id": "6", "natural": "tree"},
       "geometry": {"type": "Point", "coordinates": [116.4005, 39.9025]}},
      {"type": "Feature", "properties": {"osm_id": "1", "building": "yes"},
       "geometry": {"type": "Polygon", "coordinates": [[[116.406, 39.900], [116.407, 39.900], [116.407, 39.901],
                                                          [116.406, 39.900]]]}},
      {"type": "Feature", "properties": {"osm_id": "7", "amenity": "bench"},
       "geometry": {"type": "Point", "coordinates": [116.4001, 39.9021]}}
    ]})";

  const QByteArray cityRules = R"([
      {"target": "building", "geometry": "polygon", "when": {"building": "*"}, "unless": {"building": ["no"]},
       "columns": {"name": "name", "floors": "levels",
                   "usage": {"field": "building", "values": {"apartments": "residential"}, "default": null}}},
      {"target": "road", "geometry": "line", "when": {"highway": ["primary"]},
       "columns": {"name": "name", "road_class": {"value": "arterial"}}},
      {"target": "green_space", "geometry": "polygon", "when": {"leisure": ["park"]},
       "columns": {"name": "name", "green_class": {"value": "G12"}}},
      {"target": "tree_canopy", "geometry": "point", "when": {"natural": ["tree"]}, "buffer_m": 3}
    ])";
} // namespace

void TestCityImporter::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  mCachePath = mDirectory->filePath(QStringLiteral("city.xhc"));
  CacheSettings settings;
  settings.srid = 4548;
  QString error;
  mCache = CacheFile::create(mCachePath, settings, &error);
  QVERIFY2(mCache, qPrintable(error));
}

void TestCityImporter::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

QString TestCityImporter::write(const QString &name, const QByteArray &content)
{
  const QString path = mDirectory->filePath(name);
  QFile file(path);
  if (file.open(QIODevice::WriteOnly))
    file.write(content);
  return path;
}

QString TestCityImporter::mapping(const QByteArray &rules, const QByteArray &extra)
{
  return write(QStringLiteral("mapping.json"), R"({"format": "xiuhua-import-mapping/1", "name": "test", )" +
                                                   extra + R"("rules": )" + rules + "}");
}

QByteArray TestCityImporter::cacheHash()
{
  return closedCacheHash(mCache, mCachePath);
}

int TestCityImporter::count(const QString &sql)
{
  return mCache->database().scalar(sql).toInt();
}

void TestCityImporter::refusesBadMappings_data()
{
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<QString>("expected");
  QTest::newRow("not JSON") << QByteArray("{\n\"format\": \"xiuhua-import-mapping/1\",\n\"rules\": [,]\n}")
                            << "line 3";
  QTest::newRow("no format") << QByteArray(R"({"rules": []})") << "format";
  QTest::newRow("unknown key") << QByteArray(R"({"format": "xiuhua-import-mapping/1", "rulez": []})")
                               << "rulez";
  QTest::newRow("no rules") << QByteArray(R"({"format": "xiuhua-import-mapping/1", "rules": []})") << "rules";
  QTest::newRow("unknown target") << QByteArray(R"({"format": "xiuhua-import-mapping/1", "rules": [
      {"target": "castle", "geometry": "polygon"}]})")
                                  << "rules[0].target";
  QTest::newRow("unknown column") << QByteArray(R"({"format": "xiuhua-import-mapping/1", "rules": [
      {"target": "road", "geometry": "line"}, {"target": "road", "geometry": "line", "columns": {"lanes": "lanes"}}]})")
                                  << "rules[1].columns.lanes";
  QTest::newRow("unknown geometry") << QByteArray(R"({"format": "xiuhua-import-mapping/1", "rules": [
      {"target": "road", "geometry": "curve"}]})")
                                    << "rules[0].geometry";
  QTest::newRow("id rule without fields") << QByteArray(R"({"format": "xiuhua-import-mapping/1",
      "id": [{"fields": ["@id"]}, {"prefix": "x/"}], "rules": [{"target": "road", "geometry": "line"}]})")
                                          << "id[1]";
  QTest::newRow("driver configuration missing") << QByteArray(R"({"format": "xiuhua-import-mapping/1",
      "driver_open_options": {"OSM": ["CONFIG_FILE=@nowhere.ini"]}, "rules": [{"target": "road", "geometry": "line"}]})")
                                                << "nowhere.ini";
}

void TestCityImporter::refusesBadMappings()
{
  QFETCH(QByteArray, content);
  QFETCH(QString, expected);
  const QString path = write(QStringLiteral("bad.json"), content);
  QString error;
  QVERIFY(!ImportMapping::load(path, &error));
  QVERIFY2(error.contains(path) && error.contains(expected), qPrintable(error));
}

void TestCityImporter::importsByRules()
{
  const QString source = write(QStringLiteral("city.geojson"), cityGeoJson);
  QString error;
  const std::optional<ImportMapping> rules =
      ImportMapping::load(mapping(cityRules, R"("id": {"fields": ["osm_id"], "prefix": "osm/"}, )"), &error);
  QVERIFY2(rules, qPrintable(error));
  CityImporter importer(*mCache, *rules);
  QVERIFY2(importer.run(source, &error), qPrintable(error));
  const ImportReport &report = importer.report();
  QCOMPARE(report.read, 8);
  QCOMPARE(report.written.value(QStringLiteral("building")),
           2); // the bow tie repaired, "no" and the duplicate not
  QCOMPARE(report.written.value(QStringLiteral("road")), 1);
  QCOMPARE(report.written.value(QStringLiteral("green_space")), 1);
  QCOMPARE(report.written.value(QStringLiteral("tree_canopy")), 1);
  QCOMPARE(report.repaired, 1);
  QCOMPARE(report.duplicates, 1);
  QCOMPARE(report.unmatched, 2); // building=no and the bench

  QCOMPARE(count(QStringLiteral("SELECT floors FROM building WHERE id = 'osm/1'")), 6);
  QCOMPARE(
      mCache->database().scalar(QStringLiteral("SELECT usage FROM building WHERE id = 'osm/1'")).toString(),
      QStringLiteral("residential"));
  QVERIFY(
      mCache->database().scalar(QStringLiteral("SELECT usage FROM building WHERE id = 'osm/2'")).isNull());
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT name FROM road")).toString(),
           QStringLiteral("长安街"));
  // Reprojected into CGCS2000 / 3-degree GK CM 117E: about 85 m wide, 55 m high, near x 448,700.
  const double area = mCache->database()
                          .scalar(QStringLiteral("SELECT ST_Area(geom) FROM building WHERE id = "
                                                 "'osm/1'"))
                          .toDouble();
  QVERIFY2(area > 4000 && area < 5000, qPrintable(QString::number(area)));
  const double x = mCache->database()
                       .scalar(QStringLiteral("SELECT MbrMinX(geom) FROM building WHERE id = "
                                              "'osm/1'"))
                       .toDouble();
  QVERIFY2(x > 440000 && x < 455000, qPrintable(QString::number(x)));
  // The tree's canopy: a 3 m disc.
  const double canopy =
      mCache->database().scalar(QStringLiteral("SELECT ST_Area(geom) FROM tree_canopy")).toDouble();
  QVERIFY2(std::abs(canopy - 28.27) < 0.5, qPrintable(QString::number(canopy)));
  // Journaled, indexed and valid.
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE operation = 'insert'")), 5);
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM idx_building_geom")), 2);
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM building WHERE ST_IsValid(geom) = 0")), 0);
}

void TestCityImporter::importsComponentTable()
{
  // GB/T 47678.5 Table 2 field names, X/Y in the cache CRS, dates as YYYYMMDD.
  const QString source =
      write(QStringLiteral("components.csv"),
            "管理部件标识码,管理部件名称,主管部门名称,养护单位名称,管理部件状态,初始日期,X,Y\n"
            "11010101001000001,供水井盖,市水务局,自来水公司,完好,20240301,465800.5,4418000.25\n"
            "11010101001000002,供水井盖,市水务局,自来水公司,破损,20240302,465810,4418010\n");
  QString error;
  const QString shipped = QStringLiteral(XIUHUA_BUILD_DATA_DIR "/mappings/gb47678-components.json");
  const std::optional<ImportMapping> rules = ImportMapping::load(shipped, &error);
  QVERIFY2(rules, qPrintable(error));
  CityImporter importer(*mCache, *rules);
  QVERIFY(!importer.run(source, &error)); // a CSV declares no CRS
  QVERIFY2(error.contains(QStringLiteral("--source-crs")), qPrintable(error));
  importer.setSourceCrs(QStringLiteral("EPSG:4548"));
  QVERIFY2(importer.run(source, &error), qPrintable(error));
  QCOMPARE(importer.report().written.value(QStringLiteral("component")), 2);
  QCOMPARE(importer.report().departmentsCreated, 2);
  QCOMPARE(mCache->database()
               .scalar(QStringLiteral("SELECT state FROM component WHERE id = '11010101001000002'"))
               .toString(),
           QStringLiteral("damaged"));
  QCOMPARE(mCache->database()
               .scalar(QStringLiteral("SELECT initial_date FROM component WHERE id = "
                                      "'11010101001000001'"))
               .toString(),
           QStringLiteral("2024-03-01"));
  QCOMPARE(mCache->database()
               .scalar(QStringLiteral("SELECT d.name FROM component c JOIN department d ON d.id = "
                                      "c.maintainer_department_id LIMIT 1"))
               .toString(),
           QStringLiteral("自来水公司"));
}

void TestCityImporter::reimportUpdates()
{
  const QString source = write(QStringLiteral("city.geojson"), cityGeoJson);
  QString error;
  const std::optional<ImportMapping> rules =
      ImportMapping::load(mapping(cityRules, R"("id": {"fields": ["osm_id"], "prefix": "osm/"}, )"), &error);
  QVERIFY2(rules, qPrintable(error));
  CityImporter first(*mCache, *rules);
  QVERIFY2(first.run(source, &error), qPrintable(error));
  // The second time the tables are not empty: rows are updated in place, not doubled.
  CityImporter second(*mCache, *rules);
  QVERIFY2(second.run(source, &error), qPrintable(error));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM building")), 2);
  QCOMPARE(count(QStringLiteral("SELECT rtreecheck('idx_building_geom') = 'ok'")), 1);
}

void TestCityImporter::badInputLeavesCacheUnchanged_data()
{
  QTest::addColumn<QString>("file");
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<QByteArray>("rules");
  QTest::addColumn<QString>("crs");
  QTest::addColumn<QString>("expected");

  const QByteArray buildingRule =
      R"([{"target": "building", "geometry": "polygon", "when": {"building": "*"}, "columns": {"name": "name"}}])";
  QTest::newRow("missing file") << "absent.geojson" << QByteArray() << buildingRule << QString()
                                << "does not exist";
  QTest::newRow("not vector data") << "noise.geojson" << QByteArray("this is not GeoJSON at all")
                                   << buildingRule << QString() << "noise.geojson";
  QTest::newRow("truncated") << "truncated.geojson" << cityGeoJson.left(cityGeoJson.size() / 2)
                             << buildingRule << QString() << "truncated.geojson";
  QByteArray wrongCrs = cityGeoJson;
  wrongCrs.replace("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::32721"); // Uruguay's UTM zone
  QTest::newRow("wrong CRS") << "wrongcrs.geojson" << wrongCrs << cityRules << QString()
                             << "outside the area";
  QTest::newRow("unknown CRS") << "city.geojson" << cityGeoJson << buildingRule << "EPSG:999999"
                               << "EPSG:999999";
  QTest::newRow("unknown field")
      << "city.geojson" << cityGeoJson
      << QByteArray(R"([{"target": "building", "geometry": "polygon", "columns": {"name": "naam"}}])")
      << QString() << "naam";
  QTest::newRow("not UTF-8")
      << "gbk.csv"
      << QByteArray("id,name,WKT\n1,") + QByteArray::fromHex("d2bbbac5c2a5") +
             QByteArray(",\"POLYGON((465800 4418000,465810 4418000,465810 4418010,465800 "
                        "4418000))\"\n")
      << QByteArray(R"([{"target": "building", "geometry": "polygon", "columns": {"name": "name"}}])")
      << "EPSG:4548"
      << "not UTF-8";
  QTest::newRow("wrong type for the layer")
      << "city.geojson" << cityGeoJson
      << QByteArray(R"([{"target": "place_label", "geometry": "point", "when": {"natural": "*"},
                         "columns": {"name": "name"}}])")
      << QString() << "name";
}

void TestCityImporter::badInputLeavesCacheUnchanged()
{
  QFETCH(QString, file);
  QFETCH(QByteArray, content);
  QFETCH(QByteArray, rules);
  QFETCH(QString, crs);
  QFETCH(QString, expected);

  // A cache with data already, so that "unchanged" means something.
  QString error;
  const std::optional<ImportMapping> first = ImportMapping::load(mapping(cityRules), &error);
  QVERIFY2(first, qPrintable(error));
  CityImporter seed(*mCache, *first);
  QVERIFY2(seed.run(write(QStringLiteral("seed.geojson"), cityGeoJson), &error), qPrintable(error));
  const QByteArray before = cacheHash();

  const QString source = content.isNull() ? mDirectory->filePath(file) : write(file, content);
  const std::optional<ImportMapping> bad = ImportMapping::load(mapping(rules), &error);
  QVERIFY2(bad, qPrintable(error));
  CityImporter importer(*mCache, *bad);
  importer.setSourceCrs(crs);
  if (file.endsWith(QLatin1String(".csv")))
    importer.setOpenOptions({QStringLiteral("GEOM_POSSIBLE_NAMES=WKT")});
  QVERIFY(!importer.run(source, &error));
  QVERIFY2(error.contains(expected), qPrintable(error));
  QCOMPARE(cacheHash(), before);
}

void TestCityImporter::cancelLeavesCacheUnchanged()
{
  // 3000 features, cancelled after the first thousand.
  QByteArray features;
  for (int i = 0; i < 3000; ++i)
    features += QStringLiteral(
                    R"(%1{"type": "Feature", "properties": {"building": "yes"}, "geometry": {"type": "Point",
      "coordinates": [116.%2, 39.9]}})")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(4000 + i)
                    .toUtf8();
  const QString source = write(QStringLiteral("many.geojson"),
                               R"({"type": "FeatureCollection", "features": [)" + features + "]}");
  QString error;
  const std::optional<ImportMapping> rules = ImportMapping::load(
      mapping(
          R"([{"target": "tree_canopy", "geometry": "point", "when": {"building": "*"}, "buffer_m": 2}])"),
      &error);
  QVERIFY2(rules, qPrintable(error));
  const QByteArray before = cacheHash();
  CityImporter importer(*mCache, *rules);
  qint64 seen = 0;
  importer.setProgress([&](qint64 done, qint64) {
    seen = done;
    return done < 1000;
  });
  QVERIFY(!importer.run(source, &error));
  QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
  QCOMPARE(seen, 1000);
  QCOMPARE(cacheHash(), before);
}

QTEST_GUILESS_MAIN(TestCityImporter)
#include "testcityimporter.moc"
