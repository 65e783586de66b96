// bench_render: how fast the command center draws a city, against QGIS drawing the same layers its
// own default way, in the same run.
//
// Input: a cache (the `city` demo: xiuhua-cli demo --scale city --out city.xhc). Ours: the layers as
// the command center opens them (CacheLayers: our styles with scale-dependent rules, labels,
// simplification, the case clusters). Peer: the same tables opened as plain spatialite layers with
// QGIS's default single-symbol style and default settings. Both render with QGIS's parallel job
// (the canvas default) at 1920×1080, labels included, to a complete image:
//   1. the full extent of the district;
//   2. a 1:1000 street view at its centre;
//   3. after a change to one layer (the cases), the redraw at the same view with the render cache
//      of the first render: QGIS re-renders only the layer that changed;
//   4. a pan by a quarter screen at street level, with the cache of the view before: ours draw only
//      the tiles that came into view (TiledLayer), the labels and the cases;
//   5. back and forth between two street views seen before.
// N iterations (first one untimed, to warm the file cache), min/median/max in milliseconds, the
// ratio peer/ours (>1: ours is faster). Timing never fails the run. --snapshot DIR writes the images.
//
//   bench_render --cache city.xhc [--iterations 5] [--size 1920x1080] [--snapshot DIR]
#include "benchtiming.h"
#include "map/cachelayers.h"
#include "map/labelgate.h"
#include "map/layertiling.h"
#include "map/stylelibrary.h"
#include "map/tilecache.h"

#include <QCommandLineParser>

#include <QDir>
#include <QElapsedTimer>

#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsmaprenderercache.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace
{
  /** Renders \a settings completely (labels included) with \a cache, in milliseconds. */
  double render(const QgsMapSettings &settings, QgsMapRendererCache *cache, QImage *image = nullptr,
                QHash<QgsMapLayer *, int> *perLayer = nullptr)
  {
    QElapsedTimer timer;
    timer.start();
    QgsMapRendererParallelJob job(settings);
    job.setCache(cache);
    job.start();
    job.waitForFinished();
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (image)
      *image = job.renderedImage();
    if (perLayer)
      *perLayer = job.perLayerRenderingTime();
    return elapsed;
  }

  /** The layers that took longest in the last render, "name 123 ms". */
  QString slowest(const QHash<QgsMapLayer *, int> &times)
  {
    QList<std::pair<int, QString>> sorted;
    for (auto it = times.begin(); it != times.end(); ++it)
      sorted.append({it.value(), it.key()->customProperty(QStringLiteral("xiuhua/table")).toString()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QStringList parts;
    for (int i = 0; i < std::min<int>(5, sorted.size()); ++i)
      parts.append(QStringLiteral("%1 %2 ms").arg(sorted.at(i).second).arg(sorted.at(i).first));
    return parts.join(QStringLiteral(", "));
  }

  /** Plain layers over the same tables, in the same drawing order, with QGIS's default style. */
  QList<QgsMapLayer *> defaultLayers(const QList<QgsMapLayer *> &ours, QgsProject *project)
  {
    QList<QgsMapLayer *> layers;
    for (QgsMapLayer *layer : ours)
    {
      // Views of a table (the open cases counted per community) have no counterpart: the table is there.
      if (layer->customProperty(QStringLiteral("xiuhua/table")).toString().contains(QLatin1Char('/')))
        continue;
      // The table itself, as a user would add it in QGIS, with the same rows shown.
      const QString table =
          layer->customProperty(QStringLiteral("xiuhua/table")).toString().section(QLatin1Char('/'), 0, 0);
      QgsDataSourceUri uri(layer->source());
      uri.setDataSource(QString(), table, QStringLiteral("geom"));
      auto *plain = new QgsVectorLayer(uri.uri(), layer->name(), QStringLiteral("spatialite"));
      plain->setSubsetString(qobject_cast<QgsVectorLayer *>(layer)->subsetString());
      project->addMapLayer(plain);
      layers.append(plain);
    }
    return layers;
  }

  void print(const char *title, const Timing &peer, const Timing &ours)
  {
    std::printf(
        "%-44s peer %8.1f ms (min %8.1f, max %8.1f)   ours %8.1f ms (min %8.1f, max %8.1f)   ratio %.2f\n",
        title, peer.median(), peer.min(), peer.max(), ours.median(), ours.min(), ours.max(),
        peer.median() / ours.median());
  }
} // namespace

int main(int argc, char *argv[])
{
  QgsApplication app(argc, argv, false);
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
  QCommandLineParser parser;
  parser.addOption({QStringLiteral("cache"), QStringLiteral("The cache to draw (the city demo)."),
                    QStringLiteral("file")});
  parser.addOption({QStringLiteral("iterations"), QStringLiteral("Timed renders per case."),
                    QStringLiteral("n"), QStringLiteral("5")});
  parser.addOption({QStringLiteral("size"), QStringLiteral("Image size."), QStringLiteral("WxH"),
                    QStringLiteral("1920x1080")});
  parser.addOption(
      {QStringLiteral("snapshot"), QStringLiteral("Write the images here."), QStringLiteral("dir")});
  parser.process(app);
  const QString path = parser.value(QStringLiteral("cache"));
  const int iterations = std::max(1, parser.value(QStringLiteral("iterations")).toInt());
  const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
  const QSize outputSize(size.value(0).toInt(), size.value(1).toInt());
  if (path.isEmpty() || !outputSize.isValid())
  {
    std::fprintf(stderr, "Use: bench_render --cache city.xhc [--iterations 5] [--size 1920x1080]\n");
    return 2;
  }

  QgsProject *project = QgsProject::instance();
  QString error;
  if (!CacheLayers::addTo(project, path, &error))
  {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  // Ours in the order the layer tree draws them (top first), visible ones only.
  QList<QgsMapLayer *> ours = project->layerTreeRoot()->checkedLayers();
  auto peerProject = std::make_unique<QgsProject>();
  const QList<QgsMapLayer *> peer = defaultLayers(ours, peerProject.get());
  QgsVectorLayer *district = nullptr;
  QgsVectorLayer *cases = nullptr;
  for (QgsMapLayer *layer : ours)
  {
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("district"))
      district = qobject_cast<QgsVectorLayer *>(layer);
    if (layer->customProperty(QStringLiteral("xiuhua/table")) == QStringLiteral("cases"))
      cases = qobject_cast<QgsVectorLayer *>(layer);
  }
  if (!district || !cases)
  {
    std::fprintf(stderr, "%s has no district or cases layer\n", qPrintable(path));
    return 1;
  }

  // Ours are drawn as the canvas draws them: the tileable layers through tiles (CanvasLayerTiling).
  LayerTiling tiling;
  auto settingsFor = [&](const QList<QgsMapLayer *> &layers, const QgsRectangle &extent) {
    QgsMapSettings settings;
    settings.setLayers(layers == ours ? tiling.layersToDraw(ours, district->crs()) : layers);
    settings.setDestinationCrs(district->crs());
    settings.setOutputSize(outputSize);
    settings.setOutputDpi(96);
    settings.setExtent(extent);
    settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    // As the canvas is set up and does before it draws (CanvasLabelGate); the peer's layers have no
    // labels, and QGIS's default engine settings.
    if (layers == ours)
      settings.setLabelingEngineSettings(StyleLibrary::labelingEngineSettings());
    labelgate::matchScale(settings.layers(), settings.scale());
    return settings;
  };
  const QgsRectangle full = district->extent();
  // 1:1000 at 96 dpi: a pixel is 0.2646 mm on paper, 0.2646 m on the ground.
  const double metresPerPixel = 1000 * 0.0254 / 96;
  const QgsPointXY centre = full.center();
  const QgsRectangle street(centre.x() - outputSize.width() * metresPerPixel / 2,
                            centre.y() - outputSize.height() * metresPerPixel / 2,
                            centre.x() + outputSize.width() * metresPerPixel / 2,
                            centre.y() + outputSize.height() * metresPerPixel / 2);

  std::printf("bench_render: %s, %dx%d, %d iterations, QGIS %s\n", qPrintable(path), outputSize.width(),
              outputSize.height(), iterations, Qgis::version().toUtf8().constData());
  const QString snapshots = parser.value(QStringLiteral("snapshot"));
  for (const auto &[title, extent, name] :
       {std::tuple{"full extent", full, "full"}, {"1:1000 street view", street, "street"}})
  {
    Timing peerTiming, ourTiming;
    QImage peerImage, ourImage;
    render(settingsFor(peer, extent), nullptr);
    render(settingsFor(ours, extent), nullptr);
    // A complete render each time: no tile from the render before.
    for (int i = 0; i < iterations; ++i)
    {
      peerTiming.milliseconds.push_back(render(settingsFor(peer, extent), nullptr, &peerImage));
      tiling.forgetTiles();
      ourTiming.milliseconds.push_back(render(settingsFor(ours, extent), nullptr, &ourImage));
    }
    QHash<QgsMapLayer *, int> perLayer;
    tiling.forgetTiles();
    render(settingsFor(ours, extent), nullptr, nullptr, &perLayer);
    std::printf("%s: scale 1:%.0f; slowest layers of ours (in parallel): %s\n", title,
                settingsFor(ours, extent).scale(), qPrintable(slowest(perLayer)));
    print(title, peerTiming, ourTiming);
    std::fflush(stdout);
    if (!snapshots.isEmpty())
    {
      QDir().mkpath(snapshots);
      peerImage.save(QStringLiteral("%1/peer-%2.png").arg(snapshots, QString::fromLatin1(name)));
      ourImage.save(QStringLiteral("%1/ours-%2.png").arg(snapshots, QString::fromLatin1(name)));
    }
  }

  // A change to the cases (a new one is reported): with the render cache of the first render only
  // that layer is drawn again.
  for (const auto &[title, extent] : {std::pair{"redraw after a case change, full extent", full},
                                      {"redraw after a case change, street view", street}})
  {
    Timing peerTiming, ourTiming;
    QgsMapRendererCache peerCache, ourCache;
    QgsVectorLayer *peerCases = nullptr;
    for (QgsMapLayer *layer : peer)
    {
      if (layer->source() == cases->source())
        peerCases = qobject_cast<QgsVectorLayer *>(layer);
    }
    render(settingsFor(peer, extent), &peerCache);
    render(settingsFor(ours, extent), &ourCache);
    for (int i = 0; i < iterations; ++i)
    {
      peerCache.invalidateCacheForLayer(peerCases);
      peerTiming.milliseconds.push_back(render(settingsFor(peer, extent), &peerCache));
      ourCache.invalidateCacheForLayer(cases);
      ourTiming.milliseconds.push_back(render(settingsFor(ours, extent), &ourCache));
    }
    print(title, peerTiming, ourTiming);
    std::fflush(stdout);
  }
  // A pan by a quarter of the screen at street level, with the render cache of the view before: QGIS
  // 3.22 keys its cache by extent, so the peer draws every layer again; ours draw only the tiles that
  // came into view, and the labels and the cases.
  {
    Timing peerTiming, ourTiming;
    QgsMapRendererCache peerCache, ourCache;
    tiling.forgetTiles();
    QHash<QgsMapLayer *, int> perLayer;
    const double step = street.width() / 4;
    for (int i = 0; i < iterations; ++i)
    {
      const QgsRectangle from(street.xMinimum() + i * step, street.yMinimum(), street.xMaximum() + i * step,
                              street.yMaximum());
      const QgsRectangle to(from.xMinimum() + step, from.yMinimum(), from.xMaximum() + step, from.yMaximum());
      render(settingsFor(peer, from), &peerCache);
      peerTiming.milliseconds.push_back(render(settingsFor(peer, to), &peerCache));
      render(settingsFor(ours, from), &ourCache);
      ourTiming.milliseconds.push_back(render(settingsFor(ours, to), &ourCache, nullptr, &perLayer));
    }
    std::printf("pan: slowest layers of ours (in parallel): %s; %d tiles kept\n",
                qPrintable(slowest(perLayer)), tiling.tiles().size());
    print("pan by a quarter screen, street view", peerTiming, ourTiming);
    std::fflush(stdout);

    // Back and forth between two views seen before (a supervisor checking two streets): every tile is
    // there for ours; the peer draws every layer again.
    Timing peerBack, ourBack;
    const QgsRectangle other(street.xMinimum() + 4 * step, street.yMinimum(), street.xMaximum() + 4 * step,
                             street.yMaximum());
    for (int i = 0; i < iterations; ++i)
    {
      const QgsRectangle &target = i % 2 ? other : street;
      peerBack.milliseconds.push_back(render(settingsFor(peer, target), &peerCache));
      ourBack.milliseconds.push_back(render(settingsFor(ours, target), &ourCache));
    }
    print("back to a street view seen before", peerBack, ourBack);
    std::fflush(stdout);
  }
  // The layers go before QGIS unloads the providers that close them.
  peerProject.reset();
  project->clear();
  QgsApplication::exitQgis();
  return 0;
}
