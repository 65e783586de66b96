#include "analysis/analysisfeedback.h"
#include "analysis/oneboxreport.h"
#include "analysis/oneboxstatistics.h"
#include "analysis/studyarea.h"
#include "cache/cachefile.h"
#include "domain/greenclasses.h"
#include "runtime/referencedata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

/**
 * The one-box statistics on fixtures whose answers are known by construction: plots across the
 * shape's edge, with holes, as multipolygons, invalid; crowns over each other, over plots and in a
 * plot's hole; parks whose service radius reaches part of a house; cases at every deadline status;
 * areas wholly and partly inside; an empty area and a shape outside the data; and the shapes that
 * must give an error, never a number.
 */
class TestOneBoxStatistics : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void measuresGreenExactly();
    void coverageCountsNoGroundTwice();
    void countsComponentsAndCases();
    void countsCasesInAPeriod();
    void findsAreasTouchedAndPopulation();
    void measuresParkService();
    void multipolygonAddsItsParts();
    void emptyAreaHasNoRates();
    void shapeOutsideTheDataGivesZeros();
    void circleIsAlmostExact();
    void areaOfAGridCellCommunityOrStreet();
    void refusesBadShapes_data();
    void refusesBadShapes();
    void reportAndJsonAgree();
    void cancelGivesNoFigures();

  private:
    void execute(const QString &sql);
    void addGreen(const QString &id, const QString &greenClass, const QString &wkt);
    void addCanopy(const QString &id, const QString &wkt);
    void addCase(const QString &id, double x, double y, const QString &state, const QString &reportedAt,
                 const QString &handledAt, const QString &handleDeadline, const QString &stepDeadline);
    OneBoxFigures compute(const StudyArea &area, const OneBoxOptions &options = {});
    OneBoxFigures computeBox(double left, double bottom, double right, double top);

    std::optional<GreenClasses> mClasses;
    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

namespace
{
  // CGCS2000 3-degree Gauss–Krüger CM 120E (EPSG:4549): fixtures are drawn in metres from here.
  constexpr double originX = 500000;
  constexpr double originY = 3400000;
  const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

  QString point(double x, double y)
  {
    return QStringLiteral("%1 %2").arg(originX + x, 0, 'f', 3).arg(originY + y, 0, 'f', 3);
  }

  QString ring(double left, double bottom, double right, double top)
  {
    return QStringLiteral("(%1, %2, %3, %4, %1)")
        .arg(point(left, bottom), point(right, bottom), point(right, top), point(left, top));
  }

  QString rectangle(double left, double bottom, double right, double top)
  {
    return QStringLiteral("POLYGON(%1)").arg(ring(left, bottom, right, top));
  }

  /** Exact to rounding: every fixture's area is a sum of small integers. */
  void compareArea(double actual, double expected)
  {
    if (std::abs(actual - expected) > 1e-6 * std::max(1.0, std::abs(expected)))
      QFAIL(
          qPrintable(QStringLiteral("area %1, expected %2").arg(actual, 0, 'f', 9).arg(expected, 0, 'f', 9)));
  }

  StudyArea box(double left, double bottom, double right, double top)
  {
    QString error;
    const std::optional<StudyArea> area =
        StudyArea::fromBox(originX + left, originY + bottom, originX + right, originY + top, &error);
    if (!area)
      qFatal("%s", qPrintable(error));
    return *area;
  }
} // namespace

void TestOneBoxStatistics::initTestCase()
{
  QString error;
  mClasses = ReferenceData(QStringLiteral(XIUHUA_RESOURCES_DIR)).greenClasses(&error);
  QVERIFY2(mClasses, qPrintable(error));
}

void TestOneBoxStatistics::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("onebox.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));

  // A district and street of 200 m × 100 m; community A (0–50) lies wholly in the 100 m box, B (50–200)
  // a third in it. Cell 100–200 only touches the box's edge.
  execute(QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330199', '示范区', "
                         "CastToMultiPolygon(GeomFromText('%1', 4549)))")
              .arg(rectangle(-500, -500, 500, 500)));
  execute(
      QStringLiteral("INSERT INTO street (code, district_code, name, geom) VALUES ('330199001', '330199', "
                     "'东街道', CastToMultiPolygon(GeomFromText('%1', 4549)))")
          .arg(rectangle(0, 0, 200, 100)));
  execute(QStringLiteral(
              "INSERT INTO community (code, street_code, name, population, geom) VALUES "
              "('330199001001', '330199001', '甲社区', 1000, CastToMultiPolygon(GeomFromText('%1', 4549))), "
              "('330199001002', '330199001', '乙社区', 3000, CastToMultiPolygon(GeomFromText('%2', 4549)))")
              .arg(rectangle(0, 0, 50, 100), rectangle(50, 0, 200, 100)));
  execute(QStringLiteral(
              "INSERT INTO grid_cell (code, community_code, area_m2, geom) VALUES "
              "('330199001001001', '330199001001', 5000, CastToMultiPolygon(GeomFromText('%1', 4549))), "
              "('330199001002001', '330199001002', 5000, CastToMultiPolygon(GeomFromText('%2', 4549))), "
              "('330199001002002', '330199001002', 10000, CastToMultiPolygon(GeomFromText('%3', 4549)))")
              .arg(rectangle(0, 0, 50, 100), rectangle(50, 0, 100, 100), rectangle(100, 0, 200, 100)));

  // Green plots; the box (0,0)–(100,100) is what most tests measure.
  addGreen(QStringLiteral("inside"), QStringLiteral("G11"), rectangle(10, 10, 30, 30)); // 400
  addGreen(QStringLiteral("across"), QStringLiteral("G2"), rectangle(90, 0, 110, 20));  // 200 of 400
  addGreen(QStringLiteral("holed"), QStringLiteral("RG"),
           QStringLiteral("POLYGON(%1, %2)").arg(ring(40, 40, 80, 80), ring(50, 50, 60, 60))); // 1600 − 100
  addGreen(
      QStringLiteral("split"), QStringLiteral("EG2"),
      QStringLiteral("MULTIPOLYGON((%1), (%2))").arg(ring(0, 90, 5, 95), ring(300, 300, 310, 310))); // 25
  // A bow-tie: made valid, two triangles of 100 m².
  addGreen(QStringLiteral("bowtie"), QStringLiteral("G14"),
           QStringLiteral("POLYGON((%1, %2, %3, %4, %1))")
               .arg(point(60, 10), point(80, 30), point(80, 10), point(60, 30)));
  addGreen(QStringLiteral("unknown"), QStringLiteral("ZZ"), rectangle(0, 60, 10, 70)); // 100, no class

  // Crowns: one over the park's corner (adds 300), one inside it (adds 0), one in the plot's hole
  // (adds 36), one over the holed plot's ring (adds 0), one across the box's edge (adds 50), one outside.
  addCanopy(QStringLiteral("corner"), rectangle(20, 20, 40, 40));
  addCanopy(QStringLiteral("within-crown"), rectangle(25, 25, 35, 35));
  addCanopy(QStringLiteral("in-hole"), rectangle(52, 52, 58, 58));
  addCanopy(QStringLiteral("on-ring"), rectangle(42, 42, 48, 48));
  addCanopy(QStringLiteral("edge"), rectangle(-5, 40, 5, 50));
  addCanopy(QStringLiteral("outside"), rectangle(150, 150, 160, 160));

  // Components: inside, on the box's boundary (counted), outside.
  execute(QStringLiteral("INSERT INTO component (id, type_code, name, state, geom) VALUES "
                         "('3301990101037001', '01037', '路灯', 'intact', MakePoint(%1, %2, 4549)), "
                         "('3301990101037002', '01037', '路灯', 'damaged', MakePoint(%3, %2, 4549)), "
                         "('3301990103005001', '03005', '垃圾箱', 'missing', MakePoint(%4, %4, 4549)), "
                         "('3301990103005002', '03005', '垃圾箱', 'intact', MakePoint(%5, %2, 4549))")
              .arg(originX + 50, 0, 'f', 3)
              .arg(originY + 5, 0, 'f', 3)
              .arg(originX + 100, 0, 'f', 3)
              .arg(originX + 20, 0, 'f', 3)
              .arg(originX + 150, 0, 'f', 3)
              .replace(QStringLiteral("MakePoint(%1, %1"), QString()));
  execute(QStringLiteral("UPDATE component SET geom = MakePoint(%1, %2, 4549) WHERE id = '3301990103005001'")
              .arg(originX + 20, 0, 'f', 3)
              .arg(originY + 20, 0, 'f', 3));

  // Cases at every deadline status (now = 2026-11-20 12:00 UTC).
  addCase(QStringLiteral("closed-on-time"), 10, 10, QStringLiteral("closed"),
          QStringLiteral("2026-11-01T08:00:00.000Z"), QStringLiteral("2026-11-01T10:00:00.000Z"),
          QStringLiteral("2026-11-01T12:00:00.000Z"), QString());
  addCase(QStringLiteral("overdue"), 20, 10, QStringLiteral("dispatched"),
          QStringLiteral("2026-11-19T08:00:00.000Z"), QString(), QStringLiteral("2026-11-20T10:00:00.000Z"),
          QStringLiteral("2026-11-20T10:00:00.000Z"));
  addCase(QStringLiteral("due-soon"), 30, 10, QStringLiteral("dispatched"),
          QStringLiteral("2026-11-20T08:00:00.000Z"), QString(), QStringLiteral("2026-11-20T14:00:00.000Z"),
          QStringLiteral("2026-11-20T14:00:00.000Z"));
  addCase(QStringLiteral("handled-late"), 40, 10, QStringLiteral("handled"),
          QStringLiteral("2026-11-09T08:00:00.000Z"), QStringLiteral("2026-11-10T12:00:00.000Z"),
          QStringLiteral("2026-11-10T08:00:00.000Z"), QStringLiteral("2026-11-25T08:00:00.000Z"));
  addCase(QStringLiteral("cancelled"), 50, 10, QStringLiteral("cancelled"),
          QStringLiteral("2026-10-09T08:00:00.000Z"), QString(), QString(), QString());
  addCase(QStringLiteral("just-reported"), 60, 10, QStringLiteral("reported"),
          QStringLiteral("2026-11-20T11:00:00.000Z"), QString(), QString(), QString());
  addCase(QStringLiteral("elsewhere"), 160, 10, QStringLiteral("dispatched"),
          QStringLiteral("2026-11-19T08:00:00.000Z"), QString(), QStringLiteral("2026-11-20T10:00:00.000Z"),
          QStringLiteral("2026-11-20T10:00:00.000Z"));
}

void TestOneBoxStatistics::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

void TestOneBoxStatistics::execute(const QString &sql)
{
  QString error;
  if (!mCache->database().execute(sql, &error))
    QFAIL(qPrintable(error + QStringLiteral(" [") + sql + QLatin1Char(']')));
}

void TestOneBoxStatistics::addGreen(const QString &id, const QString &greenClass, const QString &wkt)
{
  execute(QStringLiteral("INSERT INTO green_space (id, green_class, geom) VALUES ('%1', '%2', "
                         "CastToMultiPolygon(GeomFromText('%3', 4549)))")
              .arg(id, greenClass, wkt));
}

void TestOneBoxStatistics::addCanopy(const QString &id, const QString &wkt)
{
  execute(
      QStringLiteral(
          "INSERT INTO tree_canopy (id, geom) VALUES ('%1', CastToMultiPolygon(GeomFromText('%2', 4549)))")
          .arg(id, wkt));
}

void TestOneBoxStatistics::addCase(const QString &id, double x, double y, const QString &state,
                                   const QString &reportedAt, const QString &handledAt,
                                   const QString &handleDeadline, const QString &stepDeadline)
{
  const auto text = [](const QString &value) {
    return value.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(value);
  };
  execute(
      QStringLiteral("INSERT INTO cases (id, source, class_kind, type_code, state, reported_at, handled_at, "
                     "handle_deadline, step_deadline, geom) VALUES ('%1', 'supervisor', 'matter', '06010', "
                     "'%2', '%3', %4, %5, %6, MakePoint(%7, %8, 4549))")
          .arg(id, state, reportedAt, text(handledAt), text(handleDeadline), text(stepDeadline))
          .arg(originX + x, 0, 'f', 3)
          .arg(originY + y, 0, 'f', 3));
}

OneBoxFigures TestOneBoxStatistics::compute(const StudyArea &area, const OneBoxOptions &options)
{
  OneBoxOptions withNow = options;
  withNow.now = now;
  OneBoxStatistics statistics(*mCache, *mClasses);
  QString error;
  const std::optional<OneBoxFigures> figures = statistics.compute(area, withNow, nullptr, &error);
  if (!figures)
    qFatal("%s", qPrintable(error));
  return *figures;
}

OneBoxFigures TestOneBoxStatistics::computeBox(double left, double bottom, double right, double top)
{
  return compute(box(left, bottom, right, top));
}

void TestOneBoxStatistics::measuresGreenExactly()
{
  const OneBoxFigures figures = computeBox(0, 0, 100, 100);
  compareArea(figures.area, 10000);
  compareArea(figures.green.areaByClass.at(QStringLiteral("G11")), 400);
  compareArea(figures.green.areaByClass.at(QStringLiteral("G2")), 200);
  compareArea(figures.green.areaByClass.at(QStringLiteral("RG")), 1500);
  compareArea(figures.green.areaByClass.at(QStringLiteral("EG2")), 25);
  compareArea(figures.green.areaByClass.at(QStringLiteral("G14")), 200);
  compareArea(figures.green.areaByClass.at(QStringLiteral("ZZ")), 100);
  compareArea(figures.green.areaByCategory.at(QStringLiteral("G1")), 600);
  compareArea(figures.green.areaByCategory.at(QStringLiteral("XG")), 1500);
  compareArea(figures.green.areaByCategory.at(QStringLiteral("EG")), 25);
  QVERIFY(!figures.green.areaByCategory.count(QStringLiteral("G3")));
  compareArea(figures.green.greenRatioArea, 600 + 200 + 1500);
  compareArea(figures.green.allGreenArea, 2300 + 25 + 100);
  QCOMPARE(figures.greenSpaceRatio(), 0.23);
  compareArea(figures.green.parkArea, 600);
  QCOMPARE(figures.green.plotCount, 6);
  QCOMPARE(figures.green.repairedGeometries, 1);
  QCOMPARE(figures.green.unknownClasses, QStringList{QStringLiteral("ZZ")});
  compareArea(figures.green.plotOverlap, 0);
}

void TestOneBoxStatistics::coverageCountsNoGroundTwice()
{
  const OneBoxFigures figures = computeBox(0, 0, 100, 100);
  QCOMPARE(figures.green.canopyCount, 5);
  compareArea(figures.green.vegetationArea, 2425 + 300 + 36 + 50);
  QVERIFY(std::abs(figures.greenCoverageRatio() - 0.2811) < 1e-12);

  // Two plots over the same ground: each class counts it, the totals once.
  addGreen(QStringLiteral("double"), QStringLiteral("G3"), rectangle(10, 10, 20, 20));
  const OneBoxFigures overlapping = computeBox(0, 0, 100, 100);
  compareArea(overlapping.green.areaByCategory.at(QStringLiteral("G3")), 100);
  compareArea(overlapping.green.greenRatioArea, 2300);
  compareArea(overlapping.green.plotOverlap, 100);
  compareArea(overlapping.green.vegetationArea, 2811);
}

void TestOneBoxStatistics::countsComponentsAndCases()
{
  const OneBoxFigures figures = computeBox(0, 0, 100, 100);
  QCOMPARE(figures.components.total, 3);
  QCOMPARE(figures.components.byState.at(QStringLiteral("intact")), 1);
  QCOMPARE(figures.components.byState.at(QStringLiteral("damaged")), 1);
  QCOMPARE(figures.components.byState.at(QStringLiteral("missing")), 1);
  QCOMPARE(figures.components.byType.at(QStringLiteral("01037")).size(), size_t(2));

  const CaseFigures &cases = figures.cases;
  QCOMPARE(cases.total, 6);
  QCOMPARE(cases.byState.at(QStringLiteral("dispatched")), 2);
  QCOMPARE(cases.byType.at(QStringLiteral("matter 06010")), 6);
  QCOMPARE(cases.open, 4);
  QCOMPARE(cases.overdue, 1);
  QCOMPARE(cases.dueSoon, 1);
  QCOMPARE(cases.onTime, 1);
  QCOMPARE(cases.noDeadline, 1);
  QCOMPARE(cases.handled, 2);
  QCOMPARE(cases.handledOnTime, 1);
  QCOMPARE(cases.overdueUnhandled, 1);
  QCOMPARE(cases.dueToHandle(), 3);
  QCOMPARE(cases.closed, 1);
  QCOMPARE(*cases.closureRate(), 1.0 / 3);
  QCOMPARE(*cases.onTimeHandlingRate(), 1.0 / 3);
}

void TestOneBoxStatistics::countsCasesInAPeriod()
{
  OneBoxOptions options;
  options.casesFrom = QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC);
  options.casesTo = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
  const OneBoxFigures figures = compute(box(0, 0, 100, 100), options);
  // Reported on the 19th only: "overdue"; the 20th is outside [from, to).
  QCOMPARE(figures.cases.total, 1);
  QCOMPARE(figures.cases.overdue, 1);
  QCOMPARE(figures.casesFrom, options.casesFrom);
}

void TestOneBoxStatistics::findsAreasTouchedAndPopulation()
{
  const OneBoxFigures figures = computeBox(0, 0, 100, 100);
  const TouchedAreas &touched = figures.touched;
  QCOMPARE(touched.gridCells.size(), size_t(2)); // the third only touches the box's edge
  QVERIFY(touched.gridCells[0].whole && touched.gridCells[1].whole);
  QCOMPARE(touched.communities.size(), size_t(2));
  QVERIFY(touched.communities[0].whole);
  QVERIFY(!touched.communities[1].whole);
  compareArea(touched.communities[1].areaInside, 5000);
  QCOMPARE(touched.communities[1].name, QStringLiteral("乙社区"));
  QCOMPARE(touched.streets.size(), size_t(1));
  QVERIFY(!touched.streets[0].whole);
  // 1000 of A, and a third of B's 3000.
  QVERIFY(std::abs(*touched.population() - 2000) < 1e-9);
  QVERIFY(std::abs(*figures.parkAreaPerCapita() - 0.3) < 1e-12);
}

void TestOneBoxStatistics::measuresParkService()
{
  // A park of 2,500 m² serves 300 m around it; the house across that line is half served.
  addGreen(QStringLiteral("park"), QStringLiteral("G12"), rectangle(1000, 0, 1050, 50));
  execute(QStringLiteral("INSERT INTO building (id, usage, geom) VALUES "
                         "('near', 'residential', CastToMultiPolygon(GeomFromText('%1', 4549))), "
                         "('across', 'residential', CastToMultiPolygon(GeomFromText('%2', 4549))), "
                         "('far', 'residential', CastToMultiPolygon(GeomFromText('%3', 4549))), "
                         "('shop', 'commercial', CastToMultiPolygon(GeomFromText('%4', 4549)))")
              .arg(rectangle(1100, 10, 1120, 20), rectangle(1340, 0, 1360, 10), rectangle(1600, 0, 1620, 10),
                   rectangle(1200, 0, 1210, 10)));
  const OneBoxFigures figures = computeBox(1000, 0, 2000, 100);
  QCOMPARE(figures.green.servingParks, 1);
  compareArea(figures.green.residentialArea, 600);
  compareArea(figures.green.residentialServed, 300);
  QCOMPARE(*figures.parkServiceCoverage(), 0.5);

  // A pocket park under 2,000 m² serves no one.
  execute(QStringLiteral("UPDATE green_space SET geom = CastToMultiPolygon(GeomFromText('%1', 4549)) "
                         "WHERE id = 'park'")
              .arg(rectangle(1000, 0, 1040, 40)));
  const OneBoxFigures small = computeBox(1000, 0, 2000, 100);
  QCOMPARE(small.green.servingParks, 0);
  QCOMPARE(*small.parkServiceCoverage(), 0.0);
}

void TestOneBoxStatistics::multipolygonAddsItsParts()
{
  QString error;
  const std::optional<StudyArea> area = StudyArea::fromWkt(
      QStringLiteral("MULTIPOLYGON((%1), (%2))").arg(ring(0, 0, 35, 35), ring(40, 0, 100, 35)), &error);
  QVERIFY2(area, qPrintable(error));
  const OneBoxFigures whole = compute(*area);
  const OneBoxFigures left = computeBox(0, 0, 35, 35);
  const OneBoxFigures right = computeBox(40, 0, 100, 35);
  compareArea(whole.area, left.area + right.area);
  compareArea(whole.green.greenRatioArea, left.green.greenRatioArea + right.green.greenRatioArea);
  compareArea(whole.green.vegetationArea, left.green.vegetationArea + right.green.vegetationArea);
  QCOMPARE(whole.components.total, left.components.total + right.components.total);
}

void TestOneBoxStatistics::emptyAreaHasNoRates()
{
  // Inside the district, where nothing has been drawn yet.
  const OneBoxFigures figures = computeBox(-400, -400, -300, -300);
  QCOMPARE(figures.greenSpaceRatio(), 0.0);
  QCOMPARE(figures.greenCoverageRatio(), 0.0);
  QCOMPARE(figures.cases.total, 0);
  QVERIFY(!figures.cases.closureRate());
  QVERIFY(!figures.cases.onTimeHandlingRate());
  QVERIFY(!figures.parkServiceCoverage());
  QVERIFY(!figures.parkAreaPerCapita());
  QVERIFY(figures.touched.gridCells.empty());
}

void TestOneBoxStatistics::shapeOutsideTheDataGivesZeros()
{
  const OneBoxFigures figures = computeBox(50000, 50000, 51000, 51000);
  compareArea(figures.area, 1e6);
  QVERIFY(figures.green.areaByClass.empty());
  QCOMPARE(figures.components.total, 0);
  QVERIFY(figures.touched.streets.empty());
  QVERIFY(!figures.touched.population());
}

void TestOneBoxStatistics::circleIsAlmostExact()
{
  QString error;
  const std::optional<StudyArea> circle =
      StudyArea::fromCircle(QPointF(originX + 20, originY + 20), 5, &error);
  QVERIFY2(circle, qPrintable(error));
  QVERIFY(std::abs(circle->area() - M_PI * 25) / (M_PI * 25) < 1e-3);
  // Wholly inside the park: the green area is the circle's own.
  const OneBoxFigures figures = compute(*circle);
  compareArea(figures.green.areaByClass.at(QStringLiteral("G11")), circle->area());
}

void TestOneBoxStatistics::areaOfAGridCellCommunityOrStreet()
{
  QString error;
  const std::optional<StudyArea> cell =
      StudyArea::fromAreaCode(*mCache, QStringLiteral("330199001001001"), &error);
  QVERIFY2(cell, qPrintable(error));
  compareArea(cell->area(), 5000);
  QVERIFY(cell->description().contains(QStringLiteral("330199001001001")));
  const std::optional<StudyArea> community =
      StudyArea::fromAreaCode(*mCache, QStringLiteral("330199001002"), &error);
  QVERIFY2(community, qPrintable(error));
  QVERIFY(community->description().contains(QStringLiteral("乙社区")));
  const OneBoxFigures figures = compute(*community);
  QCOMPARE(figures.touched.communities.size(), size_t(1)); // the neighbour only touches it
  QVERIFY(figures.touched.communities[0].whole);
  const std::optional<StudyArea> street =
      StudyArea::fromAreaCode(*mCache, QStringLiteral("330199001"), &error);
  QVERIFY2(street, qPrintable(error));
  compareArea(street->area(), 20000);
}

void TestOneBoxStatistics::refusesBadShapes_data()
{
  QTest::addColumn<QString>("kind");
  QTest::addColumn<QString>("input");
  QTest::addColumn<QString>("message");
  QTest::newRow("self-intersecting") << "wkt"
                                     << "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"
                                     << "crosses itself";
  QTest::newRow("zero area") << "wkt"
                             << "POLYGON((0 0, 10 10, 20 20, 0 0))"
                             << "no area";
  QTest::newRow("not WKT") << "wkt"
                           << "POLYGON((0 0, 10"
                           << "WKT could not be read";
  QTest::newRow("a point") << "wkt"
                           << "POINT(0 0)"
                           << "Point";
  QTest::newRow("empty") << "wkt"
                         << "POLYGON EMPTY"
                         << "empty";
  QTest::newRow("flat box") << "box"
                            << "0,0,10,0"
                            << "no area";
  QTest::newRow("no grid cell") << "code"
                                << "330199001001999"
                                << "no grid cell with the code 330199001001999";
  QTest::newRow("not a code") << "code"
                              << "3301990010"
                              << "not the code";
  QTest::newRow("no radius") << "circle"
                             << "0"
                             << "radius";
}

void TestOneBoxStatistics::refusesBadShapes()
{
  QFETCH(QString, kind);
  QFETCH(QString, input);
  QFETCH(QString, message);
  QString error;
  std::optional<StudyArea> area;
  if (kind == QLatin1String("wkt"))
    area = StudyArea::fromWkt(input, &error);
  else if (kind == QLatin1String("code"))
    area = StudyArea::fromAreaCode(*mCache, input, &error);
  else if (kind == QLatin1String("circle"))
    area = StudyArea::fromCircle(QPointF(0, 0), input.toDouble(), &error);
  else
  {
    const QStringList numbers = input.split(QLatin1Char(','));
    area = StudyArea::fromBox(numbers[0].toDouble(), numbers[1].toDouble(), numbers[2].toDouble(),
                              numbers[3].toDouble(), &error);
  }
  QVERIFY(!area);
  QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
}

void TestOneBoxStatistics::reportAndJsonAgree()
{
  const OneBoxFigures figures = computeBox(0, 0, 100, 100);
  const OneBoxReport report(figures, *mClasses, nullptr, nullptr);
  const QJsonObject json = OneBoxReport::toJson(figures);
  QCOMPARE(
      json.value(QStringLiteral("green")).toObject().value(QStringLiteral("green_space_ratio")).toDouble(),
      0.23);
  QCOMPARE(json.value(QStringLiteral("cases")).toObject().value(QStringLiteral("overdue")).toInt(), 1);
  QCOMPARE(
      json.value(QStringLiteral("touched")).toObject().value(QStringLiteral("communities")).toArray().size(),
      2);
  bool foundRatio = false;
  for (const OneBoxReport::Row &row : report.rows())
  {
    if (row.item.contains(QStringLiteral("绿地率")))
    {
      foundRatio = true;
      QCOMPARE(row.value.toDouble(), 23.0);
      QCOMPARE(row.unit, QStringLiteral("%"));
    }
    QCOMPARE(report.table().at(0).size(), OneBoxReport::header().size());
  }
  QVERIFY(foundRatio);
  QVERIFY(report.toTabSeparated().startsWith(OneBoxReport::header().join(QLatin1Char('\t'))));
}

void TestOneBoxStatistics::cancelGivesNoFigures()
{
  AnalysisFeedback feedback;
  feedback.cancel();
  OneBoxStatistics statistics(*mCache, *mClasses);
  QString error;
  QVERIFY(!statistics.compute(box(0, 0, 100, 100), {}, &feedback, &error));
  QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOneBoxStatistics)
#include "testoneboxstatistics.moc"
