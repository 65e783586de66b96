#include "cache/cachechecker.h"

#include "cache/cachefile.h"
#include "cache/caserepository.h"
#include "cache/schema.h"
#include "domain/admincode.h"
#include "domain/casenumber.h"
#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/componentid.h"
#include "domain/gridcode.h"

CacheChecker::CacheChecker(CacheFile &cache, const Catalogue &catalogue, const CaseWorkflow &workflow)
    : mCache(cache)
    , mCatalogue(catalogue)
    , mWorkflow(workflow)
{}

QList<CacheProblem> CacheChecker::run()
{
  mProblems.clear();
  mCounts.clear();
  checkIntegrity();
  checkForeignKeys();
  checkCodes();
  checkGeometries();
  checkCaseLogs();
  return mProblems;
}

void CacheChecker::add(const QString &check, const QString &table, const QString &key, const QString &message)
{
  if (++mCounts[check] <= listedPerCheck)
    mProblems.append({check, table, key, message});
}

void CacheChecker::checkIntegrity()
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral("PRAGMA integrity_check"));
  while (statement.next())
  {
    if (statement.text(0) != QLatin1String("ok"))
      add(QStringLiteral("integrity"), QString(), QString(), statement.text(0));
  }
}

void CacheChecker::checkForeignKeys()
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral("PRAGMA foreign_key_check"));
  while (statement.next())
    add(QStringLiteral("foreign_keys"), statement.text(0), QStringLiteral("rowid %1").arg(statement.int64(1)),
        tr("A row of %1 refers to a row of %2 that does not exist.")
            .arg(statement.text(0), statement.text(2)));
}

void CacheChecker::checkCodes()
{
  SqliteDatabase &database = mCache.database();
  const QString check = QStringLiteral("codes");
  QString error;

  // Districts, streets and communities: length, administrative code, and the parent prefix.
  const QList<std::tuple<QString, QString, int>> areas{
      {QStringLiteral("district"), QString(), 6},
      {QStringLiteral("street"), QStringLiteral("district_code"), 9},
      {QStringLiteral("community"), QStringLiteral("street_code"), 12}};
  for (const auto &[table, parent, length] : areas)
  {
    SqliteStatement rows =
        database.prepare(QStringLiteral("SELECT code, %1 FROM %2")
                             .arg(parent.isEmpty() ? QStringLiteral("NULL") : parent, table));
    while (rows.next())
    {
      const QString code = rows.text(0);
      if (code.size() != length || !AdminCode::validate(code.left(6), &error))
        add(check, table, code, tr("\"%1\" is not a valid %2-digit code.").arg(code).arg(length));
      else if (!parent.isEmpty() && !code.startsWith(rows.text(1)))
        add(check, table, code,
            tr("%1 does not start with the code of its parent %2.").arg(code, rows.text(1)));
    }
  }

  SqliteStatement cells = database.prepare(QStringLiteral("SELECT code, community_code FROM grid_cell"));
  while (cells.next())
  {
    const std::optional<GridCode> code = GridCode::parse(cells.text(0), &error);
    if (!code)
      add(check, QStringLiteral("grid_cell"), cells.text(0), error);
    else if (code->communityCode() != cells.text(1))
      add(check, QStringLiteral("grid_cell"), cells.text(0),
          tr("Grid cell %1 is recorded in community %2, but its code says %3.")
              .arg(cells.text(0), cells.text(1), code->communityCode()));
  }

  SqliteStatement components = database.prepare(QStringLiteral("SELECT id, type_code FROM component"));
  while (components.next())
  {
    const std::optional<ComponentId> id = ComponentId::parse(components.text(0), &error);
    if (!id)
      add(check, QStringLiteral("component"), components.text(0), error);
    else if (id->typeCode().toString() != components.text(1))
      add(check, QStringLiteral("component"), components.text(0),
          tr("Component %1 is recorded as class %2, but its id says %3.")
              .arg(components.text(0), components.text(1), id->typeCode().toString()));
    else if (!mCatalogue.find(ClassKind::Component, id->typeCode()))
      add(check, QStringLiteral("component"), components.text(0),
          tr("Component %1: class %2 is not in the cache's catalogue.")
              .arg(components.text(0), components.text(1)));
  }

  SqliteStatement cases =
      database.prepare(QStringLiteral("SELECT id, number, class_kind, type_code FROM cases"));
  while (cases.next())
  {
    if (!cases.isNull(1) && !CaseNumber::parse(cases.text(1), &error))
      add(check, QStringLiteral("cases"), cases.text(0), error);
    const std::optional<ClassKind> kind = Catalogue::kindFromName(cases.text(2));
    const std::optional<TypeCode> type = TypeCode::parse(cases.text(3), &error);
    if (!kind || !type || !mCatalogue.find(*kind, *type))
      add(check, QStringLiteral("cases"), cases.text(0),
          tr("Case %1: class %2 %3 is not in the cache's catalogue.")
              .arg(cases.text(0), cases.text(2), cases.text(3)));
  }
}

void CacheChecker::checkGeometries()
{
  SqliteDatabase &database = mCache.database();
  for (const schema::Table &table : schema::tables())
  {
    for (const schema::Geometry &geometry : table.geometries)
    {
      SqliteStatement invalid = database.prepare(
          QStringLiteral("SELECT \"%1\", ST_IsValidReason(\"%2\") FROM \"%3\" WHERE \"%2\" IS NOT NULL AND "
                         "ST_IsValid(\"%2\") <> 1")
              .arg(table.keyColumn, geometry.column, table.name));
      while (invalid.next())
        add(QStringLiteral("geometry"), table.name, invalid.text(0),
            tr("%1 %2: the geometry is not valid: %3").arg(table.name, invalid.text(0), invalid.text(1)));
    }
  }
}

void CacheChecker::checkCaseLogs()
{
  CaseRepository repository(mCache, mWorkflow);
  SqliteStatement cases =
      mCache.database().prepare(QStringLiteral("SELECT id, state FROM cases ORDER BY id"));
  while (cases.next())
  {
    const QString id = cases.text(0);
    QString error;
    const std::optional<QString> replayed = mWorkflow.replay(repository.events(id), &error);
    if (!replayed)
      add(QStringLiteral("case_log"), QStringLiteral("cases"), id, tr("Case %1: %2").arg(id, error));
    else if (*replayed != cases.text(1))
      add(QStringLiteral("case_log"), QStringLiteral("cases"), id,
          tr("Case %1 is in state %2, but its event log leads to %3.").arg(id, cases.text(1), *replayed));
  }
}
