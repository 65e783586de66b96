#include "cache/caserepository.h"

#include "cache/cachefile.h"
#include "cache/storedtime.h"
#include "cache/upsertstatement.h"
#include "domain/casenumber.h"
#include "domain/caseworkflow.h"

#include <QTimeZone>

namespace
{
  const QStringList counterNames{QStringLiteral("rework"),       QStringLiteral("return"),
                                 QStringLiteral("reassignment"), QStringLiteral("postponement"),
                                 QStringLiteral("hang"),         QStringLiteral("urge"),
                                 QStringLiteral("supervision"),  QStringLiteral("unsatisfied_callback")};
} // namespace

CaseRepository::CaseRepository(CacheFile &cache, const CaseWorkflow &workflow)
    : mCache(cache)
    , mWorkflow(workflow)
{}

std::optional<QString> CaseRepository::nextNumber(const QString &adminCode, const QDate &date, QString *error)
{
  // Numbers of the day share their 14-digit prefix; the next sequence follows the highest.
  const QString prefix = adminCode + date.toString(QStringLiteral("yyyyMMdd"));
  SqliteStatement statement =
      mCache.database().prepare(QStringLiteral("SELECT max(number) FROM cases WHERE number LIKE ? || '%'"));
  statement.bindText(1, prefix);
  const int last = statement.next() && !statement.isNull(0) ? statement.text(0).right(5).toInt() : 0;
  const std::optional<CaseNumber> number = CaseNumber::make(adminCode, date, last + 1, error);
  if (!number)
    return std::nullopt;
  return number->toString();
}

std::optional<QString> CaseRepository::report(const CaseRecord &record, const CaseEvent &report,
                                              const QString &adminCode, QString *error)
{
  QString reason;
  CaseEvent first = report;
  first.caseId = record.id;
  first.fromState = mWorkflow.initialState();
  const std::optional<CaseEvent> applied = mWorkflow.apply(first, &reason);
  if (!applied)
  {
    *error = tr("Case %1 cannot be reported: %2").arg(record.id, reason);
    return std::nullopt;
  }

  SqliteTransaction transaction(mCache.database());
  // China Standard Time decides which day a case was reported on.
  const QDate day = applied->time.toTimeZone(QTimeZone(8 * 3600)).date();
  const std::optional<QString> number = nextNumber(adminCode, day, error);
  if (!number)
    return std::nullopt;

  CaseRecord reported = record;
  reported.number = *number;
  reported.state = applied->toState;
  reported.reportedAt = applied->time;
  reported.currentStep = mWorkflow.runningStep(applied->toState);
  reported.stepDeadline = applied->deadline;
  UpsertStatement insert(mCache, QStringLiteral("cases"), recordColumns(), {QStringLiteral("geom")});
  if (!insert.write(recordValues(reported), {record.locationWkb}))
  {
    *error = tr("Case %1 could not be saved: %2").arg(record.id, insert.errorMessage());
    return std::nullopt;
  }
  if (!appendEvent(record.id, *applied, error))
    return std::nullopt;
  if (!transaction.commit())
  {
    *error = tr("Case %1 could not be saved: %2").arg(record.id, transaction.errorMessage());
    return std::nullopt;
  }
  return number;
}

bool CaseRepository::act(const QString &caseId, const CaseEvent &event, QString *error,
                         const QString &departmentId)
{
  SqliteTransaction transaction(mCache.database());
  SqliteStatement current = mCache.database().prepare(QStringLiteral("SELECT state FROM cases WHERE id = ?"));
  current.bindText(1, caseId);
  if (!current.next())
  {
    *error = tr("There is no case %1.").arg(caseId);
    return false;
  }
  CaseEvent next = event;
  next.caseId = caseId;
  next.fromState = current.text(0);
  QString reason;
  const std::optional<CaseEvent> applied = mWorkflow.apply(next, &reason);
  if (!applied)
  {
    *error = tr("Case %1: %2").arg(caseId, reason);
    return false;
  }
  if (!appendEvent(caseId, *applied, error) || !updateCase(caseId, *applied, departmentId, error))
    return false;
  if (!transaction.commit())
  {
    *error = tr("Case %1: %2").arg(caseId, transaction.errorMessage());
    return false;
  }
  return true;
}

bool CaseRepository::appendEvent(const QString &caseId, const CaseEvent &event, QString *error)
{
  SqliteStatement sequence = mCache.database().prepare(
      QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM case_event WHERE case_id = ?"));
  sequence.bindText(1, caseId);
  sequence.next();
  const int number = static_cast<int>(sequence.int64(0));
  CaseEvent recorded = event;
  recorded.caseId = caseId;

  UpsertStatement insert(mCache, QStringLiteral("case_event"), eventColumns());
  if (!insert.write(eventValues(recorded, number)))
  {
    *error = tr("Case %1: the event could not be recorded: %2").arg(caseId, insert.errorMessage());
    return false;
  }
  const QString id = eventId(caseId, number);
  UpsertStatement link(mCache, QStringLiteral("case_event_attachment"),
                       {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("attachment_hash")});
  for (const QString &hash : event.attachments)
  {
    if (!link.write({id + QLatin1Char(':') + hash, id, hash}))
    {
      *error = tr("Case %1: attachment %2 is not in the cache.").arg(caseId, hash);
      return false;
    }
  }
  return true;
}

bool CaseRepository::updateCase(const QString &caseId, const CaseEvent &event, const QString &departmentId,
                                QString *error)
{
  std::optional<CaseRecord> record = find(caseId);
  if (!record)
  {
    *error = tr("There is no case %1.").arg(caseId);
    return false;
  }
  const QVariantList before = recordValues(*record);
  if (!applyToRecord(*record, event, mWorkflow, departmentId, error))
    return false;
  // Only the columns the event changed are written: the journal (and so sync) sees exactly those.
  const QStringList columns = recordColumns();
  const QVariantList values = recordValues(*record);
  QStringList assignments;
  QVariantList changed;
  for (int i = 1; i < columns.size(); ++i)
  {
    if (values.at(i) != before.at(i))
    {
      changed.append(values.at(i));
      assignments.append(QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(changed.size() + 1));
    }
  }
  if (assignments.isEmpty())
    return true;
  SqliteStatement update = mCache.database().prepare(
      QStringLiteral("UPDATE cases SET %1 WHERE id = ?1").arg(assignments.join(QStringLiteral(", "))));
  update.bindText(1, caseId);
  for (int i = 0; i < changed.size(); ++i)
    update.bind(i + 2, changed.at(i));
  if (!update.run())
  {
    *error = tr("Case %1 could not be updated: %2").arg(caseId, update.errorMessage());
    return false;
  }
  return true;
}

bool CaseRepository::applyToRecord(CaseRecord &record, const CaseEvent &event, const CaseWorkflow &workflow,
                                   const QString &departmentId, QString *error)
{
  for (const QString &counter : event.counters)
  {
    if (!counterNames.contains(counter))
    {
      *error = tr("Case %1: the workflow counts \"%2\", which the cache has no column for.")
                   .arg(record.id, counter);
      return false;
    }
  }
  record.state = event.toState;
  record.currentStep = workflow.runningStep(event.toState);
  static const QHash<QString, QDateTime CaseRecord::*> completions{
      {QStringLiteral("register"), &CaseRecord::registeredAt},
      {QStringLiteral("dispatch"), &CaseRecord::dispatchedAt},
      {QStringLiteral("handle"), &CaseRecord::handledAt},
      {QStringLiteral("check"), &CaseRecord::checkedAt},
      {QStringLiteral("close"), &CaseRecord::closedAt}};
  if (const auto completed = completions.find(event.stopsStep); completed != completions.end())
    record.*(completed.value()) = event.time;
  if (!event.startsStep.isEmpty())
    record.stepDeadline = event.deadline;
  // Rework restarts handling; without a new deadline the original one still holds.
  if (event.startsStep == QLatin1String("handle") && event.deadline)
    record.handleDeadline = event.deadline;
  if (!departmentId.isEmpty())
    record.departmentId = departmentId;
  for (const QString &counter : event.counters)
    record.counters[counter] += 1;
  return true;
}

QStringList CaseRepository::recordColumns()
{
  QStringList columns{QStringLiteral("id"),
                      QStringLiteral("number"),
                      QStringLiteral("source"),
                      QStringLiteral("class_kind"),
                      QStringLiteral("type_code"),
                      QStringLiteral("description"),
                      QStringLiteral("address"),
                      QStringLiteral("grid_code"),
                      QStringLiteral("component_id"),
                      QStringLiteral("state"),
                      QStringLiteral("department_id"),
                      QStringLiteral("reported_at"),
                      QStringLiteral("registered_at"),
                      QStringLiteral("dispatched_at"),
                      QStringLiteral("handled_at"),
                      QStringLiteral("checked_at"),
                      QStringLiteral("closed_at"),
                      QStringLiteral("current_step"),
                      QStringLiteral("step_deadline"),
                      QStringLiteral("handle_deadline")};
  for (const QString &counter : counterNames)
    columns.append(counter + QStringLiteral("_count"));
  return columns;
}

QVariantList CaseRepository::recordValues(const CaseRecord &record)
{
  const auto time = [](const QDateTime &value) {
    return value.isValid() ? QVariant(storedtime::text(value)) : QVariant();
  };
  const auto deadline = [](const std::optional<QDateTime> &value) {
    return value ? QVariant(storedtime::text(*value)) : QVariant();
  };
  QVariantList values{record.id,
                      UpsertStatement::optional(record.number),
                      record.source,
                      record.classKind,
                      record.typeCode,
                      UpsertStatement::optional(record.description),
                      UpsertStatement::optional(record.address),
                      UpsertStatement::optional(record.gridCode),
                      UpsertStatement::optional(record.componentId),
                      record.state,
                      UpsertStatement::optional(record.departmentId),
                      time(record.reportedAt),
                      time(record.registeredAt),
                      time(record.dispatchedAt),
                      time(record.handledAt),
                      time(record.checkedAt),
                      time(record.closedAt),
                      UpsertStatement::optional(record.currentStep),
                      deadline(record.stepDeadline),
                      deadline(record.handleDeadline)};
  for (const QString &counter : counterNames)
    values.append(record.counters.value(counter, 0));
  return values;
}

QStringList CaseRepository::eventColumns()
{
  return {QStringLiteral("id"),       QStringLiteral("case_id"),     QStringLiteral("sequence"),
          QStringLiteral("action"),   QStringLiteral("from_state"),  QStringLiteral("to_state"),
          QStringLiteral("actor_id"), QStringLiteral("role"),        QStringLiteral("happened_at"),
          QStringLiteral("note"),     QStringLiteral("starts_step"), QStringLiteral("stops_step"),
          QStringLiteral("deadline"), QStringLiteral("counters")};
}

QVariantList CaseRepository::eventValues(const CaseEvent &event, int sequence)
{
  return {eventId(event.caseId, sequence),
          event.caseId,
          sequence,
          event.action,
          event.fromState,
          event.toState,
          UpsertStatement::optional(event.actorId),
          event.role,
          storedtime::text(event.time),
          UpsertStatement::optional(event.note),
          UpsertStatement::optional(event.startsStep),
          UpsertStatement::optional(event.stopsStep),
          event.deadline ? QVariant(storedtime::text(*event.deadline)) : QVariant(),
          UpsertStatement::optional(event.counters.join(QLatin1Char(',')))};
}

QString CaseRepository::eventId(const QString &caseId, int sequence)
{
  return QStringLiteral("%1/%2").arg(caseId).arg(sequence);
}

std::optional<CaseRecord> CaseRepository::find(const QString &caseId)
{
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "SELECT id, number, source, class_kind, type_code, description, address, grid_code, component_id, "
      "state, "
      "department_id, reported_at, registered_at, dispatched_at, handled_at, checked_at, closed_at, "
      "current_step, "
      "step_deadline, handle_deadline, AsBinary(geom), rework_count, return_count, reassignment_count, "
      "postponement_count, hang_count, urge_count, supervision_count, unsatisfied_callback_count "
      "FROM cases WHERE id = ?"));
  statement.bindText(1, caseId);
  if (!statement.next())
    return std::nullopt;
  CaseRecord record;
  record.id = statement.text(0);
  record.number = statement.text(1);
  record.source = statement.text(2);
  record.classKind = statement.text(3);
  record.typeCode = statement.text(4);
  record.description = statement.text(5);
  record.address = statement.text(6);
  record.gridCode = statement.text(7);
  record.componentId = statement.text(8);
  record.state = statement.text(9);
  record.departmentId = statement.text(10);
  record.reportedAt = storedtime::parse(statement.text(11));
  record.registeredAt = storedtime::parse(statement.text(12));
  record.dispatchedAt = storedtime::parse(statement.text(13));
  record.handledAt = storedtime::parse(statement.text(14));
  record.checkedAt = storedtime::parse(statement.text(15));
  record.closedAt = storedtime::parse(statement.text(16));
  record.currentStep = statement.text(17);
  if (!statement.isNull(18))
    record.stepDeadline = storedtime::parse(statement.text(18));
  if (!statement.isNull(19))
    record.handleDeadline = storedtime::parse(statement.text(19));
  record.locationWkb = statement.blob(20);
  for (int i = 0; i < counterNames.size(); ++i)
    record.counters.insert(counterNames.at(i), static_cast<int>(statement.int64(21 + i)));
  return record;
}

QList<CaseEvent> CaseRepository::events(const QString &caseId)
{
  QList<CaseEvent> result;
  SqliteStatement statement = mCache.database().prepare(QStringLiteral(
      "SELECT id, action, from_state, to_state, actor_id, role, happened_at, note, starts_step, "
      "deadline, stops_step, counters FROM case_event WHERE case_id = ? ORDER BY sequence"));
  statement.bindText(1, caseId);
  SqliteStatement attachments = mCache.database().prepare(
      QStringLiteral("SELECT attachment_hash FROM case_event_attachment WHERE event_id = ? ORDER BY rowid"));
  while (statement.next())
  {
    CaseEvent event;
    event.caseId = caseId;
    event.action = statement.text(1);
    event.fromState = statement.text(2);
    event.toState = statement.text(3);
    event.actorId = statement.text(4);
    event.role = statement.text(5);
    event.time = storedtime::parse(statement.text(6));
    event.note = statement.text(7);
    event.startsStep = statement.text(8);
    if (!statement.isNull(9))
      event.deadline = storedtime::parse(statement.text(9));
    event.stopsStep = statement.text(10);
    if (!statement.isNull(11))
      event.counters = statement.text(11).split(QLatin1Char(','));
    attachments.bindText(1, statement.text(0));
    while (attachments.next())
      event.attachments.append(attachments.text(0));
    attachments.reset();
    result.append(event);
  }
  return result;
}
