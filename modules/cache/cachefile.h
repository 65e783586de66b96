#pragma once

#include "cache/migrations.h"
#include "cache/sqlitedatabase.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

/** What a new cache is made with. */
struct CacheSettings
{
    int srid = 4549; //!< EPSG code of the projected CRS, e.g. 4549 (CGCS2000 GK CM 120E)
    QString catalogue =
        QStringLiteral("gb47678_5_2026"); //!< the active catalogue: gb47678_5_2026 or gb30428_2
    QString cityName;
};

/**
 * The local cache: one SpatiaLite file holding a city's grid, components, cases, basemap and the
 * sync journal. Creating makes the schema; opening checks that the file is a cache, refuses one
 * made by a newer Xiuhua and migrates an older one in a single transaction.
 */
class CacheFile
{
    Q_DECLARE_TR_FUNCTIONS(CacheFile)

  public:
    /** The SQLite application_id that marks a file as a Xiuhua cache ("XHCA"). */
    static constexpr int applicationId = 0x58484341;

    /**
     * Creates a new cache at \a path. Fails, with \a error naming the path, if the file exists, the
     * CRS is not a projected EPSG CRS, or the catalogue is unknown; nothing is left behind then.
     */
    static std::unique_ptr<CacheFile> create(const QString &path, const CacheSettings &settings,
                                             QString *error);

    /**
     * Opens an existing cache, migrating it with \a migrations when it is older. Fails with \a error
     * for a missing file, a file that is not a cache, or one of a newer schema version.
     */
    static std::unique_ptr<CacheFile> open(const QString &path, QString *error,
                                           const QList<Migration> &migrations = migrations::all());

    /** The schema version this build creates, and the newest it opens. */
    static int currentSchemaVersion() { return migrations::currentVersion(); }

    SqliteDatabase &database() { return mDatabase; }
    QString path() const { return mDatabase.path(); }

    int schemaVersion();
    int srid();
    QString catalogue();

    /** A value of the metadata table, empty when absent. */
    QString metadata(const QString &key);

    /**
     * While suppressed, changes are not journaled: for applying rows that came from the central
     * store. Call inside the transaction that applies them.
     */
    bool setJournalSuppressed(bool suppressed, QString *error);

    /** Where attachments of this cache are stored: a folder beside the file. */
    QString attachmentDirectory() const;

  private:
    CacheFile() = default;
    static bool initialise(SqliteDatabase &database, const CacheSettings &settings, QString *error);
    bool migrate(int fromVersion, int toVersion, const QList<Migration> &migrations, QString *error);

    SqliteDatabase mDatabase;
};
