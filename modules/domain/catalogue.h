#pragma once

#include "domain/csvtable.h"
#include "domain/typecode.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

/** One small class of a catalogue: a kind of component or of matter/event. */
struct CatalogueClass
{
    ClassKind kind = ClassKind::Component;
    TypeCode code;
    QString bigClassName; //!< as the standard writes it, e.g. 市政公用设施
    QString bigClassNameEn;
    QString name; //!< e.g. 供水井盖
    QString nameEn;
    bool localExtension = false; //!< added by the city, not in the standard
};

/**
 * The component and matter (or, in the legacy edition, event) classes of one catalogue edition:
 * GB/T 47678.5-2026 or GB/T 30428.2-2013, plus the local extension classes a city adds. Read from
 * the CSV files under resources/catalog/ and validated row by row.
 */
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

  public:
    /**
     * Reads the classes of \a edition from \a table (columns kind, type_code, big_class_code,
     * big_class_name, big_class_name_en, name, name_en). Returns nothing with \a error naming file,
     * line and field for an unknown kind, a code of the wrong edition, a big class that does not
     * match the code, an empty name or a duplicate class.
     */
    static std::optional<Catalogue> fromTable(const CsvTable &table, CatalogueEdition edition,
                                              QString *error);

    /**
     * Adds a city's local extension classes from \a table (same columns). They must not reuse a
     * standard class's code. Returns false with \a error set, leaving the catalogue unchanged.
     */
    bool addLocalExtensions(const CsvTable &table, QString *error);

    CatalogueEdition edition() const { return mEdition; }
    const QList<CatalogueClass> &classes() const { return mClasses; }

    /** The class of \a kind with \a code, or nullptr. */
    const CatalogueClass *find(ClassKind kind, const TypeCode &code) const;

    /** How many classes of \a kind there are. */
    int count(ClassKind kind) const;

    /** The kind written in data files ("component", "matter", "event"). */
    static QString kindName(ClassKind kind);

    /** Parses a kind name; nothing for an unknown one. */
    static std::optional<ClassKind> kindFromName(const QString &name);

  private:
    bool addClasses(const CsvTable &table, bool localExtension, QString *error);
    static QString key(ClassKind kind, const TypeCode &code);

    CatalogueEdition mEdition = CatalogueEdition::Current;
    QList<CatalogueClass> mClasses;
    QHash<QString, int> mIndex;
};
