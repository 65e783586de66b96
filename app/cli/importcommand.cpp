#include "importcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "cache/cachefile.h"
#include "dataimport/cityimporter.h"
#include "runtime/datapaths.h"
#include "runtime/referencedata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <numeric>

namespace
{
  /** A shipped mapping by name ("osm"), or a mapping file. */
  QString mappingPath(const QString &nameOrPath)
  {
    const QString shipped = datapaths::dataDirectory() + QStringLiteral("/mappings/%1.json").arg(nameOrPath);
    if (!nameOrPath.contains(QLatin1Char('/')) && !nameOrPath.endsWith(QLatin1String(".json")) &&
        QFileInfo::exists(shipped))
      return shipped;
    return nameOrPath;
  }
} // namespace

QString ImportCommand::summary()
{
  return tr("Import a city's data (any GDAL vector source) into a cache by a mapping.");
}

int ImportCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("source"),
                               tr("The data to import: a file or a GDAL connection."));
  parser.addOption({QStringLiteral("mapping"),
                    tr("A mapping file, or a shipped mapping: osm (OpenStreetMap), gb47678-components."),
                    tr("mapping")});
  parser.addOption({QStringLiteral("into"), tr("The cache to import into (made with xiuhua-cli cache init)."),
                    tr("file")});
  parser.addOption({QStringLiteral("source-crs"),
                    tr("The source's CRS when it declares none or a wrong one, e.g. EPSG:4326."), tr("crs")});
  parser.addOption({QStringLiteral("open-option"),
                    tr("A GDAL open option for the source, NAME=VALUE; may be repeated."), tr("option")});
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 1 || !parser.isSet(QStringLiteral("mapping")) ||
      !parser.isSet(QStringLiteral("into")))
  {
    console::printError(tr("Use: xiuhua-cli import SOURCE --mapping MAPPING --into FILE."));
    return exitcodes::usage;
  }

  QString error;
  const std::optional<ImportMapping> mapping =
      ImportMapping::load(mappingPath(parser.value(QStringLiteral("mapping"))), &error);
  if (!mapping)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  std::unique_ptr<CacheFile> cache = CacheFile::open(parser.value(QStringLiteral("into")), &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  const std::optional<Catalogue> catalogue = ReferenceData().catalogue(cache->catalogue(), &error);
  if (!catalogue)
  {
    console::printError(error);
    return exitcodes::inputError;
  }

  CityImporter importer(*cache, *mapping, &*catalogue);
  importer.setSourceCrs(parser.value(QStringLiteral("source-crs")));
  importer.setOpenOptions(parser.values(QStringLiteral("open-option")));
  importer.setProgress([](qint64 done, qint64 total) {
    if (done % 50000 == 0)
      console::printError(total > 0 ? tr("[%1%] %2 features read").arg(100 * done / total, 3).arg(done)
                                    : tr("%1 features read").arg(done));
    return true;
  });
  QElapsedTimer timer;
  timer.start();
  if (!importer.run(positional.first(), &error))
  {
    console::printError(tr("Nothing was imported: %1").arg(error));
    return exitcodes::inputError;
  }
  const ImportReport &report = importer.report();
  QStringList written;
  for (auto it = report.written.begin(); it != report.written.end(); ++it)
    written.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
  console::printOut(
      tr("Imported %1 features of %2 read into %3 in %4 s: %5.")
          .arg(std::accumulate(report.written.begin(), report.written.end(), qint64(0)))
          .arg(report.read)
          .arg(parser.value(QStringLiteral("into")))
          .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          .arg(written.isEmpty() ? tr("nothing matched the mapping") : written.join(QStringLiteral(", "))));
  console::printOut(
      tr("Not taken by any rule: %1; duplicates left out: %2; geometries repaired: %3; left out "
         "for their geometry: %4; departments created: %5.")
          .arg(report.unmatched)
          .arg(report.duplicates)
          .arg(report.repaired)
          .arg(report.rejected)
          .arg(report.departmentsCreated));
  for (const QString &example : report.rejectedExamples)
    console::printOut(QStringLiteral("  ") + example);
  return exitcodes::success;
}
