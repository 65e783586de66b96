#include "cache/arearepository.h"
#include "cache/cachechecker.h"
#include "cache/cachefile.h"
#include "cachehash.h"
#include "dataimport/gridbuilder.h"
#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/gridcode.h"
#include "runtime/referencedata.h"

#include <QPointF>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

/**
 * `grid build` on road networks whose right grid is known by construction: a lattice of blocks, a
 * dual carriageway, communities that cut through blocks, a concave district; what it refuses; and
 * that a refusal or a cancel leaves the cache byte for byte as it was.
 */
class TestGridBuilder : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void cutsLatticeIntoNumberedCells();
    void followsTheDistrictAndCoversItExactly();
    void joinsSliversBetweenCarriageways();
    void keepsCellsInsideCommunities();
    void cutsConcaveBlocks();
    void drawsTheBuiltUpAreaWithoutADistrict();
    void locatesComponentsAndCasesAndReplaces();
    void leavesOtherDistrictsAlone();
    void leavesHolesOut();
    void refusals_data();
    void refusals();
    void cancelLeavesCacheUnchanged();

  private:
    void addRoad(const QString &wkt);
    void addLatticeRoads(int columns, int rows, double spacing);
    void addDistrict(const QString &wkt);
    double scalar(const QString &sql);
    QByteArray cacheHash();
    /** Checks what every grid must be: valid 15-digit codes numbered 1… per community, valid
     * outlines, no overlap, and together exactly the district. */
    void verifyTiling();

    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
    QString mCachePath;
};

namespace
{
  // CGCS2000 3-degree Gauss–Krüger CM 120E (EPSG:4549), a point in Hangzhou's zone.
  constexpr double originX = 500000;
  constexpr double originY = 3400000;

  QString point(double x, double y)
  {
    return QStringLiteral("%1 %2").arg(originX + x, 0, 'f', 3).arg(originY + y, 0, 'f', 3);
  }

  QString rectangle(double left, double bottom, double right, double top)
  {
    return QStringLiteral("POLYGON((%1, %2, %3, %4, %1))")
        .arg(point(left, bottom), point(right, bottom), point(right, top), point(left, top));
  }
} // namespace

void TestGridBuilder::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  mCachePath = mDirectory->filePath(QStringLiteral("grid.xhc"));
  QString error;
  mCache = CacheFile::create(mCachePath, CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
}

void TestGridBuilder::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

void TestGridBuilder::addRoad(const QString &wkt)
{
  static int next = 0;
  SqliteStatement insert =
      mCache->database().prepare(QStringLiteral("INSERT INTO road (id, road_class, geom) VALUES (?1, 'lane', "
                                                "CastToMultiLineString(GeomFromText(?2, 4549)))"));
  insert.bindText(1, QStringLiteral("road-%1").arg(++next));
  insert.bindText(2, wkt);
  QVERIFY2(insert.run(), qPrintable(insert.errorMessage()));
}

void TestGridBuilder::addLatticeRoads(int columns, int rows, double spacing)
{
  for (int i = 0; i <= columns; ++i)
    addRoad(
        QStringLiteral("LINESTRING(%1, %2)").arg(point(i * spacing, 0), point(i * spacing, rows * spacing)));
  for (int j = 0; j <= rows; ++j)
    addRoad(QStringLiteral("LINESTRING(%1, %2)")
                .arg(point(0, j * spacing), point(columns * spacing, j * spacing)));
}

void TestGridBuilder::addDistrict(const QString &wkt)
{
  SqliteStatement insert = mCache->database().prepare(
      QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330106', '西湖区', "
                     "CastToMultiPolygon(GeomFromText(?1, 4549)))"));
  insert.bindText(1, wkt);
  QVERIFY2(insert.run(), qPrintable(insert.errorMessage()));
}

double TestGridBuilder::scalar(const QString &sql)
{
  QString error;
  const QVariant value = mCache->database().scalar(sql, &error);
  if (!error.isEmpty())
    qWarning("%s: %s", qPrintable(sql), qPrintable(error));
  return value.toDouble();
}

QByteArray TestGridBuilder::cacheHash()
{
  return closedCacheHash(mCache, mCachePath);
}

void TestGridBuilder::verifyTiling()
{
  SqliteStatement codes = mCache->database().prepare(QStringLiteral(
      "SELECT code, community_code, ST_IsValid(geom), abs(area_m2 - ST_Area(geom)) FROM grid_cell "
      "ORDER BY code"));
  QString previousCommunity;
  int expectedSequence = 0;
  while (codes.next())
  {
    QString error;
    const std::optional<GridCode> code = GridCode::parse(codes.text(0), &error);
    QVERIFY2(code, qPrintable(error));
    QCOMPARE(code->communityCode(), codes.text(1));
    expectedSequence = code->communityCode() == previousCommunity ? expectedSequence + 1 : 1;
    previousCommunity = code->communityCode();
    QCOMPARE(code->sequence(), expectedSequence);
    QCOMPARE(codes.int64(2), 1);
    QVERIFY(codes.real(3) < 1e-6);
  }
  QVERIFY(!codes.failed());

  // No two cells overlap, and together they are exactly the district.
  QCOMPARE(
      scalar(QStringLiteral(
          "SELECT count(*) FROM grid_cell a JOIN grid_cell b ON b.rowid IN (SELECT rowid FROM "
          "SpatialIndex WHERE f_table_name = 'grid_cell' AND search_frame = a.geom) AND a.rowid < b.rowid "
          "WHERE ST_Area(ST_Intersection(a.geom, b.geom)) > 1e-6")),
      0.0);
  const double district = scalar(QStringLiteral("SELECT sum(ST_Area(geom)) FROM district"));
  const double cells = scalar(QStringLiteral("SELECT sum(area_m2) FROM grid_cell"));
  const double united = scalar(QStringLiteral("SELECT ST_Area(ST_Union(geom)) FROM grid_cell"));
  // Exactly when the grid drew the district; a district given is met to the millimetre edges are noded on.
  QVERIFY2(std::abs(cells - district) < 1e-6 * district,
           qPrintable(QStringLiteral("%1 %2").arg(cells).arg(district)));
  QVERIFY2(std::abs(united - district) < 1e-6 * district,
           qPrintable(QStringLiteral("%1 %2").arg(united).arg(district)));
  // Cells are inside their community, communities inside their street.
  QCOMPARE(
      scalar(QStringLiteral("SELECT count(*) FROM grid_cell g JOIN community c ON c.code = g.community_code "
                            "WHERE ST_Area(ST_Difference(g.geom, c.geom)) > 1e-6")),
      0.0);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community c JOIN street s ON s.code = c.street_code "
                                 "WHERE ST_Area(ST_Difference(c.geom, s.geom)) > 1e-6")),
           0.0);
  // And the checker finds nothing wrong with the areas (the few components and cases written here
  // by hand have no history for it to replay).
  const ReferenceData data(QStringLiteral(XIUHUA_RESOURCES_DIR));
  QString error;
  const std::optional<Catalogue> catalogue = data.catalogue(mCache->catalogue(), &error);
  const std::optional<CaseWorkflow> workflow = data.workflow(&error);
  QVERIFY2(catalogue && workflow, qPrintable(error));
  const QStringList areaTables{QStringLiteral("district"), QStringLiteral("street"),
                               QStringLiteral("community"), QStringLiteral("grid_cell")};
  for (const CacheProblem &problem : CacheChecker(*mCache, *catalogue, *workflow).run())
    QVERIFY2(!areaTables.contains(problem.table) && problem.check != QLatin1String("integrity"),
             qPrintable(problem.message));
}

void TestGridBuilder::cutsLatticeIntoNumberedCells()
{
  // 3 × 2 blocks of 200 m × 200 m: 4 cells of 100 m × 100 m each.
  addDistrict(rectangle(0, 0, 600, 400));
  addLatticeRoads(3, 2, 200);
  GridBuilder builder(*mCache, GridBuildOptions());
  QString error;
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().blocks, 6);
  QCOMPARE(builder.report().cells, 24);
  QCOMPARE(builder.report().communitiesCreated, 1);
  QCOMPARE(builder.report().streetsCreated, 1);
  QVERIFY(std::abs(builder.report().smallestCell - 10000) < 1);
  QVERIFY(std::abs(builder.report().largestCell - 10000) < 1);
  verifyTiling();

  // West→east within a row, rows north→south: cell 1 is the north-west corner, 6 the north-east,
  // 7 starts the second row, 24 is the south-east corner.
  auto centre = [this](int sequence) {
    SqliteStatement statement = mCache->database().prepare(
        QStringLiteral("SELECT X(Centroid(geom)) - %1, Y(Centroid(geom)) - %2 FROM grid_cell WHERE code = ?1")
            .arg(originX, 0, 'f', 0)
            .arg(originY, 0, 'f', 0));
    statement.bindText(1, QStringLiteral("330106001001%1").arg(sequence, 3, 10, QLatin1Char('0')));
    return statement.next() ? QPointF(std::round(statement.real(0)), std::round(statement.real(1)))
                            : QPointF();
  };
  QCOMPARE(centre(1), QPointF(50, 350));
  QCOMPARE(centre(6), QPointF(550, 350));
  QCOMPARE(centre(7), QPointF(50, 250));
  QCOMPARE(centre(24), QPointF(550, 50));
  QCOMPARE(scalar(QStringLiteral("SELECT name FROM community")), 0.0); // a name, not a number
  QVERIFY(!mCache->database().scalar(QStringLiteral("SELECT name FROM community")).toString().isEmpty());
}

void TestGridBuilder::followsTheDistrictAndCoversItExactly()
{
  // A district reaching past the roads and slanted roads: cells still tile it exactly.
  addDistrict(QStringLiteral("POLYGON((%1, %2, %3, %4, %1))")
                  .arg(point(-50, -30), point(730, 20), point(700, 520), point(-20, 480)));
  addLatticeRoads(3, 2, 220);
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(-100, -100), point(800, 600)));
  GridBuildOptions options;
  GridBuilder builder(*mCache, options);
  QString error;
  QVERIFY2(builder.run(&error), qPrintable(error));
  verifyTiling();
  const double district = scalar(QStringLiteral("SELECT ST_Area(geom) FROM district"));
  QVERIFY(builder.report().cells >= district / 15000 && builder.report().cells <= district / 7000);
  QVERIFY(builder.report().smallestCell >= 0.25 * options.cellArea);
  QVERIFY(builder.report().largestCell <= 2.0 * options.cellArea);
}

void TestGridBuilder::joinsSliversBetweenCarriageways()
{
  // A dual carriageway 10 m apart across the middle: the 10 m × 200 m strips (2,000 m²) between
  // the carriageways join a neighbouring block rather than become cells.
  addDistrict(rectangle(0, 0, 400, 410));
  addLatticeRoads(2, 1, 200);
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(0, 200), point(400, 200)));
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(0, 210), point(400, 210)));
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(0, 410), point(400, 410)));
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(0, 200), point(0, 410)));
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(200, 200), point(200, 410)));
  addRoad(QStringLiteral("LINESTRING(%1, %2)").arg(point(400, 200), point(400, 410)));
  GridBuilder builder(*mCache, GridBuildOptions());
  QString error;
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().mergedBlocks, 2);
  QCOMPARE(builder.report().blocks, 4);
  QVERIFY2(builder.report().smallestCell >= 9000, qPrintable(QString::number(builder.report().smallestCell)));
  verifyTiling();
}

void TestGridBuilder::keepsCellsInsideCommunities()
{
  addDistrict(rectangle(0, 0, 600, 400));
  addLatticeRoads(3, 2, 200);
  AreaRepository areas(*mCache);
  QString error;
  auto wkb = [this](const QString &wkt) {
    SqliteStatement statement =
        mCache->database().prepare(QStringLiteral("SELECT AsBinary(GeomFromText(?1, 4549))"));
    statement.bindText(1, wkt);
    return statement.next() ? statement.blob(0) : QByteArray();
  };
  QVERIFY2(areas.saveStreet({QStringLiteral("330106001"), QStringLiteral("330106"),
                             QStringLiteral("北山街道"), wkb(rectangle(0, 0, 600, 400))},
                            &error),
           qPrintable(error));
  // The boundary runs through the middle of the second column of blocks, not along a road.
  QVERIFY2(areas.saveCommunity({QStringLiteral("330106001001"), QStringLiteral("330106001"),
                                QStringLiteral("宝石社区"), wkb(rectangle(0, 0, 300, 400))},
                               &error),
           qPrintable(error));
  QVERIFY2(areas.saveCommunity({QStringLiteral("330106001002"), QStringLiteral("330106001"),
                                QStringLiteral("保俶社区"), wkb(rectangle(300, 0, 600, 400))},
                               &error),
           qPrintable(error));
  GridBuilder builder(*mCache, GridBuildOptions());
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().communitiesCreated, 0);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE community_code = '330106001001'")),
           12.0);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE community_code = '330106001002'")),
           12.0);
  QCOMPARE(scalar(QStringLiteral("SELECT name FROM community WHERE code = '330106001001'")), 0.0);
  QCOMPARE(
      mCache->database().scalar(QStringLiteral("SELECT name FROM community WHERE code = '330106001001'")),
      QVariant(QStringLiteral("宝石社区")));
  verifyTiling();
}

void TestGridBuilder::cutsConcaveBlocks()
{
  // One U-shaped block of 90,000 m² (300 × 400 with a 100 × 300 notch): 9 cells, none of them a
  // scrap left where a cut crosses the notch.
  const QString shape = QStringLiteral("POLYGON((%1, %2, %3, %4, %5, %6, %7, %8, %1))")
                            .arg(point(0, 0), point(300, 0), point(300, 400), point(200, 400),
                                 point(200, 100), point(100, 100), point(100, 400), point(0, 400));
  addDistrict(shape);
  addRoad(shape.mid(8, shape.size() - 9).prepend(QStringLiteral("LINESTRING")));
  GridBuildOptions options;
  GridBuilder builder(*mCache, options);
  QString error;
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().blocks, 1);
  QVERIFY2(builder.report().cells >= 8 && builder.report().cells <= 10,
           qPrintable(QString::number(builder.report().cells)));
  QVERIFY(builder.report().smallestCell >= 0.25 * options.cellArea);
  verifyTiling();
}

void TestGridBuilder::drawsTheBuiltUpAreaWithoutADistrict()
{
  addLatticeRoads(4, 3, 150);
  GridBuildOptions options;
  GridBuilder refused(*mCache, options);
  QString error;
  QVERIFY(!refused.run(&error));
  QVERIFY2(error.contains(QStringLiteral("--district")), qPrintable(error));

  options.districtCode = QStringLiteral("330106");
  options.districtName = QStringLiteral("西湖区");
  GridBuilder builder(*mCache, options);
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT name FROM district")),
           QVariant(QStringLiteral("西湖区")));
  // The land within two cell widths (200 m) of a road: the 600 m × 450 m network and a margin
  // around it, rounded at the corners.
  const double area = scalar(QStringLiteral("SELECT ST_Area(geom) FROM district"));
  QVERIFY2(area > 1000.0 * 850 * 0.9 && area < 1000.0 * 850, qPrintable(QString::number(area)));
  verifyTiling();
  // The district drawn is the union of its cells, to the last vertex.
  QCOMPARE(scalar(QStringLiteral(
               "SELECT ST_Equals(d.geom, (SELECT ST_Union(geom) FROM grid_cell)) FROM district d")),
           1.0);
  QCOMPARE(scalar(QStringLiteral("SELECT sum(area_m2) FROM grid_cell")), area);
}

void TestGridBuilder::locatesComponentsAndCasesAndReplaces()
{
  addDistrict(rectangle(0, 0, 600, 400));
  addLatticeRoads(3, 2, 200);
  QString error;
  QVERIFY2(mCache->database().execute(
               QStringLiteral(
                   "INSERT INTO component (id, type_code, name, geom) VALUES ('3301060101000001', "
                   "'0101', '上水井盖', MakePoint(%1, %2, 4549));"
                   "INSERT INTO cases (id, source, class_kind, type_code, state, reported_at, geom) "
                   "VALUES ('case-1', 'supervisor', 'event', '0101', 'reported', '2026-11-30T08:00:00', "
                   "MakePoint(%3, %4, 4549))")
                   .arg(originX + 530, 0, 'f', 1)
                   .arg(originY + 370, 0, 'f', 1)
                   .arg(originX + 20, 0, 'f', 1)
                   .arg(originY + 20, 0, 'f', 1),
               &error),
           qPrintable(error));
  GridBuilder builder(*mCache, GridBuildOptions());
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().componentsLocated, 1);
  QCOMPARE(builder.report().casesLocated, 1);
  auto cellOf = [this](const QString &sql) { return mCache->database().scalar(sql).toString(); };
  QCOMPARE(cellOf(QStringLiteral("SELECT grid_code FROM component")), QStringLiteral("330106001001006"));
  QCOMPARE(cellOf(QStringLiteral("SELECT grid_code FROM cases")), QStringLiteral("330106001001019"));

  // A second build needs --replace; then cells of 40,000 m² (one per block) and everything relocated.
  GridBuilder again(*mCache, GridBuildOptions());
  QVERIFY(!again.run(&error));
  QVERIFY2(error.contains(QStringLiteral("--replace")), qPrintable(error));
  GridBuildOptions replacing;
  replacing.replace = true;
  replacing.cellArea = 40000;
  GridBuilder replace(*mCache, replacing);
  QVERIFY2(replace.run(&error), qPrintable(error));
  QCOMPARE(replace.report().cells, 6);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell")), 6.0);
  QCOMPARE(cellOf(QStringLiteral("SELECT grid_code FROM component")), QStringLiteral("330106001001003"));
  QCOMPARE(cellOf(QStringLiteral("SELECT grid_code FROM cases")), QStringLiteral("330106001001004"));
  verifyTiling();
}

void TestGridBuilder::leavesOtherDistrictsAlone()
{
  // Two districts side by side; drawing and redrawing one never touches the other's grid.
  addDistrict(rectangle(0, 0, 400, 400));
  QString error;
  QVERIFY2(mCache->database().execute(
               QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330105', '拱墅区', "
                              "CastToMultiPolygon(GeomFromText('%1', 4549)))")
                   .arg(rectangle(400, 0, 800, 400)),
               &error),
           qPrintable(error));
  addLatticeRoads(4, 2, 200);
  GridBuildOptions west;
  west.districtCode = QStringLiteral("330106");
  GridBuilder first(*mCache, west);
  QVERIFY2(first.run(&error), qPrintable(error));
  GridBuildOptions east;
  east.districtCode = QStringLiteral("330105");
  GridBuilder second(*mCache, east);
  QVERIFY2(second.run(&error), qPrintable(error));
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE code LIKE '330106%'")), 16.0);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE code LIKE '330105%'")), 16.0);
  east.replace = true;
  east.cellArea = 40000;
  GridBuilder again(*mCache, east);
  QVERIFY2(again.run(&error), qPrintable(error));
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE code LIKE '330106%'")), 16.0);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE code LIKE '330105%'")), 4.0);
}

void TestGridBuilder::leavesHolesOut()
{
  // A district with an enclave (another city's land) in the middle: no cell there.
  addDistrict(QStringLiteral("POLYGON((%1, %2, %3, %4, %1), (%5, %6, %7, %8, %5))")
                  .arg(point(0, 0), point(600, 0), point(600, 600), point(0, 600), point(200, 200),
                       point(400, 200), point(400, 400), point(200, 400)));
  addLatticeRoads(3, 3, 200);
  GridBuilder builder(*mCache, GridBuildOptions());
  QString error;
  QVERIFY2(builder.run(&error), qPrintable(error));
  QCOMPARE(builder.report().cells, 32);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid_cell WHERE ST_Intersects(geom, "
                                 "ST_Buffer(MakePoint(%1, %2, 4549), 50))")
                      .arg(originX + 300, 0, 'f', 1)
                      .arg(originY + 300, 0, 'f', 1)),
           0.0);
  verifyTiling();
}

void TestGridBuilder::refusals_data()
{
  QTest::addColumn<bool>("roads");
  QTest::addColumn<QString>("outline");
  QTest::addColumn<QString>("district");
  QTest::addColumn<double>("cellArea");
  QTest::addColumn<QString>("expected");
  QTest::newRow("no roads") << false << QString() << QStringLiteral("330106") << 10000.0
                            << QStringLiteral("road");
  QTest::newRow("no such province") << true << QString() << QStringLiteral("990106") << 10000.0
                                    << QStringLiteral("990106");
  QTest::newRow("no district") << true << QString() << QString() << 10000.0 << QStringLiteral("--district");
  QTest::newRow("cells too small") << true << QString() << QStringLiteral("330106") << 10.0
                                   << QStringLiteral("100");
  QTest::newRow("area smaller than a cell") << true << rectangle(0, 0, 200, 200) << QString() << 900000.0
                                            << QStringLiteral("smaller than one cell");
}

void TestGridBuilder::refusals()
{
  QFETCH(bool, roads);
  QFETCH(QString, outline);
  QFETCH(QString, district);
  QFETCH(double, cellArea);
  QFETCH(QString, expected);
  if (roads)
    addLatticeRoads(1, 1, 200);
  if (!outline.isEmpty())
    addDistrict(outline);
  const QByteArray before = cacheHash();
  GridBuildOptions options;
  options.districtCode = district;
  options.cellArea = cellArea;
  GridBuilder builder(*mCache, options);
  QString error;
  QVERIFY(!builder.run(&error));
  QVERIFY2(error.contains(expected), qPrintable(error));
  QCOMPARE(cacheHash(), before);
}

void TestGridBuilder::cancelLeavesCacheUnchanged()
{
  addDistrict(rectangle(0, 0, 600, 400));
  addLatticeRoads(3, 2, 200);
  const QByteArray before = cacheHash();
  GridBuilder builder(*mCache, GridBuildOptions());
  int calls = 0;
  builder.setProgress([&calls](const QString &, int percent) { return ++calls < 3 || percent < 90; });
  QString error;
  QVERIFY(!builder.run(&error));
  QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
  QCOMPARE(cacheHash(), before);
}

QTEST_GUILESS_MAIN(TestGridBuilder)
#include "testgridbuilder.moc"
