#include "inspectcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "formats/sourcedescriptionformat.h"
#include "formats/sourceinspector.h"

#include <QCommandLineParser>
#include <QJsonDocument>

QString InspectCommand::summary()
{
  return tr("Describe a GDAL vector or raster source: layers, geometry, features, fields, CRS, extent.");
}

int InspectCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts instead of a report.")});
  parser.addPositionalArgument(QStringLiteral("file"), tr("The file (or GDAL source) to describe."));
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const QStringList files = parser.positionalArguments();
  if (files.size() != 1)
  {
    console::printError(tr("inspect takes exactly one file; see xiuhua-cli inspect --help."));
    return exitcodes::usage;
  }

  SourceInspector inspector;
  const std::optional<SourceDescription> source = inspector.inspect(files.first());
  if (!source)
  {
    console::printError(inspector.errorMessage());
    return exitcodes::inputError;
  }
  if (parser.isSet(QStringLiteral("json")))
    console::printOut(QString::fromUtf8(
        QJsonDocument(SourceDescriptionFormat::toJson(*source)).toJson(QJsonDocument::Indented)));
  else
    console::printOut(SourceDescriptionFormat::toText(*source));
  return exitcodes::success;
}
