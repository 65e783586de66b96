#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

/**
 * The number a case (案卷) is known by: 6-digit county-level administrative code of the platform +
 * the date it was reported (YYYYMMDD) + a 5-digit sequence of that day, 19 digits in all, e.g.
 * 3301062025112200042. Unique per platform because the platform issues the sequence.
 */
class CaseNumber
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumber)

  public:
    /** The number for the \a sequence-th case (1–99999) reported on \a date on platform \a adminCode. */
    static std::optional<CaseNumber> make(const QString &adminCode, const QDate &date, int sequence,
                                          QString *error);

    /** Parses 19 digits; returns nothing with a translated \a error naming the number and the rule broken. */
    static std::optional<CaseNumber> parse(const QString &text, QString *error);

    QString toString() const { return mNumber; }
    QString adminCode() const { return mNumber.left(6); }
    QDate date() const;
    int sequence() const { return mNumber.right(5).toInt(); }

    bool operator==(const CaseNumber &other) const { return mNumber == other.mNumber; }
    bool operator<(const CaseNumber &other) const { return mNumber < other.mNumber; }

  private:
    QString mNumber;
};
