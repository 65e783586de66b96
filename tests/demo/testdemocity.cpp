#include "cache/cachechecker.h"
#include "cache/cachefile.h"
#include "demo/democitygenerator.h"
#include "runtime/referencedata.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

/** Tests the tiny demo city: deterministic, complete tiling by grid cells, valid codes, believable layers. */
class TestDemoCity : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void passesCacheCheck();
    void hasOrganisationAndComponents();
    void hasMonthsOfCaseHistory();
    void gridCellsTileTheDistrict();
    void gridCellsAreAboutTenThousandSquareMetres();
    void cellsAreNumberedWestToEastNorthToSouth();
    void canopyOverlapsGreenAndStreets();
    void hasEveryGreenClass();
    void sameSeedSameCity();
    void refusesUnknownScale();

  private:
    std::unique_ptr<CacheFile> generate(const QString &name, quint64 seed);
    double number(const QString &sql);
    QByteArray fingerprint(CacheFile &cache);

    QTemporaryDir mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

std::unique_ptr<CacheFile> TestDemoCity::generate(const QString &name, quint64 seed)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::create(mDirectory.filePath(name), CacheSettings(), &error);
  if (!cache)
    qFatal("%s", qPrintable(error));
  const ReferenceData data(QStringLiteral(XIUHUA_RESOURCES_DIR));
  const std::optional<ReferenceData::City> city = data.city(QStringLiteral("gb47678_5_2026"), &error);
  const std::optional<CaseWorkflow> workflow = data.workflow(&error);
  const std::optional<WorkCalendar> calendar = data.calendar(&error);
  if (!city || !workflow || !calendar)
    qFatal("%s", qPrintable(error));
  // A fixed end of history: the same seed and the same "now" give the same city.
  DemoCityGenerator generator(*cache, *DemoScale::fromName(QStringLiteral("tiny")), seed,
                              {city->configuration, *workflow, *calendar},
                              QDateTime(QDate(2025, 11, 24), QTime(6, 0), Qt::UTC));
  if (!generator.generate(&error))
    qFatal("%s", qPrintable(error));
  return cache;
}

double TestDemoCity::number(const QString &sql)
{
  QString error;
  const QVariant value = mCache->database().scalar(sql, &error);
  if (!error.isEmpty())
    qWarning() << error;
  return value.toDouble();
}

QByteArray TestDemoCity::fingerprint(CacheFile &cache)
{
  QCryptographicHash hash(QCryptographicHash::Sha256);
  for (const QString &sql :
       {QStringLiteral("SELECT code || name || AsText(geom) FROM community ORDER BY code"),
        QStringLiteral("SELECT code || AsText(geom) FROM grid_cell ORDER BY code"),
        QStringLiteral("SELECT id || coalesce(name, '') || floors || AsText(geom) FROM building ORDER BY id"),
        QStringLiteral("SELECT id || name || AsText(geom) FROM road ORDER BY id")})
  {
    SqliteStatement rows = cache.database().prepare(sql);
    while (rows.next())
      hash.addData(rows.text(0).toUtf8());
  }
  return hash.result();
}

void TestDemoCity::initTestCase()
{
  QVERIFY(mDirectory.isValid());
  mCache = generate(QStringLiteral("tiny.xhc"), 7);
}

void TestDemoCity::passesCacheCheck()
{
  QString error;
  const ReferenceData data(QStringLiteral(XIUHUA_RESOURCES_DIR));
  const std::optional<Catalogue> catalogue = data.catalogue(QStringLiteral("gb47678_5_2026"), &error);
  const std::optional<CaseWorkflow> workflow = data.workflow(&error);
  QVERIFY2(catalogue && workflow, qPrintable(error));
  CacheChecker checker(*mCache, *catalogue, *workflow);
  const QList<CacheProblem> problems = checker.run();
  QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
  QCOMPARE(number(QStringLiteral("SELECT count(*) FROM district")), 1.0);
  QCOMPARE(number(QStringLiteral("SELECT count(*) FROM community")), 9.0);
  QCOMPARE(number(QStringLiteral("SELECT count(*) FROM grid_cell")), 144.0);
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM building")) > 100);
}

void TestDemoCity::hasOrganisationAndComponents()
{
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM department")) > 15);
  // Every role of the workflow has people; every cell has its supervisor.
  QCOMPARE(number(QStringLiteral("SELECT count(DISTINCT role) FROM person_role")), 7.0);
  QCOMPARE(number(QStringLiteral("SELECT count(*) FROM grid_cell WHERE supervisor_id IS NULL")), 0.0);
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM routing_rule")) > 50);
  // Lamps, manholes of several kinds, bins, hydrants, benches; mostly intact, some damaged or missing.
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM component WHERE type_code = '01037'")) > 50);
  QVERIFY(number(QStringLiteral(
              "SELECT count(DISTINCT type_code) FROM component WHERE type_code LIKE '010%'")) >= 6);
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM component WHERE type_code = '04007'")) > 0);
  const double all = number(QStringLiteral("SELECT count(*) FROM component"));
  const double intact = number(QStringLiteral("SELECT count(*) FROM component WHERE state = 'intact'"));
  QVERIFY(intact > 0.85 * all && intact < all);
  QCOMPARE(number(QStringLiteral("SELECT count(*) FROM component WHERE maintainer_department_id IS NULL")),
           0.0);
}

void TestDemoCity::hasMonthsOfCaseHistory()
{
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM cases")) > 80);
  QVERIFY(number(QStringLiteral(
              "SELECT julianday(max(reported_at)) - julianday(min(reported_at)) FROM cases")) > 25);
  // Every open state of the workflow has a case in it now.
  for (const QString &state :
       {QStringLiteral("reported"), QStringLiteral("pending_verification"),
        QStringLiteral("pending_registration"), QStringLiteral("pending_dispatch"),
        QStringLiteral("dispatched"), QStringLiteral("returned"), QStringLiteral("postponement_requested"),
        QStringLiteral("hung"), QStringLiteral("handled"), QStringLiteral("pending_check"),
        QStringLiteral("pending_close"), QStringLiteral("pending_callback"), QStringLiteral("closed"),
        QStringLiteral("cancelled")})
    QVERIFY2(number(QStringLiteral("SELECT count(*) FROM cases WHERE state = '%1'").arg(state)) > 0,
             qPrintable(state));
  // Rework, urging and overdue handling happen, but most cases are handled in time.
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM case_event WHERE action = 'check_fail'")) > 0);
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM case_event WHERE action = 'urge'")) > 0);
  const double handled = number(QStringLiteral("SELECT count(*) FROM cases WHERE handled_at IS NOT NULL"));
  const double late = number(QStringLiteral("SELECT count(*) FROM cases WHERE handled_at > handle_deadline"));
  QVERIFY2(late > 0 && late < 0.5 * handled,
           qPrintable(QStringLiteral("%1 of %2 late").arg(late).arg(handled)));
  // Cases cluster: the busiest grid cell has several.
  QVERIFY(number(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM cases GROUP BY grid_code)")) >=
          4);
}

void TestDemoCity::gridCellsTileTheDistrict()
{
  const double district = number(QStringLiteral("SELECT ST_Area(geom) FROM district"));
  const double sum = number(QStringLiteral("SELECT sum(ST_Area(geom)) FROM grid_cell"));
  const double united = number(QStringLiteral("SELECT ST_Area(ST_Union(geom)) FROM grid_cell"));
  QVERIFY(district > 1.0e6);
  // No gaps: the cells cover the district. No overlaps: their areas add up to the area they cover.
  QVERIFY2(qAbs(united - district) < 1e-6 * district,
           qPrintable(QStringLiteral("%1 vs %2").arg(united).arg(district)));
  QVERIFY2(qAbs(sum - united) < 1e-6 * district, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(united)));
  // Every cell lies in its community.
  QCOMPARE(
      number(QStringLiteral("SELECT count(*) FROM grid_cell g JOIN community c ON c.code = g.community_code "
                            "WHERE ST_Area(ST_Intersection(g.geom, c.geom)) < 0.999 * ST_Area(g.geom)")),
      0.0);
}

void TestDemoCity::gridCellsAreAboutTenThousandSquareMetres()
{
  QVERIFY(number(QStringLiteral("SELECT min(area_m2) FROM grid_cell")) > 7000);
  QVERIFY(number(QStringLiteral("SELECT max(area_m2) FROM grid_cell")) < 13000);
  QVERIFY(qAbs(number(QStringLiteral("SELECT avg(area_m2) FROM grid_cell")) - 10000) < 500);
}

void TestDemoCity::cellsAreNumberedWestToEastNorthToSouth()
{
  SqliteStatement cells = mCache->database().prepare(QStringLiteral(
      "SELECT code, X(ST_Centroid(geom)), Y(ST_Centroid(geom)) FROM grid_cell WHERE community_code = "
      "(SELECT min(code) FROM community) ORDER BY code"));
  QList<QPointF> centres;
  while (cells.next())
    centres.append(QPointF(cells.real(1), cells.real(2)));
  QCOMPARE(centres.size(), 16);
  for (int k = 1; k < centres.size(); ++k)
  {
    if (k % 4 == 0)
      QVERIFY2(centres.at(k).y() < centres.at(k - 1).y() - 50, "a new row starts further south");
    else
      QVERIFY2(centres.at(k).x() > centres.at(k - 1).x() + 50, "within a row, cells go east");
  }
}

void TestDemoCity::canopyOverlapsGreenAndStreets()
{
  QVERIFY(number(QStringLiteral("SELECT count(*) FROM tree_canopy")) > 1000);
  QVERIFY(number(QStringLiteral("SELECT ST_Area(ST_Intersection((SELECT ST_Union(geom) FROM tree_canopy), "
                                "(SELECT ST_Union(geom) FROM road_surface)))")) > 100);
  QVERIFY(number(QStringLiteral("SELECT ST_Area(ST_Intersection((SELECT ST_Union(geom) FROM tree_canopy), "
                                "(SELECT ST_Union(geom) FROM green_space)))")) > 100);
  // Overlapping crowns make the union smaller than the sum: coverage must not count twice.
  QVERIFY(number(QStringLiteral("SELECT ST_Area(ST_Union(geom)) FROM tree_canopy")) <
          number(QStringLiteral("SELECT sum(ST_Area(geom)) FROM tree_canopy")));
  // All green space lies in the district.
  QVERIFY(number(QStringLiteral("SELECT ST_Area(ST_Difference((SELECT ST_Union(geom) FROM green_space), "
                                "(SELECT geom FROM district)))")) < 1.0);
  // Green space classes do not overlap each other.
  QVERIFY(qAbs(number(QStringLiteral("SELECT ST_Area(ST_Union(geom)) FROM green_space")) -
               number(QStringLiteral("SELECT sum(ST_Area(geom)) FROM green_space"))) < 1.0);
}

void TestDemoCity::hasEveryGreenClass()
{
  for (const QString &greenClass :
       {QStringLiteral("G11"), QStringLiteral("G14"), QStringLiteral("G2"), QStringLiteral("RG")})
    QVERIFY2(
        number(QStringLiteral("SELECT count(*) FROM green_space WHERE green_class = '%1'").arg(greenClass)) >
            0,
        qPrintable(greenClass));
}

void TestDemoCity::sameSeedSameCity()
{
  std::unique_ptr<CacheFile> again = generate(QStringLiteral("again.xhc"), 7);
  std::unique_ptr<CacheFile> other = generate(QStringLiteral("other.xhc"), 8);
  QCOMPARE(fingerprint(*again), fingerprint(*mCache));
  QVERIFY(fingerprint(*other) != fingerprint(*mCache));
}

void TestDemoCity::refusesUnknownScale()
{
  QVERIFY(!DemoScale::fromName(QStringLiteral("village")));
  QVERIFY(DemoScale::fromName(QStringLiteral("district")));
  QVERIFY(DemoScale::fromName(QStringLiteral("city")));
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "testdemocity.moc"
