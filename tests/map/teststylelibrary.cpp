#include "map/cachelayers.h"
#include "map/labelgate.h"
#include "map/stylelibrary.h"

#include "cache/cachefile.h"
#include "cache/featurewriter.h"

#include "../qgistestmain.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>

#include <qgslabelingresults.h>
#include <qgslayertree.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

/**
 * The shipped cartography: every style file applies to its cache layer, every legend text has a
 * translation, and the rules work at the scales they are written for (road names at street level,
 * centre lines at city level).
 */
class TestStyleLibrary : public QObject
{
    Q_OBJECT

  private slots:
    void everyStyleAppliesToItsLayer();
    void everyLegendTextIsTranslatable();
    void roadsAreNamedNearAndDrawnFar();
    void everyComponentIconIsUsed();
    void componentNamesAreDrawnOnlyNear();
    void labelsAreReusedWhenOnlyCasesChange();

  private:
    static QgsVectorLayer *layerOf(const QString &table);
    /** A new cache at \a path holding a district, a street and a community on one square kilometre. */
    static void createDistrict(const QString &path);
};

QgsVectorLayer *TestStyleLibrary::layerOf(const QString &table)
{
  for (QgsMapLayer *layer : QgsProject::instance()->mapLayers())
  {
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == table)
      return qobject_cast<QgsVectorLayer *>(layer);
  }
  return nullptr;
}

void TestStyleLibrary::createDistrict(const QString &path)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::create(path, CacheSettings(), &error);
  QVERIFY2(cache, qPrintable(error));
  const QString square = QStringLiteral(
      "CastToMultiPolygon(GeomFromText('POLYGON((500000 3400000, 501000 3400000, 501000 3401000, 500000 "
      "3401000, 500000 3400000))', 4549))");
  QVERIFY2(cache->database().execute(
               QStringLiteral("INSERT INTO district (code, name, geom) VALUES ('330106', '西湖区', %1);"
                              "INSERT INTO street (code, district_code, name, geom) VALUES ('330106001', "
                              "'330106', '北山街道', %1);"
                              "INSERT INTO community (code, street_code, name, geom) VALUES ('330106001001', "
                              "'330106001', '宝石社区', %1)")
                   .arg(square),
               &error),
           qPrintable(error));
}

void TestStyleLibrary::everyStyleAppliesToItsLayer()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  // A community, so that there is something to count open cases by.
  createDistrict(path);
  QString error;
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  const QStringList styles = QDir(StyleLibrary::directory()).entryList({QStringLiteral("*.qml")});
  QVERIFY(styles.size() >= 15);
  for (const QString &file : styles)
  {
    const QString style = QFileInfo(file).completeBaseName();
    // The community counts of open cases are a view of the cases, not a table of their own.
    const QString table = style == QLatin1String("case_counts") ? QStringLiteral("cases/counts") : style;
    QgsVectorLayer *layer = layerOf(table);
    QVERIFY2(layer, qPrintable(table));
    QVERIFY2(layer->renderer(), qPrintable(table));
  }
  // Scale-dependent where it matters: grid cells and components appear as the map zooms in.
  QVERIFY(layerOf(QStringLiteral("grid_cell"))->hasScaleBasedVisibility());
  QVERIFY(layerOf(QStringLiteral("component"))->hasScaleBasedVisibility());
  QCOMPARE(layerOf(QStringLiteral("cases"))->renderer()->type(), QStringLiteral("pointCluster"));
  QVERIFY(!StyleLibrary::apply(layerOf(QStringLiteral("water")), QStringLiteral("no_such_style"), &error));
  QVERIFY2(error.contains(QStringLiteral("no_such_style.qml")), qPrintable(error));
  QgsProject::instance()->clear();
}

void TestStyleLibrary::everyLegendTextIsTranslatable()
{
  const QStringList known = StyleLibrary::legendTexts();
  const QDir styles(StyleLibrary::directory());
  for (const QString &file : styles.entryList({QStringLiteral("*.qml")}))
  {
    QFile qml(styles.filePath(file));
    QVERIFY(qml.open(QIODevice::ReadOnly));
    QDomDocument document;
    QVERIFY2(document.setContent(&qml), qPrintable(file));
    const QDomNodeList rules = document.elementsByTagName(QStringLiteral("rule"));
    for (int i = 0; i < rules.size(); ++i)
    {
      const QDomElement rule = rules.at(i).toElement();
      for (const QString &attribute : {QStringLiteral("label"), QStringLiteral("description")})
      {
        const QString text = rule.attribute(attribute);
        QVERIFY2(
            text.isEmpty() || known.contains(text),
            qPrintable(QStringLiteral("%1: \"%2\" is not in StyleLibrary::legendTexts()").arg(file, text)));
      }
    }
  }
}

void TestStyleLibrary::roadsAreNamedNearAndDrawnFar()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  QString error;
  {
    std::unique_ptr<CacheFile> cache = CacheFile::create(path, CacheSettings(), &error);
    QVERIFY2(cache, qPrintable(error));
    FeatureWriter roads(*cache, QStringLiteral("road"),
                        {QStringLiteral("name"), QStringLiteral("road_class")});
    SqliteStatement wkb = cache->database().prepare(
        QStringLiteral("SELECT AsBinary(GeomFromText('LINESTRING(500000 3400000, 504000 3400000)'))"));
    QVERIFY(wkb.next());
    QVERIFY2(roads.write(QStringLiteral("r1"), {QStringLiteral("长安大道"), QStringLiteral("arterial")},
                         wkb.blob(0)),
             qPrintable(roads.errorMessage()));
  }
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  QgsVectorLayer *roads = layerOf(QStringLiteral("road"));
  auto render = [roads](double halfWidth, int *labels) {
    QgsMapSettings settings;
    settings.setLayers({roads});
    settings.setDestinationCrs(roads->crs());
    settings.setOutputSize(QSize(800, 800));
    settings.setExtent(
        QgsRectangle(502000 - halfWidth, 3400000 - halfWidth, 502000 + halfWidth, 3400000 + halfWidth));
    settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    std::unique_ptr<QgsLabelingResults> results(job.takeLabelingResults());
    *labels = results ? results->allLabels().size() : 0;
    return job.renderedImage();
  };
  int labels = 0;
  // Street level (about 1:8,000): surfaces show the road, the undrawn centre line carries its name.
  render(800, &labels);
  QVERIFY(labels > 0);
  // City level (about 1:120,000): the centre line is drawn, in the arterial colour.
  const QImage far = render(12000, &labels);
  bool drawn = false;
  for (int x = 0; x < far.width() && !drawn; ++x)
    drawn =
        far.pixelColor(x, far.height() / 2).red() > 200 && far.pixelColor(x, far.height() / 2).blue() < 100;
  QVERIFY(drawn);
  QgsProject::instance()->clear();
}

void TestStyleLibrary::everyComponentIconIsUsed()
{
  // One icon per big class and one for each of at least 30 small classes; the component style
  // names every small-class icon, and every icon is a well-formed SVG with the parameters that let
  // the style ring a damaged component in red.
  const QDir icons(StyleLibrary::symbolDirectory());
  const QStringList files = icons.entryList({QStringLiteral("*.svg")});
  QStringList bigClasses, smallClasses;
  for (const QString &file : files)
    (QFileInfo(file).completeBaseName().size() == 2 ? bigClasses : smallClasses)
        .append(QFileInfo(file).completeBaseName());
  QCOMPARE(bigClasses, (QStringList{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
                                    QStringLiteral("04"), QStringLiteral("05")}));
  QVERIFY(smallClasses.size() >= 30);
  QFile style(StyleLibrary::directory() + QStringLiteral("/component.qml"));
  QVERIFY(style.open(QIODevice::ReadOnly));
  const QString qml = QString::fromUtf8(style.readAll());
  for (const QString &code : smallClasses)
  {
    QVERIFY2(qml.contains(QStringLiteral("'%1'").arg(code)), qPrintable(code));
    QFile svg(icons.filePath(code + QStringLiteral(".svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QDomDocument document;
    QVERIFY2(document.setContent(&svg), qPrintable(code));
    QVERIFY2(document.toString().contains(QStringLiteral("param(outline)")), qPrintable(code));
  }
}

void TestStyleLibrary::componentNamesAreDrawnOnlyNear()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  QString error;
  {
    std::unique_ptr<CacheFile> cache = CacheFile::create(path, CacheSettings(), &error);
    QVERIFY2(cache, qPrintable(error));
    QVERIFY2(
        cache->database().execute(
            QStringLiteral("INSERT INTO component (id, type_code, name, geom) VALUES ('3301990010370001', "
                           "'01037', '雨水井盖 1', GeomFromText('POINT(500000 3400000)', 4549))"),
            &error),
        qPrintable(error));
  }
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  QgsVectorLayer *icons = layerOf(QStringLiteral("component"));
  QgsVectorLayer *names = layerOf(QStringLiteral("component_names"));
  QVERIFY(icons && names);
  // The icons carry no labels (QGIS would outline every icon for them at any scale); the names are a
  // layer that only the identify tool leaves out, so a component is identified once.
  QVERIFY(!icons->labelsEnabled());
  QVERIFY(names->labelsEnabled());
  QVERIFY(!names->flags().testFlag(QgsMapLayer::Identifiable));
  QVERIFY(icons->flags().testFlag(QgsMapLayer::Identifiable));
  QVERIFY(names->isInScaleRange(500));
  QVERIFY(!names->isInScaleRange(1000));

  const auto labelsAt = [names](double scale) {
    QgsMapSettings settings;
    settings.setLayers({names});
    settings.setDestinationCrs(names->crs());
    settings.setOutputSize(QSize(400, 400));
    settings.setOutputDpi(96);
    const double half = 200 * scale * 0.0254 / 96;
    settings.setExtent(QgsRectangle(500000 - half, 3400000 - half, 500000 + half, 3400000 + half));
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    std::unique_ptr<QgsLabelingResults> results(job.takeLabelingResults());
    return results ? results->allLabels().size() : 0;
  };
  QCOMPARE(labelsAt(500), 1);
  QCOMPARE(labelsAt(2000), 0);
  QgsProject::instance()->clear();
}

void TestStyleLibrary::labelsAreReusedWhenOnlyCasesChange()
{
  QTemporaryDir directory;
  const QString path = directory.filePath(QStringLiteral("city.xhc"));
  createDistrict(path);
  QString error;
  QVERIFY2(CacheLayers::addTo(QgsProject::instance(), path, &error), qPrintable(error));
  const QList<QgsMapLayer *> layers = QgsProject::instance()->layerTreeRoot()->checkedLayers();
  QgsVectorLayer *cells = layerOf(QStringLiteral("grid_cell"));
  QgsVectorLayer *communities = layerOf(QStringLiteral("community"));
  QgsVectorLayer *cases = layerOf(QStringLiteral("cases"));
  QVERIFY(cells && communities && cases);

  // The city view, 1:30,000: the grid cells are not drawn, so their labels are off; the
  // communities are named.
  QgsMapSettings settings;
  settings.setLayers(layers);
  settings.setDestinationCrs(cells->crs());
  settings.setOutputSize(QSize(800, 600));
  settings.setOutputDpi(96);
  const double half = 400 * 30000 * 0.0254 / 96;
  settings.setExtent(QgsRectangle(500500 - half, 3400500 - half, 500500 + half, 3400500 + half));
  labelgate::matchScale(layers, settings.scale());
  QVERIFY(!cells->labelsEnabled());
  QVERIFY(communities->labelsEnabled());

  QgsMapRendererCache cache;
  const auto render = [&settings, &cache] {
    QgsMapRendererParallelJob job(settings);
    job.setCache(&cache);
    job.start();
    job.waitForFinished();
    return job.usedCachedLabels();
  };
  QVERIFY(!render());
  // A new case: only the cases are drawn again, the labels come from the cache.
  cache.invalidateCacheForLayer(cases);
  QVERIFY(render());

  // At street level the cells are drawn and named again.
  labelgate::matchScale(layers, 1000);
  QVERIFY(cells->labelsEnabled());
  QgsProject::instance()->clear();
}

XIUHUA_QGIS_TEST_MAIN(TestStyleLibrary, false)
#include "teststylelibrary.moc"
