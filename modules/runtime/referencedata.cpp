#include "runtime/referencedata.h"

#include "runtime/datapaths.h"

#include <QFile>

ReferenceData::ReferenceData(const QString &directory)
    : mDirectory(directory.isEmpty() ? datapaths::dataDirectory() : directory)
{}

std::optional<CsvTable> ReferenceData::table(const QString &relativePath, QString *error) const
{
  QFile file(mDirectory + QLatin1Char('/') + relativePath);
  if (!file.open(QIODevice::ReadOnly))
  {
    *error = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
    return std::nullopt;
  }
  return CsvTable::parse(file.readAll(), file.fileName(), error);
}

std::optional<Catalogue> ReferenceData::catalogue(const QString &name, QString *error) const
{
  const CatalogueEdition edition =
      name == QLatin1String("gb30428_2") ? CatalogueEdition::Legacy : CatalogueEdition::Current;
  const QString file = edition == CatalogueEdition::Legacy ? QStringLiteral("catalog/gb30428_2_legacy.csv")
                                                           : QStringLiteral("catalog/gb47678_5_2026.csv");
  if (name != QLatin1String("gb30428_2") && name != QLatin1String("gb47678_5_2026"))
  {
    *error = tr("Unknown catalogue \"%1\".").arg(name);
    return std::nullopt;
  }
  const std::optional<CsvTable> classes = table(file, error);
  if (!classes)
    return std::nullopt;
  return Catalogue::fromTable(*classes, edition, error);
}

std::optional<GreenClasses> ReferenceData::greenClasses(QString *error) const
{
  const std::optional<CsvTable> classes = table(QStringLiteral("catalog/cjjt85_green_classes.csv"), error);
  return classes ? GreenClasses::fromTable(*classes, error) : std::nullopt;
}

std::optional<CaseWorkflow> ReferenceData::workflow(QString *error) const
{
  const std::optional<CsvTable> states = table(QStringLiteral("workflow/case_states.csv"), error);
  if (!states)
    return std::nullopt;
  const std::optional<CsvTable> actions = table(QStringLiteral("workflow/case_actions.csv"), error);
  if (!actions)
    return std::nullopt;
  const std::optional<CsvTable> roles = table(QStringLiteral("workflow/roles.csv"), error);
  if (!roles)
    return std::nullopt;
  const std::optional<CsvTable> transitions = table(QStringLiteral("workflow/case_transitions.csv"), error);
  if (!transitions)
    return std::nullopt;
  return CaseWorkflow::fromTables(*states, *actions, *roles, *transitions, error);
}

std::optional<ReferenceData::City> ReferenceData::city(const QString &catalogueName, QString *error,
                                                       const QString &city) const
{
  std::optional<Catalogue> catalogue = this->catalogue(catalogueName, error);
  if (!catalogue)
    return std::nullopt;
  const QString folder = QStringLiteral("city/") + city + QLatin1Char('/');
  const std::optional<CsvTable> local = table(folder + QStringLiteral("local_classes.csv"), error);
  if (!local || !catalogue->addLocalExtensions(*local, error))
    return std::nullopt;
  const std::optional<CsvTable> types = table(folder + QStringLiteral("department_types.csv"), error);
  const QString settingsFile = catalogue->edition() == CatalogueEdition::Legacy
                                   ? QStringLiteral("class_settings_legacy.csv")
                                   : QStringLiteral("class_settings.csv");
  const std::optional<CsvTable> settings = types ? table(folder + settingsFile, error) : std::nullopt;
  if (!settings)
    return std::nullopt;
  std::optional<CityConfiguration> configuration =
      CityConfiguration::fromTables(*catalogue, *types, *settings, error);
  if (!configuration)
    return std::nullopt;
  return City{*catalogue, *configuration};
}

std::optional<WorkCalendar> ReferenceData::calendar(QString *error) const
{
  const std::optional<CsvTable> holidays = table(QStringLiteral("calendar/cn_public_holidays.csv"), error);
  if (!holidays)
    return std::nullopt;
  return WorkCalendar::fromHolidayTable(*holidays, error);
}
