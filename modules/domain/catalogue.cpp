#include "domain/catalogue.h"

namespace
{
  const QStringList requiredColumns{
      QStringLiteral("kind"),           QStringLiteral("type_code"),         QStringLiteral("big_class_code"),
      QStringLiteral("big_class_name"), QStringLiteral("big_class_name_en"), QStringLiteral("name"),
      QStringLiteral("name_en")};

  QString editionName(CatalogueEdition edition)
  {
    return edition == CatalogueEdition::Legacy ? QStringLiteral("GB/T 30428.2")
                                               : QStringLiteral("GB/T 47678.5-2026");
  }
} // namespace

QString Catalogue::kindName(ClassKind kind)
{
  switch (kind)
  {
  case ClassKind::Component:
    return QStringLiteral("component");
  case ClassKind::Matter:
    return QStringLiteral("matter");
  case ClassKind::Event:
    return QStringLiteral("event");
  }
  return QString();
}

std::optional<ClassKind> Catalogue::kindFromName(const QString &name)
{
  for (ClassKind kind : {ClassKind::Component, ClassKind::Matter, ClassKind::Event})
  {
    if (kindName(kind) == name)
      return kind;
  }
  return std::nullopt;
}

QString Catalogue::key(ClassKind kind, const TypeCode &code)
{
  return kindName(kind) + QLatin1Char(':') + code.toString();
}

std::optional<Catalogue> Catalogue::fromTable(const CsvTable &table, CatalogueEdition edition, QString *error)
{
  Catalogue catalogue;
  catalogue.mEdition = edition;
  if (!catalogue.addClasses(table, false, error))
    return std::nullopt;
  return catalogue;
}

bool Catalogue::addLocalExtensions(const CsvTable &table, QString *error)
{
  return addClasses(table, true, error);
}

bool Catalogue::addClasses(const CsvTable &table, bool localExtension, QString *error)
{
  if (!table.requireColumns(requiredColumns, error))
    return false;

  // Validate everything first, so a bad file leaves the catalogue as it was.
  QList<CatalogueClass> added;
  QHash<QString, int> index = mIndex;
  for (const CsvTable::Row &row : table.rows())
  {
    CatalogueClass entry;
    entry.localExtension = localExtension;

    const std::optional<ClassKind> kind = kindFromName(table.value(row, QStringLiteral("kind")));
    const bool kindFitsEdition =
        kind && (*kind == ClassKind::Component ||
                 (*kind == ClassKind::Matter) == (mEdition == CatalogueEdition::Current));
    if (!kindFitsEdition)
    {
      *error = tr("%1: \"%2\" is not a class kind of %3 (use %4).")
                   .arg(table.location(row, QStringLiteral("kind")), table.value(row, QStringLiteral("kind")),
                        editionName(mEdition),
                        mEdition == CatalogueEdition::Current ? QStringLiteral("component, matter")
                                                              : QStringLiteral("component, event"));
      return false;
    }
    entry.kind = *kind;

    QString detail;
    const std::optional<TypeCode> code =
        TypeCode::parse(table.value(row, QStringLiteral("type_code")), &detail);
    if (!code || code->edition() != mEdition)
    {
      *error = tr("%1: %2").arg(
          table.location(row, QStringLiteral("type_code")),
          code ? tr("\"%1\" is not a type code of %2.").arg(code->toString(), editionName(mEdition))
               : detail);
      return false;
    }
    entry.code = *code;

    if (table.value(row, QStringLiteral("big_class_code")) != code->bigClass())
    {
      *error = tr("%1: big class \"%2\" does not match type code %3.")
                   .arg(table.location(row, QStringLiteral("big_class_code")),
                        table.value(row, QStringLiteral("big_class_code")), code->toString());
      return false;
    }

    entry.bigClassName = table.value(row, QStringLiteral("big_class_name"));
    entry.bigClassNameEn = table.value(row, QStringLiteral("big_class_name_en"));
    entry.name = table.value(row, QStringLiteral("name"));
    entry.nameEn = table.value(row, QStringLiteral("name_en"));
    for (const QString &column : {QStringLiteral("big_class_name"), QStringLiteral("big_class_name_en"),
                                  QStringLiteral("name"), QStringLiteral("name_en")})
    {
      if (table.value(row, column).isEmpty())
      {
        *error = tr("%1: the name is empty.").arg(table.location(row, column));
        return false;
      }
    }

    const QString classKey = key(entry.kind, entry.code);
    if (index.contains(classKey))
    {
      *error =
          tr("%1: %2 %3 is already in the catalogue.")
              .arg(table.location(row, QStringLiteral("type_code")), kindName(entry.kind), code->toString());
      return false;
    }
    index.insert(classKey, mClasses.size() + added.size());
    added.append(entry);
  }

  mClasses.append(added);
  mIndex = index;
  return true;
}

const CatalogueClass *Catalogue::find(ClassKind kind, const TypeCode &code) const
{
  const auto it = mIndex.constFind(key(kind, code));
  return it == mIndex.constEnd() ? nullptr : &mClasses.at(it.value());
}

int Catalogue::count(ClassKind kind) const
{
  int result = 0;
  for (const CatalogueClass &entry : mClasses)
    result += entry.kind == kind;
  return result;
}
