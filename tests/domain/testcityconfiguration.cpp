#include "domain/cityconfiguration.h"

#include <QFile>
#include <QTest>

/** Tests the per-city class settings: resolution by big class and type code, and bad rows. */
class TestCityConfiguration : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void resolvesShippedSettings_data();
    void resolvesShippedSettings();
    void readsLegacySettings();
    void refusesBadRows_data();
    void refusesBadRows();
    void requiresTimeLimitForMatters();

  private:
    static CsvTable read(const QString &relativePath);
    static CsvTable csv(const QByteArray &text);

    std::optional<Catalogue> mCatalogue;
    std::optional<CityConfiguration> mConfiguration;
};

CsvTable TestCityConfiguration::read(const QString &relativePath)
{
  QFile file(QStringLiteral(XIUHUA_RESOURCES_DIR "/") + relativePath);
  if (!file.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(file.fileName()));
  QString error;
  const std::optional<CsvTable> table = CsvTable::parse(file.readAll(), file.fileName(), &error);
  if (!table)
    qFatal("%s", qPrintable(error));
  return *table;
}

CsvTable TestCityConfiguration::csv(const QByteArray &text)
{
  QString error;
  return *CsvTable::parse(text, QStringLiteral("class_settings.csv"), &error);
}

void TestCityConfiguration::initTestCase()
{
  QString error;
  mCatalogue = Catalogue::fromTable(read(QStringLiteral("catalog/gb47678_5_2026.csv")),
                                    CatalogueEdition::Current, &error);
  QVERIFY2(mCatalogue, qPrintable(error));
  QVERIFY2(mCatalogue->addLocalExtensions(read(QStringLiteral("city/default/local_classes.csv")), &error),
           qPrintable(error));
  mConfiguration =
      CityConfiguration::fromTables(*mCatalogue, read(QStringLiteral("city/default/department_types.csv")),
                                    read(QStringLiteral("city/default/class_settings.csv")), &error);
  QVERIFY2(mConfiguration, qPrintable(error));
}

void TestCityConfiguration::resolvesShippedSettings_data()
{
  QTest::addColumn<QString>("kind");
  QTest::addColumn<QString>("code");
  QTest::addColumn<QString>("limit");
  QTest::addColumn<QString>("department");
  QTest::newRow("own row") << "matter"
                           << "06010"
                           << "4wh"
                           << "sanitation";
  QTest::newRow("big class row") << "matter"
                                 << "06005"
                                 << "4wh"
                                 << "urban_management";
  QTest::newRow("component and its matter") << "matter"
                                            << "01037"
                                            << "1wd"
                                            << "street_lighting";
  QTest::newRow("emergency in calendar hours") << "matter"
                                               << "01011"
                                               << "2h"
                                               << "gas";
  QTest::newRow("local extension class") << "matter"
                                         << "09901"
                                         << "2wh"
                                         << "urban_management";
  QTest::newRow("component") << "component"
                             << "04001"
                             << "1wd"
                             << "landscaping";
}

void TestCityConfiguration::resolvesShippedSettings()
{
  QFETCH(QString, kind);
  QFETCH(QString, code);
  QFETCH(QString, limit);
  QFETCH(QString, department);
  QString error;
  const std::optional<ClassSettings> settings =
      mConfiguration->settingsFor(*Catalogue::kindFromName(kind), *TypeCode::parse(code, &error));
  QVERIFY(settings);
  QVERIFY(settings->timeLimit);
  QCOMPARE(settings->timeLimit->toString(), limit);
  QCOMPARE(settings->departmentType, department);
  QVERIFY(settings->active);
}

void TestCityConfiguration::readsLegacySettings()
{
  QString error;
  const std::optional<Catalogue> legacy = Catalogue::fromTable(
      read(QStringLiteral("catalog/gb30428_2_legacy.csv")), CatalogueEdition::Legacy, &error);
  QVERIFY(legacy);
  const std::optional<CityConfiguration> configuration =
      CityConfiguration::fromTables(*legacy, read(QStringLiteral("city/default/department_types.csv")),
                                    read(QStringLiteral("city/default/class_settings_legacy.csv")), &error);
  QVERIFY2(configuration, qPrintable(error));
  QCOMPARE(configuration->settingsFor(ClassKind::Event, *TypeCode::parse(QStringLiteral("0102"), &error))
               ->timeLimit->toString(),
           QStringLiteral("4wh"));
}

void TestCityConfiguration::refusesBadRows_data()
{
  QTest::addColumn<QByteArray>("row");
  QTest::addColumn<QString>("field");
  QTest::newRow("unknown kind") << QByteArray("thing,06,4wh,sanitation,yes,\n") << "\"kind\"";
  QTest::newRow("bad time limit") << QByteArray("matter,06,4 hours,sanitation,yes,\n") << "\"time_limit\"";
  QTest::newRow("unknown department type")
      << QByteArray("matter,06,4wh,cleaning,yes,\n") << "\"department_type\"";
  QTest::newRow("bad active flag") << QByteArray("matter,06,4wh,sanitation,maybe,\n") << "\"active\"";
  QTest::newRow("class not in catalogue") << QByteArray("matter,06999,4wh,sanitation,yes,\n") << "\"code\"";
  QTest::newRow("configured twice") << QByteArray("matter,07,4wh,sanitation,yes,\n") << "\"code\"";
}

void TestCityConfiguration::refusesBadRows()
{
  QFETCH(QByteArray, row);
  QFETCH(QString, field);
  const QByteArray settings =
      "kind,code,time_limit,department_type,active,note\n"
      "component|matter,01,1wd,municipal,yes,\ncomponent|matter,02,1wd,municipal,yes,\n"
      "component|matter,03,1wd,municipal,yes,\ncomponent|matter,04,1wd,municipal,yes,\n"
      "component|matter,05,1wd,municipal,yes,\nmatter,07,1wd,municipal,yes,\n"
      "matter,08,1wd,municipal,yes,\nmatter,09,1wd,municipal,yes,\nmatter,10,1wd,municipal,yes,\n";
  QString error;
  QVERIFY(!CityConfiguration::fromTables(
      *mCatalogue, read(QStringLiteral("city/default/department_types.csv")), csv(settings + row), &error));
  QVERIFY2(error.contains(QStringLiteral("class_settings.csv, line 11")) && error.contains(field),
           qPrintable(error));
}

void TestCityConfiguration::requiresTimeLimitForMatters()
{
  // Big class 06 has a department but no time limit, and 06010 has none of its own.
  const QByteArray settings = "kind,code,time_limit,department_type,active\n"
                              "component|matter,01,1wd,municipal,yes\ncomponent|matter,02,1wd,municipal,yes\n"
                              "component|matter,03,1wd,municipal,yes\ncomponent|matter,04,1wd,municipal,yes\n"
                              "component|matter,05,1wd,municipal,yes\nmatter,06,,urban_management,yes\n"
                              "matter,07,1wd,municipal,yes\nmatter,08,1wd,municipal,yes\n"
                              "matter,09,1wd,municipal,yes\nmatter,10,1wd,municipal,yes\n";
  QString error;
  QVERIFY(!CityConfiguration::fromTables(
      *mCatalogue, read(QStringLiteral("city/default/department_types.csv")), csv(settings), &error));
  QVERIFY2(error.contains(QStringLiteral("no time limit")) && error.contains(QStringLiteral("06001")),
           qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCityConfiguration)
#include "testcityconfiguration.moc"
