#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One step in the life of a case (案卷): who did which action of the case workflow, when, and what it
 * changed. A case's events, in order, are its audit trail (append-only), and every indicator of
 * domain.md §5 is computed from them, so an event carries everything a later count needs.
 * CaseWorkflow::apply() fills in what follows from the transition table.
 */
struct CaseEvent
{
    QString caseId;    //!< the case number (案卷号)
    QString action;    //!< action code, e.g. "register" (立案)
    QString fromState; //!< state code before the action
    QString toState; //!< state code after it; the same as fromState for urge (催办) and supervise (督办)
    QString actorId; //!< the person who acted
    QString role;    //!< the role they acted in, e.g. "shift_leader" (值班长)
    QDateTime time;  //!< when, in UTC
    QString note;    //!< the reason or record written with the action; may be empty
    QStringList attachments; //!< content hashes of the photos and documents attached
    QString startsStep;      //!< the step whose deadline this event sets, e.g. "handle"; empty if none
    QString stopsStep;       //!< the step this event completes, e.g. "dispatch"; empty if none
    /** The deadline of startsStep, computed by the caller from the work calendar; none if not set. */
    std::optional<QDateTime> deadline;
    QStringList counters; //!< the case counters this event adds one to, e.g. "rework" (返工数)

    bool operator==(const CaseEvent &other) const
    {
      return caseId == other.caseId && action == other.action && fromState == other.fromState &&
             toState == other.toState && actorId == other.actorId && role == other.role &&
             time == other.time && note == other.note && attachments == other.attachments &&
             startsStep == other.startsStep && stopsStep == other.stopsStep && deadline == other.deadline &&
             counters == other.counters;
    }
    bool operator!=(const CaseEvent &other) const { return !(*this == other); }
};
