#include "cache/upsertstatement.h"

#include "cache/cachefile.h"
#include "cache/schema.h"
#include "cache/spatialiteblob.h"

UpsertStatement::UpsertStatement(CacheFile &cache, const QString &table, const QStringList &columns,
                                 const QStringList &geometryColumns, OnConflict onConflict)
    : mColumnCount(columns.size())
    , mSrid(cache.srid())
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
    mGeometryTypes.append(type);
    placeholders.append(QStringLiteral("?%1").arg(columns.size() + i + 1));
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
  mError.clear();
  for (int i = 0; i < values.size(); ++i)
    mStatement.bind(i + 1, values.at(i));
  for (int i = 0; i < geometries.size(); ++i)
  {
    if (geometries.at(i).isEmpty())
    {
      mStatement.bindNull(mColumnCount + i + 1);
      continue;
    }
    const QByteArray blob = spatialiteblob::fromWkb(geometries.at(i), mGeometryTypes.value(i), mSrid);
    if (blob.isEmpty())
    {
      mStatement.reset();
      mError = QCoreApplication::translate(
                   "UpsertStatement", "the geometry is unreadable, empty, not two-dimensional or not a %1")
                   .arg(mGeometryTypes.value(i));
      return false;
    }
    mStatement.bindBlob(mColumnCount + i + 1, blob);
  }
  if (mStatement.run())
    return true;
  mError = mStatement.errorMessage();
  return false;
}
