#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

/**
 * Which cases the map shows: open ones (or all), reported within a period (today, this week, this
 * month, or custom dates; days are China Standard Time, as case numbers are), in some states. Turns
 * into the SQL filter of the case layers.
 */
class CaseFilter
{
    Q_DECLARE_TR_FUNCTIONS(CaseFilter)

  public:
    enum class Period
    {
      Any,
      Today,
      ThisWeek, //!< since Monday
      ThisMonth,
      Custom, //!< from() to to(), both included
    };

    void setPeriod(Period period) { mPeriod = period; }
    void setCustomDates(const QDate &from, const QDate &to);
    /** States shown (codes of resources/workflow/case_states.csv); empty: every open state. */
    void setStates(const QStringList &states) { mStates = states; }

    Period period() const { return mPeriod; }
    QStringList states() const { return mStates; }

    /** The filter as SQL over the cases table, for the day \a now falls on. */
    QString subsetString(const QDateTime &now) const;

    /**
     * The SQL source of the open cases counted per community (for the city-wide view), with this
     * filter: community code and name, open_cases, overdue (counted when read), and a point inside
     * the community.
     */
    QString communityCountsQuery(const QDateTime &now) const;

    /** The first moment (UTC) of the period containing \a now, and the first after it. */
    std::pair<QDateTime, QDateTime> bounds(const QDateTime &now) const;

    /** The open states of the workflow: neither before a report nor terminal (case_states.csv). */
    static QStringList openStates();

    /** Periods in menu order, with their names. */
    static QList<std::pair<Period, QString>> periods();

  private:
    Period mPeriod = Period::Any;
    QDate mFrom;
    QDate mTo;
    QStringList mStates;
};
