#include "cache/cachechecker.h"
#include "cache/cachefile.h"
#include "dataimport/cityimporter.h"
#include "dataimport/gridbuilder.h"
#include "runtime/referencedata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

/**
 * Real OpenStreetMap data nobody here wrote: OSM QA vector tiles of Montevideo from the npm package
 * @mapbox/mvt-fixtures, which `./xiuhua.sh test` fetches (never committed) and names in
 * XIUHUA_OSM_FIXTURES. Imported by the shipped OSM mapping into a UTM 21S cache, tile after tile;
 * then its unit grid is drawn from its streets.
 */
class TestRealOsm : public QObject
{
    Q_OBJECT

  private slots:
    void importsMontevideoAndDrawsItsGrid();
    void importsAnOsmFile();

  private:
    int count(CacheFile &cache, const QString &sql) { return cache.database().scalar(sql).toInt(); }
};

void TestRealOsm::importsMontevideoAndDrawsItsGrid()
{
  const QString fixtures = qEnvironmentVariable("XIUHUA_OSM_FIXTURES");
  if (fixtures.isEmpty())
  {
    if (qEnvironmentVariableIntValue("XIUHUA_REQUIRE_REAL_DATA"))
      QFAIL("XIUHUA_OSM_FIXTURES is not set: ./xiuhua.sh test fetches the real data");
    QSKIP("XIUHUA_OSM_FIXTURES is not set (./xiuhua.sh test sets it)");
  }
  const QDir tiles(fixtures + QStringLiteral("/osm-qa-montevideo"));
  QVERIFY2(tiles.exists(QStringLiteral("12-1408-2471.mvt")), qPrintable(tiles.path()));

  QTemporaryDir directory;
  CacheSettings settings;
  settings.srid = 32721; // WGS 84 / UTM zone 21S: a city abroad gets a projected CRS of its own
  QString error;
  std::unique_ptr<CacheFile> cache =
      CacheFile::create(directory.filePath(QStringLiteral("montevideo.xhc")), settings, &error);
  QVERIFY2(cache, qPrintable(error));
  const std::optional<ImportMapping> mapping =
      ImportMapping::load(QStringLiteral(XIUHUA_BUILD_DATA_DIR "/mappings/osm.json"), &error);
  QVERIFY2(mapping, qPrintable(error));

  qint64 read = 0;
  for (const QString &tile : {QStringLiteral("12-1408-2471"), QStringLiteral("12-1409-2471")})
  {
    const QStringList zxy = tile.split(QLatin1Char('-'));
    CityImporter importer(*cache, *mapping);
    importer.setOpenOptions({QStringLiteral("Z=") + zxy.at(0), QStringLiteral("X=") + zxy.at(1),
                             QStringLiteral("Y=") + zxy.at(2)});
    QVERIFY2(importer.run(tiles.filePath(tile + QStringLiteral(".mvt")), &error), qPrintable(error));
    read += importer.report().read;
    qInfo("%s: %lld read, %lld buildings, %lld roads, %lld green, %lld water, %lld repaired, %lld left out",
          qPrintable(tile), importer.report().read,
          importer.report().written.value(QStringLiteral("building")),
          importer.report().written.value(QStringLiteral("road")),
          importer.report().written.value(QStringLiteral("green_space")),
          importer.report().written.value(QStringLiteral("water")), importer.report().repaired,
          importer.report().rejected);
  }
  QVERIFY(read > 100000);

  // What Montevideo's mappers drew, in the counts a real city has.
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM building")) > 1000);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM road")) > 5000);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM road WHERE road_class = 'arterial'")) > 100);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM green_space")) > 400);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(DISTINCT green_class) FROM green_space")) >= 3);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM water")) > 0);
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM place_label")) > 10);
  // Real names, in Spanish, survive as UTF-8.
  QVERIFY(count(*cache, QStringLiteral("SELECT count(*) FROM road WHERE name LIKE 'Avenida %'")) > 10);
  // Where Montevideo is, in UTM 21S metres.
  QVERIFY(count(*cache,
                QStringLiteral("SELECT count(*) FROM building WHERE MbrMinX(geom) < 560000 OR MbrMaxX(geom) "
                               "> 600000 OR MbrMinY(geom) < 6120000 OR MbrMaxY(geom) > 6150000")) == 0);
  // Every geometry valid, indexed and journaled; the cache passes its own check.
  for (const QString &table :
       {QStringLiteral("building"), QStringLiteral("green_space"), QStringLiteral("water")})
  {
    QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM %1 WHERE ST_IsValid(geom) = 0").arg(table)),
             0);
    QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM idx_%1_geom").arg(table)),
             count(*cache, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    QCOMPARE(
        cache->database().scalar(QStringLiteral("SELECT rtreecheck('idx_%1_geom')").arg(table)).toString(),
        QStringLiteral("ok"));
  }
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'building'")),
           count(*cache, QStringLiteral("SELECT count(*) FROM building")) +
               count(*cache, QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'building' AND "
                                            "operation = 'update'")));

  // Montevideo has no unit grid: draw one from its streets (a Chinese-format district code stands in).
  GridBuildOptions options;
  options.districtCode = QStringLiteral("330106");
  options.districtName = QStringLiteral("Montevideo");
  GridBuilder grid(*cache, options);
  QVERIFY2(grid.run(&error), qPrintable(error));
  const GridBuildReport &built = grid.report();
  qInfo("grid: %d cells over %.1f km² from %d blocks (%d slivers joined), %d streets, %d communities, cells "
        "%.0f–%.0f m²",
        built.cells, built.area / 1e6, built.blocks, built.mergedBlocks, built.streetsCreated,
        built.communitiesCreated, built.smallestCell, built.largestCell);
  QVERIFY(built.area > 50e6); // two zoom-12 tiles, less the sea
  QVERIFY(built.cells > built.area / 15000 && built.cells < built.area / 7000);
  QVERIFY(built.largestCell < 2 * options.cellArea);
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM grid_cell")), built.cells);
  QCOMPARE(
      count(*cache, QStringLiteral("SELECT count(DISTINCT code) FROM grid_cell WHERE length(code) = 15 AND "
                                   "code LIKE '330106%'")),
      built.cells);
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM grid_cell WHERE ST_IsValid(geom) = 0")), 0);
  QCOMPARE(count(*cache,
                 QStringLiteral("SELECT count(*) FROM grid_cell a JOIN grid_cell b ON b.rowid IN (SELECT "
                                "rowid FROM SpatialIndex WHERE f_table_name = 'grid_cell' AND search_frame "
                                "= a.geom) AND a.rowid < b.rowid WHERE ST_Overlaps(a.geom, b.geom)")),
           0);
  const double district =
      cache->database().scalar(QStringLiteral("SELECT ST_Area(geom) FROM district")).toDouble();
  const double cells =
      cache->database().scalar(QStringLiteral("SELECT sum(area_m2) FROM grid_cell")).toDouble();
  QVERIFY2(std::abs(district - cells) < 1e-9 * district,
           qPrintable(QStringLiteral("%1 %2").arg(district).arg(cells)));

  const ReferenceData data(QStringLiteral(XIUHUA_RESOURCES_DIR));
  const std::optional<Catalogue> catalogue = data.catalogue(cache->catalogue(), &error);
  const std::optional<CaseWorkflow> workflow = data.workflow(&error);
  QVERIFY2(catalogue && workflow, qPrintable(error));
  const QList<CacheProblem> problems = CacheChecker(*cache, *catalogue, *workflow).run();
  QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

void TestRealOsm::importsAnOsmFile()
{
  // An Overpass API extract (OSM XML) that osmtogeojson's tests use, read by GDAL's OSM driver with
  // the configuration the OSM mapping ships.
  const QString file = qEnvironmentVariable("XIUHUA_OSM_FILE");
  if (file.isEmpty())
  {
    if (qEnvironmentVariableIntValue("XIUHUA_REQUIRE_REAL_DATA"))
      QFAIL("XIUHUA_OSM_FILE is not set: ./xiuhua.sh test fetches the real data");
    QSKIP("XIUHUA_OSM_FILE is not set (./xiuhua.sh test sets it)");
  }
  QTemporaryDir directory;
  CacheSettings settings;
  settings.srid = 32632; // WGS 84 / UTM zone 32N: the Alps
  QString error;
  std::unique_ptr<CacheFile> cache =
      CacheFile::create(directory.filePath(QStringLiteral("tyrol.xhc")), settings, &error);
  QVERIFY2(cache, qPrintable(error));
  const std::optional<ImportMapping> mapping =
      ImportMapping::load(QStringLiteral(XIUHUA_BUILD_DATA_DIR "/mappings/osm.json"), &error);
  QVERIFY2(mapping, qPrintable(error));
  CityImporter importer(*cache, *mapping);
  QVERIFY2(importer.run(file, &error), qPrintable(error));
  const ImportReport &report = importer.report();
  QCOMPARE(report.read, 24);
  QCOMPARE(report.written.value(QStringLiteral("building")), 4);
  QCOMPARE(report.written.value(QStringLiteral("road")), 7);
  // Ways cut by the extract's box lack nodes: left out, each named.
  QCOMPARE(report.rejected, 5);
  for (const QString &example : report.rejectedExamples)
    QVERIFY2(example.contains(QStringLiteral("osm/way/")), qPrintable(example));
  // OSM ids as the vector tiles give them, so that both sources update the same features.
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM road WHERE id LIKE 'osm/way/%'")), 7);
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM building WHERE id = 'osm/relation/121733'")),
           1);
  QCOMPARE(cache->database()
               .scalar(QStringLiteral("SELECT name FROM road WHERE id = 'osm/way/33189032'"))
               .toString(),
           QStringLiteral("Kapuzinerstraße - via Cappuccini"));
  QCOMPARE(count(*cache, QStringLiteral("SELECT count(*) FROM building WHERE ST_IsValid(geom) = 0")), 0);
}

QTEST_GUILESS_MAIN(TestRealOsm)
#include "testrealosm.moc"
