#include "domain/workcalendar.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace
{
  /** How far ahead a deadline is searched before giving up: no city has years without working time. */
  constexpr int maximumDays = 3660;
} // namespace

WorkCalendar::WorkCalendar()
    : mWindows(defaultWindows())
{}

QList<WorkingWindow> WorkCalendar::defaultWindows()
{
  return {{QTime(8, 30), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
}

std::optional<QList<WorkingWindow>> WorkCalendar::parseWindows(const QString &text, QString *error)
{
  static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})$"));
  QList<WorkingWindow> windows;
  for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
  {
    const QRegularExpressionMatch match = pattern.match(part.trimmed());
    const QTime start = QTime::fromString(match.captured(1), QStringLiteral("H:mm"));
    const QTime end = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
    if (!match.hasMatch() || !start.isValid() || !end.isValid() || start >= end ||
        (!windows.isEmpty() && start < windows.last().end))
    {
      *error =
          tr("\"%1\" is not a list of ordered, separate working windows such as 08:30-12:00,14:00-18:00.")
              .arg(text);
      return std::nullopt;
    }
    windows.append({start, end});
  }
  if (windows.isEmpty())
  {
    *error = tr("\"%1\" names no working window.").arg(text);
    return std::nullopt;
  }
  return windows;
}

std::optional<WorkCalendar> WorkCalendar::fromHolidayTable(const CsvTable &table, QString *error)
{
  if (!table.requireColumns({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")}, error))
    return std::nullopt;
  WorkCalendar calendar;
  for (const CsvTable::Row &row : table.rows())
  {
    const QString dateText = table.value(row, QStringLiteral("date"));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
    {
      *error = tr("%1: \"%2\" is not a date (YYYY-MM-DD).")
                   .arg(table.location(row, QStringLiteral("date")), dateText);
      return std::nullopt;
    }
    const QString kind = table.value(row, QStringLiteral("kind"));
    if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
    {
      *error = tr("%1: \"%2\" is neither holiday nor workday.")
                   .arg(table.location(row, QStringLiteral("kind")), kind);
      return std::nullopt;
    }
    if (calendar.mExceptions.contains(date))
    {
      *error = tr("%1: %2 is listed twice.").arg(table.location(row, QStringLiteral("date")), dateText);
      return std::nullopt;
    }
    calendar.mExceptions.insert(date, kind == QLatin1String("workday"));
    calendar.mFirstYear = calendar.mFirstYear == 0 ? date.year() : qMin(calendar.mFirstYear, date.year());
    calendar.mLastYear = qMax(calendar.mLastYear, date.year());
  }
  return calendar;
}

qint64 WorkCalendar::workingSecondsPerDay() const
{
  qint64 total = 0;
  for (const WorkingWindow &window : mWindows)
    total += window.start.secsTo(window.end);
  return total;
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
  const auto exception = mExceptions.constFind(date);
  if (exception != mExceptions.constEnd())
    return exception.value();
  return date.dayOfWeek() <= 5;
}

bool WorkCalendar::coversDate(const QDate &date) const
{
  return mFirstYear != 0 && date.year() >= mFirstYear && date.year() <= mLastYear;
}

QDateTime WorkCalendar::local(const QDateTime &time) const
{
  return time.toTimeZone(QTimeZone(mUtcOffset));
}

QDateTime WorkCalendar::toUtc(const QDate &date, const QTime &time) const
{
  return QDateTime(date, time, QTimeZone(mUtcOffset)).toUTC();
}

QDateTime WorkCalendar::addWorkingTime(const QDateTime &start, qint64 seconds) const
{
  if (workingSecondsPerDay() <= 0)
    return QDateTime();
  const QDateTime startLocal = local(start);
  QDate day = startLocal.date();
  QTime from = startLocal.time();
  qint64 remaining = qMax<qint64>(0, seconds);
  for (int i = 0; i < maximumDays; ++i, day = day.addDays(1), from = QTime(0, 0))
  {
    if (!isWorkingDay(day))
      continue;
    // Whole working days are skipped in one step.
    if (from <= mWindows.first().start && remaining > workingSecondsPerDay())
    {
      remaining -= workingSecondsPerDay();
      continue;
    }
    for (const WorkingWindow &window : mWindows)
    {
      if (from >= window.end)
        continue;
      const QTime begin = qMax(from, window.start);
      const qint64 available = begin.secsTo(window.end);
      if (remaining <= available)
        return toUtc(day, begin.addSecs(static_cast<int>(remaining)));
      remaining -= available;
    }
  }
  return QDateTime();
}

qint64 WorkCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
  if (to < from)
    return -workingSecondsBetween(to, from);
  const QDateTime fromLocal = local(from);
  const QDateTime toLocal = local(to);
  qint64 total = 0;
  for (QDate day = fromLocal.date(); day <= toLocal.date(); day = day.addDays(1))
  {
    if (!isWorkingDay(day))
      continue;
    const QTime dayStart = day == fromLocal.date() ? fromLocal.time() : QTime(0, 0);
    const bool lastDay = day == toLocal.date();
    for (const WorkingWindow &window : mWindows)
    {
      const QTime begin = qMax(dayStart, window.start);
      const QTime end = lastDay ? qMin(toLocal.time(), window.end) : window.end;
      if (begin < end)
        total += begin.secsTo(end);
    }
  }
  return total;
}
