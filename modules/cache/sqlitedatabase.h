#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement;

/**
 * One connection to an SQLite file with SpatiaLite loaded: statements, transactions, and errors
 * as translated messages naming the file. Not shared between threads.
 */
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

  public:
    /** How to open the file. */
    enum class OpenMode
    {
      ReadWrite,       //!< the file must exist
      ReadWriteCreate, //!< created when missing
      ReadOnly,
    };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /**
     * Opens \a path and loads mod_spatialite. Returns false with \a error set when the file cannot
     * be opened or SpatiaLite is missing.
     */
    bool open(const QString &path, OpenMode mode, QString *error);

    bool isOpen() const { return mHandle != nullptr; }
    QString path() const { return mPath; }

    /** Runs one or more statements without results. Returns false with \a error set on failure. */
    bool execute(const QString &sql, QString *error);

    /** Prepares one statement; check SqliteStatement::isValid() and errorMessage(). */
    SqliteStatement prepare(const QString &sql);

    /**
     * The first column of the first row of \a sql, or an invalid QVariant when there is no row or
     * the statement fails (then \a error is set, if given).
     */
    QVariant scalar(const QString &sql, QString *error = nullptr);

    /** The connection's last error, as SQLite words it. */
    QString lastSqliteError() const;

    sqlite3 *handle() const { return mHandle; }

  private:
    sqlite3 *mHandle = nullptr;
    QString mPath;
};

/** A prepared statement: bind by position (1-based), step, read columns (0-based). */
class SqliteStatement
{
  public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *database, sqlite3_stmt *statement, const QString &error);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return mStatement != nullptr; }
    /** Why preparing or the last step failed, as SQLite words it. */
    QString errorMessage() const { return mError; }

    void bind(int position, const QVariant &value);
    void bindText(int position, const QString &value);
    void bindInt64(int position, qint64 value);
    void bindDouble(int position, double value);
    void bindBlob(int position, const QByteArray &value);
    void bindNull(int position);

    /** Advances to the next row: true while there is one; false at the end or on error (see failed()). */
    bool next();
    /** Runs a statement that returns no rows; false with errorMessage() on failure. */
    bool run();
    /** Whether the last step failed (rather than reaching the end). */
    bool failed() const { return mFailed; }
    /** Makes the statement ready to run again with new bindings. */
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

  private:
    sqlite3 *mDatabase = nullptr;
    sqlite3_stmt *mStatement = nullptr;
    QString mError;
    bool mFailed = false;
};

/**
 * A transaction that rolls back unless committed: every multi-statement write goes through one, so
 * a failure leaves the file as it was. Inside another transaction it is a savepoint of it.
 */
class SqliteTransaction
{
  public:
    /** Begins an immediate transaction (takes the write lock at once), or a savepoint. Check isActive(). */
    explicit SqliteTransaction(SqliteDatabase &database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return mActive; }
    QString errorMessage() const { return mError; }

    /** Commits; false with errorMessage() set (and everything rolled back) on failure. */
    bool commit();

  private:
    SqliteDatabase &mDatabase;
    QString mSavepoint; //!< empty for an outermost transaction
    bool mActive = false;
    QString mError;
};
