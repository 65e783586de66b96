#include "domain/casenumber.h"
#include "domain/componentid.h"
#include "domain/gridcode.h"

#include <QTest>

/** Tests the codes that enter the system: unit grid codes, component ids, type codes, case numbers. */
class TestCodes : public QObject
{
    Q_OBJECT

  private slots:
    void gridCodeParts();
    void gridCodeLegacyForm();
    void gridCodeKinds();
    void invalidGridCodes_data();
    void invalidGridCodes();
    void componentIdBothEditions();
    void invalidComponentIds_data();
    void invalidComponentIds();
    void typeCodes_data();
    void typeCodes();
    void caseNumbers();
    void invalidCaseNumbers_data();
    void invalidCaseNumbers();
};

void TestCodes::gridCodeParts()
{
  QString error;
  const std::optional<GridCode> code = GridCode::parse(QStringLiteral(" 320582110152102 "), &error);
  QVERIFY2(code, qPrintable(error));
  QCOMPARE(code->toString(), QStringLiteral("320582110152102"));
  QCOMPARE(code->adminCode(), QStringLiteral("320582"));
  QCOMPARE(code->streetCode(), QStringLiteral("320582110"));
  QCOMPARE(code->communityCode(), QStringLiteral("320582110152"));
  QCOMPARE(code->sequence(), 102);
  QVERIFY(!code->wasLegacy());
}

void TestCodes::gridCodeLegacyForm()
{
  QString error;
  const std::optional<GridCode> code = GridCode::parse(QStringLiteral("11010100100107"), &error);
  QVERIFY2(code, qPrintable(error));
  QVERIFY(code->wasLegacy());
  QCOMPARE(code->toString(), QStringLiteral("110101001001007"));
  QCOMPARE(code->sequence(), 7);
}

void TestCodes::gridCodeKinds()
{
  QString error;
  QCOMPARE(GridCode::parse(QStringLiteral("110101001001001"), &error)->townshipKind(),
           GridCode::TownshipKind::Subdistrict);
  QCOMPARE(GridCode::parse(QStringLiteral("110101101001001"), &error)->townshipKind(),
           GridCode::TownshipKind::Town);
  QCOMPARE(GridCode::parse(QStringLiteral("110101201001001"), &error)->townshipKind(),
           GridCode::TownshipKind::Township);
  QCOMPARE(GridCode::parse(QStringLiteral("110101401001001"), &error)->townshipKind(),
           GridCode::TownshipKind::TownshipLike);
  QCOMPARE(GridCode::parse(QStringLiteral("110101001205001"), &error)->villageKind(),
           GridCode::VillageKind::VillagersCommittee);
}

void TestCodes::invalidGridCodes_data()
{
  QTest::addColumn<QString>("code");
  QTest::addColumn<QString>("rule");
  QTest::newRow("too short") << "3205821101521"
                             << "has 13 characters";
  QTest::newRow("too long") << "3205821101521020"
                            << "has 16 characters";
  QTest::newRow("letter") << "32058211015210A"
                          << "only digits";
  QTest::newRow("no such province") << "990582110152102"
                                    << "99 is not a province code";
  QTest::newRow("province only") << "320000110152102"
                                 << "names a province";
  QTest::newRow("street zero") << "320582000152102"
                               << "street/town part 000";
  QTest::newRow("street too high") << "320582700152102"
                                   << "street/town part 700";
  QTest::newRow("community zero") << "320582110000102"
                                  << "community/village part 000";
  QTest::newRow("sequence zero") << "320582110152000"
                                 << "grid sequence 000";
  QTest::newRow("legacy community grid") << "32058211015200"
                                         << "grid sequence 00";
}

void TestCodes::invalidGridCodes()
{
  QFETCH(QString, code);
  QFETCH(QString, rule);
  QString error;
  QVERIFY(!GridCode::parse(code, &error));
  QVERIFY2(error.contains(code), qPrintable(error));
  QVERIFY2(error.contains(rule), qPrintable(error));
}

void TestCodes::componentIdBothEditions()
{
  QString error;
  const std::optional<ComponentId> current = ComponentId::parse(QStringLiteral("32050801001000001"), &error);
  QVERIFY2(current, qPrintable(error));
  QCOMPARE(current->edition(), CatalogueEdition::Current);
  QCOMPARE(current->adminCode(), QStringLiteral("320508"));
  QCOMPARE(current->typeCode().toString(), QStringLiteral("01001"));
  QCOMPARE(current->typeCode().bigClass(), QStringLiteral("01"));
  QCOMPARE(current->typeCode().smallClass(), QStringLiteral("001"));
  QCOMPARE(current->serial(), QStringLiteral("000001"));

  const std::optional<ComponentId> legacy = ComponentId::parse(QStringLiteral("3205820102048188"), &error);
  QVERIFY2(legacy, qPrintable(error));
  QCOMPARE(legacy->edition(), CatalogueEdition::Legacy);
  QCOMPARE(legacy->typeCode().toString(), QStringLiteral("0102"));
  QCOMPARE(legacy->serial(), QStringLiteral("048188"));
}

void TestCodes::invalidComponentIds_data()
{
  QTest::addColumn<QString>("id");
  QTest::addColumn<QString>("rule");
  QTest::newRow("15 digits") << "320508010010001"
                             << "has 15 characters";
  QTest::newRow("letter") << "3205080100100000X"
                          << "only digits";
  QTest::newRow("bad province") << "00050801001000001"
                                << "not a province code";
  QTest::newRow("big class zero") << "32050800001000001"
                                  << "may be zero";
  QTest::newRow("serial zero") << "32050801001000000"
                               << "serial number 000000";
}

void TestCodes::invalidComponentIds()
{
  QFETCH(QString, id);
  QFETCH(QString, rule);
  QString error;
  QVERIFY(!ComponentId::parse(id, &error));
  QVERIFY2(error.contains(id) && error.contains(rule), qPrintable(error));
}

void TestCodes::typeCodes_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<bool>("valid");
  QTest::newRow("legacy") << "0118" << true;
  QTest::newRow("current") << "03005" << true;
  QTest::newRow("three digits") << "011" << false;
  QTest::newRow("six digits") << "010010" << false;
  QTest::newRow("small class zero") << "01000" << false;
  QTest::newRow("not digits") << "0a001" << false;
}

void TestCodes::typeCodes()
{
  QFETCH(QString, text);
  QFETCH(bool, valid);
  QString error;
  QCOMPARE(TypeCode::parse(text, &error).has_value(), valid);
  if (!valid)
    QVERIFY2(error.contains(text), qPrintable(error));
}

void TestCodes::caseNumbers()
{
  QString error;
  const std::optional<CaseNumber> made =
      CaseNumber::make(QStringLiteral("330106"), QDate(2025, 11, 22), 42, &error);
  QVERIFY2(made, qPrintable(error));
  QCOMPARE(made->toString(), QStringLiteral("3301062025112200042"));
  const std::optional<CaseNumber> parsed = CaseNumber::parse(made->toString(), &error);
  QVERIFY(parsed);
  QCOMPARE(parsed->date(), QDate(2025, 11, 22));
  QCOMPARE(parsed->sequence(), 42);
  QCOMPARE(parsed->adminCode(), QStringLiteral("330106"));
  QVERIFY(!CaseNumber::make(QStringLiteral("330106"), QDate(2025, 11, 22), 100000, &error));
}

void TestCodes::invalidCaseNumbers_data()
{
  QTest::addColumn<QString>("number");
  QTest::addColumn<QString>("rule");
  QTest::newRow("short") << "330106202511220004"
                         << "19 digits";
  QTest::newRow("bad date") << "3301062025023000042"
                            << "20250230 is not a valid date";
  QTest::newRow("sequence zero") << "3301062025112200000"
                                 << "sequence must start at 1";
  QTest::newRow("bad admin") << "9901062025112200042"
                             << "not a province code";
}

void TestCodes::invalidCaseNumbers()
{
  QFETCH(QString, number);
  QFETCH(QString, rule);
  QString error;
  QVERIFY(!CaseNumber::parse(number, &error));
  QVERIFY2(error.contains(number) && error.contains(rule), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCodes)
#include "testcodes.moc"
