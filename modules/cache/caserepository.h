#pragma once

#include "domain/caseevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <optional>

class CacheFile;
class CaseWorkflow;

/** A case (案卷) as the cache holds it: what was reported where, and where it stands. */
struct CaseRecord
{
    QString id;        //!< stable identity (UUID), also across workstations
    QString number;    //!< the 19-digit case number (案卷号), issued at report
    QString source;    //!< supervisor, public, video, hotline, superior, iot …
    QString classKind; //!< component or matter (event in the legacy catalogue)
    QString typeCode;
    QString description;
    QString address;
    QString gridCode;
    QString componentId;
    QString state;
    QString departmentId; //!< the department it is dispatched to
    QDateTime reportedAt;
    QDateTime registeredAt;
    QDateTime dispatchedAt;
    QDateTime handledAt;
    QDateTime checkedAt;
    QDateTime closedAt;
    QString currentStep; //!< the step whose deadline runs now
    std::optional<QDateTime> stepDeadline;
    std::optional<QDateTime> handleDeadline;
    QByteArray locationWkb;       //!< point in the cache CRS
    QHash<QString, int> counters; //!< rework, return, postponement, urge, supervision …
};

/**
 * Cases and their event logs. Every change of a case goes through the case workflow: an action is
 * checked, turned into an event, and the event and the case's new state are written in one
 * transaction, so the log always replays to the case's state.
 */
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

  public:
    CaseRepository(CacheFile &cache, const CaseWorkflow &workflow);

    /**
     * Records a newly reported case: \a record (id, source, class, location, grid, description) and
     * its first event \a report (action "report"). The case gets the next case number of the
     * report's day for platform \a adminCode. Returns the number, or nothing with \a error set.
     */
    std::optional<QString> report(const CaseRecord &record, const CaseEvent &report, const QString &adminCode,
                                  QString *error);

    /**
     * Applies \a event (action, actor, role, time, note, attachments, deadline) to case \a caseId.
     * \a departmentId is where a dispatch sends the case. Refused with a translated \a error when the
     * workflow does not allow it; then nothing is written.
     */
    bool act(const QString &caseId, const CaseEvent &event, QString *error,
             const QString &departmentId = QString());

    std::optional<CaseRecord> find(const QString &caseId);

    /**
     * Applies \a event, as CaseWorkflow::apply() returned it, to \a record as the cases table
     * records it: state, running step and its deadline, completion times, handling deadline,
     * department (\a departmentId, when given) and counters. The one place that knows this, for
     * act() and for bulk writers. False with \a error for a counter the table has no column for.
     */
    static bool applyToRecord(CaseRecord &record, const CaseEvent &event, const CaseWorkflow &workflow,
                              const QString &departmentId, QString *error);

    /** The columns of the cases table a CaseRecord fills, the key first, without the geometry. */
    static QStringList recordColumns();
    /** \a record's values in the order of recordColumns(). */
    static QVariantList recordValues(const CaseRecord &record);
    /** The columns of the case_event table, the key first. */
    static QStringList eventColumns();
    /** The values of the \a sequence-th event of its case, in the order of eventColumns(). */
    static QVariantList eventValues(const CaseEvent &event, int sequence);
    /** The id of the \a sequence-th event of case \a caseId. */
    static QString eventId(const QString &caseId, int sequence);

    /** The events of case \a caseId in order. */
    QList<CaseEvent> events(const QString &caseId);

  private:
    bool appendEvent(const QString &caseId, const CaseEvent &event, QString *error);
    bool updateCase(const QString &caseId, const CaseEvent &event, const QString &departmentId,
                    QString *error);
    std::optional<QString> nextNumber(const QString &adminCode, const QDate &date, QString *error);

    CacheFile &mCache;
    const CaseWorkflow &mWorkflow;
};
