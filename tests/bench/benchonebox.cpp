// One-box statistics (一框统计) against the equivalent SpatiaLite SQL on the same cache, in the same run:
// green space by class (ST_Intersection), the green-ratio and cover unions (ST_Union, then
// ST_Intersection), components and cases covered, grid cells overlapped, each through the spatial
// index. Every figure the SQL gives is compared with ours (areas to a relative 1e-9, counts exactly).
// Ours computes more besides (park service, population, the breakdowns), inside its time.
// N iterations after an untimed warm-up, min/median/max in milliseconds.
//
//   bench_onebox --cache city.xhc [--iterations 5] [--box-size 1000] [--whole]

#include "analysis/oneboxstatistics.h"
#include "analysis/studyarea.h"
#include "benchtiming.h"
#include "cache/cachefile.h"
#include "cache/sqlitedatabase.h"
#include "domain/greenclasses.h"
#include "runtime/referencedata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

namespace
{
  Timing measure(int iterations, const std::function<void()> &work)
  {
    work(); // warm the file cache
    Timing timing;
    for (int i = 0; i < iterations; ++i)
    {
      QElapsedTimer timer;
      timer.start();
      work();
      timing.milliseconds.push_back(timer.nsecsElapsed() / 1e6);
    }
    return timing;
  }

  /** The figures the SQL peer computes. */
  struct PeerFigures
  {
      std::map<QString, double> areaByClass;
      double greenRatioArea = 0;
      double vegetationArea = 0;
      std::map<QString, int> componentsByState;
      int cases = 0;
      int gridCells = 0;
  };

  PeerFigures peer(SqliteDatabase &database, const QByteArray &wkb, int srid, const QStringList &ratioClasses)
  {
    const QString shape = QStringLiteral("GeomFromWKB(?1, %1)").arg(srid);
    const auto indexed = [&](const QString &table) {
      return QStringLiteral("rowid IN (SELECT rowid FROM SpatialIndex WHERE f_table_name = '%1' AND "
                            "f_geometry_column = 'geom' AND "
                            "search_frame = %2)")
          .arg(table, shape);
    };
    PeerFigures figures;
    const auto rows = [&](const QString &sql, const std::function<void(SqliteStatement &)> &each) {
      SqliteStatement statement = database.prepare(sql);
      if (!statement.isValid())
        qFatal("%s: %s", qPrintable(sql), qPrintable(statement.errorMessage()));
      statement.bindBlob(1, wkb);
      while (statement.next())
        each(statement);
      if (statement.failed())
        qFatal("%s: %s", qPrintable(sql), qPrintable(statement.errorMessage()));
    };
    rows(QStringLiteral(
             "SELECT green_class, sum(ST_Area(ST_Intersection(geom, %1))) FROM green_space WHERE %2 "
             "AND ST_Intersects(geom, %1) GROUP BY green_class")
             .arg(shape, indexed(QStringLiteral("green_space"))),
         [&](SqliteStatement &row) { figures.areaByClass[row.text(0)] = row.real(1); });
    rows(QStringLiteral("SELECT coalesce(ST_Area(ST_Intersection(ST_Union(geom), %1)), 0) FROM green_space "
                        "WHERE %2 AND green_class IN ('%3')")
             .arg(shape, indexed(QStringLiteral("green_space")), ratioClasses.join(QStringLiteral("', '"))),
         [&](SqliteStatement &row) { figures.greenRatioArea = row.real(0); });
    rows(QStringLiteral(
             "SELECT coalesce(ST_Area(ST_Intersection(ST_Union(geom), %1)), 0) FROM (SELECT geom FROM "
             "green_space WHERE %2 UNION ALL SELECT geom FROM tree_canopy WHERE %3)")
             .arg(shape, indexed(QStringLiteral("green_space")), indexed(QStringLiteral("tree_canopy"))),
         [&](SqliteStatement &row) { figures.vegetationArea = row.real(0); });
    rows(QStringLiteral(
             "SELECT state, count(*) FROM component WHERE %1 AND ST_Covers(%2, geom) GROUP BY state")
             .arg(indexed(QStringLiteral("component")), shape),
         [&](SqliteStatement &row) {
           figures.componentsByState[row.text(0)] = static_cast<int>(row.int64(1));
         });
    rows(QStringLiteral("SELECT count(*) FROM cases WHERE %1 AND ST_Covers(%2, geom)")
             .arg(indexed(QStringLiteral("cases")), shape),
         [&](SqliteStatement &row) { figures.cases = static_cast<int>(row.int64(0)); });
    rows(QStringLiteral("SELECT count(*) FROM grid_cell WHERE %1 AND ST_Intersects(geom, %2) AND NOT "
                        "ST_Touches(geom, %2)")
             .arg(indexed(QStringLiteral("grid_cell")), shape),
         [&](SqliteStatement &row) { figures.gridCells = static_cast<int>(row.int64(0)); });
    return figures;
  }

  int differences(const OneBoxFigures &ours, const PeerFigures &theirs)
  {
    int count = 0;
    const auto area = [&](const QString &what, double a, double b) {
      const double relative = std::abs(a - b) / std::max(1.0, std::abs(b));
      std::printf("  %-34s ours %18.6f  sql %18.6f  rel. diff %.1e%s\n", qPrintable(what), a, b, relative,
                  relative < 1e-9 ? "" : "  DIFFERENT");
      count += relative < 1e-9 ? 0 : 1;
    };
    const auto number = [&](const QString &what, int a, int b) {
      std::printf("  %-34s ours %18d  sql %18d%s\n", qPrintable(what), a, b, a == b ? "" : "  DIFFERENT");
      count += a == b ? 0 : 1;
    };
    std::map<QString, double> classes = theirs.areaByClass;
    for (const auto &[code, value] : ours.green.areaByClass)
      classes.emplace(code, 0);
    for (const auto &[code, value] : classes)
    {
      const auto mine = ours.green.areaByClass.find(code);
      area(QStringLiteral("green %1 m²").arg(code), mine == ours.green.areaByClass.end() ? 0 : mine->second,
           value);
    }
    area(QStringLiteral("green G1+G2+G3+XG (union) m²"), ours.green.greenRatioArea, theirs.greenRatioArea);
    area(QStringLiteral("vegetation (union) m²"), ours.green.vegetationArea, theirs.vegetationArea);
    std::map<QString, int> states = theirs.componentsByState;
    for (const auto &[state, value] : ours.components.byState)
      states.emplace(state, 0);
    for (const auto &[state, value] : states)
    {
      const auto mine = ours.components.byState.find(state);
      number(QStringLiteral("components %1").arg(state),
             mine == ours.components.byState.end() ? 0 : mine->second, value);
    }
    number(QStringLiteral("cases"), ours.cases.total, theirs.cases);
    number(QStringLiteral("grid cells overlapped"), static_cast<int>(ours.touched.gridCells.size()),
           theirs.gridCells);
    return count;
  }
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication application(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addOption(
      {QStringLiteral("cache"), QStringLiteral("The cache (the city demo)."), QStringLiteral("file")});
  parser.addOption({QStringLiteral("iterations"), QStringLiteral("Timed runs (default 5)."),
                    QStringLiteral("n"), QStringLiteral("5")});
  parser.addOption({QStringLiteral("box-size"), QStringLiteral("Side of the box in metres (default 1000)."),
                    QStringLiteral("m"), QStringLiteral("1000")});
  parser.addOption(
      {QStringLiteral("whole"), QStringLiteral("Also measure the whole district (slow for the SQL).")});
  parser.process(application);

  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(parser.value(QStringLiteral("cache")), &error);
  if (!cache)
    qFatal("%s", qPrintable(error));
  const std::optional<GreenClasses> classes = ReferenceData().greenClasses(&error);
  if (!classes)
    qFatal("%s", qPrintable(error));
  QStringList ratioClasses;
  for (const QString &code :
       cache->database()
           .scalar(QStringLiteral("SELECT group_concat(DISTINCT green_class) FROM green_space"))
           .toString()
           .split(QLatin1Char(',')))
  {
    const GreenClass *green = classes->find(code);
    if (green && green->countsInGreenRatio)
      ratioClasses.append(code);
  }
  const int iterations = std::max(1, parser.value(QStringLiteral("iterations")).toInt());

  SqliteStatement extent = cache->database().prepare(QStringLiteral(
      "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom), code FROM district LIMIT 1"));
  if (!extent.next())
    qFatal("the cache has no district");
  const double half = parser.value(QStringLiteral("box-size")).toDouble() / 2;
  const double x = (extent.real(0) + extent.real(2)) / 2;
  const double y = (extent.real(1) + extent.real(3)) / 2;
  std::vector<std::pair<QString, StudyArea>> areas;
  areas.emplace_back(QStringLiteral("box of %1 km² in the middle").arg(4 * half * half / 1e6),
                     *StudyArea::fromBox(x - half, y - half, x + half, y + half, &error));
  if (parser.isSet(QStringLiteral("whole")))
    areas.emplace_back(QStringLiteral("the whole district"),
                       *StudyArea::fromAreaCode(*cache, extent.text(4), &error));
  extent = SqliteStatement();

  int different = 0;
  for (const auto &[name, area] : areas)
  {
    std::printf("\n%s (%.0f m²), %d iterations\n", qPrintable(name), area.area(), iterations);
    OneBoxStatistics statistics(*cache, *classes);
    std::optional<OneBoxFigures> ours;
    const Timing oursTiming =
        measure(iterations, [&] { ours = statistics.compute(area, {}, nullptr, &error); });
    if (!ours)
      qFatal("%s", qPrintable(error));
    PeerFigures theirs;
    const Timing peerTiming = measure(
        iterations, [&] { theirs = peer(cache->database(), area.wkb(), cache->srid(), ratioClasses); });
    different += differences(*ours, theirs);
    std::printf(
        "  ours  min %9.1f  median %9.1f  max %9.1f ms  (%d plots, %d crowns, %d components, %d cases)\n",
        oursTiming.min(), oursTiming.median(), oursTiming.max(), ours->green.plotCount,
        ours->green.canopyCount, ours->components.total, ours->cases.total);
    std::printf("  sql   min %9.1f  median %9.1f  max %9.1f ms\n", peerTiming.min(), peerTiming.median(),
                peerTiming.max());
    std::printf("  ratio sql/ours (median) %.1f×\n", peerTiming.median() / oursTiming.median());
  }
  std::printf("\n%s\n", different == 0 ? "All figures agree." : "SOME FIGURES DIFFER.");
  return different == 0 ? 0 : 1;
}
