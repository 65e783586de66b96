#include "map/layerfileloader.h"

#include "../qgistestmain.h"

#include <QTemporaryDir>

#include <qgsvectorlayer.h>

/** Tests opening files as map layers. */
class TestLayerFileLoader : public QObject
{
    Q_OBJECT

  private slots:
    void opensVectorFile();
    void refusesMissingFile();
    void refusesFileThatIsNotGeodata();
};

void TestLayerFileLoader::opensVectorFile()
{
  LayerFileLoader loader;
  const QList<QgsMapLayer *> layers = loader.load(QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson"));
  QCOMPARE(layers.size(), 1);
  QVERIFY(loader.errorMessage().isEmpty());
  auto *layer = qobject_cast<QgsVectorLayer *>(layers.first());
  QVERIFY(layer);
  QCOMPARE(layer->name(), QStringLiteral("park"));
  QCOMPARE(layer->featureCount(), 1);
  QCOMPARE(layer->crs().authid(), QStringLiteral("EPSG:4326"));
  qDeleteAll(layers);
}

void TestLayerFileLoader::refusesMissingFile()
{
  LayerFileLoader loader;
  QVERIFY(loader.load(QStringLiteral("/nonexistent/park.geojson")).isEmpty());
  QVERIFY(loader.errorMessage().contains(QStringLiteral("/nonexistent/park.geojson")));
}

void TestLayerFileLoader::refusesFileThatIsNotGeodata()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("photo.jpg.txt"));
  QFile text(file);
  QVERIFY(text.open(QIODevice::WriteOnly));
  text.write("just some words\n");
  text.close();

  LayerFileLoader loader;
  QVERIFY(loader.load(file).isEmpty());
  QVERIFY(loader.errorMessage().contains(file));
}

XIUHUA_QGIS_TEST_MAIN(TestLayerFileLoader, false)
#include "testlayerfileloader.moc"
