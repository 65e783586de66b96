#include "analysis/unionarea.h"
#include "analysis/unionboundary.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

/**
 * The area of a union from its boundary (UnionBoundary) on shapes whose union is known by
 * construction — overlaps, shared edges both ways, identical copies, holes filled, T-junctions off the
 * line by rounding, points of contact, three polygons meeting at a point — and on random crowns and
 * rectangles, where GEOS's overlay is the reference.
 */
class TestUnionArea : public QObject
{
    Q_OBJECT

  private slots:
    void knownUnions_data();
    void knownUnions();
    void rectanglesOnAGridCloseExactly();
    void randomCrownsAgreeWithOverlay();
    void emptyInputHasNoArea();

  private:
    std::vector<GeosContext::Geometry> read(const QStringList &wkts) const;
    static std::vector<const GEOSGeometry *> pointers(const std::vector<GeosContext::Geometry> &geometries);
    static QString circle(double x, double y, double radius, int vertices);
    /** What UnionBoundary measures of \a geometries. */
    std::optional<UnionBoundary::Measure>
    measured(const std::vector<GeosContext::Geometry> &geometries) const;

    GeosContext mGeos;
};

std::vector<GeosContext::Geometry> TestUnionArea::read(const QStringList &wkts) const
{
  std::vector<GeosContext::Geometry> geometries;
  for (const QString &wkt : wkts)
  {
    geometries.push_back(mGeos.fromWkt(wkt));
    if (!geometries.back())
      qFatal("bad fixture WKT: %s", qPrintable(wkt));
  }
  return geometries;
}

std::vector<const GEOSGeometry *>
TestUnionArea::pointers(const std::vector<GeosContext::Geometry> &geometries)
{
  std::vector<const GEOSGeometry *> result;
  for (const GeosContext::Geometry &geometry : geometries)
    result.push_back(geometry.get());
  return result;
}

std::optional<UnionBoundary::Measure>
TestUnionArea::measured(const std::vector<GeosContext::Geometry> &geometries) const
{
  UnionBoundary boundary;
  for (const GeosContext::Geometry &geometry : geometries)
    boundary.add(mGeos, geometry.get());
  return boundary.measure(nullptr);
}

QString TestUnionArea::circle(double x, double y, double radius, int vertices)
{
  QStringList points;
  for (int i = 0; i <= vertices; ++i)
  {
    const double angle = 2 * M_PI * (i % vertices) / vertices;
    points.append(QStringLiteral("%1 %2")
                      .arg(x + radius * std::cos(angle), 0, 'g', 17)
                      .arg(y + radius * std::sin(angle), 0, 'g', 17));
  }
  return QStringLiteral("POLYGON((%1))").arg(points.join(QStringLiteral(", ")));
}

void TestUnionArea::knownUnions_data()
{
  QTest::addColumn<QStringList>("polygons");
  QTest::addColumn<double>("expected");

  QTest::newRow("overlapping squares")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((5 5, 15 5, 15 15, 5 15, 5 5))")}
      << 175.0;
  QTest::newRow("squares side by side (an edge shared, running opposite ways)")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((10 0, 20 0, 20 10, 10 10, 10 0))")}
      << 200.0;
  QTest::newRow("three copies of one square (edges shared, running the same way)")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((0 0, 0 10, 10 10, 10 0, 0 0))"),
                     QStringLiteral("POLYGON((10 10, 0 10, 0 0, 10 0, 10 10))")}
      << 100.0;
  QTest::newRow("a hole filled exactly")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))"),
                     QStringLiteral("POLYGON((2 2, 8 2, 8 8, 2 8, 2 2))")}
      << 100.0;
  QTest::newRow("a hole half filled by a crossing plot")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))"),
                     QStringLiteral("POLYGON((5 1, 12 1, 12 9, 5 9, 5 1))")}
      << 64.0 + 18.0 + 16.0;
  QTest::newRow("a square wholly inside another")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((2 2, 4 2, 4 4, 2 4, 2 2))")}
      << 100.0;
  QTest::newRow("two squares on one edge of a third (T-junctions)")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((0 10, 5 10, 5 15, 0 15, 0 10))"),
                     QStringLiteral("POLYGON((5 10, 10 10, 10 15, 5 15, 5 10))")}
      << 150.0;
  // The vertex at x = 10/3 lies on the line from (0 0) to (10 3) only up to rounding.
  QTest::newRow("a T-junction off the line by rounding")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 3, 0 3, 0 0))"),
                     QStringLiteral("POLYGON((0 0, 10 0, 10 3, %1 1, 0 0))").arg(10.0 / 3.0, 0, 'g', 17)}
      << 30.0;
  QTest::newRow("squares touching at a corner")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((10 10, 20 10, 20 20, 10 20, 10 10))")}
      << 200.0;
  QTest::newRow("three triangles meeting at the centre")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 5 5, 0 0))"),
                     QStringLiteral("POLYGON((10 0, 10 10, 5 5, 10 0))"),
                     QStringLiteral("POLYGON((10 10, 0 10, 0 0, 5 5, 10 10))")}
      << 100.0;
  QTest::newRow("rectangles overlapping along their edges, the same way")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((5 0, 15 0, 15 10, 5 10, 5 0))")}
      << 150.0;
  QTest::newRow("edges along parts of others, both ways")
      << QStringList{QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
                     QStringLiteral("POLYGON((4 0, 14 0, 14 -3, 4 -3, 4 0))"),
                     QStringLiteral("POLYGON((2 -1, 6 -1, 6 5, 2 5, 2 -1))")}
      << 100.0 + 30.0 + 2.0;
  QTest::newRow("a multipolygon and a collection")
      << QStringList{QStringLiteral(
                         "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))"),
                     QStringLiteral("GEOMETRYCOLLECTION(POLYGON((5 0, 25 0, 25 10, 5 10, 5 0)), LINESTRING(0 "
                                    "0, 50 50))")}
      << 300.0;
}

void TestUnionArea::knownUnions()
{
  QFETCH(QStringList, polygons);
  QFETCH(double, expected);
  const std::vector<GeosContext::Geometry> geometries = read(polygons);

  const std::optional<UnionBoundary::Measure> measure = measured(geometries);
  QVERIFY(measure);
  QVERIFY2(measure->unresolved.empty(), "the boundary should close without the overlay");
  QVERIFY2(std::abs(measure->area - expected) <= 1e-9 * expected,
           qPrintable(QStringLiteral("%1 instead of %2").arg(measure->area, 0, 'g', 17).arg(expected)));

  QString error;
  const std::optional<double> overlay = unionarea::byOverlay(mGeos, pointers(geometries), nullptr, &error);
  QVERIFY2(overlay, qPrintable(error));
  QVERIFY(std::abs(*overlay - expected) <= 1e-9 * expected);
}

void TestUnionArea::rectanglesOnAGridCloseExactly()
{
  // Whole-metre rectangles share edges, overlap along edges and meet in T-junctions everywhere.
  QRandomGenerator random(47678);
  for (int round = 0; round < 20; ++round)
  {
    QStringList wkts;
    for (int i = 0; i < 60; ++i)
    {
      const int x = random.bounded(30);
      const int y = random.bounded(30);
      const int width = 1 + random.bounded(8);
      const int height = 1 + random.bounded(8);
      wkts.append(QStringLiteral("POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                      .arg(x)
                      .arg(y)
                      .arg(x + width)
                      .arg(y + height));
    }
    const std::vector<GeosContext::Geometry> geometries = read(wkts);
    const std::optional<UnionBoundary::Measure> measure = measured(geometries);
    QVERIFY(measure);
    QVERIFY(measure->unresolved.empty());
    QString error;
    const std::optional<double> overlay = unionarea::byOverlay(mGeos, pointers(geometries), nullptr, &error);
    QVERIFY(overlay);
    QCOMPARE(measure->area, *overlay);
  }
}

void TestUnionArea::randomCrownsAgreeWithOverlay()
{
  QRandomGenerator random(30428);
  for (int round = 0; round < 10; ++round)
  {
    QStringList wkts;
    for (int i = 0; i < 300; ++i)
    {
      // Crowns at city coordinates, where rounding is as coarse as in the cache.
      wkts.append(circle(500000 + random.generateDouble() * 200, 3340000 + random.generateDouble() * 200,
                         1 + random.generateDouble() * 5, 12));
    }
    wkts.append(QStringLiteral(
        "POLYGON((500050 3340050, 500150 3340050, 500150 3340150, 500050 3340150, 500050 3340050))"));
    const std::vector<GeosContext::Geometry> geometries = read(wkts);
    const std::optional<UnionBoundary::Measure> measure = measured(geometries);
    QVERIFY(measure);
    // Crowns at real coordinates, overlapping in chains: their boundary must close without the overlay.
    QVERIFY(measure->unresolved.empty());
    QString error;
    const std::optional<double> ours = unionarea::of(mGeos, pointers(geometries), nullptr, &error);
    const std::optional<double> overlay = unionarea::byOverlay(mGeos, pointers(geometries), nullptr, &error);
    QVERIFY2(ours && overlay, qPrintable(error));
    QVERIFY2(std::abs(*ours - *overlay) <= 1e-9 * *overlay,
             qPrintable(QStringLiteral("%1 vs %2").arg(*ours, 0, 'g', 17).arg(*overlay, 0, 'g', 17)));
  }
}

void TestUnionArea::emptyInputHasNoArea()
{
  QString error;
  QCOMPARE(*unionarea::of(mGeos, {}, nullptr, &error), 0.0);
  const std::vector<GeosContext::Geometry> geometries =
      read({QStringLiteral("POLYGON EMPTY"), QStringLiteral("POINT(1 1)")});
  QCOMPARE(*unionarea::of(mGeos, pointers(geometries), nullptr, &error), 0.0);
}

QTEST_GUILESS_MAIN(TestUnionArea)
#include "testunionarea.moc"
