#include "dataimport/importmapping.h"

#include "cache/featurewriter.h"
#include "cache/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
  const QString formatName = QStringLiteral("xiuhua-import-mapping/1");

  /** The line of \a offset in \a text, for a JSON syntax error. */
  int lineAt(const QByteArray &text, int offset)
  {
    return static_cast<int>(text.left(offset).count('\n')) + 1;
  }

  /** The columns a rule may set in \a target: every column but the key and row_version. */
  QStringList writableColumns(const QString &target)
  {
    const schema::Table *table = schema::table(target);
    QStringList columns = table ? schema::columnNames(*table) : QStringList();
    columns.removeAll(QStringLiteral("row_version"));
    if (table)
      columns.removeAll(table->keyColumn);
    return columns;
  }
} // namespace

QStringList ImportMapping::targets() const
{
  QStringList result;
  for (const ImportRule &rule : rules)
  {
    if (!result.contains(rule.target))
      result.append(rule.target);
  }
  return result;
}

std::optional<ImportMapping> ImportMapping::load(const QString &path, QString *error)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
  {
    *error = tr("The mapping %1 cannot be read: %2").arg(path, file.errorString());
    return std::nullopt;
  }
  const QByteArray text = file.readAll();
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
  if (parseError.error != QJsonParseError::NoError || !document.isObject())
  {
    *error = parseError.error != QJsonParseError::NoError ? tr("%1, line %2: this is not valid JSON (%3).")
                                                                .arg(path)
                                                                .arg(lineAt(text, parseError.offset))
                                                                .arg(parseError.errorString())
                                                          : tr("%1: a mapping is a JSON object.").arg(path);
    return std::nullopt;
  }
  const QJsonObject root = document.object();
  auto fail = [&](const QString &place, const QString &problem) {
    *error = tr("%1, %2: %3").arg(path, place, problem);
    return std::nullopt;
  };
  if (root.value(QStringLiteral("format")).toString() != formatName)
    return fail(QStringLiteral("format"), tr("a mapping declares \"format\": \"%1\".").arg(formatName));
  static const QStringList knownKeys{QStringLiteral("format"),
                                     QStringLiteral("name"),
                                     QStringLiteral("description"),
                                     QStringLiteral("id"),
                                     QStringLiteral("fields_optional"),
                                     QStringLiteral("open_options"),
                                     QStringLiteral("driver_open_options"),
                                     QStringLiteral("source_crs"),
                                     QStringLiteral("rules")};
  for (const QString &key : root.keys())
  {
    if (!knownKeys.contains(key))
      return fail(key, tr("unknown key; a mapping has %1.").arg(knownKeys.join(QStringLiteral(", "))));
  }

  ImportMapping mapping;
  mapping.path = path;
  mapping.name = root.value(QStringLiteral("name")).toString();
  // "id" is one rule or a list of them.
  const QJsonValue idValue = root.value(QStringLiteral("id"));
  const QJsonArray idRules = idValue.isArray()                           ? idValue.toArray()
                             : idValue.isUndefined() || idValue.isNull() ? QJsonArray()
                                                                         : QJsonArray{idValue};
  for (int i = 0; i < idRules.size(); ++i)
  {
    const QString place = idValue.isArray() ? QStringLiteral("id[%1]").arg(i) : QStringLiteral("id");
    const QJsonObject object = idRules.at(i).toObject();
    IdRule rule;
    for (const QJsonValue &field : object.value(QStringLiteral("fields")).toArray())
      rule.fields.append(field.toString());
    if (rule.fields.isEmpty() || rule.fields.contains(QString()))
      return fail(place, tr("an id rule names the fields whose values make the id."));
    rule.prefix = object.value(QStringLiteral("prefix")).toString();
    rule.layer = object.value(QStringLiteral("layer")).toString();
    mapping.ids.append(rule);
  }
  mapping.fieldsOptional = root.value(QStringLiteral("fields_optional")).toBool(false);
  for (const QJsonValue &option : root.value(QStringLiteral("open_options")).toArray())
    mapping.openOptions.append(option.toString());
  // "NAME=@file" names a file beside the mapping (a driver's configuration).
  const QDir beside = QFileInfo(path).absoluteDir();
  const QJsonObject driverOptions = root.value(QStringLiteral("driver_open_options")).toObject();
  for (auto it = driverOptions.begin(); it != driverOptions.end(); ++it)
  {
    for (const QJsonValue &value : it.value().toArray())
    {
      QString option = value.toString();
      const int at = option.indexOf(QStringLiteral("=@"));
      if (at > 0)
      {
        const QString file = beside.absoluteFilePath(option.mid(at + 2));
        if (!QFileInfo::exists(file))
          return fail(QStringLiteral("driver_open_options.%1").arg(it.key()),
                      tr("%1 does not exist.").arg(file));
        option = option.left(at + 1) + file;
      }
      mapping.driverOpenOptions[it.key()].append(option);
    }
  }
  mapping.sourceCrs = root.value(QStringLiteral("source_crs")).toString();

  const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
  if (rules.isEmpty())
    return fail(QStringLiteral("rules"), tr("a mapping needs at least one rule."));
  const QStringList targets = FeatureWriter::basemapTables() + QStringList{QStringLiteral("component")};
  for (int i = 0; i < rules.size(); ++i)
  {
    const QString place = QStringLiteral("rules[%1]").arg(i);
    const QJsonObject object = rules.at(i).toObject();
    ImportRule rule;
    rule.line = i;
    rule.target = object.value(QStringLiteral("target")).toString();
    if (!targets.contains(rule.target))
      return fail(place + QStringLiteral(".target"),
                  tr("\"%1\" is not a cache layer an import can write (%2).")
                      .arg(rule.target, targets.join(QStringLiteral(", "))));
    rule.layer = object.value(QStringLiteral("layer")).toString();
    const QString geometry = object.value(QStringLiteral("geometry")).toString();
    if (geometry == QLatin1String("point"))
      rule.geometry = GeometryKind::Point;
    else if (geometry == QLatin1String("line"))
      rule.geometry = GeometryKind::Line;
    else if (geometry == QLatin1String("polygon"))
      rule.geometry = GeometryKind::Polygon;
    else
      return fail(place + QStringLiteral(".geometry"),
                  tr("\"%1\" is not point, line or polygon.").arg(geometry));
    rule.bufferMetres = object.value(QStringLiteral("buffer_m")).toDouble(0);
    if (rule.bufferMetres < 0)
      return fail(place + QStringLiteral(".buffer_m"), tr("a buffer cannot be negative."));

    for (const auto &[key, list] :
         {std::pair<QString, QList<FieldCondition> *>{QStringLiteral("when"), &rule.when},
          {QStringLiteral("unless"), &rule.unless}})
    {
      const QJsonObject conditions = object.value(key).toObject();
      for (auto it = conditions.begin(); it != conditions.end(); ++it)
      {
        FieldCondition condition{it.key(), {}};
        if (it.value().isArray())
        {
          for (const QJsonValue &value : it.value().toArray())
            condition.values.append(value.toVariant().toString());
        }
        else if (it.value().toString() != QLatin1String("*"))
        {
          condition.values.append(it.value().toVariant().toString());
        }
        list->append(condition);
      }
    }

    const QStringList columns = writableColumns(rule.target);
    const QJsonObject columnObject = object.value(QStringLiteral("columns")).toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it)
    {
      const QString columnPlace = QStringLiteral("%1.columns.%2").arg(place, it.key());
      if (!columns.contains(it.key()))
        return fail(columnPlace, tr("the cache layer %1 has no column \"%2\" (it has %3).")
                                     .arg(rule.target, it.key(), columns.join(QStringLiteral(", "))));
      ColumnSource source;
      source.column = it.key();
      if (it.value().isString())
      {
        source.field = it.value().toString();
      }
      else if (it.value().isObject())
      {
        const QJsonObject spec = it.value().toObject();
        source.field = spec.value(QStringLiteral("field")).toString();
        source.constant = spec.contains(QStringLiteral("value"))
                              ? spec.value(QStringLiteral("value")).toVariant()
                              : spec.value(QStringLiteral("default")).toVariant();
        source.optional = spec.value(QStringLiteral("optional")).toBool(false);
        const QJsonObject values = spec.value(QStringLiteral("values")).toObject();
        for (auto value = values.begin(); value != values.end(); ++value)
          source.values.insert(value.key(), value.value().toVariant());
        if (source.field.isEmpty() && !spec.contains(QStringLiteral("value")))
          return fail(columnPlace, tr("a column takes a \"field\" or a \"value\"."));
      }
      else
      {
        return fail(columnPlace, tr("a column is a field name or an object with \"field\" or \"value\"."));
      }
      rule.columns.append(source);
    }
    mapping.rules.append(rule);
  }
  return mapping;
}
