#include "formats/tablewriter.h"

#include "formats/gdalsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_string.h>
#include <ogr_api.h>

namespace
{
  bool isNumber(const QVariant &value)
  {
    const int type = value.userType();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
  }
} // namespace

QStringList TableWriter::extensions()
{
  return {QStringLiteral("csv"), QStringLiteral("xlsx")};
}

bool TableWriter::write(const QString &path, const QStringList &header, const QList<QVariantList> &rows,
                        QString *error)
{
  const QString extension = QFileInfo(path).suffix().toLower();
  if (!extensions().contains(extension))
  {
    *error = tr("%1: the table can be written as .csv or .xlsx, not as \"%2\".").arg(path, extension);
    return false;
  }
  gdalsupport::ensureDriversRegistered();
  gdalsupport::ErrorCapture capture;
  const bool csv = extension == QLatin1String("csv");
  GDALDriverH driver = GDALGetDriverByName(csv ? "CSV" : "XLSX");
  if (!driver)
  {
    *error = tr("%1: this GDAL has no %2 driver.").arg(path, extension.toUpper());
    return false;
  }
  // Beside the target, so that the rename is atomic and a failure leaves any earlier file as it was.
  const QFileInfo target(path);
  const QString partial =
      target.dir().filePath(QStringLiteral(".%1.partial.%2").arg(target.completeBaseName(), extension));
  QFile::remove(partial);
  bool written = false;
  {
    gdalsupport::DatasetPtr dataset(
        GDALCreate(driver, QFile::encodeName(partial).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (dataset)
    {
      char **options = nullptr;
      if (csv)
        options = CSLSetNameValue(options, "WRITE_BOM", "YES");
      OGRLayerH layer = GDALDatasetCreateLayer(
          dataset.get(), QFile::encodeName(target.completeBaseName()).constData(), nullptr, wkbNone, options);
      CSLDestroy(options);
      written = layer != nullptr;
      for (int column = 0; written && column < header.size(); ++column)
      {
        bool numeric = true;
        for (const QVariantList &row : rows)
        {
          const QVariant value = row.value(column);
          if (value.isValid() && !value.isNull() && !isNumber(value))
            numeric = false;
        }
        OGRFieldDefnH field =
            OGR_Fld_Create(header.at(column).toUtf8().constData(), numeric ? OFTReal : OFTString);
        written = OGR_L_CreateField(layer, field, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(field);
      }
      for (const QVariantList &row : rows)
      {
        if (!written)
          break;
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int column = 0; column < header.size(); ++column)
        {
          const QVariant value = row.value(column);
          if (!value.isValid() || value.isNull())
            OGR_F_SetFieldNull(feature, column);
          else if (isNumber(value))
            OGR_F_SetFieldDouble(feature, column, value.toDouble());
          else
            OGR_F_SetFieldString(feature, column, value.toString().toUtf8().constData());
        }
        written = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
      }
    }
  } // the dataset closes here: XLSX is written on close
  if (written && capture.lastMessage().isEmpty() && QFileInfo::exists(partial))
  {
    QFile::remove(path);
    if (QFile::rename(partial, path))
      return true;
    *error = tr("%1: the finished table could not be moved into place.").arg(path);
  }
  else
  {
    *error = tr("%1: the table could not be written: %2")
                 .arg(path, capture.lastMessage().isEmpty() ? tr("the folder is not writable")
                                                            : capture.lastMessage());
  }
  QFile::remove(partial);
  return false;
}
