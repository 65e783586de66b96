#include "domain/deadline.h"

#include <cmath>

namespace deadline
{
  qint64 limitSeconds(const TimeLimit &limit, const WorkCalendar &calendar)
  {
    switch (limit.unit())
    {
    case TimeLimit::Unit::WorkingDays:
      return std::llround(limit.amount() * static_cast<double>(calendar.workingSecondsPerDay()));
    case TimeLimit::Unit::WorkingHours:
    case TimeLimit::Unit::CalendarHours:
      return std::llround(limit.amount() * 3600.0);
    }
    return 0;
  }

  QDateTime due(const QDateTime &start, const TimeLimit &limit, const WorkCalendar &calendar)
  {
    if (limit.unit() == TimeLimit::Unit::CalendarHours)
      return start.toUTC().addSecs(limitSeconds(limit, calendar));
    return calendar.addWorkingTime(start, limitSeconds(limit, calendar));
  }

  qint64 remainingSeconds(const QDateTime &due, const TimeLimit &limit, const WorkCalendar &calendar,
                          const QDateTime &now)
  {
    if (limit.unit() == TimeLimit::Unit::CalendarHours)
      return now.secsTo(due);
    // Past the deadline, overdue time counts round the clock, so a case overdue at night is
    // still shown as overdue, not as "0 left".
    if (now > due)
      return -due.secsTo(now);
    return calendar.workingSecondsBetween(now, due);
  }

  DeadlineStatus status(const QDateTime &due, const TimeLimit &limit, const WorkCalendar &calendar,
                        const QDateTime &now, double dueSoonShare)
  {
    if (now > due)
      return DeadlineStatus::Overdue;
    const qint64 remaining = remainingSeconds(due, limit, calendar, now);
    return static_cast<double>(remaining) < dueSoonShare * static_cast<double>(limitSeconds(limit, calendar))
               ? DeadlineStatus::DueSoon
               : DeadlineStatus::OnTime;
  }
} // namespace deadline
