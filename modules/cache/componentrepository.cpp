#include "cache/componentrepository.h"

#include <QHash>

#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "cache/upsertstatement.h"
#include "domain/catalogue.h"

#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace
{
  const QString dateFormat = QStringLiteral("yyyy-MM-dd");

  QVariant optionalDate(const QDate &date)
  {
    return date.isValid() ? QVariant(date.toString(dateFormat)) : QVariant();
  }

  /** The coordinates of a two-dimensional WKB point, or nothing for anything else. */
  std::optional<std::pair<double, double>> pointCoordinates(const QByteArray &wkb)
  {
    constexpr int pointSize = 1 + 4 + 2 * 8;
    if (wkb.size() != pointSize || (wkb.at(0) != 0 && wkb.at(0) != 1))
      return std::nullopt;
    const bool littleEndian = wkb.at(0) == 1;
    auto read = [&](int offset, int size) {
      QByteArray bytes = wkb.mid(offset, size);
      if (littleEndian != (QSysInfo::ByteOrder == QSysInfo::LittleEndian))
        std::reverse(bytes.begin(), bytes.end());
      return bytes;
    };
    quint32 type = 0;
    std::memcpy(&type, read(1, 4).constData(), 4);
    if (type != 1)
      return std::nullopt;
    double x = 0, y = 0;
    std::memcpy(&x, read(5, 8).constData(), 8);
    std::memcpy(&y, read(13, 8).constData(), 8);
    if (!std::isfinite(x) || !std::isfinite(y))
      return std::nullopt;
    return std::make_pair(x, y);
  }
} // namespace

ComponentRepository::ComponentRepository(CacheFile &cache, const Catalogue *catalogue)
    : mCache(cache)
    , mCatalogue(catalogue)
{}

ComponentRepository::~ComponentRepository() = default;

QStringList ComponentRepository::states()
{
  return {QStringLiteral("intact"), QStringLiteral("damaged"), QStringLiteral("missing"),
          QStringLiteral("abandoned"), QStringLiteral("removed")};
}

QString ComponentRepository::stateName(const QString &state)
{
  static const QHash<QString, const char *> names{{QStringLiteral("intact"), QT_TR_NOOP("intact")},
                                                  {QStringLiteral("damaged"), QT_TR_NOOP("damaged")},
                                                  {QStringLiteral("missing"), QT_TR_NOOP("missing")},
                                                  {QStringLiteral("abandoned"), QT_TR_NOOP("abandoned")},
                                                  {QStringLiteral("removed"), QT_TR_NOOP("removed")}};
  const auto found = names.constFind(state);
  return found == names.constEnd() ? state : tr(found.value());
}

bool ComponentRepository::save(const ComponentRecord &component, QString *error)
{
  const QString id = component.id.toString();
  if (mCatalogue && !mCatalogue->find(ClassKind::Component, component.id.typeCode()))
  {
    *error = tr("Component %1: class %2 is not in the active catalogue.")
                 .arg(id, component.id.typeCode().toString());
    return false;
  }
  if (!states().contains(component.state))
  {
    *error = tr("Component %1: \"%2\" is not a component state (%3).")
                 .arg(id, component.state, states().join(QStringLiteral(", ")));
    return false;
  }
  if (component.name.trimmed().isEmpty())
  {
    *error = tr("Component %1: the name is empty.").arg(id);
    return false;
  }
  const std::optional<std::pair<double, double>> location = pointCoordinates(component.locationWkb);
  if (!location)
  {
    *error = tr("Component %1: the location must be a point.").arg(id);
    return false;
  }

  QString gridCode = component.gridCode;
  if (gridCode.isEmpty())
  {
    if (!mAreas)
      mAreas = std::make_unique<AreaRepository>(mCache);
    gridCode = mAreas->gridCellAt(location->first, location->second).value_or(QString());
  }

  if (!mUpsert)
    mUpsert = std::make_unique<UpsertStatement>(
        mCache, QStringLiteral("component"),
        QStringList{QStringLiteral("id"), QStringLiteral("type_code"), QStringLiteral("name"),
                    QStringLiteral("authority_department_id"), QStringLiteral("owner_department_id"),
                    QStringLiteral("maintainer_department_id"), QStringLiteral("grid_code"),
                    QStringLiteral("state"), QStringLiteral("initial_date"), QStringLiteral("change_date"),
                    QStringLiteral("data_source"), QStringLiteral("location_description"),
                    QStringLiteral("note")},
        QStringList{QStringLiteral("geom"), QStringLiteral("shape")});
  UpsertStatement &upsert = *mUpsert;
  const bool written = upsert.write(
      {id, component.id.typeCode().toString(), component.name,
       UpsertStatement::optional(component.authorityDepartmentId),
       UpsertStatement::optional(component.ownerDepartmentId),
       UpsertStatement::optional(component.maintainerDepartmentId), UpsertStatement::optional(gridCode),
       component.state, optionalDate(component.initialDate), optionalDate(component.changeDate),
       UpsertStatement::optional(component.dataSource),
       UpsertStatement::optional(component.locationDescription), UpsertStatement::optional(component.note)},
      {component.locationWkb, component.shapeWkb});
  if (!written)
  {
    const QString detail = upsert.errorMessage();
    *error = detail.contains(QLatin1String("FOREIGN KEY"))
                 ? tr("Component %1: its grid cell or a department is not in the cache.").arg(id)
                 : tr("Component %1 could not be saved: %2").arg(id, detail);
    return false;
  }
  return true;
}

std::optional<ComponentRecord> ComponentRepository::find(const QString &id)
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "SELECT id, name, authority_department_id, owner_department_id, maintainer_department_id, "
      "grid_code, state, initial_date, change_date, data_source, location_description, note, "
      "AsBinary(geom), AsBinary(shape) FROM component WHERE id = ?"));
  statement.bindText(1, id);
  if (!statement.next())
    return std::nullopt;
  QString ignored;
  const std::optional<ComponentId> componentId = ComponentId::parse(statement.text(0), &ignored);
  if (!componentId)
    return std::nullopt;
  ComponentRecord record;
  record.id = *componentId;
  record.name = statement.text(1);
  record.authorityDepartmentId = statement.text(2);
  record.ownerDepartmentId = statement.text(3);
  record.maintainerDepartmentId = statement.text(4);
  record.gridCode = statement.text(5);
  record.state = statement.text(6);
  record.initialDate = QDate::fromString(statement.text(7), dateFormat);
  record.changeDate = QDate::fromString(statement.text(8), dateFormat);
  record.dataSource = statement.text(9);
  record.locationDescription = statement.text(10);
  record.note = statement.text(11);
  record.locationWkb = statement.blob(12);
  record.shapeWkb = statement.blob(13);
  return record;
}

QHash<QString, int> ComponentRepository::countByState()
{
  QHash<QString, int> counts;
  SqliteStatement statement =
      mCache.database().prepare(QStringLiteral("SELECT state, count(*) FROM component GROUP BY state"));
  while (statement.next())
    counts.insert(statement.text(0), static_cast<int>(statement.int64(1)));
  return counts;
}
