#include "cache/organisationrepository.h"

#include "cache/cachefile.h"
#include "cache/upsertstatement.h"

OrganisationRepository::OrganisationRepository(CacheFile &cache)
    : mCache(cache)
{}

bool OrganisationRepository::saveDepartment(const DepartmentRecord &department, QString *error)
{
  if (department.id.isEmpty() || department.name.trimmed().isEmpty() || department.departmentType.isEmpty())
  {
    *error = tr("Department \"%1\": id, name and type are required.").arg(department.id);
    return false;
  }
  if (!department.creditCode.isEmpty() && department.creditCode.size() != 18)
  {
    *error = tr("Department %1: the unified social credit code \"%2\" must have 18 characters.")
                 .arg(department.id, department.creditCode);
    return false;
  }
  UpsertStatement upsert(mCache, QStringLiteral("department"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("department_type"),
                          QStringLiteral("parent_id"), QStringLiteral("street_code"),
                          QStringLiteral("credit_code"), QStringLiteral("phone")});
  if (!upsert.write(
          {department.id, department.name, department.departmentType,
           UpsertStatement::optional(department.parentId), UpsertStatement::optional(department.streetCode),
           UpsertStatement::optional(department.creditCode), UpsertStatement::optional(department.phone)}))
  {
    *error = tr("Department %1 could not be saved: %2").arg(department.id, upsert.errorMessage());
    return false;
  }
  return true;
}

bool OrganisationRepository::savePerson(const PersonRecord &person, QString *error)
{
  if (person.id.isEmpty() || person.name.trimmed().isEmpty())
  {
    *error = tr("Person \"%1\": id and name are required.").arg(person.id);
    return false;
  }
  SqliteTransaction transaction(mCache.database());
  UpsertStatement upsert(mCache, QStringLiteral("person"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("department_id"),
                          QStringLiteral("phone"), QStringLiteral("active")});
  if (!upsert.write({person.id, person.name, UpsertStatement::optional(person.departmentId),
                     UpsertStatement::optional(person.phone), person.active ? 1 : 0}))
  {
    *error = tr("Person %1 could not be saved: %2").arg(person.id, upsert.errorMessage());
    return false;
  }
  SqliteStatement removeRoles =
      mCache.database().prepare(QStringLiteral("DELETE FROM person_role WHERE person_id = ?"));
  removeRoles.bindText(1, person.id);
  if (!removeRoles.run())
  {
    *error = tr("Person %1: %2").arg(person.id, removeRoles.errorMessage());
    return false;
  }
  UpsertStatement addRole(mCache, QStringLiteral("person_role"),
                          {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("role")});
  for (const QString &role : person.roles)
  {
    if (!addRole.write({person.id + QLatin1Char(':') + role, person.id, role}))
    {
      *error = tr("Person %1: role %2 could not be saved: %3").arg(person.id, role, addRole.errorMessage());
      return false;
    }
  }
  if (!transaction.commit())
  {
    *error = tr("Person %1: %2").arg(person.id, transaction.errorMessage());
    return false;
  }
  return true;
}

bool OrganisationRepository::saveRoutingRule(const RoutingRuleRecord &rule, QString *error)
{
  UpsertStatement upsert(mCache, QStringLiteral("routing_rule"),
                         {QStringLiteral("id"), QStringLiteral("class_kind"), QStringLiteral("type_code"),
                          QStringLiteral("area_code"), QStringLiteral("department_id"),
                          QStringLiteral("priority")});
  if (!upsert.write(
          {rule.id, rule.classKind, rule.typeCode, rule.areaCode, rule.departmentId, rule.priority}))
  {
    *error = tr("Routing rule %1 could not be saved: %2").arg(rule.id, upsert.errorMessage());
    return false;
  }
  return true;
}

QStringList OrganisationRepository::roles(const QString &personId)
{
  QStringList result;
  SqliteStatement statement = mCache.database().prepare(
      QStringLiteral("SELECT role FROM person_role WHERE person_id = ? ORDER BY role"));
  statement.bindText(1, personId);
  while (statement.next())
    result.append(statement.text(0));
  return result;
}

QString OrganisationRepository::departmentFor(const QString &classKind, const QString &typeCode,
                                              const QString &gridCode)
{
  // An area code matches when the grid code starts with it; a class when the type code starts with
  // it (a 2-digit big class covers its small classes). Longer prefixes are more specific.
  SqliteStatement statement = mCache.database().prepare(
      QStringLiteral("SELECT department_id FROM routing_rule WHERE class_kind = ?1 AND substr(?2, 1, "
                     "length(type_code)) = type_code "
                     "AND substr(?3, 1, length(area_code)) = area_code "
                     "ORDER BY length(area_code) DESC, length(type_code) DESC, priority DESC LIMIT 1"));
  statement.bindText(1, classKind);
  statement.bindText(2, typeCode);
  statement.bindText(3, gridCode);
  return statement.next() ? statement.text(0) : QString();
}
