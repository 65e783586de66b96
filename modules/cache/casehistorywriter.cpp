#include "cache/casehistorywriter.h"

#include "cache/cachefile.h"
#include "domain/casenumber.h"
#include "domain/caseworkflow.h"

#include <QTimeZone>

namespace
{
  /** SQLite's page cache during the load, in KiB: the key indexes of millions of rows stay in memory. */
  constexpr qint64 loadCacheKiB = 512 * 1024;
} // namespace

CaseHistoryWriter::CaseHistoryWriter(CacheFile &cache, const CaseWorkflow &workflow, const QString &adminCode)
    : mCache(cache)
    , mWorkflow(workflow)
    , mAdminCode(adminCode)
    , mCaseLoad(cache, QStringLiteral("cases"))
    , mEventLoad(cache, QStringLiteral("case_event"))
{}

CaseHistoryWriter::~CaseHistoryWriter() = default;

bool CaseHistoryWriter::start(QString *error)
{
  SqliteDatabase &database = mCache.database();
  mSavedCacheSize = database.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
  if (!database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(loadCacheKiB), error))
    return false;
  if (!mCaseLoad.start(error) || !mEventLoad.start(error))
    return false;
  mInsertCase = std::make_unique<UpsertStatement>(
      mCache, QStringLiteral("cases"), CaseRepository::recordColumns(), QStringList{QStringLiteral("geom")},
      UpsertStatement::OnConflict::Fail);
  mInsertEvent =
      std::make_unique<UpsertStatement>(mCache, QStringLiteral("case_event"), CaseRepository::eventColumns(),
                                        QStringList(), UpsertStatement::OnConflict::Fail);
  if (!mInsertCase->isValid() || !mInsertEvent->isValid())
  {
    *error = mInsertCase->errorMessage() + mInsertEvent->errorMessage();
    return false;
  }
  return true;
}

std::optional<QString> CaseHistoryWriter::nextNumber(const QDateTime &reported, QString *error)
{
  // China Standard Time decides which day a case was reported on.
  const QDate day = reported.toTimeZone(QTimeZone(8 * 3600)).date();
  auto last = mLastNumber.find(day);
  if (last == mLastNumber.end())
  {
    SqliteStatement highest = mCache.database().prepare(
        QStringLiteral("SELECT max(number) FROM cases WHERE number LIKE ?1 || '%'"));
    highest.bindText(1, mAdminCode + day.toString(QStringLiteral("yyyyMMdd")));
    last =
        mLastNumber.insert(day, highest.next() && !highest.isNull(0) ? highest.text(0).right(5).toInt() : 0);
  }
  const std::optional<CaseNumber> number = CaseNumber::make(mAdminCode, day, ++last.value(), error);
  if (!number)
    return std::nullopt;
  return number->toString();
}

std::optional<QString> CaseHistoryWriter::report(const CaseRecord &record, const CaseEvent &report,
                                                 QString *error)
{
  if (!endCase(error))
    return std::nullopt;
  CaseEvent first = report;
  first.caseId = record.id;
  first.fromState = mWorkflow.initialState();
  QString reason;
  const std::optional<CaseEvent> applied = mWorkflow.apply(first, &reason);
  if (!applied)
  {
    *error = CaseRepository::tr("Case %1 cannot be reported: %2").arg(record.id, reason);
    return std::nullopt;
  }
  const std::optional<QString> number = nextNumber(applied->time, error);
  if (!number)
    return std::nullopt;
  mCase = record;
  mCase->number = *number;
  mCase->state = applied->toState;
  mCase->reportedAt = applied->time;
  mCase->currentStep = mWorkflow.runningStep(applied->toState);
  mCase->stepDeadline = applied->deadline;
  mEvents = {*applied};
  return number;
}

bool CaseHistoryWriter::act(const CaseEvent &event, QString *error, const QString &departmentId)
{
  if (!mCase)
  {
    *error = tr("An action came before any case was reported.");
    return false;
  }
  CaseEvent next = event;
  next.caseId = mCase->id;
  next.fromState = mCase->state;
  QString reason;
  const std::optional<CaseEvent> applied = mWorkflow.apply(next, &reason);
  if (!applied)
  {
    *error = CaseRepository::tr("Case %1: %2").arg(mCase->id, reason);
    return false;
  }
  if (!CaseRepository::applyToRecord(*mCase, *applied, mWorkflow, departmentId, error))
    return false;
  mEvents.append(*applied);
  return true;
}

bool CaseHistoryWriter::endCase(QString *error)
{
  if (!mCase)
    return true;
  if (!mInsertCase->write(CaseRepository::recordValues(*mCase), {mCase->locationWkb}))
  {
    *error = CaseRepository::tr("Case %1 could not be saved: %2").arg(mCase->id, mInsertCase->errorMessage());
    return false;
  }
  for (int i = 0; i < mEvents.size(); ++i)
  {
    if (!mEvents.at(i).attachments.isEmpty())
    {
      *error = tr("Case %1: a bulk load takes no attachments.").arg(mCase->id);
      return false;
    }
    if (!mInsertEvent->write(CaseRepository::eventValues(mEvents.at(i), i + 1)))
    {
      *error = CaseRepository::tr("Case %1: the event could not be recorded: %2")
                   .arg(mCase->id, mInsertEvent->errorMessage());
      return false;
    }
  }
  mCase.reset();
  mEvents.clear();
  return true;
}

bool CaseHistoryWriter::finish(QString *error)
{
  // Cases are journaled before their events, so that sync sends them first.
  if (!endCase(error) || !mCaseLoad.finish(error) || !mEventLoad.finish(error))
    return false;
  return mCache.database().execute(QStringLiteral("PRAGMA cache_size = %1").arg(mSavedCacheSize), error);
}
