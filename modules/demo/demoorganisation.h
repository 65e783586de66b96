#pragma once

#include "demo/demorandom.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class CacheFile;
class CityConfiguration;

/**
 * The people and departments of the demo city: one department of every type the city's class
 * settings name (the city management bureau, sanitation, municipal engineering, landscaping, water,
 * gas, power, street lighting, traffic police …) and a street office per street; people in every
 * role of the case workflow, grid supervisors each responsible for one community's cells (about
 * 160,000 m²); and routing rules that send each class to its department.
 */
class DemoOrganisation
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganisation)

  public:
    DemoOrganisation(CacheFile &cache, DemoRandom &random, const CityConfiguration &city);

    /** Writes departments, people and routing rules for the areas already in the cache. */
    bool write(int cellsPerSupervisor, QString *error);

    /** The ids of the people who hold \a role (in the command center for center roles). */
    QStringList peopleWithRole(const QString &role) const { return mPeopleByRole.value(role); }

    /** The handlers (department_handler) of department \a departmentId. */
    QStringList handlersOf(const QString &departmentId) const { return mHandlers.value(departmentId); }

    /** The department id of \a departmentType (district-wide), empty when there is none. */
    QString departmentOfType(const QString &departmentType) const
    {
      return mDepartmentsByType.value(departmentType);
    }

  private:
    bool writeDepartments(const QList<QPair<QString, QString>> &streets, QString *error);
    bool writePeople(int cellsPerSupervisor, QString *error);
    bool writeRoutingRules(const QList<QPair<QString, QString>> &streets, QString *error);
    QString personName();

    CacheFile &mCache;
    DemoRandom &mRandom;
    const CityConfiguration &mCity;
    QHash<QString, QString> mDepartmentsByType;
    QHash<QString, QString> mStreetOffices; // street code → department id
    QHash<QString, QStringList> mPeopleByRole;
    QHash<QString, QStringList> mHandlers; // department id → handler ids
    int mPeople = 0;
};
