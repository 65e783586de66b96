#include "cache/cachefile.h"
#include "cache/spatialiteblob.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

/**
 * The BLOBs written straight from WKB are byte for byte those SpatiaLite makes itself, and WKB that
 * SpatiaLite would turn into NULL (or into the wrong type) is refused.
 */
class TestSpatialiteBlob : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void matchesSpatialite_data();
    void matchesSpatialite();
    void readsBigEndian();
    void refuses_data();
    void refuses();
    void coversLikeSpatialite();

  private:
    QByteArray wkb(const QString &wkt);
    QByteArray spatialite(const QByteArray &wkb, const QString &columnType);

    QTemporaryDir mDirectory;
    std::unique_ptr<CacheFile> mCache;
    int mSrid = 0;
};

void TestSpatialiteBlob::initTestCase()
{
  QString error;
  mCache = CacheFile::create(mDirectory.filePath(QStringLiteral("blob.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
  mSrid = mCache->srid();
}

void TestSpatialiteBlob::cleanupTestCase()
{
  mCache.reset();
}

QByteArray TestSpatialiteBlob::wkb(const QString &wkt)
{
  SqliteStatement statement = mCache->database().prepare(QStringLiteral("SELECT AsBinary(GeomFromText(?1))"));
  statement.bindText(1, wkt);
  return statement.next() ? statement.blob(0) : QByteArray();
}

QByteArray TestSpatialiteBlob::spatialite(const QByteArray &wkb, const QString &columnType)
{
  const QString cast =
      columnType.startsWith(QLatin1String("MULTI"))
          ? QStringLiteral("CastTo%1")
                .arg(columnType == QLatin1String("MULTIPOLYGON") ? QStringLiteral("MultiPolygon")
                                                                 : QStringLiteral("MultiLinestring"))
          : QStringLiteral("CastToPoint");
  SqliteStatement statement =
      mCache->database().prepare(QStringLiteral("SELECT %1(GeomFromWKB(?1, %2))").arg(cast).arg(mSrid));
  statement.bindBlob(1, wkb);
  return statement.next() ? statement.blob(0) : QByteArray();
}

void TestSpatialiteBlob::matchesSpatialite_data()
{
  QTest::addColumn<QString>("wkt");
  QTest::addColumn<QString>("columnType");
  QTest::newRow("point") << "POINT(500123.25 3400456.5)"
                         << "POINT";
  QTest::newRow("single-point multipoint") << "MULTIPOINT((10 20))"
                                           << "POINT";
  QTest::newRow("polygon into multipolygon") << "POLYGON((0 0, 20 0, 20 10, 0 10, 0 0))"
                                             << "MULTIPOLYGON";
  QTest::newRow("polygon with hole")
      << "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))"
      << "MULTIPOLYGON";
  QTest::newRow("multipolygon") << "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 9 5, 9 9, 5 9, 5 5), "
                                   "(6 6, 7 6, 7 7, 6 6)))"
                                << "MULTIPOLYGON";
  QTest::newRow("negative coordinates") << "POLYGON((-180 -90, 180 -90, 180 90, -180 -90))"
                                        << "MULTIPOLYGON";
  QTest::newRow("collection of polygons")
      << "GEOMETRYCOLLECTION(POLYGON((0 0, 1 0, 1 1, 0 0)), MULTIPOLYGON(((3 3, 4 3, 4 4, 3 3))))"
      << "MULTIPOLYGON";
  QTest::newRow("linestring into multilinestring") << "LINESTRING(0 0, 10 0, 10 10)"
                                                   << "MULTILINESTRING";
  QTest::newRow("multilinestring") << "MULTILINESTRING((0 0, 1 1), (2 2, 3 3, 4 2))"
                                   << "MULTILINESTRING";
}

void TestSpatialiteBlob::matchesSpatialite()
{
  QFETCH(QString, wkt);
  QFETCH(QString, columnType);
  const QByteArray input = wkb(wkt);
  QVERIFY(!input.isEmpty());
  const QByteArray expected = spatialite(input, columnType);
  QVERIFY(!expected.isEmpty());
  QCOMPARE(spatialiteblob::fromWkb(input, columnType, mSrid).toHex(), expected.toHex());
}

void TestSpatialiteBlob::readsBigEndian()
{
  // POINT(3.5 -2) as big-endian (XDR) WKB, written by hand.
  QByteArray point(21, '\0');
  auto *bytes = reinterpret_cast<uchar *>(point.data());
  bytes[0] = 0;
  qToBigEndian<quint32>(1, bytes + 1);
  for (const auto &[offset, value] : {std::pair<int, double>{5, 3.5}, {13, -2.0}})
  {
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToBigEndian(bits, bytes + offset);
  }
  QCOMPARE(spatialiteblob::fromWkb(point, QStringLiteral("POINT"), mSrid).toHex(),
           spatialite(wkb(QStringLiteral("POINT(3.5 -2)")), QStringLiteral("POINT")).toHex());
}

void TestSpatialiteBlob::refuses_data()
{
  QTest::addColumn<QString>("wkt");
  QTest::addColumn<QString>("columnType");
  QTest::addColumn<int>("truncateBy");
  QTest::newRow("point into polygons") << "POINT(1 1)"
                                       << "MULTIPOLYGON" << 0;
  QTest::newRow("line into polygons") << "LINESTRING(0 0, 1 1)"
                                      << "MULTIPOLYGON" << 0;
  QTest::newRow("mixed collection") << "GEOMETRYCOLLECTION(POLYGON((0 0, 1 0, 1 1, 0 0)), POINT(5 5))"
                                    << "MULTIPOLYGON" << 0;
  QTest::newRow("two points into one") << "MULTIPOINT((1 1), (2 2))"
                                       << "POINT" << 0;
  // Truncating by -8 turns the point into a POINT Z (ISO type 1001) with z = 0.
  QTest::newRow("with Z") << "POINT(1 2)"
                          << "POINT" << -8;
  QTest::newRow("truncated polygon") << "POLYGON((0 0, 20 0, 20 10, 0 10, 0 0))"
                                     << "MULTIPOLYGON" << 9;
  QTest::newRow("truncated header") << "POINT(1 1)"
                                    << "POINT" << 18;
  QTest::newRow("unknown column type") << "POINT(1 1)"
                                       << "CIRCLE" << 0;
}

void TestSpatialiteBlob::refuses()
{
  QFETCH(QString, wkt);
  QFETCH(QString, columnType);
  QFETCH(int, truncateBy);
  QByteArray input = wkb(wkt);
  QVERIFY(!input.isEmpty());
  if (truncateBy < 0)
  {
    qToLittleEndian<quint32>(1001, reinterpret_cast<uchar *>(input.data()) + 1);
    input.append(QByteArray(-truncateBy, '\0'));
  }
  else
  {
    input.chop(truncateBy);
  }
  QVERIFY(spatialiteblob::fromWkb(input, columnType, mSrid).isEmpty());
  QVERIFY(spatialiteblob::fromWkb(QByteArray(), columnType, mSrid).isEmpty());
  QVERIFY(spatialiteblob::fromWkb(input + QByteArray("\x01"), columnType, mSrid).isEmpty());
}

void TestSpatialiteBlob::coversLikeSpatialite()
{
  // A multipolygon with a hole and a concave part; points on a half-metre lattice across it hit
  // vertices, edges, the hole's boundary and the inside and outside of everything.
  const QString wkt =
      QStringLiteral("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)), "
                     "((12 0, 20 0, 20 8, 16 3, 12 8, 12 0)))");
  const QByteArray blob = spatialiteblob::fromWkb(wkb(wkt), QStringLiteral("MULTIPOLYGON"), mSrid);
  SqliteStatement reference = mCache->database().prepare(
      QStringLiteral("SELECT ST_Covers(GeomFromText(?1, %1), MakePoint(?2, ?3, %1))").arg(mSrid));
  int covered = 0;
  for (double x = -1; x <= 21; x += 0.5)
  {
    for (double y = -1; y <= 11; y += 0.5)
    {
      reference.bindText(1, wkt);
      reference.bindDouble(2, x);
      reference.bindDouble(3, y);
      QVERIFY(reference.next());
      const bool expected = reference.int64(0) == 1;
      reference.reset();
      const spatialiteblob::Coverage coverage = spatialiteblob::covers(blob, x, y);
      QVERIFY2(coverage == (expected ? spatialiteblob::Coverage::Covered : spatialiteblob::Coverage::Outside),
               qPrintable(QStringLiteral("point %1 %2").arg(x).arg(y)));
      covered += expected ? 1 : 0;
    }
  }
  QVERIFY(covered > 100);
  QCOMPARE(spatialiteblob::covers(QByteArray("not a geometry"), 1, 1), spatialiteblob::Coverage::Unknown);
  const QByteArray point =
      spatialiteblob::fromWkb(wkb(QStringLiteral("POINT(1 1)")), QStringLiteral("POINT"), mSrid);
  QCOMPARE(spatialiteblob::covers(point, 1, 1), spatialiteblob::Coverage::Unknown);
}

QTEST_GUILESS_MAIN(TestSpatialiteBlob)
#include "testspatialiteblob.moc"
