#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/** Which catalogue a code belongs to. */
enum class CatalogueEdition
{
  Legacy,  //!< GB/T 30428.2-2013 / CJ/T 214-2007: 4-digit type codes, 16-digit component ids
  Current, //!< GB/T 47678.5-2026: 5-digit type codes, 17-digit component ids
};

/** What a catalogue class describes. Components and matters share type codes, so a class key needs both. */
enum class ClassKind
{
  Component, //!< 部件 (管理部件), both editions
  Matter,    //!< 事项 (管理事项), GB/T 47678.5-2026
  Event,     //!< 事件, the legacy catalogue's name for matters
};

/**
 * A catalogue type code (类别代码): 2-digit big class + small class, which has 2 digits in the
 * legacy catalogue (e.g. 0101) and 3 in GB/T 47678.5-2026 (e.g. 01001).
 */
class TypeCode
{
    Q_DECLARE_TR_FUNCTIONS(TypeCode)

  public:
    /** Parses 4 or 5 digits; returns nothing with a translated \a error naming the code otherwise. */
    static std::optional<TypeCode> parse(const QString &text, QString *error);

    QString toString() const { return mCode; }
    CatalogueEdition edition() const
    {
      return mCode.size() == 4 ? CatalogueEdition::Legacy : CatalogueEdition::Current;
    }
    QString bigClass() const { return mCode.left(2); }  //!< 2 digits
    QString smallClass() const { return mCode.mid(2); } //!< 2 or 3 digits

    bool operator==(const TypeCode &other) const { return mCode == other.mCode; }
    bool operator!=(const TypeCode &other) const { return mCode != other.mCode; }
    bool operator<(const TypeCode &other) const { return mCode < other.mCode; }

  private:
    QString mCode;
};
