#include "domain/greenclasses.h"

std::optional<GreenClasses> GreenClasses::fromTable(const CsvTable &table, QString *error)
{
  const QStringList columns{QStringLiteral("code"),        QStringLiteral("category"),
                            QStringLiteral("name_zh"),     QStringLiteral("name_en"),
                            QStringLiteral("green_ratio"), QStringLiteral("park")};
  if (!table.requireColumns(columns, error))
    return std::nullopt;
  GreenClasses result;
  for (const CsvTable::Row &row : table.rows())
  {
    GreenClass green{table.value(row, columns[0]), table.value(row, columns[1]), table.value(row, columns[2]),
                     table.value(row, columns[3])};
    for (const QString &column : {columns[0], columns[1], columns[2], columns[3]})
    {
      if (table.value(row, column).isEmpty())
      {
        *error = tr("%1: the value is empty.").arg(table.location(row, column));
        return std::nullopt;
      }
    }
    for (int flag = 4; flag < 6; ++flag)
    {
      const QString value = table.value(row, columns[flag]);
      if (value != QLatin1String("yes") && value != QLatin1String("no"))
      {
        *error = tr("%1: \"%2\" is neither yes nor no.").arg(table.location(row, columns[flag]), value);
        return std::nullopt;
      }
      (flag == 4 ? green.countsInGreenRatio : green.isPark) = value == QLatin1String("yes");
    }
    if (result.find(green.code) && result.find(green.code)->code == green.code)
    {
      *error = tr("%1: the class %2 is listed twice.").arg(table.location(row, columns[0]), green.code);
      return std::nullopt;
    }
    result.mClasses.append(green);
  }
  for (const GreenClass &green : std::as_const(result.mClasses))
  {
    if (!result.category(green.category))
    {
      *error = tr("%1: the category %2 of class %3 has no row of its own.")
                   .arg(table.sourceName(), green.category, green.code);
      return std::nullopt;
    }
  }
  return result;
}

const GreenClass *GreenClasses::find(const QString &code) const
{
  const GreenClass *best = nullptr;
  for (const GreenClass &green : mClasses)
  {
    if (code.startsWith(green.code) && (!best || green.code.size() > best->code.size()))
      best = &green;
  }
  return best;
}

QStringList GreenClasses::categories() const
{
  QStringList result;
  for (const GreenClass &green : mClasses)
  {
    if (!result.contains(green.category))
      result.append(green.category);
  }
  return result;
}

const GreenClass *GreenClasses::category(const QString &category) const
{
  for (const GreenClass &green : mClasses)
  {
    if (green.code == category)
      return &green;
  }
  return nullptr;
}
