#include "map/casefilter.h"

#include <QTimeZone>

namespace
{
  const QTimeZone chinaStandardTime(8 * 3600);

  /** A time as the cases table stores it (UTC, ISO 8601 with milliseconds): compared as text. */
  QString stored(const QDateTime &time)
  {
    return time.toUTC().toString(Qt::ISODateWithMs);
  }

  QString quoted(const QString &text)
  {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
  }
} // namespace

void CaseFilter::setCustomDates(const QDate &from, const QDate &to)
{
  mFrom = from;
  mTo = to;
}

std::pair<QDateTime, QDateTime> CaseFilter::bounds(const QDateTime &now) const
{
  const QDate today = now.toTimeZone(chinaStandardTime).date();
  QDate first = today;
  QDate afterLast = today.addDays(1);
  switch (mPeriod)
  {
  case Period::Any:
    return {};
  case Period::Today:
    break;
  case Period::ThisWeek:
    first = today.addDays(1 - today.dayOfWeek());
    break;
  case Period::ThisMonth:
    first = QDate(today.year(), today.month(), 1);
    break;
  case Period::Custom:
    first = mFrom.isValid() ? mFrom : today;
    afterLast = (mTo.isValid() ? mTo : first).addDays(1);
    break;
  }
  return {QDateTime(first, QTime(0, 0), chinaStandardTime),
          QDateTime(afterLast, QTime(0, 0), chinaStandardTime)};
}

QString CaseFilter::subsetString(const QDateTime &now) const
{
  // The states are listed, never excluded: "state IN (…)" is answered by the state index.
  QStringList conditions;
  QStringList states;
  for (const QString &state : mStates.isEmpty() ? openStates() : mStates)
    states.append(quoted(state));
  conditions.append(QStringLiteral("state IN (%1)").arg(states.join(QStringLiteral(", "))));
  if (mPeriod != Period::Any)
  {
    const auto [first, afterLast] = bounds(now);
    conditions.append(QStringLiteral("reported_at >= %1 AND reported_at < %2")
                          .arg(quoted(stored(first)), quoted(stored(afterLast))));
  }
  return conditions.join(QStringLiteral(" AND "));
}

QStringList CaseFilter::openStates()
{
  return {QStringLiteral("reported"),
          QStringLiteral("pending_verification"),
          QStringLiteral("pending_registration"),
          QStringLiteral("pending_dispatch"),
          QStringLiteral("dispatched"),
          QStringLiteral("returned"),
          QStringLiteral("postponement_requested"),
          QStringLiteral("hung"),
          QStringLiteral("handled"),
          QStringLiteral("pending_check"),
          QStringLiteral("pending_close"),
          QStringLiteral("pending_callback")};
}

QList<std::pair<CaseFilter::Period, QString>> CaseFilter::periods()
{
  return {{Period::Any, tr("Any time")},
          {Period::Today, tr("Today")},
          {Period::ThisWeek, tr("This week")},
          {Period::ThisMonth, tr("This month")},
          {Period::Custom, tr("Custom dates…")}};
}
