#include "domain/componentid.h"

#include "domain/admincode.h"

std::optional<ComponentId> ComponentId::parse(const QString &text, QString *error)
{
  const QString id = text.trimmed();
  if (id.size() != 16 && id.size() != 17)
  {
    *error =
        tr("Component id \"%1\" has %2 characters; it needs 17 digits (GB/T 47678.5) or 16 (GB/T 30428.2).")
            .arg(id)
            .arg(id.size());
    return std::nullopt;
  }
  for (const QChar c : id)
  {
    if (c < QLatin1Char('0') || c > QLatin1Char('9'))
    {
      *error = tr("Component id \"%1\" contains \"%2\"; only digits are allowed.").arg(id, c);
      return std::nullopt;
    }
  }
  QString detail;
  if (!AdminCode::validate(id.left(6), &detail))
  {
    *error = tr("Component id \"%1\": %2").arg(id, detail);
    return std::nullopt;
  }
  const int typeLength = id.size() - 12;
  const std::optional<TypeCode> type = TypeCode::parse(id.mid(6, typeLength), &detail);
  if (!type)
  {
    *error = tr("Component id \"%1\": %2").arg(id, detail);
    return std::nullopt;
  }
  if (id.right(6).toInt() == 0)
  {
    *error = tr("Component id \"%1\": the serial number %2 must start at 1.").arg(id, id.right(6));
    return std::nullopt;
  }
  ComponentId component;
  component.mId = id;
  component.mType = *type;
  return component;
}
