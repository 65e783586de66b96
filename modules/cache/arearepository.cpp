#include "cache/arearepository.h"

#include "domain/digits.h"

#include "cache/cachefile.h"
#include "cache/spatialiteblob.h"
#include "domain/admincode.h"

AreaRepository::AreaRepository(CacheFile &cache)
    : mCache(cache)
{}

bool AreaRepository::checkGeometry(const QByteArray &wkb, const QString &code, QString *error)
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "SELECT GeometryType(g), ST_IsValid(g), ST_IsValidReason(g) FROM (SELECT GeomFromWKB(?) AS g)"));
  statement.bindBlob(1, wkb);
  if (!statement.next() || statement.isNull(0))
  {
    *error = tr("%1: the outline is not a readable geometry.").arg(code);
    return false;
  }
  const QString type = statement.text(0);
  if (!type.startsWith(QLatin1String("POLYGON")) && !type.startsWith(QLatin1String("MULTIPOLYGON")))
  {
    *error = tr("%1: the outline is a %2, not a polygon.").arg(code, type);
    return false;
  }
  if (statement.int64(1) != 1)
  {
    *error = tr("%1: the outline is not a valid polygon: %2").arg(code, statement.text(2));
    return false;
  }
  return true;
}

bool AreaRepository::saveArea(const QString &table, int codeLength, const QString &parentTable,
                              const QString &parentColumn, const AreaRecord &area, QString *error)
{
  if (area.code.size() != codeLength || !isAsciiDigits(area.code))
  {
    *error = tr("\"%1\" is not a %2-digit code.").arg(area.code).arg(codeLength);
    return false;
  }
  if (!AdminCode::validate(area.code.left(6), error))
    return false;
  if (area.name.trimmed().isEmpty())
  {
    *error = tr("%1: the name is empty.").arg(area.code);
    return false;
  }
  if (!parentTable.isEmpty() && !area.code.startsWith(area.parentCode))
  {
    *error = tr("%1 does not belong to %2: its code must start with its parent's.")
                 .arg(area.code, area.parentCode);
    return false;
  }
  if (!checkGeometry(area.wkb, area.code, error))
    return false;

  const QString parentAssignment =
      parentTable.isEmpty() ? QString() : QStringLiteral(", %1 = excluded.%1").arg(parentColumn);
  const QString parentInsert = parentTable.isEmpty() ? QString() : QStringLiteral(", %1").arg(parentColumn);
  SqliteStatement statement = mCache.database().prepare(
      QStringLiteral(
          "INSERT INTO %1 (code, name, geom%2) VALUES (?1, ?2, CastToMultiPolygon(GeomFromWKB(?3, ?4))%3) "
          "ON CONFLICT (code) DO UPDATE SET name = excluded.name, geom = excluded.geom%4")
          .arg(table, parentInsert, parentTable.isEmpty() ? QString() : QStringLiteral(", ?5"),
               parentAssignment));
  statement.bindText(1, area.code);
  statement.bindText(2, area.name);
  statement.bindBlob(3, area.wkb);
  statement.bindInt64(4, mCache.srid());
  if (!parentTable.isEmpty())
    statement.bindText(5, area.parentCode);
  if (!statement.run())
  {
    *error = tr("%1 could not be saved: %2").arg(area.code, statement.errorMessage());
    return false;
  }
  return true;
}

bool AreaRepository::saveDistrict(const AreaRecord &district, QString *error)
{
  return saveArea(QStringLiteral("district"), 6, QString(), QString(), district, error);
}

bool AreaRepository::saveStreet(const AreaRecord &street, QString *error)
{
  return saveArea(QStringLiteral("street"), 9, QStringLiteral("district"), QStringLiteral("district_code"),
                  street, error);
}

bool AreaRepository::saveCommunity(const AreaRecord &community, QString *error)
{
  return saveArea(QStringLiteral("community"), 12, QStringLiteral("street"), QStringLiteral("street_code"),
                  community, error);
}

bool AreaRepository::saveGridCell(const GridCellRecord &cell, QString *error)
{
  const QString code = cell.code.toString();
  if (!checkGeometry(cell.wkb, code, error))
    return false;
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "INSERT INTO grid_cell (code, community_code, area_m2, land_use, management_level, supervisor_id, "
      "geom) "
      "SELECT ?1, ?2, ST_Area(g), ?3, ?4, ?5, g FROM (SELECT CastToMultiPolygon(GeomFromWKB(?6, ?7)) AS g) "
      "WHERE true ON CONFLICT (code) DO UPDATE SET area_m2 = excluded.area_m2, land_use = excluded.land_use, "
      "management_level = excluded.management_level, supervisor_id = excluded.supervisor_id, geom = "
      "excluded.geom"));
  statement.bindText(1, code);
  statement.bindText(2, cell.code.communityCode());
  statement.bindText(3, cell.landUse);
  statement.bindText(4, cell.managementLevel);
  statement.bindText(5, cell.supervisorId.isEmpty() ? QString() : cell.supervisorId);
  statement.bindBlob(6, cell.wkb);
  statement.bindInt64(7, mCache.srid());
  if (!statement.run())
  {
    const QString detail = statement.errorMessage();
    *error = detail.contains(QLatin1String("FOREIGN KEY"))
                 ? tr("Grid cell %1: its community %2 (or supervisor) is not in the cache.")
                       .arg(code, cell.code.communityCode())
                 : tr("Grid cell %1 could not be saved: %2").arg(code, detail);
    return false;
  }
  return true;
}

std::optional<QString> AreaRepository::gridCellAt(double x, double y)
{
  // The R*Tree narrows the candidates to the few cells whose box holds the point; their polygons
  // decide, read straight from the BLOB (GEOS only for a BLOB that test cannot read).
  if (!mCellCandidates.isValid())
    mCellCandidates = mCache.database().prepare(QStringLiteral(
        "SELECT code, geom FROM grid_cell WHERE rowid IN (SELECT pkid FROM idx_grid_cell_geom WHERE "
        "xmin <= ?1 AND xmax >= ?1 AND ymin <= ?2 AND ymax >= ?2)"));
  mCellCandidates.bindDouble(1, x);
  mCellCandidates.bindDouble(2, y);
  std::optional<QString> result;
  while (!result && mCellCandidates.next())
  {
    const spatialiteblob::Coverage coverage = spatialiteblob::covers(mCellCandidates.blob(1), x, y);
    if (coverage == spatialiteblob::Coverage::Covered ||
        (coverage == spatialiteblob::Coverage::Unknown && coveredBySpatialite(mCellCandidates.blob(1), x, y)))
      result = mCellCandidates.text(0);
  }
  mCellCandidates.reset();
  return result;
}

bool AreaRepository::coveredBySpatialite(const QByteArray &geometry, double x, double y)
{
  SqliteStatement statement =
      mCache.database().prepare(QStringLiteral("SELECT ST_Covers(?1, MakePoint(?2, ?3, ?4))"));
  statement.bindBlob(1, geometry);
  statement.bindDouble(2, x);
  statement.bindDouble(3, y);
  statement.bindInt64(4, mCache.srid());
  return statement.next() && statement.int64(0) == 1;
}

QString AreaRepository::areaName(const QString &code)
{
  const QString table = code.size() == 6   ? QStringLiteral("district")
                        : code.size() == 9 ? QStringLiteral("street")
                                           : QStringLiteral("community");
  SqliteStatement statement =
      mCache.database().prepare(QStringLiteral("SELECT name FROM %1 WHERE code = ?").arg(table));
  statement.bindText(1, code);
  return statement.next() ? statement.text(0) : QString();
}
