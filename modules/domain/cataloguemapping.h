#pragma once

#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

/**
 * Which GB/T 47678.5-2026 class a legacy GB/T 30428.2 class became, for cities that move their
 * component and case data to the current catalogue. Read from resources/catalog/legacy_to_2026.csv;
 * a legacy class without a clear counterpart has no entry.
 */
class CatalogueMapping
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueMapping)

  public:
    /** How sure a mapping is. */
    enum class Match
    {
      Exact,      //!< the same name in both catalogues
      Equivalent, //!< renamed, the same thing
    };

    /** The current class a legacy class maps to. */
    struct Target
    {
        ClassKind kind = ClassKind::Component;
        TypeCode code;
        Match match = Match::Exact;
    };

    /**
     * Reads \a table (columns legacy_kind, legacy_type_code, current_kind, current_type_code,
     * match), checking every class against \a legacy and \a current. Returns nothing with \a error
     * naming file, line and field for an unknown class, a wrong match value or a duplicate.
     */
    static std::optional<CatalogueMapping> fromTable(const CsvTable &table, const Catalogue &legacy,
                                                     const Catalogue &current, QString *error);

    /** The current class for the legacy class (\a kind, \a code), or nothing. */
    std::optional<Target> currentFor(ClassKind kind, const TypeCode &code) const;

    int size() const { return mTargets.size(); }

  private:
    QHash<QString, Target> mTargets;
};
