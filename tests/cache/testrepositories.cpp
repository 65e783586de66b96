#include "cache/arearepository.h"
#include "cache/attachmentstore.h"
#include "cache/cachefile.h"
#include "cache/componentrepository.h"
#include "cache/featurewriter.h"
#include "cache/organisationrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** Tests the typed repositories over a fresh cache: areas, components, organisation, basemap, attachments. */
class TestRepositories : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void savesAreaHierarchyAndLocatesPoints();
    void refusesBadAreas_data();
    void refusesBadAreas();
    void savesComponentsAndFindsTheirCell();
    void refusesBadComponents();
    void routesCasesByMostSpecificRule();
    void replacesRolesOfPerson();
    void writesBasemapFeatures();
    void storesAttachmentsByContent();
    void bulkLoadJournalsAndIndexesAsRowByRow();

  private:
    QByteArray wkb(const QString &wkt);
    void buildHierarchy();
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> mDirectory;
    std::unique_ptr<CacheFile> mCache;
};

void TestRepositories::init()
{
  mDirectory = std::make_unique<QTemporaryDir>();
  QString error;
  mCache = CacheFile::create(mDirectory->filePath(QStringLiteral("city.xhc")), CacheSettings(), &error);
  QVERIFY2(mCache, qPrintable(error));
}

void TestRepositories::cleanup()
{
  mCache.reset();
  mDirectory.reset();
}

QByteArray TestRepositories::wkb(const QString &wkt)
{
  SqliteStatement statement = mCache->database().prepare(QStringLiteral("SELECT AsBinary(GeomFromText(?))"));
  statement.bindText(1, wkt);
  return statement.next() ? statement.blob(0) : QByteArray();
}

int TestRepositories::count(const QString &sql)
{
  return mCache->database().scalar(sql).toInt();
}

void TestRepositories::buildHierarchy()
{
  AreaRepository areas(*mCache);
  QString error;
  const QString square = QStringLiteral("POLYGON((0 0, 200 0, 200 100, 0 100, 0 0))");
  QVERIFY2(areas.saveDistrict({QStringLiteral("330106"), QString(), QStringLiteral("西湖区"), wkb(square)},
                              &error),
           qPrintable(error));
  QVERIFY2(areas.saveStreet({QStringLiteral("330106001"), QStringLiteral("330106"),
                             QStringLiteral("北山街道"), wkb(square)},
                            &error),
           qPrintable(error));
  QVERIFY2(areas.saveCommunity({QStringLiteral("330106001001"), QStringLiteral("330106001"),
                                QStringLiteral("保俶社区"), wkb(square)},
                               &error),
           qPrintable(error));
  GridCellRecord west{*GridCode::parse(QStringLiteral("330106001001001"), &error),
                      wkb(QStringLiteral("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"))};
  GridCellRecord east{*GridCode::parse(QStringLiteral("330106001001002"), &error),
                      wkb(QStringLiteral("POLYGON((100 0, 200 0, 200 100, 100 100, 100 0))"))};
  QVERIFY2(areas.saveGridCell(west, &error), qPrintable(error));
  QVERIFY2(areas.saveGridCell(east, &error), qPrintable(error));
}

void TestRepositories::savesAreaHierarchyAndLocatesPoints()
{
  buildHierarchy();
  AreaRepository areas(*mCache);
  QCOMPARE(areas.areaName(QStringLiteral("330106001")), QStringLiteral("北山街道"));
  QCOMPARE(count(QStringLiteral("SELECT area_m2 FROM grid_cell WHERE code = '330106001001001'")), 10000);
  QCOMPARE(areas.gridCellAt(50, 50).value_or(QString()), QStringLiteral("330106001001001"));
  QCOMPARE(areas.gridCellAt(150, 99.9).value_or(QString()), QStringLiteral("330106001001002"));
  QVERIFY(!areas.gridCellAt(250, 50));

  // Saving again updates the row: one row, a new version, journaled as an update.
  QString error;
  QVERIFY(areas.saveDistrict({QStringLiteral("330106"), QString(), QStringLiteral("西湖"),
                              wkb(QStringLiteral("POLYGON((0 0, 200 0, 200 100, 0 100, 0 0))"))},
                             &error));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM district")), 1);
  QCOMPARE(count(QStringLiteral("SELECT row_version FROM district")), 2);
  QCOMPARE(count(QStringLiteral(
               "SELECT count(*) FROM journal WHERE table_name = 'district' AND operation = 'update'")),
           1);
}

void TestRepositories::refusesBadAreas_data()
{
  QTest::addColumn<QString>("code");
  QTest::addColumn<QString>("parent");
  QTest::addColumn<QString>("wkt");
  QTest::addColumn<QString>("expected");
  const QString square = QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))");
  QTest::newRow("short code") << "33010600"
                              << "330106" << square << "9-digit";
  QTest::newRow("wrong parent") << "330107001"
                                << "330106" << square << "does not belong";
  QTest::newRow("bow tie") << "330106002"
                           << "330106"
                           << "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"
                           << "not a valid";
  QTest::newRow("a line") << "330106003"
                          << "330106"
                          << "LINESTRING(0 0, 10 10)"
                          << "not a polygon";
}

void TestRepositories::refusesBadAreas()
{
  QFETCH(QString, code);
  QFETCH(QString, parent);
  QFETCH(QString, wkt);
  QFETCH(QString, expected);
  buildHierarchy();
  QString error;
  QVERIFY(!AreaRepository(*mCache).saveStreet({code, parent, QStringLiteral("某街道"), wkb(wkt)}, &error));
  QVERIFY2(error.contains(code) && error.contains(expected), qPrintable(error));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM street")), 1);
}

void TestRepositories::savesComponentsAndFindsTheirCell()
{
  buildHierarchy();
  QString error;
  ComponentRepository components(*mCache);
  ComponentRecord lamp;
  lamp.id = *ComponentId::parse(QStringLiteral("33010601037000001"), &error);
  lamp.name = QStringLiteral("北山路路灯");
  lamp.state = QStringLiteral("damaged");
  lamp.initialDate = QDate(2024, 3, 1);
  lamp.locationWkb = wkb(QStringLiteral("POINT(150 20)"));
  QVERIFY2(components.save(lamp, &error), qPrintable(error));

  const std::optional<ComponentRecord> stored = components.find(QStringLiteral("33010601037000001"));
  QVERIFY(stored);
  QCOMPARE(stored->gridCode, QStringLiteral("330106001001002"));
  QCOMPARE(stored->state, QStringLiteral("damaged"));
  QCOMPARE(stored->initialDate, QDate(2024, 3, 1));
  QCOMPARE(stored->name, QStringLiteral("北山路路灯"));
  QCOMPARE(components.countByState().value(QStringLiteral("damaged")), 1);
}

void TestRepositories::refusesBadComponents()
{
  buildHierarchy();
  QString error;
  ComponentRepository components(*mCache);
  ComponentRecord bin;
  bin.id = *ComponentId::parse(QStringLiteral("33010603005000001"), &error);
  bin.name = QStringLiteral("果皮箱");
  bin.locationWkb = wkb(QStringLiteral("POINT(10 10)"));

  bin.state = QStringLiteral("broken");
  QVERIFY(!components.save(bin, &error));
  QVERIFY2(error.contains(QStringLiteral("broken")), qPrintable(error));

  bin.state = QStringLiteral("intact");
  bin.locationWkb = wkb(QStringLiteral("LINESTRING(0 0, 5 5)"));
  QVERIFY(!components.save(bin, &error));
  QVERIFY2(error.contains(QStringLiteral("point")), qPrintable(error));

  bin.locationWkb = wkb(QStringLiteral("POINT(10 10)"));
  bin.maintainerDepartmentId = QStringLiteral("no-such-department");
  QVERIFY(!components.save(bin, &error));
  QVERIFY2(error.contains(QStringLiteral("33010603005000001")), qPrintable(error));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM component")), 0);
}

void TestRepositories::routesCasesByMostSpecificRule()
{
  buildHierarchy();
  OrganisationRepository organisation(*mCache);
  QString error;
  for (const auto &[id, type] :
       {QPair<QString, QString>{QStringLiteral("sanitation"), QStringLiteral("sanitation")},
        {QStringLiteral("street-office"), QStringLiteral("street_office")},
        {QStringLiteral("city-bureau"), QStringLiteral("urban_management")}})
    QVERIFY2(organisation.saveDepartment({id, id, type}, &error), qPrintable(error));

  QVERIFY(organisation.saveRoutingRule({QStringLiteral("r1"), QStringLiteral("matter"), QStringLiteral("06"),
                                        QStringLiteral("330106"), QStringLiteral("city-bureau")},
                                       &error));
  QVERIFY(
      organisation.saveRoutingRule({QStringLiteral("r2"), QStringLiteral("matter"), QStringLiteral("06010"),
                                    QStringLiteral("330106"), QStringLiteral("sanitation")},
                                   &error));
  QVERIFY(organisation.saveRoutingRule({QStringLiteral("r3"), QStringLiteral("matter"), QStringLiteral("06"),
                                        QStringLiteral("330106001"), QStringLiteral("street-office")},
                                       &error));

  // The street's own rule beats the district's, even for a more specific class.
  QCOMPARE(organisation.departmentFor(QStringLiteral("matter"), QStringLiteral("06010"),
                                      QStringLiteral("330106001001001")),
           QStringLiteral("street-office"));
  QCOMPARE(organisation.departmentFor(QStringLiteral("matter"), QStringLiteral("06010"),
                                      QStringLiteral("330106002001001")),
           QStringLiteral("sanitation"));
  QCOMPARE(organisation.departmentFor(QStringLiteral("matter"), QStringLiteral("06001"),
                                      QStringLiteral("330106002001001")),
           QStringLiteral("city-bureau"));
  QCOMPARE(organisation.departmentFor(QStringLiteral("component"), QStringLiteral("01001"),
                                      QStringLiteral("330106001001001")),
           QString());
}

void TestRepositories::replacesRolesOfPerson()
{
  OrganisationRepository organisation(*mCache);
  QString error;
  QVERIFY(organisation.saveDepartment(
      {QStringLiteral("center"), QStringLiteral("监督指挥中心"), QStringLiteral("command_center")}, &error));
  PersonRecord person{QStringLiteral("p1"),
                      QStringLiteral("王芳"),
                      QStringLiteral("center"),
                      QString(),
                      {QStringLiteral("acceptor"), QStringLiteral("shift_leader")}};
  QVERIFY2(organisation.savePerson(person, &error), qPrintable(error));
  QCOMPARE(organisation.roles(QStringLiteral("p1")), QStringList({"acceptor", "shift_leader"}));
  person.roles = QStringList{QStringLiteral("dispatcher")};
  QVERIFY(organisation.savePerson(person, &error));
  QCOMPARE(organisation.roles(QStringLiteral("p1")), QStringList({"dispatcher"}));

  person.departmentId = QStringLiteral("nowhere");
  QVERIFY(!organisation.savePerson(person, &error));
  QCOMPARE(organisation.roles(QStringLiteral("p1")), QStringList({"dispatcher"}));
}

void TestRepositories::writesBasemapFeatures()
{
  FeatureWriter buildings(*mCache, QStringLiteral("building"),
                          {QStringLiteral("floors"), QStringLiteral("name")});
  QVERIFY2(buildings.isValid(), qPrintable(buildings.errorMessage()));
  {
    SqliteTransaction transaction(mCache->database());
    QVERIFY(buildings.write(QStringLiteral("b1"), {6, QStringLiteral("图书馆")},
                            wkb(QStringLiteral("POLYGON((0 0, 20 0, 20 10, 0 10, 0 0))"))));
    QVERIFY(!buildings.write(QStringLiteral("b2"), {3, QString()}, wkb(QStringLiteral("POINT(1 1)"))));
    QVERIFY2(buildings.errorMessage().contains(QStringLiteral("b2")), qPrintable(buildings.errorMessage()));
    QVERIFY(transaction.commit());
  }
  QCOMPARE(count(QStringLiteral("SELECT floors FROM building WHERE id = 'b1'")), 6);
  QCOMPARE(count(QStringLiteral("SELECT ST_Area(geom) FROM building WHERE id = 'b1'")), 200);

  FeatureWriter unknownTable(*mCache, QStringLiteral("cases"), {});
  QVERIFY(!unknownTable.isValid());
  FeatureWriter unknownColumn(*mCache, QStringLiteral("road"), {QStringLiteral("lanes")});
  QVERIFY(!unknownColumn.isValid());
  QVERIFY(unknownColumn.errorMessage().contains(QStringLiteral("lanes")));
}

void TestRepositories::storesAttachmentsByContent()
{
  AttachmentStore store(*mCache);
  QString error;
  const QByteArray photo("\x89PNG fake photo of an overflowing bin");
  const std::optional<QString> hash =
      store.add(photo, QStringLiteral("image/png"), QStringLiteral("bin.png"), &error);
  QVERIFY2(hash, qPrintable(error));
  QCOMPARE(hash->size(), 64);
  QCOMPARE(store.add(photo, QStringLiteral("image/png"), QStringLiteral("again.png"), &error), hash);
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
  QCOMPARE(store.read(*hash, &error).value_or(QByteArray()), photo);

  QFile file(store.filePath(*hash));
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("tampered");
  file.close();
  QVERIFY(!store.read(*hash, &error));
  QVERIFY2(error.contains(QStringLiteral("corrupted")), qPrintable(error));
}

void TestRepositories::bulkLoadJournalsAndIndexesAsRowByRow()
{
  QString error;
  {
    // One building the ordinary way, before the bulk load.
    FeatureWriter single(*mCache, QStringLiteral("building"), {QStringLiteral("floors")});
    QVERIFY(
        single.write(QStringLiteral("b0"), {2}, wkb(QStringLiteral("POLYGON((0 0, 5 0, 5 5, 0 5, 0 0))"))));
  }
  {
    SqliteTransaction transaction(mCache->database());
    BulkLoad bulk(*mCache, QStringLiteral("building"));
    QVERIFY2(bulk.start(&error), qPrintable(error));
    FeatureWriter writer(*mCache, QStringLiteral("building"), {QStringLiteral("floors")},
                         UpsertStatement::OnConflict::Fail);
    for (int i = 1; i <= 50; ++i)
      QVERIFY(writer.write(
          QStringLiteral("b%1").arg(i), {i},
          wkb(QStringLiteral("POLYGON((%1 0, %2 0, %2 8, %1 8, %1 0))").arg(i * 10).arg(i * 10 + 6))));
    // An existing feature is refused while bulk loading, rather than changed without a journal entry.
    QVERIFY(
        !writer.write(QStringLiteral("b0"), {9}, wkb(QStringLiteral("POLYGON((0 0, 5 0, 5 5, 0 5, 0 0))"))));
    QVERIFY2(bulk.finish(&error), qPrintable(error));
    QVERIFY(transaction.commit());
  }
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM building")), 51);
  QCOMPARE(count(QStringLiteral(
               "SELECT count(*) FROM journal WHERE table_name = 'building' AND operation = 'insert'")),
           51);
  QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT client_change_id) FROM journal")),
           count(QStringLiteral("SELECT count(*) FROM journal")));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM idx_building_geom")), 51);
  QCOMPARE(count(QStringLiteral(
               "SELECT count(*) FROM building WHERE ROWID IN (SELECT ROWID FROM SpatialIndex WHERE "
               "f_table_name = 'building' AND search_frame = BuildMbr(92, 1, 94, 2))")),
           1);
  QCOMPARE(mCache->database().scalar(QStringLiteral("SELECT rtreecheck('idx_building_geom')")).toString(),
           QStringLiteral("ok"));
  // The load's change ids share one random prefix and ascend, so their unique index grows by appending.
  QCOMPARE(count(QStringLiteral(
               "SELECT count(DISTINCT substr(client_change_id, 1, 16)) FROM journal WHERE row_key "
               "<> 'b0'")),
           1);
  QCOMPARE(
      count(QStringLiteral("SELECT count(*) FROM journal a JOIN journal b ON b.id = a.id + 1 WHERE a.row_key "
                           "<> 'b0' AND b.client_change_id <= a.client_change_id")),
      0);
  // Journaling, the geometry check and the spatial index work row by row again.
  QVERIFY(
      mCache->database().execute(QStringLiteral("UPDATE building SET floors = 3 WHERE id = 'b0'"), &error));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE operation = 'update'")), 1);
  FeatureWriter after(*mCache, QStringLiteral("building"), {QStringLiteral("floors")});
  QVERIFY(after.write(QStringLiteral("b99"), {1},
                      wkb(QStringLiteral("POLYGON((900 900, 905 900, 905 905, 900 900))"))));
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE row_key = 'b99'")), 1);
  QCOMPARE(count(QStringLiteral("SELECT count(*) FROM idx_building_geom WHERE xmin >= 899 AND xmax <= 906")),
           1);
  QVERIFY(!mCache->database().execute(
      QStringLiteral("INSERT INTO building (id, geom) VALUES ('bad', GeomFromText('POINT(1 1)', %1))")
          .arg(mCache->srid()),
      &error));
  QVERIFY2(error.contains(QStringLiteral("violates Geometry constraint")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "testrepositories.moc"
