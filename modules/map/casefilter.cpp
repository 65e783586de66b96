#include "map/casefilter.h"

#include "cache/storedtime.h"
#include "domain/caseworkflow.h"
#include "runtime/referencedata.h"

#include <QTimeZone>

namespace
{
  const QTimeZone chinaStandardTime(8 * 3600);

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
                          .arg(quoted(storedtime::text(first)), quoted(storedtime::text(afterLast))));
  }
  return conditions.join(QStringLiteral(" AND "));
}

QString CaseFilter::communityCountsQuery(const QDateTime &now) const
{
  // The community of a case is the first 12 digits of its grid cell's code.
  // Every community is listed, with 0 where nothing is open: the provider learns the layer's geometry
  // type from the rows, and a city without an open case must still have them. The open cases are
  // grouped first (once), then joined to the communities by their code.
  return QStringLiteral(
             "(SELECT c.rowid AS fid, c.code AS code, c.name AS name, coalesce(n.open_cases, 0) AS "
             "open_cases, coalesce(n.overdue, 0) AS overdue, PointOnSurface(c.geom) AS geom FROM "
             "community c LEFT JOIN (SELECT substr(grid_code, 1, 12) AS community, count(*) AS open_cases, "
             "sum(step_deadline < strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) AS overdue FROM open_case "
             "WHERE %1 GROUP BY 1) n ON n.community = c.code)")
      .arg(subsetString(now));
}

QStringList CaseFilter::openStates()
{
  // The states of the city's workflow (resources/workflow/case_states.csv) that are neither the state
  // before a report nor terminal; read once. The shipped workflow always loads (tests check it).
  static const QStringList states = [] {
    QStringList open;
    QString error;
    const std::optional<CaseWorkflow> workflow = ReferenceData().workflow(&error);
    if (workflow)
    {
      for (const CaseState &state : workflow->states())
      {
        if (!state.initial && !state.terminal)
          open.append(state.code);
      }
    }
    return open;
  }();
  return states;
}

QList<std::pair<CaseFilter::Period, QString>> CaseFilter::periods()
{
  return {{Period::Any, tr("Any time")},
          {Period::Today, tr("Today")},
          {Period::ThisWeek, tr("This week")},
          {Period::ThisMonth, tr("This month")},
          {Period::Custom, tr("Custom dates…")}};
}
