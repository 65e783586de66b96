#include "domain/casenumber.h"

#include "domain/admincode.h"
#include "domain/digits.h"

namespace
{
  const QString dateFormat = QStringLiteral("yyyyMMdd");
}

std::optional<CaseNumber> CaseNumber::make(const QString &adminCode, const QDate &date, int sequence,
                                           QString *error)
{
  if (sequence < 1 || sequence > 99999)
  {
    *error = tr("Case sequence %1 is outside 1–99999.").arg(sequence);
    return std::nullopt;
  }
  return parse(adminCode + date.toString(dateFormat) +
                   QStringLiteral("%1").arg(sequence, 5, 10, QLatin1Char('0')),
               error);
}

std::optional<CaseNumber> CaseNumber::parse(const QString &text, QString *error)
{
  const QString number = text.trimmed();
  if (number.size() != 19 || !isAsciiDigits(number))
  {
    *error = tr("Case number \"%1\" must have 19 digits: administrative code, date (YYYYMMDD) and sequence.")
                 .arg(number);
    return std::nullopt;
  }
  QString detail;
  if (!AdminCode::validate(number.left(6), &detail))
  {
    *error = tr("Case number \"%1\": %2").arg(number, detail);
    return std::nullopt;
  }
  if (!QDate::fromString(number.mid(6, 8), dateFormat).isValid())
  {
    *error = tr("Case number \"%1\": %2 is not a valid date.").arg(number, number.mid(6, 8));
    return std::nullopt;
  }
  if (number.right(5).toInt() == 0)
  {
    *error = tr("Case number \"%1\": the sequence must start at 1.").arg(number);
    return std::nullopt;
  }
  CaseNumber result;
  result.mNumber = number;
  return result;
}

QDate CaseNumber::date() const
{
  return QDate::fromString(mNumber.mid(6, 8), dateFormat);
}
