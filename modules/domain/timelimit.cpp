#include "domain/timelimit.h"

#include <QRegularExpression>

std::optional<TimeLimit> TimeLimit::parse(const QString &text, QString *error)
{
  static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(wh|wd|h)$"));
  const QRegularExpressionMatch match = pattern.match(text.trimmed());
  const double amount = match.hasMatch() ? match.captured(1).toDouble() : 0.0;
  if (!match.hasMatch() || amount <= 0.0)
  {
    *error = tr("\"%1\" is not a time limit: write a positive number and a unit, e.g. 4wh (working hours), "
                "2wd (working days) or 24h (calendar hours).")
                 .arg(text);
    return std::nullopt;
  }
  const QString unit = match.captured(2);
  return TimeLimit(amount, unit == QLatin1String("wh")   ? Unit::WorkingHours
                           : unit == QLatin1String("wd") ? Unit::WorkingDays
                                                         : Unit::CalendarHours);
}

QString TimeLimit::toString() const
{
  const QString suffix = mUnit == Unit::WorkingHours  ? QStringLiteral("wh")
                         : mUnit == Unit::WorkingDays ? QStringLiteral("wd")
                                                      : QStringLiteral("h");
  return QString::number(mAmount, 'g', 6) + suffix;
}

QString TimeLimit::displayText() const
{
  const QString amount = QString::number(mAmount, 'g', 6);
  switch (mUnit)
  {
  case Unit::WorkingHours:
    return tr("%1 working hours").arg(amount);
  case Unit::WorkingDays:
    return tr("%1 working days").arg(amount);
  case Unit::CalendarHours:
    return tr("%1 hours").arg(amount);
  }
  return QString();
}
