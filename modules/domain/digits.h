#pragma once

#include <QString>

/** Whether \a text is non-empty and all ASCII digits: the form of every administrative and class code. */
inline bool isAsciiDigits(const QString &text)
{
  if (text.isEmpty())
    return false;
  for (const QChar c : text)
  {
    if (c < QLatin1Char('0') || c > QLatin1Char('9'))
      return false;
  }
  return true;
}
