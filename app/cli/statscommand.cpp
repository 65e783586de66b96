#include "statscommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "analysis/oneboxreport.h"
#include "analysis/oneboxstatistics.h"
#include "analysis/studyarea.h"
#include "cache/cachefile.h"
#include "formats/tablewriter.h"
#include "runtime/referencedata.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace
{
  /** The instant of option \a name, or an invalid one when it is not given; false when it does not parse. */
  bool readInstant(const QCommandLineParser &parser, const QString &name, QDateTime *instant)
  {
    if (!parser.isSet(name))
      return true;
    *instant = QDateTime::fromString(parser.value(name), Qt::ISODate);
    if (instant->isValid() && instant->timeSpec() == Qt::LocalTime &&
        !parser.value(name).contains(QLatin1Char('T')))
      *instant = QDateTime(instant->date(), QTime(0, 0), Qt::UTC);
    return instant->isValid();
  }
} // namespace

QString StatsCommand::summary()
{
  return tr("One-box statistics (一框统计) of an area: green space, cover, components, cases.");
}

int StatsCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addOption({QStringLiteral("into"), tr("The cache to read."), tr("file")});
  parser.addOption(
      {QStringLiteral("wkt"), tr("The area as a POLYGON or MULTIPOLYGON in the cache's CRS."), tr("wkt")});
  parser.addOption(
      {QStringLiteral("bbox"), tr("The area as a box in the cache's CRS."), tr("xmin,ymin,xmax,ymax")});
  parser.addOption({QStringLiteral("grid"),
                    tr("The area of a grid cell (15 digits), community (12), street (9) or district (6)."),
                    tr("code")});
  parser.addOption(
      {QStringLiteral("from"), tr("Count cases reported from this date or time on (ISO 8601)."), tr("time")});
  parser.addOption({QStringLiteral("to"), tr("…and before this date or time (ISO 8601)."), tr("time")});
  parser.addOption(
      {QStringLiteral("now"), tr("Judge deadlines at this time instead of now (ISO 8601)."), tr("time")});
  parser.addOption({QStringLiteral("json"), tr("Print the figures as JSON instead of a table.")});
  parser.addOption(
      {QStringLiteral("export"), tr("Also write the table to a .csv or .xlsx file."), tr("file")});
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const int shapes = (parser.isSet(QStringLiteral("wkt")) ? 1 : 0) +
                     (parser.isSet(QStringLiteral("bbox")) ? 1 : 0) +
                     (parser.isSet(QStringLiteral("grid")) ? 1 : 0);
  if (!parser.isSet(QStringLiteral("into")) || shapes != 1 || !parser.positionalArguments().isEmpty())
  {
    console::printError(tr("Use: xiuhua-cli stats --into FILE with one of --wkt, --bbox or --grid; see "
                           "xiuhua-cli stats --help."));
    return exitcodes::usage;
  }
  OneBoxOptions options;
  for (const auto &[name, instant] :
       {std::pair<QString, QDateTime *>{QStringLiteral("from"), &options.casesFrom},
        {QStringLiteral("to"), &options.casesTo},
        {QStringLiteral("now"), &options.now}})
  {
    if (!readInstant(parser, name, instant))
    {
      console::printError(tr("--%1: \"%2\" is not an ISO 8601 date or time.").arg(name, parser.value(name)));
      return exitcodes::usage;
    }
  }
  const QString exportPath = parser.value(QStringLiteral("export"));
  if (!exportPath.isEmpty() && !TableWriter::extensions().contains(QFileInfo(exportPath).suffix().toLower()))
  {
    console::printError(tr("--export: %1 is neither a .csv nor an .xlsx file.").arg(exportPath));
    return exitcodes::usage;
  }

  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(parser.value(QStringLiteral("into")), &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  std::optional<StudyArea> area;
  if (parser.isSet(QStringLiteral("wkt")))
  {
    area = StudyArea::fromWkt(parser.value(QStringLiteral("wkt")), &error);
  }
  else if (parser.isSet(QStringLiteral("grid")))
  {
    area = StudyArea::fromAreaCode(*cache, parser.value(QStringLiteral("grid")), &error);
  }
  else
  {
    const QStringList corners = parser.value(QStringLiteral("bbox")).split(QLatin1Char(','));
    QList<double> numbers;
    for (const QString &corner : corners)
    {
      bool ok = false;
      numbers.append(corner.trimmed().toDouble(&ok));
      if (!ok)
        numbers.clear();
      if (!ok)
        break;
    }
    if (numbers.size() != 4)
    {
      console::printError(tr("--bbox: \"%1\" is not four numbers xmin,ymin,xmax,ymax.")
                              .arg(parser.value(QStringLiteral("bbox"))));
      return exitcodes::usage;
    }
    area = StudyArea::fromBox(numbers[0], numbers[1], numbers[2], numbers[3], &error);
  }
  if (!area)
  {
    console::printError(tr("No figures: %1").arg(error));
    return exitcodes::inputError;
  }

  const ReferenceData reference;
  const std::optional<GreenClasses> greenClasses = reference.greenClasses(&error);
  if (!greenClasses)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  QString ignored;
  const std::optional<Catalogue> catalogue = reference.catalogue(cache->catalogue(), &ignored);
  const std::optional<CaseWorkflow> workflow = reference.workflow(&ignored);

  OneBoxStatistics statistics(*cache, *greenClasses);
  const std::optional<OneBoxFigures> figures = statistics.compute(*area, options, nullptr, &error);
  if (!figures)
  {
    console::printError(tr("No figures: %1").arg(error));
    return exitcodes::inputError;
  }
  const OneBoxReport report(*figures, *greenClasses, catalogue ? &*catalogue : nullptr,
                            workflow ? &*workflow : nullptr);
  if (!exportPath.isEmpty() &&
      !TableWriter::write(exportPath, OneBoxReport::header(), report.table(), &error))
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  if (parser.isSet(QStringLiteral("json")))
  {
    console::printOut(
        QString::fromUtf8(QJsonDocument(OneBoxReport::toJson(*figures)).toJson(QJsonDocument::Indented)));
    return exitcodes::success;
  }
  QString section;
  for (const OneBoxReport::Row &row : report.rows())
  {
    if (row.section != section)
      console::printOut(QStringLiteral("\n%1").arg(row.section));
    section = row.section;
    const QString value = OneBoxReport::formatValue(row.value);
    console::printOut(QStringLiteral("  %1  %2 %3%4")
                          .arg(row.item, -36)
                          .arg(value, 16)
                          .arg(row.unit, -10)
                          .arg(row.note.isEmpty() ? QString() : QStringLiteral("  ") + row.note));
  }
  return exitcodes::success;
}
