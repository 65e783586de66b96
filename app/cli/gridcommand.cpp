#include "gridcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "cache/cachefile.h"
#include "dataimport/gridbuilder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

QString GridCommand::summary()
{
  return tr("Draw the unit grid (build) of a city that has none yet, from its roads and water.");
}

int GridCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("action"), tr("build"));
  parser.addOption({QStringLiteral("into"), tr("The cache to draw the grid in."), tr("file")});
  parser.addOption({QStringLiteral("district"),
                    tr("The district's 6-digit code, when the cache has no district or several."),
                    tr("code")});
  parser.addOption(
      {QStringLiteral("district-name"), tr("The name of a district not yet in the cache."), tr("name")});
  parser.addOption({QStringLiteral("cell-area"), tr("The cell area to aim for, in m² (default 10000)."),
                    tr("m2"), QStringLiteral("10000")});
  parser.addOption({QStringLiteral("replace"),
                    tr("Replace the grid the cache has; components and cases are given their new cells.")});
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const QStringList positional = parser.positionalArguments();
  if (positional != QStringList{QStringLiteral("build")} || !parser.isSet(QStringLiteral("into")))
  {
    console::printError(tr("Use: xiuhua-cli grid build --into FILE; see xiuhua-cli grid --help."));
    return exitcodes::usage;
  }
  GridBuildOptions options;
  options.districtCode = parser.value(QStringLiteral("district"));
  options.districtName = parser.value(QStringLiteral("district-name"));
  options.replace = parser.isSet(QStringLiteral("replace"));
  bool ok = false;
  options.cellArea = parser.value(QStringLiteral("cell-area")).toDouble(&ok);
  if (!ok)
  {
    console::printError(
        tr("--cell-area: \"%1\" is not a number.").arg(parser.value(QStringLiteral("cell-area"))));
    return exitcodes::usage;
  }

  QString error;
  std::unique_ptr<CacheFile> cache = CacheFile::open(parser.value(QStringLiteral("into")), &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  GridBuilder builder(*cache, options);
  QString lastStep;
  builder.setProgress([&lastStep](const QString &step, int percent) {
    if (step != lastStep)
      console::printError(tr("[%1%] %2").arg(percent, 3).arg(step));
    lastStep = step;
    return true;
  });
  QElapsedTimer timer;
  timer.start();
  if (!builder.run(&error))
  {
    console::printError(tr("No grid was drawn: %1").arg(error));
    return exitcodes::inputError;
  }
  const GridBuildReport &report = builder.report();
  console::printOut(
      tr("Drew %1 grid cells over %2 km² in %3 s: %4 blocks (%5 slivers joined to a neighbour), "
         "cells of %6–%7 m².")
          .arg(report.cells)
          .arg(report.area / 1e6, 0, 'f', 2)
          .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          .arg(report.blocks)
          .arg(report.mergedBlocks)
          .arg(report.smallestCell, 0, 'f', 0)
          .arg(report.largestCell, 0, 'f', 0));
  if (report.communitiesCreated > 0)
    console::printOut(tr("The cache had no communities: made %1 provisional streets and %2 provisional "
                         "communities of whole blocks; replace them with the official ones.")
                          .arg(report.streetsCreated)
                          .arg(report.communitiesCreated));
  console::printOut(tr("Components given their cell: %1; cases: %2.")
                        .arg(report.componentsLocated)
                        .arg(report.casesLocated));
  return exitcodes::success;
}
