#include "cache/cachefile.h"
#include "cache/packedspatialindex.h"

#include <QTemporaryDir>
#include <QTest>

/**
 * A packed spatial index holds exactly the entries SQLite's own row-by-row build makes, passes
 * SQLite's rtreecheck(), answers window queries like a scan of the table, and stays correct while
 * SQLite changes it afterwards. The sizes cover an empty tree, a root that is a leaf, a full root and
 * trees of two, three and four levels (51 cells a node).
 */
class TestPackedSpatialIndex : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void rebuildsLikeSqlite_data();
    void rebuildsLikeSqlite();

  private:
    QString entries();
    QVariant scalar(const QString &sql);
    void verifyWindows();

    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

void TestPackedSpatialIndex::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("index.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
}

void TestPackedSpatialIndex::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

QVariant TestPackedSpatialIndex::scalar(const QString &sql)
{
  QString error;
  const QVariant value = mCache->database().scalar(sql, &error);
  if (!error.isEmpty())
    qWarning("%s: %s", qPrintable(sql), qPrintable(error));
  return value;
}

QString TestPackedSpatialIndex::entries()
{
  return scalar(QStringLiteral(
                    "SELECT group_concat(entry, ';') FROM (SELECT printf('%d %.9g %.9g %.9g %.9g', pkid, "
                    "xmin, xmax, ymin, ymax) AS entry FROM idx_block_geom ORDER BY pkid)"))
      .toString();
}

void TestPackedSpatialIndex::verifyWindows()
{
  // Windows of several sizes across the data, each compared with a scan of every row.
  for (int i = 0; i < 25; ++i)
  {
    const double x = 500000 + (i * 7919 % 2000) - 200;
    const double y = 3400000 + (i * 104729 % 2000) - 200;
    const double size = 5 + (i % 5) * 120;
    const QString window =
        QStringLiteral("BuildMbr(%1, %2, %3, %4)").arg(x).arg(y).arg(x + size).arg(y + size);
    const QString indexed =
        scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM block WHERE rowid IN "
                              "(SELECT rowid FROM SpatialIndex WHERE f_table_name = 'block' AND "
                              "search_frame = %1) ORDER BY id)")
                   .arg(window))
            .toString();
    const QString scanned =
        scalar(QStringLiteral(
                   "SELECT group_concat(id) FROM (SELECT id FROM block WHERE MbrIntersects(geom, %1) ORDER "
                   "BY id)")
                   .arg(window))
            .toString();
    QCOMPARE(indexed, scanned);
  }
}

void TestPackedSpatialIndex::rebuildsLikeSqlite_data()
{
  QTest::addColumn<int>("count");
  QTest::addColumn<int>("depth");
  QTest::newRow("empty") << 0 << 0;
  QTest::newRow("one") << 1 << 0;
  QTest::newRow("root full") << 51 << 0;
  QTest::newRow("two levels") << 52 << 1;
  QTest::newRow("three levels") << 3000 << 2;
  QTest::newRow("four levels") << 140000 << 3;
}

void TestPackedSpatialIndex::rebuildsLikeSqlite()
{
  QFETCH(int, count);
  QFETCH(int, depth);
  SqliteDatabase &database = mCache->database();
  QString error;
  // Blocks of 1 to 60 m scattered over 2 km, row by row through SpatiaLite's triggers.
  const QString insert =
      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO block (id, geom) SELECT printf('k%06d', i), CastToMultiPolygon(BuildMbr(x, "
                     "y, x + 1 + i % 60, "
                     "y + 1 + i % 37, %2)) FROM (SELECT i, 500000 + (i * 7919) % 2003 + (i % 7) / 8.0 AS x, "
                     "3400000 + (i * 104729) % 1999 + (i % 3) / 3.0 AS y FROM n)");
  if (count > 0)
    QVERIFY2(database.execute(insert.arg(count).arg(mCache->srid()), &error), qPrintable(error));
  const QString rowByRow = entries();

  {
    SqliteTransaction transaction(database);
    QVERIFY2(packedspatialindex::rebuild(database, QStringLiteral("block"), QStringLiteral("geom"), &error),
             qPrintable(error));
    QVERIFY(transaction.commit());
  }
  QCOMPARE(entries(), rowByRow);
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM idx_block_geom")).toInt(), count);
  QCOMPARE(scalar(QStringLiteral("SELECT rtreecheck('idx_block_geom')")).toString(), QStringLiteral("ok"));
  // The root node starts with the depth of the tree, a big-endian 16-bit integer.
  QCOMPARE(scalar(QStringLiteral("SELECT hex(substr(data, 1, 2)) FROM idx_block_geom_node WHERE nodeno = 1"))
               .toString(),
           QStringLiteral("%1").arg(depth, 4, 16, QLatin1Char('0')));
  verifyWindows();

  // SQLite keeps maintaining the packed tree: deletes, moves and inserts through SpatiaLite's triggers.
  QVERIFY2(
      database.execute(QStringLiteral("DELETE FROM block WHERE rowid % 3 = 0; "
                                      "UPDATE block SET geom = CastToMultiPolygon(BuildMbr(500100, 3400100, "
                                      "500110, 3400110, %1)) WHERE rowid % 5 = 1; "
                                      "INSERT INTO block (id, geom) VALUES ('new', CastToMultiPolygon("
                                      "BuildMbr(499990, 3399990, 500005, 3400005, %1)))")
                           .arg(mCache->srid()),
                       &error),
      qPrintable(error));
  QCOMPARE(scalar(QStringLiteral("SELECT rtreecheck('idx_block_geom')")).toString(), QStringLiteral("ok"));
  QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM idx_block_geom")).toInt(),
           scalar(QStringLiteral("SELECT count(*) FROM block WHERE geom IS NOT NULL")).toInt());
  verifyWindows();
}

QTEST_GUILESS_MAIN(TestPackedSpatialIndex)
#include "testpackedspatialindex.moc"
