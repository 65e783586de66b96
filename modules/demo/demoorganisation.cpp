#include "demo/demoorganisation.h"

#include "cache/cachefile.h"
#include "cache/organisationrepository.h"
#include "demo/democitygenerator.h"
#include "domain/cityconfiguration.h"

namespace
{
  const QStringList surnames{
      QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
      QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
      QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
      QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭")};
  const QStringList givenNames{
      QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("敏"),
      QStringLiteral("静"),   QStringLiteral("强"),   QStringLiteral("磊"),   QStringLiteral("洋"),
      QStringLiteral("艳"),   QStringLiteral("勇"),   QStringLiteral("军"),   QStringLiteral("杰"),
      QStringLiteral("涛"),   QStringLiteral("明"),   QStringLiteral("超"),   QStringLiteral("秀英"),
      QStringLiteral("建华"), QStringLiteral("晓东"), QStringLiteral("海燕"), QStringLiteral("志强")};
} // namespace

DemoOrganisation::DemoOrganisation(CacheFile &cache, DemoRandom &random, const CityConfiguration &city)
    : mCache(cache)
    , mRandom(random)
    , mCity(city)
{}

QString DemoOrganisation::personName()
{
  return mRandom.pick(surnames) + mRandom.pick(givenNames);
}

bool DemoOrganisation::write(int cellsPerSupervisor, QString *error)
{
  QList<QPair<QString, QString>> streets;
  SqliteStatement rows =
      mCache.database().prepare(QStringLiteral("SELECT code, name FROM street ORDER BY code"));
  while (rows.next())
    streets.append({rows.text(0), rows.text(1)});
  return writeDepartments(streets, error) && writePeople(cellsPerSupervisor, error) &&
         writeRoutingRules(streets, error);
}

bool DemoOrganisation::writeDepartments(const QList<QPair<QString, QString>> &streets, QString *error)
{
  OrganisationRepository organisation(mCache);
  const QString district = QStringLiteral("绣湖区");
  if (!organisation.saveDepartment({QStringLiteral("command-center"),
                                    district + QStringLiteral("城市运行管理服务中心"),
                                    QStringLiteral("command_center")},
                                   error))
    return false;
  for (const CityConfiguration::DepartmentType &type : mCity.departmentTypes())
  {
    if (type.code == QLatin1String("street_office"))
      continue;
    const QString id = QStringLiteral("dept-") + type.code;
    if (!organisation.saveDepartment({id, district + type.nameZh + QStringLiteral("管理部门"), type.code},
                                     error))
      return false;
    mDepartmentsByType.insert(type.code, id);
  }
  for (const auto &[code, name] : streets)
  {
    const QString id = QStringLiteral("office-") + code;
    if (!organisation.saveDepartment(
            {id, name + QStringLiteral("办事处"), QStringLiteral("street_office"), QString(), code}, error))
      return false;
    mStreetOffices.insert(code, id);
  }
  if (!streets.isEmpty())
    mDepartmentsByType.insert(QStringLiteral("street_office"), mStreetOffices.value(streets.first().first));
  return true;
}

bool DemoOrganisation::writePeople(int cellsPerSupervisor, QString *error)
{
  OrganisationRepository organisation(mCache);
  const auto add = [&](const QString &department, const QStringList &roles) {
    PersonRecord person{QStringLiteral("person-%1").arg(++mPeople, 4, 10, QLatin1Char('0')), personName(),
                        department, QStringLiteral("1380000%1").arg(mPeople, 4, 10, QLatin1Char('0')), roles};
    if (!organisation.savePerson(person, error))
      return QString();
    for (const QString &role : roles)
      mPeopleByRole[role].append(person.id);
    if (roles.contains(QStringLiteral("department_handler")))
      mHandlers[department].append(person.id);
    return person.id;
  };

  // The command center's staff.
  const QList<QPair<QString, int>> centerRoles{{QStringLiteral("acceptor"), 4},
                                               {QStringLiteral("shift_leader"), 2},
                                               {QStringLiteral("dispatcher"), 3},
                                               {QStringLiteral("leader"), 1},
                                               {QStringLiteral("administrator"), 1}};
  for (const auto &[role, count] : centerRoles)
  {
    for (int k = 0; k < count; ++k)
    {
      if (add(QStringLiteral("command-center"), {role}).isEmpty())
        return false;
    }
  }
  // Two handlers in every department and street office.
  QStringList departments = mDepartmentsByType.values() + mStreetOffices.values();
  departments.removeDuplicates();
  departments.sort();
  for (const QString &department : std::as_const(departments))
  {
    for (int k = 0; k < 2; ++k)
    {
      if (add(department, {QStringLiteral("department_handler")}).isEmpty())
        return false;
    }
  }
  // Grid supervisors, each responsible for a run of neighbouring cells.
  QStringList cells;
  SqliteStatement rows =
      mCache.database().prepare(QStringLiteral("SELECT code FROM grid_cell ORDER BY code"));
  while (rows.next())
    cells.append(rows.text(0));
  SqliteStatement assign =
      mCache.database().prepare(QStringLiteral("UPDATE grid_cell SET supervisor_id = ? WHERE code = ?"));
  QString supervisor;
  for (int k = 0; k < cells.size(); ++k)
  {
    if (k % cellsPerSupervisor == 0)
    {
      supervisor = add(QStringLiteral("command-center"), {QStringLiteral("supervisor")});
      if (supervisor.isEmpty())
        return false;
    }
    assign.bindText(1, supervisor);
    assign.bindText(2, cells.at(k));
    if (!assign.run())
    {
      *error = assign.errorMessage();
      return false;
    }
  }
  return true;
}

bool DemoOrganisation::writeRoutingRules(const QList<QPair<QString, QString>> &streets, QString *error)
{
  // A routing rule for every row of the class settings, to the department of the type it names;
  // street-office classes go to the office of the street where the case is.
  OrganisationRepository organisation(mCache);
  int number = 0;
  const auto addRule = [&](const QString &kind, const QString &typeCode, const QString &area,
                           const QString &department) {
    return organisation.saveRoutingRule(
        {QStringLiteral("rule-%1").arg(++number, 4, 10, QLatin1Char('0')), kind, typeCode, area, department},
        error);
  };
  for (const CityConfiguration::ClassRule &rule : mCity.rules())
  {
    if (rule.departmentType.isEmpty())
      continue;
    if (rule.departmentType == QLatin1String("street_office"))
    {
      for (const auto &street : streets)
      {
        if (!addRule(rule.kind, rule.code, street.first, mStreetOffices.value(street.first)))
          return false;
      }
    }
    else if (!addRule(rule.kind, rule.code, DemoCityGenerator::districtCode(),
                      mDepartmentsByType.value(rule.departmentType)))
    {
      return false;
    }
  }
  return true;
}
