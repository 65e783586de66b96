#include "domain/cataloguemapping.h"

#include <QFile>
#include <QTest>

/** Tests reading the shipped catalogues and mapping, and refusing malformed catalogue files. */
class TestCatalogue : public QObject
{
    Q_OBJECT

  private slots:
    void readsCurrentCatalogue();
    void readsLegacyCatalogue();
    void mapsLegacyToCurrent();
    void addsLocalExtensions();
    void refusesMalformedRows_data();
    void refusesMalformedRows();

  private:
    static CsvTable table(const QString &name);
    static CsvTable tableFrom(const QByteArray &csv);
    static Catalogue current();
    static Catalogue legacy();
};

namespace
{
  const QByteArray header = "kind,type_code,big_class_code,big_class_name,big_class_name_en,name,name_en\n";
}

CsvTable TestCatalogue::table(const QString &name)
{
  QFile file(QStringLiteral(XIUHUA_RESOURCES_DIR "/catalog/") + name);
  if (!file.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(file.fileName()));
  QString error;
  const std::optional<CsvTable> parsed = CsvTable::parse(file.readAll(), file.fileName(), &error);
  if (!parsed)
    qFatal("%s", qPrintable(error));
  return *parsed;
}

CsvTable TestCatalogue::tableFrom(const QByteArray &csv)
{
  QString error;
  return *CsvTable::parse(csv, QStringLiteral("city/local_classes.csv"), &error);
}

Catalogue TestCatalogue::current()
{
  QString error;
  const std::optional<Catalogue> catalogue =
      Catalogue::fromTable(table(QStringLiteral("gb47678_5_2026.csv")), CatalogueEdition::Current, &error);
  if (!catalogue)
    qFatal("%s", qPrintable(error));
  return *catalogue;
}

Catalogue TestCatalogue::legacy()
{
  QString error;
  const std::optional<Catalogue> catalogue =
      Catalogue::fromTable(table(QStringLiteral("gb30428_2_legacy.csv")), CatalogueEdition::Legacy, &error);
  if (!catalogue)
    qFatal("%s", qPrintable(error));
  return *catalogue;
}

void TestCatalogue::readsCurrentCatalogue()
{
  const Catalogue catalogue = current();
  QCOMPARE(catalogue.count(ClassKind::Component), 153);
  QCOMPARE(catalogue.count(ClassKind::Matter), 250);
  QString error;
  const CatalogueClass *bin =
      catalogue.find(ClassKind::Component, *TypeCode::parse(QStringLiteral("03005"), &error));
  QVERIFY(bin);
  QCOMPARE(bin->name, QStringLiteral("垃圾箱"));
  QVERIFY(!bin->nameEn.isEmpty());
  QCOMPARE(bin->bigClassName, QStringLiteral("市容环卫设施"));
  // Components and matters share codes; the kind tells them apart.
  const CatalogueClass *matter =
      catalogue.find(ClassKind::Matter, *TypeCode::parse(QStringLiteral("01001"), &error));
  const CatalogueClass *component =
      catalogue.find(ClassKind::Component, *TypeCode::parse(QStringLiteral("01001"), &error));
  QVERIFY(matter && component && matter != component);
  QVERIFY(!catalogue.find(ClassKind::Event, *TypeCode::parse(QStringLiteral("01001"), &error)));
}

void TestCatalogue::readsLegacyCatalogue()
{
  const Catalogue catalogue = legacy();
  QCOMPARE(catalogue.count(ClassKind::Component), 83);
  QCOMPARE(catalogue.count(ClassKind::Event), 55);
  QString error;
  QCOMPARE(catalogue.find(ClassKind::Component, *TypeCode::parse(QStringLiteral("0118"), &error))->name,
           QStringLiteral("路灯"));
}

void TestCatalogue::mapsLegacyToCurrent()
{
  QString error;
  const std::optional<CatalogueMapping> mapping =
      CatalogueMapping::fromTable(table(QStringLiteral("legacy_to_2026.csv")), legacy(), current(), &error);
  QVERIFY2(mapping, qPrintable(error));
  QVERIFY(mapping->size() > 100);
  const std::optional<CatalogueMapping::Target> water =
      mapping->currentFor(ClassKind::Component, *TypeCode::parse(QStringLiteral("0101"), &error));
  QVERIFY(water);
  QCOMPARE(water->code.toString(), QStringLiteral("01001"));
  QCOMPARE(water->match, CatalogueMapping::Match::Equivalent);
  const std::optional<CatalogueMapping::Target> garbage =
      mapping->currentFor(ClassKind::Event, *TypeCode::parse(QStringLiteral("0102"), &error));
  QVERIFY(garbage);
  QCOMPARE(garbage->kind, ClassKind::Matter);
  QCOMPARE(garbage->code.toString(), QStringLiteral("06010"));
}

void TestCatalogue::addsLocalExtensions()
{
  Catalogue catalogue = current();
  const int before = catalogue.classes().size();
  QString error;
  QVERIFY2(catalogue.addLocalExtensions(tableFrom(header + "component,05901,05,其他管理部件,Other management "
                                                           "components,防蚊闸,Mosquito gate\n"),
                                        &error),
           qPrintable(error));
  QCOMPARE(catalogue.classes().size(), before + 1);
  const CatalogueClass *gate =
      catalogue.find(ClassKind::Component, *TypeCode::parse(QStringLiteral("05901"), &error));
  QVERIFY(gate && gate->localExtension);

  // Reusing a standard code is refused and changes nothing.
  QVERIFY(!catalogue.addLocalExtensions(
      tableFrom(header + "component,05902,05,其他,Other,甲,A\ncomponent,03005,03,市容,Sanitation,箱,Bin\n"),
      &error));
  QVERIFY2(error.contains(QStringLiteral("line 3")) && error.contains(QStringLiteral("03005")),
           qPrintable(error));
  QCOMPARE(catalogue.classes().size(), before + 1);
}

void TestCatalogue::refusesMalformedRows_data()
{
  QTest::addColumn<QByteArray>("row");
  QTest::addColumn<QString>("field");
  QTest::newRow("unknown kind") << QByteArray("thing,05901,05,其他,Other,甲,A\n") << "\"kind\"";
  QTest::newRow("event in current edition") << QByteArray("event,05901,05,其他,Other,甲,A\n") << "\"kind\"";
  QTest::newRow("legacy code") << QByteArray("component,0599,05,其他,Other,甲,A\n") << "\"type_code\"";
  QTest::newRow("big class mismatch")
      << QByteArray("component,05901,04,其他,Other,甲,A\n") << "\"big_class_code\"";
  QTest::newRow("empty English name") << QByteArray("component,05901,05,其他,Other,甲,\n") << "\"name_en\"";
}

void TestCatalogue::refusesMalformedRows()
{
  QFETCH(QByteArray, row);
  QFETCH(QString, field);
  QString error;
  QVERIFY(!Catalogue::fromTable(tableFrom(header + row), CatalogueEdition::Current, &error));
  QVERIFY2(error.contains(QStringLiteral("city/local_classes.csv, line 2")) && error.contains(field),
           qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "testcatalogue.moc"
