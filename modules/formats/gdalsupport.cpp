#include "formats/gdalsupport.h"

#include <QRegularExpression>

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace gdalsupport
{
  void ensureDriversRegistered()
  {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
  }

  void DatasetCloser::operator()(GDALDatasetH dataset) const
  {
    if (dataset)
      GDALClose(dataset);
  }

  ErrorCapture::ErrorCapture()
  {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }

  ErrorCapture::~ErrorCapture()
  {
    CPLPopErrorHandler();
  }

  QString ErrorCapture::lastMessage() const
  {
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
  }

  bool isVirtualOrConnection(const QString &path)
  {
    // "/vsizip/…", "/vsicurl/…" are GDAL virtual files; "PG:dbname=…", "WFS:…" are connection
    // strings. Neither is a file whose existence we could check ourselves. A one-letter prefix is
    // a Windows drive, not a connection.
    static const QRegularExpression connectionPrefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
    return path.startsWith(QLatin1String("/vsi")) || connectionPrefix.match(path).hasMatch();
  }
} // namespace gdalsupport
