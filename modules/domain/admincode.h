#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Checks the 6-digit county-level administrative division code (GB/T 2260) that every grid
 * cell, component and case code starts with.
 */
class AdminCode
{
    Q_DECLARE_TR_FUNCTIONS(AdminCode)

  public:
    /**
     * Whether \a code (6 digits) is well formed: its first two digits name a province-level
     * division of GB/T 2260 and the prefecture and county parts are not both zero. Sets \a error
     * naming the code and the rule otherwise.
     */
    static bool validate(const QString &code, QString *error);
};
