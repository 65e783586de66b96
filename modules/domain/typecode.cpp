#include "domain/typecode.h"

#include "domain/digits.h"

std::optional<TypeCode> TypeCode::parse(const QString &text, QString *error)
{
  const QString code = text.trimmed();
  if ((code.size() != 4 && code.size() != 5) || !isAsciiDigits(code))
  {
    *error = tr("Type code \"%1\" must have 4 digits (GB/T 30428.2) or 5 digits (GB/T 47678.5).").arg(code);
    return std::nullopt;
  }
  if (code.left(2).toInt() == 0 || code.mid(2).toInt() == 0)
  {
    *error = tr("Type code \"%1\": neither the big class nor the small class may be zero.").arg(code);
    return std::nullopt;
  }
  TypeCode type;
  type.mCode = code;
  return type;
}
