#include "formats/sourcedescriptionformat.h"

#include <QJsonArray>
#include <QTest>

/** Tests the report and JSON that `xiuhua-cli inspect` prints. */
class TestSourceDescriptionFormat : public QObject
{
    Q_OBJECT

  private slots:
    void jsonHasEveryFact();
    void jsonUsesNullForUnknowns();
    void textNamesLayersCrsAndFields();

  private:
    static SourceDescription sample();
};

SourceDescription TestSourceDescriptionFormat::sample()
{
  SourceDescription source;
  source.path = QStringLiteral("/data/city.gpkg");
  source.driverShortName = QStringLiteral("GPKG");
  source.driverLongName = QStringLiteral("GeoPackage");
  VectorLayerDescription roads;
  roads.name = QStringLiteral("道路");
  roads.geometryType = QStringLiteral("Line String");
  roads.featureCount = 1234;
  roads.fields = {{QStringLiteral("name"), QStringLiteral("String")},
                  {QStringLiteral("lanes"), QStringLiteral("Integer")}};
  roads.crs = CrsDescription{QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 120E"), 4549, true, false};
  roads.extent = ExtentDescription{500000.0, 3400000.0, 501500.5, 3402000.25};
  source.vectorLayers.append(roads);
  VectorLayerDescription table;
  table.name = QStringLiteral("departments");
  table.geometryType = QStringLiteral("None");
  source.vectorLayers.append(table);
  return source;
}

void TestSourceDescriptionFormat::jsonHasEveryFact()
{
  const QJsonObject json = SourceDescriptionFormat::toJson(sample());
  QCOMPARE(json.value(QStringLiteral("driver")).toString(), QStringLiteral("GPKG"));
  const QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
  QCOMPARE(layers.size(), 2);
  const QJsonObject roads = layers.at(0).toObject();
  QCOMPARE(roads.value(QStringLiteral("name")).toString(), QStringLiteral("道路"));
  QCOMPARE(roads.value(QStringLiteral("featureCount")).toInt(), 1234);
  QCOMPARE(roads.value(QStringLiteral("geometryType")).toString(), QStringLiteral("Line String"));
  QCOMPARE(roads.value(QStringLiteral("crs")).toObject().value(QStringLiteral("epsg")).toInt(), 4549);
  QCOMPARE(roads.value(QStringLiteral("extent")).toArray(),
           QJsonArray({500000.0, 3400000.0, 501500.5, 3402000.25}));
  QCOMPARE(roads.value(QStringLiteral("fields"))
               .toArray()
               .at(1)
               .toObject()
               .value(QStringLiteral("type"))
               .toString(),
           QStringLiteral("Integer"));
}

void TestSourceDescriptionFormat::jsonUsesNullForUnknowns()
{
  const QJsonObject json = SourceDescriptionFormat::toJson(sample());
  const QJsonObject table = json.value(QStringLiteral("layers")).toArray().at(1).toObject();
  QVERIFY(table.value(QStringLiteral("featureCount")).isNull());
  QVERIFY(table.value(QStringLiteral("crs")).isNull());
  QVERIFY(table.value(QStringLiteral("extent")).isNull());
  QVERIFY(json.value(QStringLiteral("raster")).isNull());
}

void TestSourceDescriptionFormat::textNamesLayersCrsAndFields()
{
  const QString text = SourceDescriptionFormat::toText(sample());
  QVERIFY(text.contains(QStringLiteral("/data/city.gpkg")));
  QVERIFY(text.contains(QStringLiteral("GeoPackage (GPKG)")));
  QVERIFY(text.contains(QStringLiteral("道路")));
  QVERIFY(text.contains(QStringLiteral("(EPSG:4549)")));
  QVERIFY(text.contains(QStringLiteral("501500.50")));
  QVERIFY(text.contains(QStringLiteral("lanes (Integer)")));
}

QTEST_GUILESS_MAIN(TestSourceDescriptionFormat)
#include "testsourcedescriptionformat.moc"
