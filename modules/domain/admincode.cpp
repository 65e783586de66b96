#include "domain/admincode.h"

#include "domain/digits.h"

#include <QSet>

namespace
{
  /** Province-level prefixes of GB/T 2260 (mainland provinces, Taiwan, Hong Kong, Macao). */
  const QSet<int> &provinceCodes()
  {
    static const QSet<int> codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return codes;
  }

} // namespace

bool AdminCode::validate(const QString &code, QString *error)
{
  if (code.size() != 6 || !isAsciiDigits(code))
  {
    *error = tr("\"%1\" is not a 6-digit administrative division code.").arg(code);
    return false;
  }
  if (!provinceCodes().contains(code.left(2).toInt()))
  {
    *error = tr("\"%1\": %2 is not a province code of GB/T 2260.").arg(code, code.left(2));
    return false;
  }
  if (code.mid(2) == QLatin1String("0000"))
  {
    *error = tr("\"%1\" names a province; a county-level division code is needed.").arg(code);
    return false;
  }
  return true;
}
