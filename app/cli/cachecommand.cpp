#include "cachecommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "cache/cachechecker.h"
#include "cache/cachefile.h"
#include "cache/cachesummary.h"
#include "runtime/referencedata.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace
{
  void printJson(const QJsonObject &object)
  {
    console::printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
  }
} // namespace

QString CacheCommand::summary()
{
  return tr("Create (init), describe (info) or verify (check) a local cache file.");
}

int CacheCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("action"), tr("init, info or check"));
  parser.addPositionalArgument(QStringLiteral("file"), tr("The cache file."));
  parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts instead of a report (info, check).")});
  parser.addOption({QStringLiteral("srid"),
                    tr("init: EPSG code of the projected CRS (default 4549, CGCS2000 Gauss–Krüger CM 120E)."),
                    QStringLiteral("epsg"), QStringLiteral("4549")});
  parser.addOption({QStringLiteral("catalogue"), tr("init: gb47678_5_2026 (default) or gb30428_2."),
                    tr("name"), QStringLiteral("gb47678_5_2026")});
  parser.addOption({QStringLiteral("city"), tr("init: the name of the city."), tr("name")});
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  const QStringList actions{QStringLiteral("init"), QStringLiteral("info"), QStringLiteral("check")};
  if (positional.size() != 2 || !actions.contains(positional.first()))
  {
    console::printError(tr("Use: xiuhua-cli cache init|info|check FILE; see xiuhua-cli cache --help."));
    return exitcodes::usage;
  }
  const QString &action = positional.first();
  const QString &path = positional.at(1);
  if (action == QLatin1String("init"))
  {
    bool ok = false;
    CacheSettings settings;
    settings.srid = parser.value(QStringLiteral("srid")).toInt(&ok);
    if (!ok)
    {
      console::printError(
          tr("--srid wants an EPSG code, not \"%1\".").arg(parser.value(QStringLiteral("srid"))));
      return exitcodes::usage;
    }
    settings.catalogue = parser.value(QStringLiteral("catalogue"));
    settings.cityName = parser.value(QStringLiteral("city"));
    QString error;
    if (!CacheFile::create(path, settings, &error))
    {
      console::printError(error);
      return exitcodes::inputError;
    }
    console::printOut(tr("Created %1 (schema version %2, EPSG:%3, catalogue %4).")
                          .arg(path)
                          .arg(CacheFile::currentSchemaVersion())
                          .arg(settings.srid)
                          .arg(settings.catalogue));
    return exitcodes::success;
  }
  const bool json = parser.isSet(QStringLiteral("json"));
  return action == QLatin1String("info") ? info(path, json) : check(path, json);
}

int CacheCommand::info(const QString &path, bool json)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(path, &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  const CacheSummary summary = CacheSummary::of(*cache);
  if (json)
  {
    QJsonObject counts;
    for (const CacheSummary::TableCount &count : summary.counts)
      counts.insert(count.table, count.rows);
    QJsonObject object{{QStringLiteral("path"), summary.path},
                       {QStringLiteral("schemaVersion"), summary.schemaVersion},
                       {QStringLiteral("catalogue"), summary.catalogue},
                       {QStringLiteral("epsg"), summary.srid},
                       {QStringLiteral("crs"), summary.crsName},
                       {QStringLiteral("city"), summary.cityName},
                       {QStringLiteral("createdAt"), summary.createdAt},
                       {QStringLiteral("rows"), counts},
                       {QStringLiteral("pendingChanges"), summary.pendingChanges},
                       {QStringLiteral("openConflicts"), summary.openConflicts}};
    object.insert(QStringLiteral("extent"),
                  summary.extent ? QJsonValue(QJsonArray{summary.extent->xMinimum, summary.extent->yMinimum,
                                                         summary.extent->xMaximum, summary.extent->yMaximum})
                                 : QJsonValue::Null);
    printJson(object);
    return exitcodes::success;
  }

  const QLocale locale;
  QString text = tr("Cache: %1").arg(summary.path) + QLatin1Char('\n');
  text += tr("Schema version: %1").arg(summary.schemaVersion) + QLatin1Char('\n');
  if (!summary.cityName.isEmpty())
    text += tr("City: %1").arg(summary.cityName) + QLatin1Char('\n');
  text += tr("Catalogue: %1").arg(summary.catalogue) + QLatin1Char('\n');
  text += tr("CRS: %1 (EPSG:%2)").arg(summary.crsName).arg(summary.srid) + QLatin1Char('\n');
  text += summary.extent ? tr("Extent: %1, %2 to %3, %4")
                               .arg(summary.extent->xMinimum, 0, 'f', 2)
                               .arg(summary.extent->yMinimum, 0, 'f', 2)
                               .arg(summary.extent->xMaximum, 0, 'f', 2)
                               .arg(summary.extent->yMaximum, 0, 'f', 2)
                         : tr("Extent: none (no spatial data yet)");
  text +=
      QLatin1Char('\n') + tr("Changes waiting to be pushed: %1").arg(locale.toString(summary.pendingChanges));
  text += QLatin1Char('\n') + tr("Conflicts to decide: %1").arg(locale.toString(summary.openConflicts));
  text += QLatin1Char('\n') + tr("Rows:") + QLatin1Char('\n');
  for (const CacheSummary::TableCount &count : summary.counts)
    text += QStringLiteral("  %1 %2\n").arg(count.table, -24).arg(locale.toString(count.rows), 12);
  console::printOut(text);
  return exitcodes::success;
}

int CacheCommand::check(const QString &path, bool json)
{
  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(path, &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  const ReferenceData data;
  const std::optional<Catalogue> catalogue = data.catalogue(cache->catalogue(), &error);
  const std::optional<CaseWorkflow> workflow = catalogue ? data.workflow(&error) : std::nullopt;
  if (!catalogue || !workflow)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  CacheChecker checker(*cache, *catalogue, *workflow);
  const QList<CacheProblem> problems = checker.run();
  qint64 total = 0;
  for (const qint64 count : checker.problemCounts())
    total += count;

  if (json)
  {
    QJsonArray list;
    for (const CacheProblem &problem : problems)
      list.append(QJsonObject{{QStringLiteral("check"), problem.check},
                              {QStringLiteral("table"), problem.table},
                              {QStringLiteral("key"), problem.key},
                              {QStringLiteral("message"), problem.message}});
    printJson({{QStringLiteral("path"), path},
               {QStringLiteral("problemCount"), total},
               {QStringLiteral("problems"), list}});
  }
  else if (problems.isEmpty())
  {
    console::printOut(
        tr("%1: no problems found (integrity, foreign keys, codes, geometries, case logs).").arg(path));
  }
  else
  {
    QString text =
        tr("%1: %n problem(s) found.", nullptr, static_cast<int>(total)).arg(path) + QLatin1Char('\n');
    for (const CacheProblem &problem : problems)
      text += QStringLiteral("  [%1] %2\n").arg(problem.check, problem.message);
    if (total > problems.size())
      text += tr("  … and %1 more.").arg(total - problems.size()) + QLatin1Char('\n');
    console::printError(text);
  }
  return problems.isEmpty() ? exitcodes::success : exitcodes::inputError;
}
