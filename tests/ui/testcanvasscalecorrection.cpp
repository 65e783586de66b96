#include "map/scaleranges.h"
#include "map/stylelibrary.h"
#include "ui/canvasscalecorrection.h"
#include "ui/coordinatestatus.h"

#include <QTest>

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgsscalewidget.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

/**
 * The map on a 4K wall at 200 % (this test runs at device pixel ratio 2): the scale people read and
 * the scale at which the styles' rules switch are the true ones, as at ratio 1, although QGIS 3.22
 * reports twice the scale there; and the styles' ranges are multiplied and restored exactly.
 */
class TestCanvasScaleCorrection : public QObject
{
    Q_OBJECT

  private slots:
    void multipliesEveryRangeOfAStyle_data();
    void multipliesEveryRangeOfAStyle();
    void canvasAtRatioTwoKeepsTheTrueScale();

  private:
    static QList<double> ranges(const QgsVectorLayer &layer);
    static std::unique_ptr<QgsVectorLayer> styledLayer(const QString &geometry, const QString &style);
};

QList<double> TestCanvasScaleCorrection::ranges(const QgsVectorLayer &layer)
{
  QList<double> result{layer.minimumScale(), layer.maximumScale()};
  // QGIS 3.22 gives the rules of a rule-based renderer only through a non-const root rule.
  const auto addRules = [&result](const QgsFeatureRenderer *renderer) {
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(const_cast<QgsFeatureRenderer *>(renderer)))
    {
      for (const QgsRuleBasedRenderer::Rule *rule : rules->rootRule()->descendants())
        result << rule->minimumScale() << rule->maximumScale();
    }
  };
  addRules(layer.renderer());
  if (layer.renderer() && layer.renderer()->embeddedRenderer())
    addRules(layer.renderer()->embeddedRenderer());
  if (const auto *rules = dynamic_cast<const QgsRuleBasedLabeling *>(layer.labeling()))
  {
    for (const QgsRuleBasedLabeling::Rule *rule : rules->rootRule()->descendants())
    {
      result << rule->minimumScale() << rule->maximumScale();
      if (rule->settings())
        result << rule->settings()->minimumScale << rule->settings()->maximumScale;
    }
  }
  else if (layer.labeling())
  {
    const QgsPalLayerSettings settings = layer.labeling()->settings();
    result << settings.minimumScale << settings.maximumScale;
  }
  return result;
}

std::unique_ptr<QgsVectorLayer> TestCanvasScaleCorrection::styledLayer(const QString &geometry,
                                                                       const QString &style)
{
  auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("%1?crs=EPSG:4549").arg(geometry), style,
                                                QStringLiteral("memory"));
  QString error;
  if (!StyleLibrary::apply(layer.get(), style, &error))
    qFatal("%s", qPrintable(error));
  return layer;
}

void TestCanvasScaleCorrection::multipliesEveryRangeOfAStyle_data()
{
  QTest::addColumn<QString>("geometry");
  QTest::addColumn<QString>("style");
  // Rule-based rendering and labelling; a layer range with simple labels; rules inside a cluster renderer.
  QTest::newRow("roads") << QStringLiteral("MultiLineString") << QStringLiteral("road");
  QTest::newRow("grid cells") << QStringLiteral("MultiPolygon") << QStringLiteral("grid_cell");
  QTest::newRow("buildings") << QStringLiteral("MultiPolygon") << QStringLiteral("building");
  QTest::newRow("cases") << QStringLiteral("Point") << QStringLiteral("cases");
}

void TestCanvasScaleCorrection::multipliesEveryRangeOfAStyle()
{
  QFETCH(QString, geometry);
  QFETCH(QString, style);
  std::unique_ptr<QgsVectorLayer> layer = styledLayer(geometry, style);
  const QList<double> original = ranges(*layer);
  QVERIFY2(std::any_of(original.begin(), original.end(), [](double scale) { return scale > 0; }),
           "the style should have scale ranges to multiply");

  scaleranges::applyFactor(layer.get(), 2);
  QList<double> doubled;
  for (const double scale : original)
    doubled << scale * 2;
  QCOMPARE(ranges(*layer), doubled);

  // Moved to a screen at 150 %: from the style's values, not from the doubled ones.
  scaleranges::applyFactor(layer.get(), 1.5);
  QList<double> oneAndAHalf;
  for (const double scale : original)
    oneAndAHalf << scale * 1.5;
  QCOMPARE(ranges(*layer), oneAndAHalf);

  scaleranges::applyFactor(layer.get(), 1);
  QCOMPARE(ranges(*layer), original);

  // Styled again, the layer has the style's true scales, and a factor applies to them once.
  scaleranges::applyFactor(layer.get(), 2);
  QString error;
  QVERIFY2(StyleLibrary::apply(layer.get(), style, &error), qPrintable(error));
  QCOMPARE(ranges(*layer), original);
  scaleranges::applyFactor(layer.get(), 2);
  QCOMPARE(ranges(*layer), doubled);
}

void TestCanvasScaleCorrection::canvasAtRatioTwoKeepsTheTrueScale()
{
  QgsProject project;
  QgsMapCanvas canvas;
  canvas.resize(1000, 800);
  canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4549")));
  auto *correction = new CanvasScaleCorrection(&canvas, &project);
  CoordinateStatus status(&canvas, correction);

  // Tree crowns are drawn from 1:10,000 in.
  std::unique_ptr<QgsVectorLayer> owned =
      styledLayer(QStringLiteral("MultiPolygon"), QStringLiteral("tree_canopy"));
  QgsVectorLayer *crowns = owned.get();
  QVERIFY(crowns->hasScaleBasedVisibility());
  QCOMPARE(crowns->minimumScale(), 10000.0);
  project.addMapLayer(owned.release());
  canvas.setLayers({crowns});

  canvas.show();
  QVERIFY(QTest::qWaitForWindowExposed(&canvas));
  QCOMPARE(canvas.devicePixelRatioF(), 2.0);
  QTRY_COMPARE(correction->factor(), Qgis::versionInt() < 33200 ? 2.0 : 1.0);

  // A view 1:8,000 in truth: 1000 logical pixels of 0.2646 mm at 96 dpi hold 2,116.7 m.
  const double dpi = canvas.mapSettings().outputDpi();
  const double metresPerPixel = 8000 * 0.0254 / dpi;
  canvas.setExtent(
      QgsRectangle(500000, 3400000, 500000 + 1000 * metresPerPixel, 3400000 + 800 * metresPerPixel));
  const double truth = canvas.mapUnitsPerPixel() * dpi / 0.0254;
  QVERIFY2(std::abs(correction->trueScale() - truth) < 1e-6 * truth,
           qPrintable(QStringLiteral("%1 shown, %2 true").arg(correction->trueScale()).arg(truth)));
  QVERIFY(std::abs(truth - 8000) < 80);
  QVERIFY2(crowns->isInScaleRange(canvas.scale()), "the crowns must show at a true 1:8,000, as at ratio 1");
  QVERIFY(std::abs(status.findChild<QgsScaleWidget *>()->scale() - truth) < 0.5);

  correction->zoomToTrueScale(1000);
  QVERIFY(std::abs(canvas.mapUnitsPerPixel() - 1000 * 0.0254 / dpi) < 1e-6);
  QVERIFY(std::abs(status.findChild<QgsScaleWidget *>()->scale() - 1000) < 0.5);

  // At a true 1:12,000 the crowns are hidden, as at ratio 1.
  correction->zoomToTrueScale(12000);
  QVERIFY(!crowns->isInScaleRange(canvas.scale()));
}

int main(int argc, char *argv[])
{
  // A 4K wall at 200 %, set before the application reads its screens.
  qputenv("QT_SCALE_FACTOR", "2");
  QgsApplication app(argc, argv, true);
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
  int result = 0;
  {
    TestCanvasScaleCorrection test;
    result = QTest::qExec(&test, argc, argv);
  }
  QgsApplication::exitQgis();
  return result;
}

#include "testcanvasscalecorrection.moc"
