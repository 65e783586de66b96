#include "map/projectedcrs.h"

#include "../qgistestmain.h"

#include <qgsrectangle.h>

/** Tests the choice of a projected CRS for an area. */
class TestProjectedCrs : public QObject
{
    Q_OBJECT

  private slots:
    void gaussKrugerZone_data();
    void gaussKrugerZone();
    void crsForExtent_data();
    void crsForExtent();
};

void TestProjectedCrs::gaussKrugerZone_data()
{
  QTest::addColumn<double>("longitude");
  QTest::addColumn<int>("epsg");
  QTest::newRow("Hangzhou, CM 120E") << 120.16 << 4549;
  QTest::newRow("Wuhan, CM 114E") << 114.30 << 4547;
  QTest::newRow("Beijing, CM 117E") << 116.40 << 4548;
  QTest::newRow("zone edge rounds to nearer meridian") << 118.49 << 4548;
  QTest::newRow("zone edge, other side") << 118.51 << 4549;
  QTest::newRow("Kashgar, CM 75E") << 75.99 << 4534;
  QTest::newRow("Fuyuan, CM 135E") << 134.3 << 4554;
  QTest::newRow("west of the zones clamps") << 73.6 << 4534;
}

void TestProjectedCrs::gaussKrugerZone()
{
  QFETCH(double, longitude);
  QFETCH(int, epsg);
  QCOMPARE(projectedcrs::gaussKrugerEpsg(longitude), epsg);
}

void TestProjectedCrs::crsForExtent_data()
{
  QTest::addColumn<QgsRectangle>("extent");
  QTest::addColumn<QString>("authid");
  QTest::newRow("Hangzhou") << QgsRectangle(120.1, 30.2, 120.3, 30.4) << "EPSG:4549";
  QTest::newRow("Chengdu") << QgsRectangle(103.9, 30.5, 104.2, 30.8) << "EPSG:4544";
  QTest::newRow("Berlin") << QgsRectangle(13.3, 52.4, 13.5, 52.6) << "EPSG:32633";
  QTest::newRow("Sydney") << QgsRectangle(151.1, -34.0, 151.3, -33.8) << "EPSG:32756";
}

void TestProjectedCrs::crsForExtent()
{
  QFETCH(QgsRectangle, extent);
  QFETCH(QString, authid);
  const QgsCoordinateReferenceSystem crs = projectedcrs::forGeographicExtent(extent);
  QVERIFY(crs.isValid());
  QCOMPARE(crs.authid(), authid);
  QVERIFY(!crs.isGeographic());
}

XIUHUA_QGIS_TEST_MAIN(TestProjectedCrs, false)
#include "testprojectedcrs.moc"
