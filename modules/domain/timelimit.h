#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * A handling time limit (处置时限) as a city sets it per class: working hours (工作时), working days
 * (工作日) or calendar hours (for emergencies, counted round the clock). Written in data files as
 * "4wh", "2wd", "0.5wd" or "24h".
 *
 * A working day is counted as the working time of one day of the calendar (7.5 hours with the
 * default windows 08:30–12:00 and 14:00–18:00), so "2wd" is 15 working hours: a limit then runs on
 * from wherever in the day the clock started, as working hours do.
 */
class TimeLimit
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimit)

  public:
    enum class Unit
    {
      WorkingHours,
      WorkingDays,
      CalendarHours,
    };

    TimeLimit() = default;
    TimeLimit(double amount, Unit unit)
        : mAmount(amount)
        , mUnit(unit)
    {}

    /** Parses "4wh", "2wd", "24h" (decimals allowed); nothing with \a error naming the text otherwise. */
    static std::optional<TimeLimit> parse(const QString &text, QString *error);

    double amount() const { return mAmount; }
    Unit unit() const { return mUnit; }

    /** The form parse() reads, e.g. "4wh". */
    QString toString() const;

    /** For people, in the interface language, e.g. "4 working hours". */
    QString displayText() const;

    bool operator==(const TimeLimit &other) const { return mAmount == other.mAmount && mUnit == other.mUnit; }

  private:
    double mAmount = 0.0;
    Unit mUnit = Unit::WorkingHours;
};
