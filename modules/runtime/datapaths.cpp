#include "runtime/datapaths.h"

#include <QCoreApplication>
#include <QDir>

namespace datapaths
{
  QString dataDirectory()
  {
    // Executables live in bin/ and tests in tests/; both are siblings of share/.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/xiuhua"));
  }

  QString translationsDirectory()
  {
    return dataDirectory() + QStringLiteral("/translations");
  }
} // namespace datapaths
