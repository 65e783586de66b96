#include "domain/cityconfiguration.h"

#include <QSet>

namespace
{
  QString key(ClassKind kind, const QString &code)
  {
    return Catalogue::kindName(kind) + QLatin1Char(':') + code;
  }

  /** Whether cases are filed under classes of \a kind in \a edition, so they need a time limit. */
  bool casesFiledUnder(ClassKind kind, CatalogueEdition edition)
  {
    return kind != ClassKind::Component || edition == CatalogueEdition::Legacy;
  }

  /** A settings row, parsed; empty fields leave the value to the big class. */
  struct Row
  {
      std::optional<TimeLimit> timeLimit;
      QString departmentType;
      std::optional<bool> active;
  };
} // namespace

std::optional<CityConfiguration> CityConfiguration::fromTables(const Catalogue &catalogue,
                                                               const CsvTable &departmentTypes,
                                                               const CsvTable &classSettings, QString *error)
{
  CityConfiguration configuration;
  if (!departmentTypes.requireColumns(
          {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en")}, error))
    return std::nullopt;
  QSet<QString> typeCodes;
  for (const CsvTable::Row &row : departmentTypes.rows())
  {
    const QString code = departmentTypes.value(row, QStringLiteral("code"));
    if (code.isEmpty() || typeCodes.contains(code))
    {
      *error = tr("%1: \"%2\" is empty or given twice.")
                   .arg(departmentTypes.location(row, QStringLiteral("code")), code);
      return std::nullopt;
    }
    typeCodes.insert(code);
    configuration.mDepartmentTypes.append({code, departmentTypes.value(row, QStringLiteral("name_zh")),
                                           departmentTypes.value(row, QStringLiteral("name_en"))});
  }

  if (!classSettings.requireColumns({QStringLiteral("kind"), QStringLiteral("code"),
                                     QStringLiteral("time_limit"), QStringLiteral("department_type"),
                                     QStringLiteral("active")},
                                    error))
    return std::nullopt;

  // Rows keyed by kind and code (2-digit big class or full type code).
  const int typeCodeLength = catalogue.edition() == CatalogueEdition::Legacy ? 4 : 5;
  QHash<QString, Row> rows;
  for (const CsvTable::Row &row : classSettings.rows())
  {
    QList<ClassKind> kinds;
    for (const QString &name : classSettings.value(row, QStringLiteral("kind")).split(QLatin1Char('|')))
    {
      const std::optional<ClassKind> kind = Catalogue::kindFromName(name.trimmed());
      if (!kind)
      {
        *error = tr("%1: \"%2\" is not a class kind (component, matter, event).")
                     .arg(classSettings.location(row, QStringLiteral("kind")), name);
        return std::nullopt;
      }
      kinds.append(*kind);
    }

    const QString code = classSettings.value(row, QStringLiteral("code"));
    Row settings;
    const QString limitText = classSettings.value(row, QStringLiteral("time_limit"));
    if (!limitText.isEmpty())
    {
      QString detail;
      settings.timeLimit = TimeLimit::parse(limitText, &detail);
      if (!settings.timeLimit)
      {
        *error = tr("%1: %2").arg(classSettings.location(row, QStringLiteral("time_limit")), detail);
        return std::nullopt;
      }
    }
    settings.departmentType = classSettings.value(row, QStringLiteral("department_type"));
    if (!settings.departmentType.isEmpty() && !typeCodes.contains(settings.departmentType))
    {
      *error =
          tr("%1: \"%2\" is not a department type of this city.")
              .arg(classSettings.location(row, QStringLiteral("department_type")), settings.departmentType);
      return std::nullopt;
    }
    const QString active = classSettings.value(row, QStringLiteral("active"));
    if (active == QLatin1String("yes") || active == QLatin1String("no"))
      settings.active = active == QLatin1String("yes");
    else if (!active.isEmpty())
    {
      *error = tr("%1: \"%2\" is neither yes nor no.")
                   .arg(classSettings.location(row, QStringLiteral("active")), active);
      return std::nullopt;
    }

    for (ClassKind kind : std::as_const(kinds))
    {
      bool known = false;
      for (const CatalogueClass &entry : catalogue.classes())
        known |= entry.kind == kind && entry.code.toString().startsWith(code);
      if ((code.size() != 2 && code.size() != typeCodeLength) || !known)
      {
        *error =
            tr("%1: the catalogue has no %2 class %3.")
                .arg(classSettings.location(row, QStringLiteral("code")), Catalogue::kindName(kind), code);
        return std::nullopt;
      }
      if (rows.contains(key(kind, code)))
      {
        *error =
            tr("%1: %2 %3 is configured twice.")
                .arg(classSettings.location(row, QStringLiteral("code")), Catalogue::kindName(kind), code);
        return std::nullopt;
      }
      rows.insert(key(kind, code), settings);
      configuration.mRules.append({Catalogue::kindName(kind), code, settings.departmentType});
    }
  }

  // Every class takes its own row, else its big class's row, field by field.
  for (const CatalogueClass &entry : catalogue.classes())
  {
    const Row own = rows.value(key(entry.kind, entry.code.toString()));
    const Row big = rows.value(key(entry.kind, entry.code.bigClass()));
    ClassSettings settings;
    settings.timeLimit = own.timeLimit ? own.timeLimit : big.timeLimit;
    settings.departmentType = own.departmentType.isEmpty() ? big.departmentType : own.departmentType;
    settings.active = own.active.value_or(big.active.value_or(true));
    const QString label =
        QStringLiteral("%1 %2 %3").arg(Catalogue::kindName(entry.kind), entry.code.toString(), entry.name);
    if (settings.active && settings.departmentType.isEmpty())
    {
      *error = tr("%1: %2 has no department type; add a row for it or for its big class %3.")
                   .arg(classSettings.sourceName(), label, entry.code.bigClass());
      return std::nullopt;
    }
    if (settings.active && !settings.timeLimit && casesFiledUnder(entry.kind, catalogue.edition()))
    {
      *error = tr("%1: %2 has no time limit; add a row for it or for its big class %3.")
                   .arg(classSettings.sourceName(), label, entry.code.bigClass());
      return std::nullopt;
    }
    configuration.mSettings.insert(key(entry.kind, entry.code.toString()), settings);
  }
  return configuration;
}

std::optional<ClassSettings> CityConfiguration::settingsFor(ClassKind kind, const TypeCode &code) const
{
  const auto it = mSettings.constFind(key(kind, code.toString()));
  if (it == mSettings.constEnd())
    return std::nullopt;
  return it.value();
}
