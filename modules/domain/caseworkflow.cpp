#include "domain/caseworkflow.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace
{
  const QString codeColumn = QStringLiteral("code");
  const QString nameZhColumn = QStringLiteral("name_zh");
  const QString nameEnColumn = QStringLiteral("name_en");
  const QString initialColumn = QStringLiteral("initial");
  const QString terminalColumn = QStringLiteral("terminal");
  const QString noteRequiredColumn = QStringLiteral("note_required");
  const QString fromStateColumn = QStringLiteral("from_state");
  const QString actionColumn = QStringLiteral("action");
  const QString rolesColumn = QStringLiteral("roles");
  const QString toStateColumn = QStringLiteral("to_state");
  const QString startsStepColumn = QStringLiteral("starts_step");
  const QString stopsStepColumn = QStringLiteral("stops_step");
  const QString countersColumn = QStringLiteral("counters");

  /** The to_state that means "stays in from_state". */
  const QString sameState = QStringLiteral("=");

  /** The separator of several roles or counters in one field. */
  const QChar listSeparator = QLatin1Char('|');

  struct Step
  {
      const char *code;
      const char *name;
  };

  // The steps of domain.md §1.5 (S8's stage names). Callers keep a time limit per step, so the set
  // is part of the program; which action starts or stops which step is data.
  const Step stepTable[] = {
      {"accept", QT_TRANSLATE_NOOP("CaseWorkflow", "acceptance")},
      {"verify", QT_TRANSLATE_NOOP("CaseWorkflow", "verification")},
      {"register", QT_TRANSLATE_NOOP("CaseWorkflow", "registration")},
      {"dispatch", QT_TRANSLATE_NOOP("CaseWorkflow", "dispatch")},
      {"handle", QT_TRANSLATE_NOOP("CaseWorkflow", "handling")},
      {"check", QT_TRANSLATE_NOOP("CaseWorkflow", "check")},
      {"close", QT_TRANSLATE_NOOP("CaseWorkflow", "closing")},
      {"callback", QT_TRANSLATE_NOOP("CaseWorkflow", "callback")},
  };

  bool isCode(const QString &text)
  {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(text).hasMatch();
  }

  /** The parts of a |-separated field, trimmed. */
  QStringList splitList(const QString &field)
  {
    QStringList parts;
    for (const QString &part : field.split(listSeparator))
      parts.append(part.trimmed());
    return parts;
  }
} // namespace

QString CaseWorkflowTerm::name() const
{
  return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

QStringList CaseWorkflow::steps()
{
  QStringList codes;
  for (const Step &step : stepTable)
    codes.append(QString::fromLatin1(step.code));
  return codes;
}

QString CaseWorkflow::stepName(const QString &step)
{
  for (const Step &entry : stepTable)
  {
    if (step == QLatin1String(entry.code))
      return QCoreApplication::translate("CaseWorkflow", entry.name);
  }
  return step;
}

std::optional<CaseWorkflow> CaseWorkflow::fromTables(const CsvTable &states, const CsvTable &actions,
                                                     const CsvTable &roles, const CsvTable &transitions,
                                                     QString *error)
{
  CaseWorkflow workflow;
  if (!workflow.readStates(states, error) || !workflow.readActions(actions, error) ||
      !workflow.readRoles(roles, error) || !workflow.readTransitions(transitions, states, error) ||
      !workflow.checkSteps(states, transitions, error))
    return std::nullopt;
  return workflow;
}

std::optional<CaseWorkflowTerm> CaseWorkflow::readTerm(const CsvTable &table, const CsvTable::Row &row,
                                                       const QHash<QString, int> &known, QString *error)
{
  CaseWorkflowTerm term;
  term.code = table.value(row, codeColumn);
  if (!isCode(term.code))
  {
    *error = tr("%1: \"%2\" is not a code; use lower-case letters, digits and _, starting with a letter.")
                 .arg(table.location(row, codeColumn), term.code);
    return std::nullopt;
  }
  if (known.contains(term.code))
  {
    *error = tr("%1: the code \"%2\" is already used on an earlier line.")
                 .arg(table.location(row, codeColumn), term.code);
    return std::nullopt;
  }
  term.nameZh = table.value(row, nameZhColumn);
  term.nameEn = table.value(row, nameEnColumn);
  for (const QString &column : {nameZhColumn, nameEnColumn})
  {
    if (table.value(row, column).isEmpty())
    {
      *error = tr("%1: the name is empty.").arg(table.location(row, column));
      return std::nullopt;
    }
  }
  return term;
}

std::optional<bool> CaseWorkflow::readFlag(const CsvTable &table, const CsvTable::Row &row,
                                           const QString &column, QString *error)
{
  const QString value = table.value(row, column);
  if (value == QLatin1String("yes"))
    return true;
  if (value == QLatin1String("no"))
    return false;
  *error = tr("%1: \"%2\" is neither yes nor no.").arg(table.location(row, column), value);
  return std::nullopt;
}

bool CaseWorkflow::readStates(const CsvTable &table, QString *error)
{
  if (!table.requireColumns({codeColumn, nameZhColumn, nameEnColumn, initialColumn, terminalColumn}, error))
    return false;
  for (const CsvTable::Row &row : table.rows())
  {
    const std::optional<CaseWorkflowTerm> term = readTerm(table, row, mStateIndex, error);
    if (!term)
      return false;
    const std::optional<bool> initial = readFlag(table, row, initialColumn, error);
    if (!initial)
      return false;
    const std::optional<bool> terminal = readFlag(table, row, terminalColumn, error);
    if (!terminal)
      return false;
    if (*initial && !mInitialState.isEmpty())
    {
      *error = tr("%1: only one state can be initial, and \"%2\" already is.")
                   .arg(table.location(row, initialColumn), mInitialState);
      return false;
    }
    if (*initial && *terminal)
    {
      *error = tr("%1: the initial state cannot be terminal.").arg(table.location(row, terminalColumn));
      return false;
    }

    CaseState state;
    static_cast<CaseWorkflowTerm &>(state) = *term;
    state.initial = *initial;
    state.terminal = *terminal;
    if (state.initial)
      mInitialState = state.code;
    mStateIndex.insert(state.code, mStates.size());
    mStates.append(state);
  }
  if (mInitialState.isEmpty())
  {
    *error = tr("%1: no state is marked initial.").arg(table.sourceName());
    return false;
  }
  return true;
}

bool CaseWorkflow::readActions(const CsvTable &table, QString *error)
{
  if (!table.requireColumns({codeColumn, nameZhColumn, nameEnColumn, noteRequiredColumn}, error))
    return false;
  for (const CsvTable::Row &row : table.rows())
  {
    const std::optional<CaseWorkflowTerm> term = readTerm(table, row, mActionIndex, error);
    if (!term)
      return false;
    const std::optional<bool> noteRequired = readFlag(table, row, noteRequiredColumn, error);
    if (!noteRequired)
      return false;

    CaseAction action;
    static_cast<CaseWorkflowTerm &>(action) = *term;
    action.noteRequired = *noteRequired;
    mActionIndex.insert(action.code, mActions.size());
    mActions.append(action);
  }
  return true;
}

bool CaseWorkflow::readRoles(const CsvTable &table, QString *error)
{
  if (!table.requireColumns({codeColumn, nameZhColumn, nameEnColumn}, error))
    return false;
  for (const CsvTable::Row &row : table.rows())
  {
    const std::optional<CaseWorkflowTerm> term = readTerm(table, row, mRoleIndex, error);
    if (!term)
      return false;
    mRoleIndex.insert(term->code, mRoles.size());
    mRoles.append(*term);
  }
  return true;
}

bool CaseWorkflow::readTransitions(const CsvTable &table, const CsvTable &states, QString *error)
{
  if (!table.requireColumns({fromStateColumn, actionColumn, rolesColumn, toStateColumn, startsStepColumn,
                             stopsStepColumn, countersColumn},
                            error))
    return false;

  const QStringList stepCodes = steps();
  QHash<QString, int> firstLines;
  for (const CsvTable::Row &row : table.rows())
  {
    CaseTransition transition;
    transition.fromState = table.value(row, fromStateColumn);
    const CaseState *from = state(transition.fromState);
    if (!from)
    {
      *error = tr("%1: \"%2\" is not a state of %3.")
                   .arg(table.location(row, fromStateColumn), transition.fromState, states.sourceName());
      return false;
    }
    if (from->terminal)
    {
      *error = tr("%1: \"%2\" is a terminal state; no action may leave it.")
                   .arg(table.location(row, fromStateColumn), transition.fromState);
      return false;
    }

    transition.action = table.value(row, actionColumn);
    if (!action(transition.action))
    {
      *error = tr("%1: \"%2\" is not an action of the case workflow.")
                   .arg(table.location(row, actionColumn), transition.action);
      return false;
    }
    const QString key = transitionKey(transition.fromState, transition.action);
    if (firstLines.contains(key))
    {
      *error = tr("%1: the state \"%2\" already has a row for the action \"%3\" on line %4.")
                   .arg(table.location(row, actionColumn), transition.fromState, transition.action)
                   .arg(firstLines.value(key));
      return false;
    }

    if (table.value(row, rolesColumn).isEmpty())
    {
      *error = tr("%1: no role is given; name at least one.").arg(table.location(row, rolesColumn));
      return false;
    }
    for (const QString &roleCode : splitList(table.value(row, rolesColumn)))
    {
      if (!role(roleCode))
      {
        *error = tr("%1: \"%2\" is not a role of the case workflow.")
                     .arg(table.location(row, rolesColumn), roleCode);
        return false;
      }
      if (transition.roles.contains(roleCode))
      {
        *error = tr("%1: the role \"%2\" is listed twice.").arg(table.location(row, rolesColumn), roleCode);
        return false;
      }
      transition.roles.append(roleCode);
    }

    transition.toState = table.value(row, toStateColumn);
    if (transition.toState == sameState)
    {
      transition.toState = transition.fromState;
    }
    else if (!state(transition.toState))
    {
      *error = tr("%1: \"%2\" is not a state of %3.")
                   .arg(table.location(row, toStateColumn), transition.toState, states.sourceName());
      return false;
    }

    for (const QString &column : {startsStepColumn, stopsStepColumn})
    {
      const QString step = table.value(row, column);
      if (!step.isEmpty() && !stepCodes.contains(step))
      {
        *error = tr("%1: \"%2\" is not a step; the steps are %3.")
                     .arg(table.location(row, column), step, stepCodes.join(QStringLiteral(", ")));
        return false;
      }
    }
    transition.startsStep = table.value(row, startsStepColumn);
    transition.stopsStep = table.value(row, stopsStepColumn);

    if (!table.value(row, countersColumn).isEmpty())
    {
      for (const QString &counter : splitList(table.value(row, countersColumn)))
      {
        if (!isCode(counter) || transition.counters.contains(counter))
        {
          *error =
              tr("%1: \"%2\" is not a counter name, or is given twice; use lower-case letters, digits and _.")
                  .arg(table.location(row, countersColumn), counter);
          return false;
        }
        transition.counters.append(counter);
      }
    }

    firstLines.insert(key, row.line);
    mTransitionIndex.insert(key, mTransitions.size());
    mTransitions.append(transition);
  }
  return true;
}

QString CaseWorkflow::stepPhrase(const QString &step)
{
  return step.isEmpty() ? tr("no step") : tr("the step \"%1\"").arg(step);
}

bool CaseWorkflow::checkSteps(const CsvTable &states, const CsvTable &transitions, QString *error)
{
  // Walk the machine from the initial state and work out which step runs in every state. A state
  // must be reached with the same running step on every path, or per-step overdue (domain.md §1.5)
  // would depend on the path a case took.
  mRunningSteps.insert(mInitialState, QString());
  QList<QString> queue{mInitialState};
  while (!queue.isEmpty())
  {
    const QString current = queue.takeFirst();
    for (int i = 0; i < mTransitions.size(); ++i)
    {
      const CaseTransition &transition = mTransitions.at(i);
      if (transition.fromState != current)
        continue;
      const CsvTable::Row &row = transitions.rows().at(i);
      QString running = mRunningSteps.value(current);
      if (!transition.stopsStep.isEmpty())
      {
        if (transition.stopsStep != running)
        {
          *error = tr("%1: the step \"%2\" is not running in the state \"%3\" (%4 is running).")
                       .arg(transitions.location(row, stopsStepColumn), transition.stopsStep, current,
                            stepPhrase(running));
          return false;
        }
        running.clear();
      }
      if (!transition.startsStep.isEmpty())
      {
        if (!running.isEmpty() && running != transition.startsStep)
        {
          *error = tr("%1: the step \"%2\" cannot start while \"%3\" is still running; stop it in %4.")
                       .arg(transitions.location(row, startsStepColumn), transition.startsStep, running,
                            stopsStepColumn);
          return false;
        }
        running = transition.startsStep;
      }
      if (!running.isEmpty() && state(transition.toState)->terminal)
      {
        *error = tr("%1: the case ends in \"%2\" with the step \"%3\" still running.")
                     .arg(transitions.location(row, stopsStepColumn), transition.toState, running);
        return false;
      }
      const auto reached = mRunningSteps.constFind(transition.toState);
      if (reached == mRunningSteps.constEnd())
      {
        mRunningSteps.insert(transition.toState, running);
        queue.append(transition.toState);
      }
      else if (reached.value() != running)
      {
        *error =
            tr("%1: this reaches the state \"%2\" with %3 running, but other rows reach it with %4 running.")
                .arg(transitions.location(row, toStateColumn), transition.toState, stepPhrase(running),
                     stepPhrase(reached.value()));
        return false;
      }
    }
  }

  for (int i = 0; i < mStates.size(); ++i)
  {
    const CaseState &caseState = mStates.at(i);
    const CsvTable::Row &row = states.rows().at(i);
    if (!mRunningSteps.contains(caseState.code))
    {
      *error = tr("%1: no sequence of actions leads from the initial state \"%2\" to \"%3\".")
                   .arg(states.location(row, codeColumn), mInitialState, caseState.code);
      return false;
    }
    const bool canLeave =
        std::any_of(mTransitions.cbegin(), mTransitions.cend(), [&](const CaseTransition &t) {
          return t.fromState == caseState.code && t.toState != caseState.code;
        });
    if (!caseState.terminal && !canLeave)
    {
      *error = tr("%1: no action leads out of the state \"%2\"; mark it terminal or add a transition.")
                   .arg(states.location(row, terminalColumn), caseState.code);
      return false;
    }
  }
  return true;
}

const CaseState *CaseWorkflow::state(const QString &code) const
{
  const auto it = mStateIndex.constFind(code);
  return it == mStateIndex.constEnd() ? nullptr : &mStates.at(it.value());
}

const CaseAction *CaseWorkflow::action(const QString &code) const
{
  const auto it = mActionIndex.constFind(code);
  return it == mActionIndex.constEnd() ? nullptr : &mActions.at(it.value());
}

const CaseRole *CaseWorkflow::role(const QString &code) const
{
  const auto it = mRoleIndex.constFind(code);
  return it == mRoleIndex.constEnd() ? nullptr : &mRoles.at(it.value());
}

QString CaseWorkflow::transitionKey(const QString &state, const QString &action)
{
  return state + QLatin1Char('\n') + action;
}

QString CaseWorkflow::nameOrCode(const CaseWorkflowTerm *term, const QString &code)
{
  return term ? term->name() : code;
}

std::optional<CaseTransition> CaseWorkflow::transition(const QString &stateCode, const QString &actionCode,
                                                       const QString &roleCode, QString *reason) const
{
  const CaseState *caseState = state(stateCode);
  const CaseAction *caseAction = action(actionCode);
  const CaseRole *caseRole = role(roleCode);
  QString why;
  if (!caseState)
    why = tr("\"%1\" is not a state of the case workflow.").arg(stateCode);
  else if (!caseAction)
    why = tr("\"%1\" is not an action of the case workflow.").arg(actionCode);
  else if (!caseRole)
    why = tr("\"%1\" is not a role of the case workflow.").arg(roleCode);

  const auto it = mTransitionIndex.constFind(transitionKey(stateCode, actionCode));
  if (why.isEmpty() && it == mTransitionIndex.constEnd())
  {
    why = tr("The %1 cannot %2 when the case is %3 (not possible in this state).")
              .arg(caseRole->name(), caseAction->name(), caseState->name());
  }
  else if (why.isEmpty() && !mTransitions.at(it.value()).roles.contains(roleCode))
  {
    QStringList allowed;
    for (const QString &code : mTransitions.at(it.value()).roles)
      allowed.append(nameOrCode(role(code), code));
    why = tr("The %1 cannot %2 when the case is %3 (allowed: %4).")
              .arg(caseRole->name(), caseAction->name(), caseState->name(),
                   allowed.join(tr(", ", "between the names of roles")));
  }

  if (!why.isEmpty())
  {
    if (reason)
      *reason = why;
    return std::nullopt;
  }
  return mTransitions.at(it.value());
}

QList<CaseTransition> CaseWorkflow::allowedTransitions(const QString &state, const QString &role) const
{
  QList<CaseTransition> allowed;
  for (const CaseTransition &transition : mTransitions)
  {
    if (transition.fromState == state && transition.roles.contains(role))
      allowed.append(transition);
  }
  return allowed;
}

std::optional<CaseEvent> CaseWorkflow::apply(const CaseEvent &event, QString *reason) const
{
  const std::optional<CaseTransition> allowed = transition(event.fromState, event.action, event.role, reason);
  if (!allowed)
    return std::nullopt;

  const CaseAction *caseAction = action(event.action);
  QString why;
  if (event.caseId.trimmed().isEmpty())
    why = tr("The event does not name its case.");
  else if (event.actorId.trimmed().isEmpty())
    why = tr("The event does not say who acted.");
  else if (!event.time.isValid())
    why = tr("The event has no valid time.");
  else if (caseAction->noteRequired && event.note.trimmed().isEmpty())
    why = tr("A note is required to %1.").arg(caseAction->name());
  else if (event.deadline && allowed->startsStep.isEmpty())
    why =
        tr("The action \"%1\" starts no step, so the event cannot carry a deadline.").arg(caseAction->name());
  else if (event.deadline && !event.deadline->isValid())
    why = tr("The deadline is not a valid time.");
  if (!why.isEmpty())
  {
    *reason = why;
    return std::nullopt;
  }

  CaseEvent completed = event;
  completed.toState = allowed->toState;
  completed.time = event.time.toUTC();
  completed.startsStep = allowed->startsStep;
  completed.stopsStep = allowed->stopsStep;
  completed.counters = allowed->counters;
  if (completed.deadline)
    completed.deadline = completed.deadline->toUTC();
  return completed;
}

std::optional<QString> CaseWorkflow::replay(const QList<CaseEvent> &events, QString *error) const
{
  QString current = mInitialState;
  for (int i = 0; i < events.size(); ++i)
  {
    const CaseEvent &event = events.at(i);
    QString why;
    if (i > 0 && event.caseId != events.first().caseId)
      why = tr("It belongs to the case %1, not %2.").arg(event.caseId, events.first().caseId);
    else if (!event.time.isValid())
      why = tr("It has no valid time.");
    else if (i > 0 && event.time < events.at(i - 1).time)
      why = tr("It is dated before the event before it.");
    else if (event.fromState != current)
      why = tr("It starts from the state \"%1\", but the case is %2 at that point.")
                .arg(event.fromState, nameOrCode(state(current), current));

    std::optional<CaseTransition> allowed;
    if (why.isEmpty())
      allowed = transition(current, event.action, event.role, &why);
    if (allowed && event.toState != allowed->toState)
      why = tr("It leads to the state \"%1\", but the workflow leads to %2.")
                .arg(event.toState, nameOrCode(state(allowed->toState), allowed->toState));

    if (!why.isEmpty())
    {
      *error = tr("Event %1 (%2): %3").arg(i + 1).arg(nameOrCode(action(event.action), event.action), why);
      return std::nullopt;
    }
    current = allowed->toState;
  }
  return current;
}
