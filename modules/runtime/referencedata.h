#pragma once

#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/cityconfiguration.h"
#include "domain/greenclasses.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * Reads the reference data the programs ship in share/xiuhua (or any folder laid out the same
 * way, such as resources/ in the source tree): catalogues and the case workflow. Errors name the
 * file, line and field.
 */
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

  public:
    /** Reads from \a directory; by default the installed data folder. */
    explicit ReferenceData(const QString &directory = QString());

    /** The catalogue called \a name (gb47678_5_2026 or gb30428_2). */
    std::optional<Catalogue> catalogue(const QString &name, QString *error) const;

    /** A city's catalogue (with its local extension classes) and its class settings. */
    struct City
    {
        Catalogue catalogue;
        CityConfiguration configuration;
    };

    /**
     * The configuration of city \a city (a folder under city/) on catalogue \a catalogueName:
     * local_classes.csv, department_types.csv and class_settings.csv (class_settings_legacy.csv for
     * the legacy catalogue).
     */
    std::optional<City> city(const QString &catalogueName, QString *error,
                             const QString &city = QStringLiteral("default")) const;

    /** The work calendar: the default working windows and the holidays of calendar/cn_public_holidays.csv. */
    std::optional<WorkCalendar> calendar(QString *error) const;

    /** The case workflow of workflow/. */
    std::optional<CaseWorkflow> workflow(QString *error) const;

    /** The green space classes of CJJ/T 85-2017 (catalog/cjjt85_green_classes.csv). */
    std::optional<GreenClasses> greenClasses(QString *error) const;

    /** The CSV file \a relativePath of the data folder. */
    std::optional<CsvTable> table(const QString &relativePath, QString *error) const;

  private:
    QString mDirectory;
};
