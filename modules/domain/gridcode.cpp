#include "domain/gridcode.h"

#include "domain/admincode.h"

std::optional<GridCode> GridCode::parse(const QString &text, QString *error)
{
  const QString code = text.trimmed();
  if (code.size() != 15 && code.size() != 14)
  {
    *error = tr("Grid code \"%1\" has %2 characters; a unit grid code has 15 digits (14 in the legacy form).")
                 .arg(code)
                 .arg(code.size());
    return std::nullopt;
  }
  for (const QChar c : code)
  {
    if (c < QLatin1Char('0') || c > QLatin1Char('9'))
    {
      *error = tr("Grid code \"%1\" contains \"%2\"; only digits are allowed.").arg(code, c);
      return std::nullopt;
    }
  }
  QString adminError;
  if (!AdminCode::validate(code.left(6), &adminError))
  {
    *error = tr("Grid code \"%1\": %2").arg(code, adminError);
    return std::nullopt;
  }
  const int street = code.mid(6, 3).toInt();
  if (street < 1 || street > 599)
  {
    *error = tr("Grid code \"%1\": street/town part %2 is outside 001–599.").arg(code, code.mid(6, 3));
    return std::nullopt;
  }
  const int community = code.mid(9, 3).toInt();
  if (community < 1 || community > 599)
  {
    *error = tr("Grid code \"%1\": community/village part %2 is outside 001–599.").arg(code, code.mid(9, 3));
    return std::nullopt;
  }
  const QString sequence = code.mid(12);
  if (sequence.toInt() == 0)
  {
    *error = tr("Grid code \"%1\": the grid sequence %2 must start at 1.").arg(code, sequence);
    return std::nullopt;
  }

  GridCode grid;
  grid.mWasLegacy = code.size() == 14;
  // The legacy form numbers cells 01–99 in two digits; the same cell is 001–099 in three.
  grid.mCode = grid.mWasLegacy ? code.left(12) + QLatin1Char('0') + sequence : code;
  return grid;
}

GridCode::TownshipKind GridCode::townshipKind() const
{
  const int street = mCode.mid(6, 3).toInt();
  if (street < 100)
    return TownshipKind::Subdistrict;
  if (street < 200)
    return TownshipKind::Town;
  if (street < 400)
    return TownshipKind::Township;
  return TownshipKind::TownshipLike;
}

GridCode::VillageKind GridCode::villageKind() const
{
  const int community = mCode.mid(9, 3).toInt();
  if (community < 200)
    return VillageKind::ResidentsCommittee;
  if (community < 400)
    return VillageKind::VillagersCommittee;
  if (community < 500)
    return VillageKind::ResidentsLike;
  return VillageKind::VillagersLike;
}
