#pragma once

#include "domain/csvtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTime>

#include <optional>

/** A daily working window, [start, end). */
struct WorkingWindow
{
    QTime start;
    QTime end;
};

/**
 * The city's working time: daily working windows (default 08:30–12:00 and 14:00–18:00), public
 * holidays, and the weekend days that are working days (调休) of the State Council's schedule. Any
 * date the schedule does not list is a working day Monday to Friday and a rest day at weekends.
 * Times are interpreted in the city's time zone (UTC+8 by default; China has no daylight saving)
 * and returned in UTC.
 */
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

  public:
    /** Monday to Friday with the default windows and no holidays. */
    WorkCalendar();

    /**
     * Reads the holiday schedule \a table (columns date, kind, name; kind "holiday" or "workday").
     * Returns nothing with \a error naming file, line and field for a bad date, an unknown kind or a
     * date listed twice.
     */
    static std::optional<WorkCalendar> fromHolidayTable(const CsvTable &table, QString *error);

    /** The default windows, 08:30–12:00 and 14:00–18:00. */
    static QList<WorkingWindow> defaultWindows();

    /** Parses "08:30-12:00,14:00-18:00"; nothing with \a error for overlapping, unordered or malformed
     * windows. */
    static std::optional<QList<WorkingWindow>> parseWindows(const QString &text, QString *error);

    void setWorkingWindows(const QList<WorkingWindow> &windows) { mWindows = windows; }
    const QList<WorkingWindow> &workingWindows() const { return mWindows; }

    /** The working time of one working day, in seconds (27,000 with the default windows). */
    qint64 workingSecondsPerDay() const;

    /** The offset of the city's time zone from UTC, in seconds (default 8 hours). */
    void setUtcOffsetSeconds(int seconds) { mUtcOffset = seconds; }
    int utcOffsetSeconds() const { return mUtcOffset; }

    /** Whether \a date (in the city's time zone) is a working day. */
    bool isWorkingDay(const QDate &date) const;

    /** Whether the holiday schedule covers \a date's year: beyond it only weekends are known. */
    bool coversDate(const QDate &date) const;

    /**
     * The instant \a seconds of working time after \a start. A start outside working time counts from
     * the next working window. Returns an invalid QDateTime when there is no working time at all.
     */
    QDateTime addWorkingTime(const QDateTime &start, qint64 seconds) const;

    /** The working time between \a from and \a to in seconds; negative when \a to is before \a from. */
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

  private:
    QDateTime local(const QDateTime &time) const;
    QDateTime toUtc(const QDate &date, const QTime &time) const;

    QList<WorkingWindow> mWindows;
    QHash<QDate, bool> mExceptions; // date → working day?
    int mFirstYear = 0;
    int mLastYear = 0;
    int mUtcOffset = 8 * 3600;
};
