#pragma once

#include "domain/typecode.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * The identifier of a management component (部件标识码): 6-digit county-level administrative code +
 * type code + 6-digit serial. 16 digits with the legacy 4-digit type code (GB/T 30428.2), 17 with
 * the 5-digit type code of GB/T 47678.5-2026.
 */
class ComponentId
{
    Q_DECLARE_TR_FUNCTIONS(ComponentId)

  public:
    /** Parses 16 or 17 digits; returns nothing with a translated \a error naming the id and the rule broken.
     */
    static std::optional<ComponentId> parse(const QString &text, QString *error);

    QString toString() const { return mId; }
    QString adminCode() const { return mId.left(6); }
    TypeCode typeCode() const { return mType; }
    QString serial() const { return mId.right(6); }
    CatalogueEdition edition() const { return mType.edition(); }

    bool operator==(const ComponentId &other) const { return mId == other.mId; }
    bool operator<(const ComponentId &other) const { return mId < other.mId; }

  private:
    QString mId;
    TypeCode mType;
};
