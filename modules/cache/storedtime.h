#pragma once

#include <QDateTime>
#include <QString>

/**
 * Times as the cache stores them: UTC, ISO 8601 with milliseconds ("2026-09-01T08:45:46.000Z"). Text
 * in that form compares in time order, so SQL filters and sorts on it as it is.
 */
namespace storedtime
{
  /** \a time as stored; an empty text for an invalid time (SQL NULL). */
  QString text(const QDateTime &time);

  /** The time stored as \a text (also read without milliseconds), in UTC; invalid if it is none. */
  QDateTime parse(const QString &text);
} // namespace storedtime
