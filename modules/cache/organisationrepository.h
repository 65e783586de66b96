#pragma once

#include <QCoreApplication>
#include <QStringList>

class CacheFile;

/** A department or unit cases are dispatched to (专业部门 / 责任单位), or a street office. */
struct DepartmentRecord
{
    QString id;
    QString name;
    QString departmentType; //!< e.g. sanitation, municipal, landscaping; see the city configuration
    QString parentId;
    QString streetCode; //!< for street offices: the street they run
    QString creditCode; //!< 统一社会信用代码 (18 characters), when known
    QString phone;
};

/** A person who works with cases, and the roles they hold (supervisor, acceptor, …). */
struct PersonRecord
{
    QString id;
    QString name;
    QString departmentId;
    QString phone;
    QStringList roles; //!< role codes of the case workflow
    bool active = true;
};

/** A routing rule: cases of a class in an area go to a department (确权派遣). */
struct RoutingRuleRecord
{
    QString id;
    QString classKind; //!< component, matter or event
    QString typeCode;  //!< a type code, or a 2-digit big class for all its small classes
    QString areaCode;  //!< district (6), street (9), community (12) or grid cell (15) code
    QString departmentId;
    int priority = 0; //!< the higher wins when several rules match
};

/** Departments, people with their roles, and routing rules. */
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

  public:
    explicit OrganisationRepository(CacheFile &cache);

    /** Inserts or updates; false with \a error naming the department and the problem. */
    bool saveDepartment(const DepartmentRecord &department, QString *error);

    /** Inserts or updates the person and replaces their roles, in one transaction. */
    bool savePerson(const PersonRecord &person, QString *error);

    /** Inserts or updates a routing rule. */
    bool saveRoutingRule(const RoutingRuleRecord &rule, QString *error);

    /** The roles of person \a personId, sorted. */
    QStringList roles(const QString &personId);

    /**
     * The department that handles cases of (\a classKind, \a typeCode) at grid cell \a gridCode: the
     * rule with the most specific area, then the most specific class, then the highest priority.
     * Empty when no rule matches.
     */
    QString departmentFor(const QString &classKind, const QString &typeCode, const QString &gridCode);

  private:
    CacheFile &mCache;
};
