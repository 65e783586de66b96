#include "democommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "cache/cachefile.h"
#include "demo/democitygenerator.h"
#include "runtime/referencedata.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

QString DemoCommand::summary()
{
  return tr("Generate the demo city (a believable district with grid, roads, buildings and green) into a new "
            "cache.");
}

int DemoCommand::run(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addHelpOption();
  parser.addOption({QStringLiteral("scale"),
                    tr("tiny (~1 km², for tests), district (~10 km², default) or city (~100 km²)."),
                    tr("scale"), QStringLiteral("district")});
  parser.addOption({QStringLiteral("seed"), tr("The same seed gives the same city (default 1)."),
                    tr("number"), QStringLiteral("1")});
  parser.addOption({QStringLiteral("out"), tr("The cache file to create."), tr("file")});
  parser.addOption(
      {QStringLiteral("now"),
       tr("The end of the case history, as ISO date and time (default: now). With the seed it fixes "
          "the city."),
       tr("time")});
  if (const std::optional<int> done = commandline::parse(parser, arguments))
    return *done;
  const std::optional<DemoScale> scale = DemoScale::fromName(parser.value(QStringLiteral("scale")));
  bool seedOk = false;
  const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
  const QString out = parser.value(QStringLiteral("out"));
  const QDateTime now = parser.isSet(QStringLiteral("now"))
                            ? QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate)
                            : QDateTime::currentDateTimeUtc();
  if (!scale || !seedOk || out.isEmpty() || !now.isValid() || !parser.positionalArguments().isEmpty())
  {
    console::printError(tr("Use: xiuhua-cli demo --scale tiny|district|city --seed N --out FILE."));
    return exitcodes::usage;
  }

  QString error;
  const ReferenceData data;
  const std::optional<ReferenceData::City> city = data.city(QStringLiteral("gb47678_5_2026"), &error);
  const std::optional<CaseWorkflow> workflow = city ? data.workflow(&error) : std::nullopt;
  const std::optional<WorkCalendar> calendar = workflow ? data.calendar(&error) : std::nullopt;
  if (!calendar)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  CacheSettings settings;
  settings.cityName = QStringLiteral("绣湖区");
  std::unique_ptr<CacheFile> cache = CacheFile::create(out, settings, &error);
  if (!cache)
  {
    console::printError(error);
    return exitcodes::inputError;
  }
  QElapsedTimer timer;
  timer.start();
  DemoCityGenerator generator(*cache, *scale, seed, {city->configuration, *workflow, *calendar}, now);
  int lastPercent = -1;
  generator.setProgress([&lastPercent](const QString &step, int percent) {
    if (percent != lastPercent)
      console::printError(QStringLiteral("[%1%] %2").arg(percent, 3).arg(step));
    lastPercent = percent;
  });
  if (!generator.generate(&error))
  {
    cache.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
      QFile::remove(out + suffix);
    console::printError(tr("The demo city could not be generated, nothing was kept: %1").arg(error));
    return exitcodes::inputError;
  }
  console::printOut(tr("Wrote the %1 demo city (seed %2, %3 cases) to %4 in %5 s.")
                        .arg(scale->name)
                        .arg(seed)
                        .arg(generator.caseCount())
                        .arg(out)
                        .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
  return exitcodes::success;
}
