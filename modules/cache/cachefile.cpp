#include "cache/cachefile.h"

#include "cache/journaltriggers.h"
#include "cache/schema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace
{
  const QStringList knownCatalogues{QStringLiteral("gb47678_5_2026"), QStringLiteral("gb30428_2")};

  void removeDatabaseFiles(const QString &path)
  {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
      QFile::remove(path + suffix);
  }

  /** Runs \a statements in order; stops at the first failure, naming it in \a error. */
  bool executeAll(SqliteDatabase &database, const QStringList &statements, QString *error)
  {
    for (const QString &statement : statements)
    {
      QString detail;
      if (!database.execute(statement, &detail))
      {
        *error = QStringLiteral("%1 [%2]").arg(detail, statement.left(200));
        return false;
      }
    }
    return true;
  }

  /** Creates every table of schema::tables() with its geometry columns, spatial indexes and journal triggers.
   */
  bool createTables(SqliteDatabase &database, int srid, QString *error)
  {
    for (const schema::Table &table : schema::tables())
    {
      if (!executeAll(database,
                      {QStringLiteral("CREATE TABLE \"%1\" (%2)").arg(table.name, table.columnsSql)}, error))
        return false;
      for (const schema::Geometry &geometry : table.geometries)
      {
        // SpatiaLite's functions report failure as 0, not as an SQL error.
        const QString add = QStringLiteral("SELECT AddGeometryColumn('%1', '%2', %3, '%4', 'XY', %5)")
                                .arg(table.name, geometry.column)
                                .arg(srid)
                                .arg(geometry.type)
                                .arg(geometry.required ? 1 : 0);
        const QString index =
            QStringLiteral("SELECT CreateSpatialIndex('%1', '%2')").arg(table.name, geometry.column);
        for (const QString &statement : {add, index})
        {
          if (database.scalar(statement, error).toInt() != 1)
          {
            *error = QStringLiteral("%1 [%2]").arg(*error, statement);
            return false;
          }
        }
      }
      if (table.journaled && !executeAll(database, journaltriggers::createStatements(table), error))
        return false;
    }
    return true;
  }
} // namespace

std::unique_ptr<CacheFile> CacheFile::create(const QString &path, const CacheSettings &settings,
                                             QString *error)
{
  if (QFileInfo::exists(path))
  {
    *error = tr("%1 already exists; a new cache needs a new file.").arg(path);
    return nullptr;
  }
  if (!knownCatalogues.contains(settings.catalogue))
  {
    *error = tr("Unknown catalogue \"%1\": use %2.")
                 .arg(settings.catalogue, knownCatalogues.join(QStringLiteral(", ")));
    return nullptr;
  }

  std::unique_ptr<CacheFile> cache(new CacheFile);
  if (!cache->mDatabase.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, error))
    return nullptr;
  QString detail;
  if (!initialise(cache->mDatabase, settings, &detail))
  {
    *error = tr("%1: the cache could not be created: %2").arg(path, detail);
    cache.reset();
    removeDatabaseFiles(path);
    return nullptr;
  }
  return cache;
}

bool CacheFile::initialise(SqliteDatabase &database, const CacheSettings &settings, QString *error)
{
  if (!database.execute(QStringLiteral("PRAGMA application_id = %1; PRAGMA journal_mode = WAL; "
                                       "PRAGMA foreign_keys = ON;")
                            .arg(applicationId),
                        error))
    return false;

  SqliteTransaction transaction(database);
  if (!transaction.isActive())
  {
    *error = transaction.errorMessage();
    return false;
  }

  // Only the CRSs the cache uses, not SpatiaLite's whole EPSG table (which is ~6 MB).
  if (!database.execute(QStringLiteral("SELECT InitSpatialMetadata('NONE')"), error))
    return false;
  for (int srid : {settings.srid, 4326, 4490})
  {
    if (database.scalar(QStringLiteral("SELECT InsertEpsgSrid(%1)").arg(srid)).toInt() != 1 &&
        database.scalar(QStringLiteral("SELECT count(*) FROM spatial_ref_sys WHERE srid = %1").arg(srid))
                .toInt() == 0)
    {
      *error = tr("EPSG:%1 is not a CRS SpatiaLite knows.").arg(srid);
      return false;
    }
  }
  if (database.scalar(QStringLiteral("SELECT SridIsGeographic(%1)").arg(settings.srid)).toInt() != 0)
  {
    *error = tr("EPSG:%1 is geographic; the cache needs a projected CRS in metres, such as a CGCS2000 "
                "Gauss–Krüger zone (EPSG:4534–4554).")
                 .arg(settings.srid);
    return false;
  }

  if (!createTables(database, settings.srid, error))
    return false;

  // case_event is the audit trail: rows are only ever added.
  if (!executeAll(
          database,
          QStringList{
              QStringLiteral("CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event "
                             "BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END"),
              QStringLiteral("CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event "
                             "BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END"),
              QStringLiteral("CREATE INDEX case_event_case ON case_event (case_id, sequence)"),
              QStringLiteral("CREATE INDEX cases_state ON cases (state)"),
              QStringLiteral("CREATE INDEX component_grid ON component (grid_code)"),
              QStringLiteral("CREATE INDEX grid_cell_community ON grid_cell (community_code)"),
              QStringLiteral("INSERT INTO journal_control (id, suppressed) VALUES (1, 0)")} +
              schema::openCaseTriggers(),
          error))
    return false;

  SqliteStatement insertMetadata =
      database.prepare(QStringLiteral("INSERT INTO metadata (key, value) VALUES (?, ?)"));
  const QList<QPair<QString, QString>> metadata{
      {QStringLiteral("schema_version"), QString::number(currentSchemaVersion())},
      {QStringLiteral("srid"), QString::number(settings.srid)},
      {QStringLiteral("catalogue"), settings.catalogue},
      // An empty name is stored as '', not NULL.
      {QStringLiteral("city_name"), settings.cityName.isNull() ? QStringLiteral("") : settings.cityName},
      {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
      {QStringLiteral("created_by"), QStringLiteral("xiuhua %1").arg(QStringLiteral(XIUHUA_VERSION))}};
  for (const auto &[key, value] : metadata)
  {
    insertMetadata.bindText(1, key);
    insertMetadata.bindText(2, value);
    if (!insertMetadata.run())
    {
      *error = insertMetadata.errorMessage();
      return false;
    }
  }
  if (!database.execute(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion()), error))
    return false;
  if (!transaction.commit())
  {
    *error = transaction.errorMessage();
    return false;
  }
  return true;
}

std::unique_ptr<CacheFile> CacheFile::open(const QString &path, QString *error,
                                           const QList<Migration> &migrations)
{
  if (!QFileInfo::exists(path))
  {
    *error = tr("%1: no such file.").arg(path);
    return nullptr;
  }
  std::unique_ptr<CacheFile> cache(new CacheFile);
  if (!cache->mDatabase.open(path, SqliteDatabase::OpenMode::ReadWrite, error))
    return nullptr;

  SqliteDatabase &database = cache->mDatabase;
  QString detail;
  const QVariant application = database.scalar(QStringLiteral("PRAGMA application_id"), &detail);
  if (!application.isValid())
  {
    *error = tr("%1 is not a Xiuhua cache (not an SQLite file: %2).").arg(path, detail);
    return nullptr;
  }
  if (application.toInt() != applicationId)
  {
    *error = tr("%1 is not a Xiuhua cache (an SQLite file made by another program).").arg(path);
    return nullptr;
  }

  const int version = database.scalar(QStringLiteral("PRAGMA user_version")).toInt();
  const int newest = migrations.isEmpty() ? 1 : migrations.last().version;
  if (version > newest)
  {
    *error = tr("%1 has schema version %2, made by a newer Xiuhua; this one reads up to version %3. "
                "Update Xiuhua to open it.")
                 .arg(path)
                 .arg(version)
                 .arg(newest);
    return nullptr;
  }
  if (!database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), &detail))
  {
    *error = tr("%1: %2").arg(path, detail);
    return nullptr;
  }
  if (version < newest && !cache->migrate(version, newest, migrations, error))
    return nullptr;
  return cache;
}

bool CacheFile::migrate(int fromVersion, int toVersion, const QList<Migration> &migrations, QString *error)
{
  SqliteTransaction transaction(mDatabase);
  if (!transaction.isActive())
  {
    *error = tr("%1: cannot start the migration: %2").arg(path(), transaction.errorMessage());
    return false;
  }
  for (const Migration &migration : migrations)
  {
    if (migration.version <= fromVersion || migration.version > toVersion)
      continue;
    QString detail;
    if (!migration.apply(mDatabase, &detail))
    {
      *error = tr("%1: migration to schema version %2 (%3) failed, the file is unchanged: %4")
                   .arg(path())
                   .arg(migration.version)
                   .arg(migration.description, detail);
      return false;
    }
  }
  QString detail;
  if (!mDatabase.execute(QStringLiteral("PRAGMA user_version = %1; "
                                        "UPDATE metadata SET value = '%1' WHERE key = 'schema_version';")
                             .arg(toVersion),
                         &detail) ||
      !transaction.commit())
  {
    *error = tr("%1: the migration could not be committed, the file is unchanged: %2")
                 .arg(path(), detail.isEmpty() ? transaction.errorMessage() : detail);
    return false;
  }
  return true;
}

int CacheFile::schemaVersion()
{
  return mDatabase.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

int CacheFile::srid()
{
  return metadata(QStringLiteral("srid")).toInt();
}

QString CacheFile::catalogue()
{
  return metadata(QStringLiteral("catalogue"));
}

QString CacheFile::metadata(const QString &key)
{
  SqliteStatement statement = mDatabase.prepare(QStringLiteral("SELECT value FROM metadata WHERE key = ?"));
  statement.bindText(1, key);
  return statement.next() ? statement.text(0) : QString();
}

bool CacheFile::setJournalSuppressed(bool suppressed, QString *error)
{
  return mDatabase.execute(
      QStringLiteral("UPDATE journal_control SET suppressed = %1 WHERE id = 1").arg(suppressed ? 1 : 0),
      error);
}

QString CacheFile::attachmentDirectory() const
{
  return path() + QStringLiteral(".attachments");
}
