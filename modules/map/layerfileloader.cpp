#include "map/layerfileloader.h"

#include <QFileInfo>

#include <qgsmaplayer.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsprovidersublayerdetails.h>

QList<QgsMapLayer *> LayerFileLoader::load(const QString &path)
{
  mErrorMessage.clear();
  const QFileInfo info(path);
  if (!info.exists())
  {
    mErrorMessage = tr("%1: no such file or directory.").arg(path);
    return {};
  }

  const QList<QgsProviderSublayerDetails> sublayers =
      QgsProviderRegistry::instance()->querySublayers(path, Qgis::SublayerQueryFlag::ResolveGeometryType);
  if (sublayers.isEmpty())
  {
    mErrorMessage = tr("%1: not a vector, raster or mesh format that QGIS can read.").arg(path);
    return {};
  }

  QList<QgsMapLayer *> layers;
  QStringList failed;
  const QgsProviderSublayerDetails::LayerOptions options(QgsProject::instance()->transformContext());
  for (const QgsProviderSublayerDetails &sublayer : sublayers)
  {
    // A non-spatial table in a GeoPackage, say, is data but nothing to draw.
    if (sublayer.type() == QgsMapLayerType::VectorLayer && sublayer.wkbType() == QgsWkbTypes::NoGeometry)
      continue;
    QgsMapLayer *layer = sublayer.toLayer(options);
    if (layer && layer->isValid())
    {
      // Single-layer files are named after the file, not after GDAL's internal layer name.
      if (sublayers.size() == 1)
        layer->setName(info.completeBaseName());
      layers.append(layer);
    }
    else
    {
      failed.append(sublayer.name());
      delete layer;
    }
  }

  if (!failed.isEmpty())
    mErrorMessage = tr("%1: could not open %2.").arg(path, failed.join(QStringLiteral(", ")));
  else if (layers.isEmpty())
    mErrorMessage = tr("%1: has no layer with geometry to show on the map.").arg(path);
  return layers;
}
