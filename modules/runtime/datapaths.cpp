#include "runtime/datapaths.h"

#include <QCoreApplication>
#include <QDir>

namespace datapaths
{
  QString dataDirectory()
  {
    // Executables live in bin/ and tests in tests/, both siblings of share/; benchmarks one deeper
    // (tests/bench/).
    const QString beside =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/xiuhua"));
    const QString above =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../../share/xiuhua"));
    return QDir(beside).exists() || !QDir(above).exists() ? beside : above;
  }

  QString translationsDirectory()
  {
    return dataDirectory() + QStringLiteral("/translations");
  }
} // namespace datapaths
