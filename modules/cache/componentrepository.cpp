#include "cache/componentrepository.h"

#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "cache/upsertstatement.h"
#include "domain/catalogue.h"

namespace
{
  const QString dateFormat = QStringLiteral("yyyy-MM-dd");

  QVariant optionalDate(const QDate &date)
  {
    return date.isValid() ? QVariant(date.toString(dateFormat)) : QVariant();
  }
} // namespace

ComponentRepository::ComponentRepository(CacheFile &cache, const Catalogue *catalogue)
    : mCache(cache)
    , mCatalogue(catalogue)
{}

QStringList ComponentRepository::states()
{
  return {QStringLiteral("intact"), QStringLiteral("damaged"), QStringLiteral("missing"),
          QStringLiteral("abandoned"), QStringLiteral("removed")};
}

bool ComponentRepository::save(const ComponentRecord &component, QString *error)
{
  const QString id = component.id.toString();
  if (mCatalogue && !mCatalogue->find(ClassKind::Component, component.id.typeCode()))
  {
    *error = tr("Component %1: class %2 is not in the active catalogue.")
                 .arg(id, component.id.typeCode().toString());
    return false;
  }
  if (!states().contains(component.state))
  {
    *error = tr("Component %1: \"%2\" is not a component state (%3).")
                 .arg(id, component.state, states().join(QStringLiteral(", ")));
    return false;
  }
  if (component.name.trimmed().isEmpty())
  {
    *error = tr("Component %1: the name is empty.").arg(id);
    return false;
  }
  SqliteStatement check = mCache.database().prepare(QStringLiteral("SELECT GeometryType(g), X(g), Y(g) FROM "
                                                                   "(SELECT GeomFromWKB(?) AS g)"));
  check.bindBlob(1, component.locationWkb);
  if (!check.next() || check.text(0) != QLatin1String("POINT"))
  {
    *error = tr("Component %1: the location must be a point.").arg(id);
    return false;
  }

  QString gridCode = component.gridCode;
  if (gridCode.isEmpty())
    gridCode = AreaRepository(mCache).gridCellAt(check.real(1), check.real(2)).value_or(QString());

  UpsertStatement upsert(mCache, QStringLiteral("component"),
                         {QStringLiteral("id"), QStringLiteral("type_code"), QStringLiteral("name"),
                          QStringLiteral("authority_department_id"), QStringLiteral("owner_department_id"),
                          QStringLiteral("maintainer_department_id"), QStringLiteral("grid_code"),
                          QStringLiteral("state"), QStringLiteral("initial_date"),
                          QStringLiteral("change_date"), QStringLiteral("data_source"),
                          QStringLiteral("location_description"), QStringLiteral("note")},
                         {QStringLiteral("geom"), QStringLiteral("shape")});
  const bool written = upsert.write(
      {id, component.id.typeCode().toString(), component.name,
       UpsertStatement::optional(component.authorityDepartmentId),
       UpsertStatement::optional(component.ownerDepartmentId),
       UpsertStatement::optional(component.maintainerDepartmentId), UpsertStatement::optional(gridCode),
       component.state, optionalDate(component.initialDate), optionalDate(component.changeDate),
       UpsertStatement::optional(component.dataSource),
       UpsertStatement::optional(component.locationDescription), UpsertStatement::optional(component.note)},
      {component.locationWkb, component.shapeWkb});
  if (!written)
  {
    const QString detail = upsert.errorMessage();
    *error = detail.contains(QLatin1String("FOREIGN KEY"))
                 ? tr("Component %1: its grid cell or a department is not in the cache.").arg(id)
                 : tr("Component %1 could not be saved: %2").arg(id, detail);
    return false;
  }
  return true;
}

std::optional<ComponentRecord> ComponentRepository::find(const QString &id)
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "SELECT id, name, authority_department_id, owner_department_id, maintainer_department_id, "
      "grid_code, state, initial_date, change_date, data_source, location_description, note, "
      "AsBinary(geom), AsBinary(shape) FROM component WHERE id = ?"));
  statement.bindText(1, id);
  if (!statement.next())
    return std::nullopt;
  QString ignored;
  const std::optional<ComponentId> componentId = ComponentId::parse(statement.text(0), &ignored);
  if (!componentId)
    return std::nullopt;
  ComponentRecord record;
  record.id = *componentId;
  record.name = statement.text(1);
  record.authorityDepartmentId = statement.text(2);
  record.ownerDepartmentId = statement.text(3);
  record.maintainerDepartmentId = statement.text(4);
  record.gridCode = statement.text(5);
  record.state = statement.text(6);
  record.initialDate = QDate::fromString(statement.text(7), dateFormat);
  record.changeDate = QDate::fromString(statement.text(8), dateFormat);
  record.dataSource = statement.text(9);
  record.locationDescription = statement.text(10);
  record.note = statement.text(11);
  record.locationWkb = statement.blob(12);
  record.shapeWkb = statement.blob(13);
  return record;
}

QHash<QString, int> ComponentRepository::countByState()
{
  QHash<QString, int> counts;
  SqliteStatement statement =
      mCache.database().prepare(QStringLiteral("SELECT state, count(*) FROM component GROUP BY state"));
  while (statement.next())
    counts.insert(statement.text(0), static_cast<int>(statement.int64(1)));
  return counts;
}
