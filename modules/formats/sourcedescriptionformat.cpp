#include "formats/sourcedescriptionformat.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace
{
  QJsonValue crsToJson(const std::optional<CrsDescription> &crs)
  {
    if (!crs)
      return QJsonValue::Null;
    QJsonObject object{{QStringLiteral("name"), crs->name},
                       {QStringLiteral("projected"), crs->projected},
                       {QStringLiteral("geographic"), crs->geographic}};
    object.insert(QStringLiteral("epsg"), crs->epsg > 0 ? QJsonValue(crs->epsg) : QJsonValue::Null);
    return object;
  }

  QJsonValue extentToJson(const std::optional<ExtentDescription> &extent)
  {
    if (!extent)
      return QJsonValue::Null;
    return QJsonArray{extent->xMinimum, extent->yMinimum, extent->xMaximum, extent->yMaximum};
  }

  /** Coordinates with as many decimals as their magnitude warrants: degrees get 6, metres 2. */
  QString formatCoordinate(double value, bool geographic)
  {
    return QString::number(value, 'f', geographic ? 6 : 2);
  }
} // namespace

QString SourceDescriptionFormat::crsLabel(const CrsDescription &crs)
{
  return crs.epsg > 0 ? QStringLiteral("%1 (EPSG:%2)").arg(crs.name).arg(crs.epsg) : crs.name;
}

QJsonObject SourceDescriptionFormat::toJson(const SourceDescription &source)
{
  QJsonArray layers;
  for (const VectorLayerDescription &layer : source.vectorLayers)
  {
    QJsonArray fields;
    for (const FieldDescription &field : layer.fields)
      fields.append(QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("type"), field.type}});
    QJsonObject object{{QStringLiteral("name"), layer.name},
                       {QStringLiteral("geometryType"), layer.geometryType},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("crs"), crsToJson(layer.crs)},
                       {QStringLiteral("extent"), extentToJson(layer.extent)}};
    object.insert(QStringLiteral("featureCount"),
                  layer.featureCount >= 0 ? QJsonValue(layer.featureCount) : QJsonValue::Null);
    layers.append(object);
  }

  QJsonObject result{{QStringLiteral("path"), source.path},
                     {QStringLiteral("driver"), source.driverShortName},
                     {QStringLiteral("driverLongName"), source.driverLongName},
                     {QStringLiteral("layers"), layers},
                     {QStringLiteral("subdatasets"), QJsonArray::fromStringList(source.subdatasets)}};
  if (source.raster)
  {
    const RasterDescription &raster = *source.raster;
    result.insert(
        QStringLiteral("raster"),
        QJsonObject{{QStringLiteral("width"), raster.width},
                    {QStringLiteral("height"), raster.height},
                    {QStringLiteral("bandDataTypes"), QJsonArray::fromStringList(raster.bandDataTypes)},
                    {QStringLiteral("crs"), crsToJson(raster.crs)},
                    {QStringLiteral("extent"), extentToJson(raster.extent)},
                    {QStringLiteral("pixelSize"), QJsonArray{raster.pixelWidth, raster.pixelHeight}}});
  }
  else
  {
    result.insert(QStringLiteral("raster"), QJsonValue::Null);
  }
  return result;
}

QString SourceDescriptionFormat::toText(const SourceDescription &source)
{
  const QLocale locale;
  QString text;
  QTextStream out(&text);
  const QString indent = QStringLiteral("  ");

  const auto writeCrsAndExtent = [&](const std::optional<CrsDescription> &crs,
                                     const std::optional<ExtentDescription> &extent) {
    out << indent << tr("CRS: %1").arg(crs ? crsLabel(*crs) : tr("none")) << '\n';
    if (extent)
    {
      const bool geographic = crs && crs->geographic;
      out << indent
          << tr("Extent: %1, %2 to %3, %4")
                 .arg(formatCoordinate(extent->xMinimum, geographic),
                      formatCoordinate(extent->yMinimum, geographic),
                      formatCoordinate(extent->xMaximum, geographic),
                      formatCoordinate(extent->yMaximum, geographic))
          << '\n';
    }
    else
    {
      out << indent << tr("Extent: none") << '\n';
    }
  };

  out << tr("Source: %1").arg(source.path) << '\n';
  out << tr("Format: %1 (%2)").arg(source.driverLongName, source.driverShortName) << '\n';

  if (!source.vectorLayers.isEmpty())
    out << tr("Vector layers: %1").arg(source.vectorLayers.size()) << '\n';
  for (int i = 0; i < source.vectorLayers.size(); ++i)
  {
    const VectorLayerDescription &layer = source.vectorLayers.at(i);
    out << '\n' << tr("Layer %1: %2").arg(i + 1).arg(layer.name) << '\n';
    out << indent << tr("Geometry: %1").arg(layer.geometryType) << '\n';
    out << indent
        << tr("Features: %1")
               .arg(layer.featureCount >= 0 ? locale.toString(layer.featureCount) : tr("unknown"))
        << '\n';
    writeCrsAndExtent(layer.crs, layer.extent);
    out << indent << tr("Fields: %1").arg(layer.fields.size()) << '\n';
    for (const FieldDescription &field : layer.fields)
      out << indent << indent << field.name << " (" << field.type << ")\n";
  }

  if (source.raster)
  {
    const RasterDescription &raster = *source.raster;
    out << '\n'
        << tr("Raster: %1 × %2 pixels, %n band(s)", nullptr, raster.bandDataTypes.size())
               .arg(raster.width)
               .arg(raster.height)
        << '\n';
    out << indent << tr("Band types: %1").arg(raster.bandDataTypes.join(QStringLiteral(", "))) << '\n';
    writeCrsAndExtent(raster.crs, raster.extent);
    if (raster.extent)
      out << indent << tr("Pixel size: %1 × %2").arg(raster.pixelWidth).arg(raster.pixelHeight) << '\n';
  }

  if (!source.subdatasets.isEmpty())
  {
    out << '\n' << tr("Sub-datasets: %1").arg(source.subdatasets.size()) << '\n';
    for (const QString &name : source.subdatasets)
      out << indent << name << '\n';
  }
  out.flush();
  return text;
}
