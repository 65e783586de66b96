#include "cache/migrations.h"

#include "cache/journaltriggers.h"
#include "cache/schema.h"
#include "cache/sqlitedatabase.h"

namespace migrations
{
  int currentVersion()
  {
    return all().isEmpty() ? 1 : all().last().version;
  }

  const QList<Migration> &all()
  {
    // Version 1 is the first released schema.
    static const QList<Migration> list{
        {2, QStringLiteral("open_case: the open cases the map draws, kept by triggers on cases"),
         [](SqliteDatabase &database, QString *error) {
           const int srid =
               database.scalar(QStringLiteral("SELECT value FROM metadata WHERE key = 'srid'"), error)
                   .toInt();
           if (!database.execute(
                   QStringLiteral(
                       "CREATE TABLE open_case (id TEXT PRIMARY KEY, number TEXT, state TEXT NOT NULL, "
                       "reported_at TEXT NOT NULL, step_deadline TEXT, type_code TEXT, grid_code TEXT)"),
                   error))
             return false;
           // SpatiaLite reports failure as 0, not as an SQL error.
           for (const QString &statement :
                {QStringLiteral("SELECT AddGeometryColumn('open_case', 'geom', %1, 'POINT', 'XY', 0)")
                     .arg(srid),
                 QStringLiteral("SELECT CreateSpatialIndex('open_case', 'geom')")})
           {
             if (database.scalar(statement, error).toInt() != 1)
             {
               *error = QStringLiteral("%1 [%2]").arg(*error, statement);
               return false;
             }
           }
           for (const QString &trigger : schema::openCaseTriggers())
           {
             if (!database.execute(trigger, error))
               return false;
           }
           return database.execute(
               QStringLiteral(
                   "INSERT INTO open_case (id, number, state, reported_at, step_deadline, type_code, "
                   "grid_code, geom) SELECT id, number, state, reported_at, step_deadline, type_code, "
                   "grid_code, geom FROM cases WHERE state NOT IN ('closed', 'cancelled')"),
               error);
         }},
        {3, QStringLiteral("community.population: residents, for park green space per capita"),
         [](SqliteDatabase &database, QString *error) {
           if (!database.execute(QStringLiteral("ALTER TABLE community ADD COLUMN population INTEGER "
                                                "CHECK (population >= 0)"),
                                 error))
             return false;
           // The journal's update trigger lists the columns it compares: made again with the new one.
           for (const QString &operation :
                {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")})
           {
             if (!database.execute(
                     QStringLiteral("DROP TRIGGER IF EXISTS journal_community_%1").arg(operation), error))
               return false;
           }
           for (const QString &statement :
                journaltriggers::createStatements(*schema::table(QStringLiteral("community"))))
           {
             if (!database.execute(statement, error))
               return false;
           }
           return true;
         }}};
    return list;
  }
} // namespace migrations
