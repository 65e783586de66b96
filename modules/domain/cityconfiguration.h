#pragma once

#include "domain/catalogue.h"
#include "domain/timelimit.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

/** What a city decided for one catalogue class. */
struct ClassSettings
{
    std::optional<TimeLimit> timeLimit; //!< 处置时限; always set for classes cases are filed under
    QString departmentType;             //!< the kind of department that handles it by default
    bool active = true;                 //!< inactive classes are not offered for new cases
};

/**
 * A city's configuration of its catalogue: per small class the handling time limit, the default
 * responsible department type and whether the class is in use. Rows name a 2-digit big class
 * (for all its small classes) or a type code (overriding its big class), so a city writes down only
 * what differs. Read from resources/city/<city>/ and validated against the catalogue.
 */
class CityConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(CityConfiguration)

  public:
    /** A kind of department (环卫, 市政, …): its code and names. */
    struct DepartmentType
    {
        QString code;
        QString nameZh;
        QString nameEn;
    };

    /**
     * Reads \a departmentTypes (code, name_zh, name_en) and \a classSettings (kind, code,
     * time_limit, department_type, active) for \a catalogue, which already holds the city's local
     * extension classes. Returns nothing with \a error naming the file, line and field of a bad row,
     * or naming a class that ends up without a time limit or department type.
     */
    static std::optional<CityConfiguration> fromTables(const Catalogue &catalogue,
                                                       const CsvTable &departmentTypes,
                                                       const CsvTable &classSettings, QString *error);

    /** One row of the class settings, for one kind: a big class or type code and its department type. */
    struct ClassRule
    {
        QString kind;
        QString code;
        QString departmentType; //!< empty when the row leaves it to the big class
    };

    /** The rows of the class settings in file order, one per kind they name: what routing rules are made of.
     */
    const QList<ClassRule> &rules() const { return mRules; }

    /** The settings of class (\a kind, \a code); nothing for a class not in the catalogue. */
    std::optional<ClassSettings> settingsFor(ClassKind kind, const TypeCode &code) const;

    const QList<DepartmentType> &departmentTypes() const { return mDepartmentTypes; }

  private:
    QList<DepartmentType> mDepartmentTypes;
    QList<ClassRule> mRules;
    QHash<QString, ClassSettings> mSettings; // "kind:code" of every catalogue class
};
