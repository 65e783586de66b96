#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class CacheFile;
class Catalogue;
class CaseWorkflow;

/** One thing `cache check` found wrong, with where it is. */
struct CacheProblem
{
    QString check; //!< integrity, foreign_keys, codes, geometry, case_log
    QString table;
    QString key;     //!< the row's key, when the problem is in one row
    QString message; //!< translated, for people
};

/**
 * Verifies a cache: SQLite integrity, foreign keys, every code (grid cells, areas, components,
 * case numbers, classes against the catalogue), every geometry, and that every case's event log
 * replays through the workflow to the state the case is in.
 */
class CacheChecker
{
    Q_DECLARE_TR_FUNCTIONS(CacheChecker)

  public:
    /** At most this many problems are listed per check; the count says how many there were. */
    static constexpr int listedPerCheck = 50;

    CacheChecker(CacheFile &cache, const Catalogue &catalogue, const CaseWorkflow &workflow);

    /** Runs every check; an empty list means the cache is sound. */
    QList<CacheProblem> run();

    /** How many problems each check found, including those not listed. */
    const QHash<QString, qint64> &problemCounts() const { return mCounts; }

  private:
    void add(const QString &check, const QString &table, const QString &key, const QString &message);
    void checkIntegrity();
    void checkForeignKeys();
    void checkCodes();
    void checkGeometries();
    void checkCaseLogs();

    CacheFile &mCache;
    const Catalogue &mCatalogue;
    const CaseWorkflow &mWorkflow;
    QList<CacheProblem> mProblems;
    QHash<QString, qint64> mCounts;
};
