#include "domain/cataloguemapping.h"

namespace
{
  QString key(ClassKind kind, const TypeCode &code)
  {
    return Catalogue::kindName(kind) + QLatin1Char(':') + code.toString();
  }

  /** The class named by the kind and code columns of \a row, if \a catalogue has it. */
  const CatalogueClass *findClass(const CsvTable &table, const CsvTable::Row &row, const QString &kindColumn,
                                  const QString &codeColumn, const Catalogue &catalogue)
  {
    const std::optional<ClassKind> kind = Catalogue::kindFromName(table.value(row, kindColumn));
    QString ignored;
    const std::optional<TypeCode> code = TypeCode::parse(table.value(row, codeColumn), &ignored);
    return kind && code ? catalogue.find(*kind, *code) : nullptr;
  }
} // namespace

std::optional<CatalogueMapping> CatalogueMapping::fromTable(const CsvTable &table, const Catalogue &legacy,
                                                            const Catalogue &current, QString *error)
{
  if (!table.requireColumns({QStringLiteral("legacy_kind"), QStringLiteral("legacy_type_code"),
                             QStringLiteral("current_kind"), QStringLiteral("current_type_code"),
                             QStringLiteral("match")},
                            error))
    return std::nullopt;

  CatalogueMapping mapping;
  for (const CsvTable::Row &row : table.rows())
  {
    const CatalogueClass *from =
        findClass(table, row, QStringLiteral("legacy_kind"), QStringLiteral("legacy_type_code"), legacy);
    if (!from)
    {
      *error = tr("%1: %2 %3 is not in the legacy catalogue.")
                   .arg(table.location(row, QStringLiteral("legacy_type_code")),
                        table.value(row, QStringLiteral("legacy_kind")),
                        table.value(row, QStringLiteral("legacy_type_code")));
      return std::nullopt;
    }
    const CatalogueClass *to =
        findClass(table, row, QStringLiteral("current_kind"), QStringLiteral("current_type_code"), current);
    if (!to)
    {
      *error = tr("%1: %2 %3 is not in the current catalogue.")
                   .arg(table.location(row, QStringLiteral("current_type_code")),
                        table.value(row, QStringLiteral("current_kind")),
                        table.value(row, QStringLiteral("current_type_code")));
      return std::nullopt;
    }
    const QString matchText = table.value(row, QStringLiteral("match"));
    if (matchText != QLatin1String("exact") && matchText != QLatin1String("equivalent"))
    {
      *error = tr("%1: \"%2\" is neither \"exact\" nor \"equivalent\".")
                   .arg(table.location(row, QStringLiteral("match")), matchText);
      return std::nullopt;
    }
    const QString fromKey = key(from->kind, from->code);
    if (mapping.mTargets.contains(fromKey))
    {
      *error = tr("%1: %2 %3 is mapped twice.")
                   .arg(table.location(row, QStringLiteral("legacy_type_code")),
                        Catalogue::kindName(from->kind), from->code.toString());
      return std::nullopt;
    }
    mapping.mTargets.insert(
        fromKey,
        {to->kind, to->code, matchText == QLatin1String("exact") ? Match::Exact : Match::Equivalent});
  }
  return mapping;
}

std::optional<CatalogueMapping::Target> CatalogueMapping::currentFor(ClassKind kind,
                                                                     const TypeCode &code) const
{
  const auto it = mTargets.constFind(key(kind, code));
  if (it == mTargets.constEnd())
    return std::nullopt;
  return it.value();
}
