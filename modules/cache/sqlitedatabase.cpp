#include "cache/sqlitedatabase.h"

#include <sqlite3.h>

#include <utility>

namespace
{
  QString fromUtf8(const char *text)
  {
    return text ? QString::fromUtf8(text) : QString();
  }
} // namespace

SqliteDatabase::~SqliteDatabase()
{
  if (mHandle)
    sqlite3_close_v2(mHandle);
}

bool SqliteDatabase::open(const QString &path, OpenMode mode, QString *error)
{
  int flags = SQLITE_OPEN_FULLMUTEX;
  switch (mode)
  {
  case OpenMode::ReadWrite:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case OpenMode::ReadWriteCreate:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  case OpenMode::ReadOnly:
    flags |= SQLITE_OPEN_READONLY;
    break;
  }
  mPath = path;
  if (sqlite3_open_v2(path.toUtf8().constData(), &mHandle, flags, nullptr) != SQLITE_OK)
  {
    *error = tr("%1: cannot open the file: %2").arg(path, lastSqliteError());
    sqlite3_close_v2(mHandle);
    mHandle = nullptr;
    return false;
  }
  sqlite3_extended_result_codes(mHandle, 1);
  sqlite3_busy_timeout(mHandle, 5000);
  // A page cache of up to 256 MiB: large imports and the demo city write far more than SQLite's
  // default 2 MiB, and every page spilled before commit is written to the log twice.
  sqlite3_exec(mHandle, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);

  // mod_spatialite is loaded as an extension; only this call may load one.
  sqlite3_db_config(mHandle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
  char *message = nullptr;
  const int loaded = sqlite3_load_extension(mHandle, "mod_spatialite", nullptr, &message);
  sqlite3_db_config(mHandle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  if (loaded != SQLITE_OK)
  {
    *error = tr("SpatiaLite could not be loaded (is libsqlite3-mod-spatialite installed?): %1")
                 .arg(fromUtf8(message));
    sqlite3_free(message);
    sqlite3_close_v2(mHandle);
    mHandle = nullptr;
    return false;
  }
  return true;
}

bool SqliteDatabase::execute(const QString &sql, QString *error)
{
  char *message = nullptr;
  if (sqlite3_exec(mHandle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
  {
    *error = fromUtf8(message);
    sqlite3_free(message);
    return false;
  }
  return true;
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
  sqlite3_stmt *statement = nullptr;
  const QByteArray utf8 = sql.toUtf8();
  if (sqlite3_prepare_v2(mHandle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) !=
      SQLITE_OK)
    return SqliteStatement(mHandle, nullptr, lastSqliteError());
  return SqliteStatement(mHandle, statement, QString());
}

QVariant SqliteDatabase::scalar(const QString &sql, QString *error)
{
  SqliteStatement statement = prepare(sql);
  if (!statement.isValid())
  {
    if (error)
      *error = statement.errorMessage();
    return QVariant();
  }
  if (!statement.next())
  {
    if (error && statement.failed())
      *error = statement.errorMessage();
    return QVariant();
  }
  return statement.value(0);
}

QString SqliteDatabase::lastSqliteError() const
{
  return mHandle ? fromUtf8(sqlite3_errmsg(mHandle)) : QString();
}

SqliteStatement::SqliteStatement(sqlite3 *database, sqlite3_stmt *statement, const QString &error)
    : mDatabase(database)
    , mStatement(statement)
    , mError(error)
{}

SqliteStatement::~SqliteStatement()
{
  sqlite3_finalize(mStatement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : mDatabase(std::exchange(other.mDatabase, nullptr))
    , mStatement(std::exchange(other.mStatement, nullptr))
    , mError(std::move(other.mError))
    , mFailed(other.mFailed)
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
  if (this != &other)
  {
    sqlite3_finalize(mStatement);
    mDatabase = std::exchange(other.mDatabase, nullptr);
    mStatement = std::exchange(other.mStatement, nullptr);
    mError = std::move(other.mError);
    mFailed = other.mFailed;
  }
  return *this;
}

void SqliteStatement::bind(int position, const QVariant &value)
{
  if (value.isNull())
  {
    bindNull(position);
    return;
  }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
  const int type = value.typeId();
#else
  const int type = value.userType();
#endif
  switch (type)
  {
  case QMetaType::Int:
  case QMetaType::LongLong:
  case QMetaType::UInt:
  case QMetaType::Bool:
    bindInt64(position, value.toLongLong());
    break;
  case QMetaType::Double:
    bindDouble(position, value.toDouble());
    break;
  case QMetaType::QByteArray:
    bindBlob(position, value.toByteArray());
    break;
  default:
    bindText(position, value.toString());
    break;
  }
}

void SqliteStatement::bindText(int position, const QString &value)
{
  if (value.isNull())
  {
    bindNull(position);
    return;
  }
  const QByteArray utf8 = value.toUtf8();
  sqlite3_bind_text(mStatement, position, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt64(int position, qint64 value)
{
  sqlite3_bind_int64(mStatement, position, value);
}

void SqliteStatement::bindDouble(int position, double value)
{
  sqlite3_bind_double(mStatement, position, value);
}

void SqliteStatement::bindBlob(int position, const QByteArray &value)
{
  sqlite3_bind_blob(mStatement, position, value.constData(), static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int position)
{
  sqlite3_bind_null(mStatement, position);
}

bool SqliteStatement::next()
{
  const int result = sqlite3_step(mStatement);
  if (result == SQLITE_ROW)
    return true;
  mFailed = result != SQLITE_DONE;
  if (mFailed)
    mError = fromUtf8(sqlite3_errmsg(mDatabase));
  return false;
}

bool SqliteStatement::run()
{
  while (next())
  {}
  const bool ok = !mFailed;
  reset();
  return ok;
}

void SqliteStatement::reset()
{
  sqlite3_reset(mStatement);
  sqlite3_clear_bindings(mStatement);
}

QString SqliteStatement::text(int column) const
{
  const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
  return data ? QString::fromUtf8(data, sqlite3_column_bytes(mStatement, column)) : QString();
}

qint64 SqliteStatement::int64(int column) const
{
  return sqlite3_column_int64(mStatement, column);
}

double SqliteStatement::real(int column) const
{
  return sqlite3_column_double(mStatement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
  const auto *data = static_cast<const char *>(sqlite3_column_blob(mStatement, column));
  return QByteArray(data, sqlite3_column_bytes(mStatement, column));
}

bool SqliteStatement::isNull(int column) const
{
  return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
  switch (sqlite3_column_type(mStatement, column))
  {
  case SQLITE_INTEGER:
    return int64(column);
  case SQLITE_FLOAT:
    return real(column);
  case SQLITE_BLOB:
    return blob(column);
  case SQLITE_NULL:
    return QVariant();
  default:
    return text(column);
  }
}

int SqliteStatement::columnCount() const
{
  return sqlite3_column_count(mStatement);
}

QString SqliteStatement::columnName(int column) const
{
  return fromUtf8(sqlite3_column_name(mStatement, column));
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &database)
    : mDatabase(database)
{
  // Inside another transaction this one is a savepoint, so that repositories that keep their own
  // writes atomic can also be part of a larger transaction (an import, the demo city).
  if (sqlite3_get_autocommit(mDatabase.handle()))
  {
    mActive = mDatabase.execute(QStringLiteral("BEGIN IMMEDIATE"), &mError);
  }
  else
  {
    static int savepoints = 0;
    mSavepoint = QStringLiteral("xiuhua_%1").arg(++savepoints);
    mActive = mDatabase.execute(QStringLiteral("SAVEPOINT ") + mSavepoint, &mError);
  }
}

SqliteTransaction::~SqliteTransaction()
{
  if (mActive)
  {
    QString ignored;
    if (mSavepoint.isEmpty())
      mDatabase.execute(QStringLiteral("ROLLBACK"), &ignored);
    else
      mDatabase.execute(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(mSavepoint), &ignored);
  }
}

bool SqliteTransaction::commit()
{
  if (!mActive)
    return false;
  const QString statement =
      mSavepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + mSavepoint;
  if (!mDatabase.execute(statement, &mError))
  {
    QString ignored;
    if (mSavepoint.isEmpty())
      mDatabase.execute(QStringLiteral("ROLLBACK"), &ignored);
    else
      mDatabase.execute(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(mSavepoint), &ignored);
    mActive = false;
    return false;
  }
  mActive = false;
  return true;
}
