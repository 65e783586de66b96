// A writer for testcrashsafety: inserts many buildings into a cache in one transaction and says on
// stdout how far it got, so that the test can kill it (SIGKILL) in the middle.
//
//   crashwriter CACHE ROWS commit|hold
// commit: commits, prints "committed", then waits to be killed.
// hold:   prints "halfway" after ROWS/2 rows, keeps writing, then waits to be killed before committing.
#include "cache/cachefile.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  const QStringList arguments = QCoreApplication::arguments();
  if (arguments.size() != 4)
    return 2;
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(arguments.at(1), &error);
  if (!cache)
  {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  // A small page cache, so that the uncommitted rows spill into the write-ahead log on disk before the
  // kill: the hard case for crash safety.
  QString pragmaError;
  cache->database().execute(QStringLiteral("PRAGMA cache_size = -2000"), &pragmaError);
  const int rows = arguments.at(2).toInt();
  const bool commit = arguments.at(3) == QLatin1String("commit");

  SqliteTransaction transaction(cache->database());
  SqliteStatement insert = cache->database().prepare(
      QStringLiteral("INSERT INTO building (id, floors, name, geom) VALUES "
                     "(?1, ?2, ?3, CastToMultiPolygon(BuildMbr(?4, ?5, ?4 + 12.5, ?5 + 8.0, 4549)))"));
  for (int i = 0; i < rows; ++i)
  {
    insert.bindText(1, QStringLiteral("b%1").arg(i));
    insert.bindInt64(2, 1 + i % 30);
    insert.bindText(3, QStringLiteral("住宅楼 %1").arg(i));
    insert.bindDouble(4, 500000.0 + (i % 1000) * 15.0);
    insert.bindDouble(5, 3350000.0 + (i / 1000) * 10.0);
    if (!insert.run())
    {
      std::fprintf(stderr, "%s\n", qPrintable(insert.errorMessage()));
      return 1;
    }
    if (!commit && i == rows / 2)
    {
      std::printf("halfway\n");
      std::fflush(stdout);
    }
  }
  if (commit)
  {
    if (!transaction.commit())
      return 1;
    std::printf("committed\n");
    std::fflush(stdout);
  }
  // Wait to be killed; the test never lets this run out.
  QThread::sleep(120);
  return 0;
}
