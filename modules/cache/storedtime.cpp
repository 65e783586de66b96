#include "cache/storedtime.h"

namespace storedtime
{
  QString text(const QDateTime &time)
  {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
  }

  QDateTime parse(const QString &text)
  {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
      time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
  }
} // namespace storedtime
