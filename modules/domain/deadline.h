#pragma once

#include "domain/timelimit.h"
#include "domain/workcalendar.h"

#include <QDateTime>

/** Where a running step stands against its deadline: the traffic light of boards and maps. */
enum class DeadlineStatus
{
  OnTime,  //!< green: more than the "due soon" share of the limit remains
  DueSoon, //!< amber: less than that share remains
  Overdue, //!< red: the deadline has passed
};

/** Deadlines of case steps: when a limit started at some instant runs out, and how it stands now. */
namespace deadline
{
  /** When \a limit, started at \a start, runs out by \a calendar (UTC). */
  QDateTime due(const QDateTime &start, const TimeLimit &limit, const WorkCalendar &calendar);

  /**
   * The time left until \a due at \a now, in working seconds for working-time limits and in plain
   * seconds for calendar hours; negative once overdue.
   */
  qint64 remainingSeconds(const QDateTime &due, const TimeLimit &limit, const WorkCalendar &calendar,
                          const QDateTime &now);

  /** The length of \a limit in the seconds remainingSeconds() counts. */
  qint64 limitSeconds(const TimeLimit &limit, const WorkCalendar &calendar);

  /**
   * The traffic light at \a now: overdue after \a due; due soon when less than \a dueSoonShare of
   * the limit remains (20% by default, configurable per city).
   */
  DeadlineStatus status(const QDateTime &due, const TimeLimit &limit, const WorkCalendar &calendar,
                        const QDateTime &now, double dueSoonShare = 0.2);
} // namespace deadline
