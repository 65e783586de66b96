#pragma once

#include "cache/caserepository.h"
#include "cache/featurewriter.h"
#include "cache/upsertstatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <memory>

/**
 * Writes many new cases with their whole event logs: the bulk path of the demo city's history (a
 * million cases at the city scale) and of loads of past cases. Every action is checked by the case
 * workflow exactly as CaseRepository::act() checks it, but against the case held in memory; a case
 * is written, with all its events, when the next one is reported or the load finishes. Statements
 * are prepared once, each day's case numbers are counted in memory, and the tables' insert triggers
 * are set aside by BulkLoad. Everything happens in the caller's transaction.
 */
class CaseHistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaseHistoryWriter)

  public:
    /** Case numbers are issued for the platform of \a adminCode (6 digits). */
    CaseHistoryWriter(CacheFile &cache, const CaseWorkflow &workflow, const QString &adminCode);
    ~CaseHistoryWriter();

    /** Prepares the load. */
    bool start(QString *error);

    /**
     * Begins case \a record with its report \a report (see CaseRepository::report()), after writing the
     * case begun before. Returns the case number, or nothing with \a error set.
     */
    std::optional<QString> report(const CaseRecord &record, const CaseEvent &report, QString *error);

    /** Applies \a event to the case begun last; \a departmentId is where a dispatch sends it. */
    bool act(const CaseEvent &event, QString *error, const QString &departmentId = QString());

    /** Writes the case begun last, if any, with its events. */
    bool endCase(QString *error);

    /** Writes the last case, journals and indexes everything written. */
    bool finish(QString *error);

  private:
    std::optional<QString> nextNumber(const QDateTime &reported, QString *error);

    CacheFile &mCache;
    const CaseWorkflow &mWorkflow;
    QString mAdminCode;
    BulkLoad mCaseLoad;
    BulkLoad mEventLoad;
    std::unique_ptr<UpsertStatement> mInsertCase;
    std::unique_ptr<UpsertStatement> mInsertEvent;
    QHash<QDate, int> mLastNumber; //!< per day of report (China Standard Time)
    std::optional<CaseRecord> mCase;
    QList<CaseEvent> mEvents;
    qint64 mSavedCacheSize = 0;
};
