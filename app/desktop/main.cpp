#include "runtime/language.h"
#include "ui/mainwindow.h"
#include "ui/mapscreenshot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

#include <qgsapplication.h>

#include <cstdio>
#include <memory>

namespace
{
  void printError(const QString &text)
  {
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
  }

  bool hasDisplay()
  {
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
  }

  void setApplicationNames()
  {
    QCoreApplication::setOrganizationName(QStringLiteral("Xiuhua"));
    QCoreApplication::setApplicationName(QStringLiteral("xiuhua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XIUHUA_VERSION));
  }

  /** Says, in the user's language, that there is no display and how to run anyway. */
  int explainMissingDisplay(int argc, char *argv[])
  {
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QString error;
    Language::setUp(QCoreApplication::arguments(), &error);
    printError(QCoreApplication::translate(
        "main", "xiuhua needs a display, and none was found (DISPLAY is not set).\n"
                "Run it in a desktop session, or on a virtual display:\n"
                "  xvfb-run -a xiuhua\n"
                "or write a picture of the window without any display:\n"
                "  xiuhua --screenshot window.png [--size 1920x1080]"));
    return 1;
  }

  bool parseSize(const QString &text, QSize *size)
  {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
      return false;
    *size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return true;
  }

  /** A QGIS profile of our own, so Xiuhua never touches the settings of a QGIS the user also runs. */
  QString qgisProfileDirectory()
  {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/qgis");
  }
} // namespace

int main(int argc, char *argv[])
{
  bool wantsScreenshot = false;
  for (int i = 1; i < argc; ++i)
    wantsScreenshot |= qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0;
  if (!hasDisplay())
  {
    if (!wantsScreenshot)
      return explainMissingDisplay(argc, argv);
    // A screenshot needs no screen: Qt's offscreen platform renders the window in memory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
  }

  setApplicationNames();
  const QString profile = qgisProfileDirectory();
  QDir().mkpath(profile);
  QgsApplication app(argc, argv, true, profile);
  setApplicationNames();
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();

  QString error;
  if (!Language::setUp(QCoreApplication::arguments(), &error))
  {
    printError(error);
    QgsApplication::exitQgis();
    return 2;
  }
  // QGIS's own widgets (the search box, the CRS selector) speak Chinese too, from qgis-common.
  if (QLocale().language() == QLocale::Chinese)
  {
    auto *qgis = new QTranslator(&app);
    if (qgis->load(QStringLiteral("qgis_zh-Hans"), QgsApplication::i18nPath()))
      QCoreApplication::installTranslator(qgis);
    else
      delete qgis;
  }

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("main", "Xiuhua command center"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption openOption(
      QStringLiteral("open"), QCoreApplication::translate("main", "Add a vector or raster file to the map."),
      QCoreApplication::translate("main", "file"));
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QCoreApplication::translate("main", "Write a picture of the window once the map is drawn, then exit."),
      QCoreApplication::translate("main", "png"));
  const QCommandLineOption sizeOption(
      QStringLiteral("size"), QCoreApplication::translate("main", "Window size for --screenshot."),
      QCoreApplication::translate("main", "WxH"), QStringLiteral("1920x1080"));
  const QCommandLineOption languageOption(
      QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language (zh_CN or en)."),
      QCoreApplication::translate("main", "language"));
  parser.addOptions({openOption, screenshotOption, sizeOption, languageOption});
  parser.process(app);

  QSize size;
  if (!parseSize(parser.value(sizeOption), &size))
  {
    printError(QCoreApplication::translate("main",
                                           "--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080, not \"%1\".")
                   .arg(parser.value(sizeOption)));
    QgsApplication::exitQgis();
    return 2;
  }

  int exitCode = 0;
  {
    auto window = std::make_unique<MainWindow>();
    for (const QString &path : parser.values(openOption))
    {
      QString openError;
      window->addLayersFromFile(path, &openError);
      if (!openError.isEmpty())
      {
        printError(openError);
        exitCode = 1;
      }
    }

    if (parser.isSet(screenshotOption))
    {
      window->resize(size);
      window->show();
      MapScreenshot screenshot(window.get(), parser.value(screenshotOption));
      QObject::connect(&screenshot, &MapScreenshot::finished, &app,
                       [&exitCode](const QString &screenshotError) {
                         if (!screenshotError.isEmpty())
                         {
                           printError(screenshotError);
                           exitCode = 1;
                         }
                         QCoreApplication::quit();
                       });
      screenshot.start();
      QgsApplication::exec();
    }
    else
    {
      window->show();
      exitCode = QgsApplication::exec();
    }
  }
  QgsApplication::exitQgis();
  return exitCode;
}
