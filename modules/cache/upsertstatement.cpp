#include "cache/upsertstatement.h"

#include "cache/cachefile.h"
#include "cache/schema.h"

namespace
{
  /** The SpatiaLite function that turns a WKB of a compatible type into the column's type. */
  QString castFor(const QString &geometryType)
  {
    if (geometryType == QLatin1String("MULTIPOLYGON"))
      return QStringLiteral("CastToMultiPolygon");
    if (geometryType == QLatin1String("MULTILINESTRING"))
      return QStringLiteral("CastToMultiLinestring");
    if (geometryType == QLatin1String("POINT"))
      return QStringLiteral("CastToPoint");
    return QString();
  }
} // namespace

UpsertStatement::UpsertStatement(CacheFile &cache, const QString &table, const QStringList &columns,
                                 const QStringList &geometryColumns, OnConflict onConflict)
    : mColumnCount(columns.size())
{
  const schema::Table *definition = schema::table(table);
  QStringList names = columns;
  QStringList placeholders;
  for (int i = 0; i < columns.size(); ++i)
    placeholders.append(QStringLiteral("?%1").arg(i + 1));
  for (int i = 0; i < geometryColumns.size(); ++i)
  {
    QString type;
    for (const schema::Geometry &geometry : definition ? definition->geometries : QList<schema::Geometry>())
    {
      if (geometry.column == geometryColumns.at(i))
        type = geometry.type;
    }
    const QString parameter = QStringLiteral("?%1").arg(columns.size() + i + 1);
    const QString fromWkb = QStringLiteral("GeomFromWKB(%1, %2)").arg(parameter).arg(cache.srid());
    const QString cast = castFor(type);
    placeholders.append(cast.isEmpty() ? fromWkb : QStringLiteral("%1(%2)").arg(cast, fromWkb));
    names.append(geometryColumns.at(i));
  }
  QStringList assignments;
  for (int i = 1; i < names.size(); ++i)
    assignments.append(QStringLiteral("\"%1\" = excluded.\"%1\"").arg(names.at(i)));
  const QString update = assignments.isEmpty()
                             ? QStringLiteral("DO NOTHING")
                             : QStringLiteral("DO UPDATE SET %1").arg(assignments.join(QStringLiteral(", ")));
  const QString conflictClause =
      onConflict == OnConflict::Fail
          ? QString()
          : QStringLiteral(" ON CONFLICT (\"%1\") %2").arg(columns.first(), update);
  mStatement = cache.database().prepare(QStringLiteral("INSERT INTO \"%1\" (\"%2\") VALUES (%3)%4")
                                            .arg(table, names.join(QStringLiteral("\", \"")),
                                                 placeholders.join(QStringLiteral(", ")), conflictClause));
}

bool UpsertStatement::write(const QVariantList &values, const QList<QByteArray> &geometries)
{
  for (int i = 0; i < values.size(); ++i)
    mStatement.bind(i + 1, values.at(i));
  for (int i = 0; i < geometries.size(); ++i)
  {
    if (geometries.at(i).isEmpty())
      mStatement.bindNull(mColumnCount + i + 1);
    else
      mStatement.bindBlob(mColumnCount + i + 1, geometries.at(i));
  }
  return mStatement.run();
}
