#include "analysis/inventorystatistics.h"

#include "analysis/analysisfeedback.h"
#include "analysis/shapeclipper.h"
#include "cache/sqlitedatabase.h"
#include "cache/storedtime.h"

namespace
{
  std::optional<double> ratio(int numerator, int denominator)
  {
    if (denominator == 0)
      return std::nullopt;
    return static_cast<double>(numerator) / denominator;
  }
} // namespace

std::optional<double> CaseFigures::closureRate() const
{
  return ratio(closed, dueToHandle());
}

std::optional<double> CaseFigures::onTimeHandlingRate() const
{
  return ratio(handledOnTime, dueToHandle());
}

InventoryStatistics::InventoryStatistics(SqliteDatabase &database)
    : mDatabase(database)
{}

std::optional<ComponentFigures>
InventoryStatistics::components(const ShapeClipper &shape, const AnalysisFeedback *feedback, QString *error)
{
  SqliteStatement rows = mDatabase.prepare(indexedRowsSql(
      QStringLiteral("component"), QStringLiteral("t.type_code, t.state, X(t.geom), Y(t.geom)")));
  bindEnvelope(rows, shape.envelope());
  ComponentFigures figures;
  int read = 0;
  while (rows.next())
  {
    if ((++read & 0xfff) == 0 && feedback && feedback->isCanceled())
      return std::nullopt;
    if (!shape.coversPoint(rows.real(2), rows.real(3)))
      continue;
    const QString state = rows.text(1);
    ++figures.total;
    ++figures.byState[state];
    ++figures.byType[rows.text(0)][state];
  }
  if (rows.failed())
  {
    *error = tr("%1: components could not be read: %2").arg(mDatabase.path(), rows.errorMessage());
    return std::nullopt;
  }
  return figures;
}

std::optional<CaseFigures> InventoryStatistics::cases(const ShapeClipper &shape, const QDateTime &from,
                                                      const QDateTime &to, const QDateTime &now,
                                                      const AnalysisFeedback *feedback, QString *error)
{
  SqliteStatement rows = mDatabase.prepare(indexedRowsSql(
      QStringLiteral("cases"),
      QStringLiteral("t.state, t.class_kind, t.type_code, X(t.geom), Y(t.geom), t.handled_at, "
                     "t.handle_deadline, t.step_deadline"),
      QStringLiteral("(?5 IS NULL OR t.reported_at >= ?5) AND (?6 IS NULL OR t.reported_at < ?6)")));
  bindEnvelope(rows, shape.envelope());
  if (from.isValid())
    rows.bindText(5, storedtime::text(from));
  else
    rows.bindNull(5);
  if (to.isValid())
    rows.bindText(6, storedtime::text(to));
  else
    rows.bindNull(6);
  const QString nowText = storedtime::text(now);
  const QString dueSoonText = storedtime::text(now.addSecs(dueSoonSeconds));

  CaseFigures figures;
  int read = 0;
  while (rows.next())
  {
    if ((++read & 0xfff) == 0 && feedback && feedback->isCanceled())
      return std::nullopt;
    if (!shape.coversPoint(rows.real(3), rows.real(4)))
      continue;
    const QString state = rows.text(0);
    ++figures.total;
    ++figures.byState[state];
    ++figures.byType[QStringLiteral("%1 %2").arg(rows.text(1), rows.text(2))];

    // The terminal states, as the cache's open_case triggers know them.
    const bool cancelled = state == QLatin1String("cancelled");
    const bool closed = state == QLatin1String("closed");
    if (!cancelled && !closed)
    {
      ++figures.open;
      const QString stepDeadline = rows.text(7);
      if (stepDeadline.isEmpty())
        ++figures.noDeadline;
      else if (stepDeadline < nowText)
        ++figures.overdue;
      else if (stepDeadline < dueSoonText)
        ++figures.dueSoon;
      else
        ++figures.onTime;
    }
    const QString handledAt = rows.text(5);
    const QString handleDeadline = rows.text(6);
    if (!handledAt.isEmpty())
    {
      ++figures.handled;
      if (!handleDeadline.isEmpty() && handledAt <= handleDeadline)
        ++figures.handledOnTime;
      if (closed)
        ++figures.closed;
    }
    else if (!cancelled && !handleDeadline.isEmpty() && handleDeadline < nowText)
    {
      ++figures.overdueUnhandled;
    }
  }
  if (rows.failed())
  {
    *error = tr("%1: cases could not be read: %2").arg(mDatabase.path(), rows.errorMessage());
    return std::nullopt;
  }
  return figures;
}
