#pragma once

#include "domain/caseevent.h"
#include "domain/csvtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

/** A state, action or role of the case workflow: a stable code and its names. */
struct CaseWorkflowTerm
{
    QString code;   //!< snake_case, used in data files and events, e.g. "pending_dispatch"
    QString nameZh; //!< e.g. 待派遣
    QString nameEn; //!< lower case, to fit inside a sentence, e.g. "pending dispatch"

    /**
     * The name in the language of the default QLocale (Language::install() sets it to the interface
     * language): nameZh for Chinese, nameEn for every other language.
     */
    QString name() const;
};

/** A state of a case (案卷状态), e.g. 待派遣 pending_dispatch. */
struct CaseState : CaseWorkflowTerm
{
    bool initial = false;  //!< the state of a case before its first event; exactly one state is initial
    bool terminal = false; //!< a case in this state is finished: no action leaves it
};

/** An action on a case (案卷操作), e.g. 立案 register. */
struct CaseAction : CaseWorkflowTerm
{
    bool noteRequired = false; //!< the event must carry a note, e.g. the reason for 回退 (return)
};

/** A role a person acts in, e.g. 值班长 shift_leader. */
using CaseRole = CaseWorkflowTerm;

/** One row of the transition table: what an action does to a case in a given state. */
struct CaseTransition
{
    QString fromState;
    QString action;
    QStringList roles;    //!< the roles that may do it
    QString toState;      //!< the state after it; fromState itself for actions that stay, such as 催办 urge
    QString startsStep;   //!< the step whose deadline this sets, or sets anew; empty if none
    QString stopsStep;    //!< the step this completes; empty if none
    QStringList counters; //!< the case counters it adds one to, e.g. "rework" (返工数)
};

/**
 * The case (案卷) state machine of domain.md §1.4, driven by the transition table in
 * resources/workflow/: which roles may do which action in which state, where it leads, which step
 * deadline it starts or stops and what it counts. Decides whether an action is allowed, turns allowed
 * actions into CaseEvents, and replays an event log to check it. Pure logic: callers read the files.
 */
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

  public:
    /**
     * Builds the workflow from the four tables of resources/workflow/: \a states (code, name_zh,
     * name_en, initial, terminal), \a actions (code, name_zh, name_en, note_required), \a roles (code,
     * name_zh, name_en) and \a transitions (from_state, action, roles, to_state, starts_step,
     * stops_step, counters). Returns nothing with a translated \a error naming the file, line and
     * field for a missing column, a malformed or duplicate code, an unknown state, action, role or
     * step, a duplicate (from_state, action) row, a step stopped that is not running or started over
     * another one, and a state that cannot be reached or cannot be left.
     */
    static std::optional<CaseWorkflow> fromTables(const CsvTable &states, const CsvTable &actions,
                                                  const CsvTable &roles, const CsvTable &transitions,
                                                  QString *error);

    /**
     * The steps whose deadlines are tracked one by one (domain.md §1.5), in workflow order: accept
     * (受理), verify (核实), register (立案), dispatch (派遣), handle (处置), check (核查), close (结案),
     * callback (回访).
     */
    static QStringList steps();

    /** The translated name of \a step, e.g. "handling" (处置); \a step itself if it is not a step. */
    static QString stepName(const QString &step);

    const QList<CaseState> &states() const { return mStates; }
    const QList<CaseAction> &actions() const { return mActions; }
    const QList<CaseRole> &roles() const { return mRoles; }
    const QList<CaseTransition> &transitions() const { return mTransitions; }

    /** The state with \a code, or nullptr. */
    const CaseState *state(const QString &code) const;

    /** The action with \a code, or nullptr. */
    const CaseAction *action(const QString &code) const;

    /** The role with \a code, or nullptr. */
    const CaseRole *role(const QString &code) const;

    /** The state a case is in before its first event. */
    QString initialState() const { return mInitialState; }

    /** The step whose deadline runs while a case is in \a state, e.g. "handle"; empty if none. */
    QString runningStep(const QString &state) const { return mRunningSteps.value(state); }

    /**
     * What \a action by someone acting as \a role does to a case in \a state. Returns nothing when it
     * is not allowed, with \a reason (if not null) saying why in the interface language, naming the
     * state, the action and the role, e.g. "The dispatcher cannot register when the case is pending
     * registration (allowed: shift leader, administrator)."
     */
    std::optional<CaseTransition> transition(const QString &state, const QString &action, const QString &role,
                                             QString *reason) const;

    /** The transitions \a role may take on a case in \a state, in table order: what a menu offers. */
    QList<CaseTransition> allowedTransitions(const QString &state, const QString &role) const;

    /**
     * Completes \a event, which names the case, the action, the state the case is in (fromState),
     * the actor and role, the time, and optionally a note, attachments and the deadline the caller
     * computed for the step the action starts. Fills in toState, the steps started and stopped and
     * the counters, and converts the times to UTC. Returns nothing with a translated \a reason when
     * the transition is not allowed, the case, actor or time is missing, a required note is empty, or
     * a deadline is given for an action that starts no step.
     */
    std::optional<CaseEvent> apply(const CaseEvent &event, QString *reason) const;

    /**
     * Replays \a events of one case in order from the initial state and returns the state they lead
     * to. Returns nothing with a translated \a error naming the first event (1-based index and
     * action) that is not allowed, does not start from the state the case was in, does not lead where
     * the table leads, belongs to another case or is dated before the event before it.
     */
    std::optional<QString> replay(const QList<CaseEvent> &events, QString *error) const;

  private:
    static std::optional<CaseWorkflowTerm> readTerm(const CsvTable &table, const CsvTable::Row &row,
                                                    const QHash<QString, int> &known, QString *error);
    static std::optional<bool> readFlag(const CsvTable &table, const CsvTable::Row &row,
                                        const QString &column, QString *error);
    bool readStates(const CsvTable &table, QString *error);
    bool readActions(const CsvTable &table, QString *error);
    bool readRoles(const CsvTable &table, QString *error);
    bool readTransitions(const CsvTable &table, const CsvTable &states, QString *error);
    bool checkSteps(const CsvTable &states, const CsvTable &transitions, QString *error);
    static QString stepPhrase(const QString &step);
    static QString nameOrCode(const CaseWorkflowTerm *term, const QString &code);
    static QString transitionKey(const QString &state, const QString &action);

    QList<CaseState> mStates;
    QList<CaseAction> mActions;
    QList<CaseRole> mRoles;
    QList<CaseTransition> mTransitions;
    QHash<QString, int> mStateIndex;
    QHash<QString, int> mActionIndex;
    QHash<QString, int> mRoleIndex;
    QHash<QString, int> mTransitionIndex;
    QHash<QString, QString> mRunningSteps;
    QString mInitialState;
};
