#include "demo/demohistory.h"

#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "cache/casehistorywriter.h"
#include "cache/caserepository.h"
#include "cache/organisationrepository.h"
#include "demo/democitygenerator.h"
#include "demo/demoorganisation.h"
#include "demo/wkb.h"
#include "domain/caseworkflow.h"
#include "domain/cityconfiguration.h"
#include "domain/deadline.h"

#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace
{
  /** A matter class and how often it is reported, as a weight. */
  struct MatterShare
  {
      const char *typeCode;
      double weight;
      bool nearHotspot;
  };

  // The commonest problems of a city district: exposed garbage, street vending, parking, adverts.
  const MatterShare matterShares[] = {
      {"06010", 15, true}, {"06012", 7, false}, {"09006", 9, true},  {"09005", 8, true}, {"09009", 8, true},
      {"09010", 6, true},  {"07001", 9, false}, {"06036", 5, false}, {"06042", 5, true}, {"08004", 4, true},
      {"08001", 3, true},  {"06017", 3, false}, {"06013", 3, false}, {"06029", 2, true}, {"07003", 2, false}};
  constexpr double componentShare = 0.18; // the rest are component defects (…异常)

  const QUuid caseNamespace(QStringLiteral("{6f1d2a4e-1c1b-4e0a-9a31-58c1d7a2e301}"));
} // namespace

DemoHistory::DemoHistory(const Context &context, const QDateTime &now, int months,
                         double reportsPerWorkingDay)
    : mContext(context)
    , mNow(now.toUTC())
    , mMonths(months)
    , mReportsPerDay(reportsPerWorkingDay)
{}

QDateTime DemoHistory::later(const QDateTime &from, double minimumMinutes, double maximumMinutes)
{
  // Staff act in working time: delays are working minutes.
  return mContext.calendar.addWorkingTime(
      from, static_cast<qint64>(60 * mContext.random.uniform(minimumMinutes, maximumMinutes)));
}

QString DemoHistory::departmentFor(const QString &classKind, const QString &typeCode, const QString &gridCode)
{
  // The routing rules are asked once per class and cell: at the city scale a million cases ask.
  const QString key = classKind + QLatin1Char('/') + typeCode + QLatin1Char('/') + gridCode;
  auto found = mRouting.find(key);
  if (found == mRouting.end())
    found = mRouting.insert(
        key, OrganisationRepository(mContext.cache).departmentFor(classKind, typeCode, gridCode));
  return found.value();
}

QString DemoHistory::actor(const QString &role, const QString &department)
{
  const QStringList people = department.isEmpty() ? mContext.organisation.peopleWithRole(role)
                                                  : mContext.organisation.handlersOf(department);
  return people.isEmpty() ? QString() : mContext.random.pick(people);
}

bool DemoHistory::write(QString *error)
{
  // Markets, schools and building sites draw reports: commercial and school superblocks, and a few sites.
  const DemoLayout &layout = mContext.layout;
  for (int j = 0; j < layout.superblocks(); ++j)
  {
    for (int i = 0; i < layout.superblocks(); ++i)
    {
      const DemoLayout::LandUse use = layout.landUse(i, j);
      if (use == DemoLayout::LandUse::Commercial || use == DemoLayout::LandUse::School ||
          mContext.random.chance(0.05))
        mHotspots.append(
            layout.at(i, j, mContext.random.uniform(0.2, 0.8), mContext.random.uniform(0.2, 0.8)));
    }
  }
  SqliteStatement components = mContext.cache.database().prepare(
      QStringLiteral("SELECT id, X(geom), Y(geom) FROM component ORDER BY id"));
  while (components.next())
    mComponents.append({components.text(0), QPointF(components.real(1), components.real(2))});

  CaseHistoryWriter writer(mContext.cache, mContext.workflow, DemoCityGenerator::districtCode());
  AreaRepository areas(mContext.cache);
  mWriter = &writer;
  mAreas = &areas;
  const bool written = writer.start(error) && simulateDays(error) && writer.endCase(error) &&
                       coverEveryOpenState(error) && writer.finish(error);
  mWriter = nullptr;
  mAreas = nullptr;
  return written;
}

bool DemoHistory::simulateDays(QString *error)
{

  const QDate last = mNow.toTimeZone(QTimeZone(8 * 3600)).date();
  const QDate first = last.addMonths(-mMonths);
  const double days = first.daysTo(last) + 1;
  for (QDate day = first; day <= last; day = day.addDays(1))
  {
    if (mProgress)
      mProgress(first.daysTo(day) / days);
    // Fewer reports at weekends and on holidays; supervisors patrol every day.
    const double rhythm = mContext.calendar.isWorkingDay(day) ? 1.0 : 0.55;
    const int reports =
        static_cast<int>(std::lround(mReportsPerDay * rhythm * mContext.random.uniform(0.7, 1.3)));
    for (int k = 0; k < reports; ++k)
    {
      // Reports cluster in the morning and the early afternoon.
      const double hour = mContext.random.chance(0.55) ? mContext.random.uniform(8.0, 11.5)
                                                       : mContext.random.uniform(13.5, 17.5);
      const QDateTime reported =
          QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).addSecs(static_cast<qint64>(hour * 3600)).toUTC();
      if (reported > mNow)
        continue;
      if (!simulateCase(reported, error))
        return false;
    }
  }
  return true;
}

bool DemoHistory::simulateCase(const QDateTime &reported, QString *error)
{
  DemoRandom &random = mContext.random;

  // What and where.
  CaseRecord record;
  record.id =
      QUuid::createUuidV5(caseNamespace, QStringLiteral("%1").arg(++mDrawn)).toString(QUuid::WithoutBraces);
  record.classKind = QStringLiteral("matter");
  QPointF location;
  if (random.chance(componentShare) && !mComponents.isEmpty())
  {
    const auto &[id, point] = random.pick(mComponents);
    record.componentId = id;
    record.typeCode = record.componentId.mid(6, 5);
    location = point;
  }
  else
  {
    double total = 0;
    for (const MatterShare &share : matterShares)
      total += share.weight;
    double draw = random.uniform(0, total);
    const MatterShare *chosen = &matterShares[0];
    for (const MatterShare &share : matterShares)
    {
      chosen = &share;
      draw -= share.weight;
      if (draw < 0)
        break;
    }
    record.typeCode = QString::fromLatin1(chosen->typeCode);
    const int n = mContext.layout.superblocks();
    location = chosen->nearHotspot && !mHotspots.isEmpty() && random.chance(0.7)
                   ? random.pick(mHotspots) + QPointF(random.uniform(-60, 60), random.uniform(-60, 60))
                   : mContext.layout.at(random.integer(0, n - 1), random.integer(0, n - 1),
                                        random.uniform(0.05, 0.95), random.uniform(0.05, 0.95));
  }
  record.gridCode = mAreas->gridCellAt(location.x(), location.y()).value_or(QString());
  if (record.gridCode.isEmpty())
    return true; // outside the district: nobody reports it here
  record.locationWkb = wkb::point(location);
  const bool hotline = random.chance(0.25);
  record.source = hotline ? QStringLiteral("hotline") : QStringLiteral("supervisor");
  QString ignored;
  const std::optional<ClassSettings> settings =
      mContext.city.settingsFor(ClassKind::Matter, *TypeCode::parse(record.typeCode, &ignored));
  if (!settings || !settings->timeLimit)
    return true;
  // Case texts are data of a Chinese city, not interface text: they are written in Chinese.
  record.description =
      hotline ? QStringLiteral("市民通过12345热线反映") : QStringLiteral("网格监督员巡查发现");

  CaseEvent report;
  report.action = QStringLiteral("report");
  report.role = hotline ? QStringLiteral("acceptor") : QStringLiteral("supervisor");
  report.actorId = actor(report.role);
  report.time = reported;
  if (!mWriter->report(record, report, error))
    return false;
  ++mCases;

  // Each step happens at its time, unless that is after "now": then the case stays where it is.
  QDateTime time = reported;
  QString department;
  const auto act = [&](const QString &action, const QString &role, const QDateTime &at,
                       const QString &note = QString(), const std::optional<QDateTime> &due = std::nullopt,
                       const QString &dispatchTo = QString()) -> int {
    if (at > mNow)
      return 0; // stop here
    CaseEvent event;
    event.action = action;
    event.role = role;
    event.actorId = role == QLatin1String("department_handler") ? actor(role, department) : actor(role);
    event.time = at;
    event.note = note;
    event.deadline = due;
    time = at;
    return mWriter->act(event, error, dispatchTo) ? 1 : -1;
  };
  const TimeLimit limit = *settings->timeLimit;
  const WorkCalendar &calendar = mContext.calendar;
  const auto handlingTime = [&](const QDateTime &from, const QDateTime &due) {
    // Three in four are handled in time; the rest run 5% to 150% over.
    const qint64 limitSeconds = deadline::limitSeconds(limit, calendar);
    const double share = random.chance(0.75) ? random.uniform(0.2, 0.95) : random.uniform(1.05, 2.5);
    Q_UNUSED(due)
    return limit.unit() == TimeLimit::Unit::CalendarHours
               ? from.addSecs(static_cast<qint64>(share * limitSeconds))
               : calendar.addWorkingTime(from, static_cast<qint64>(share * limitSeconds));
  };

  int result = 1;
  if (hotline && random.chance(0.3))
  {
    result = act(QStringLiteral("request_verification"), QStringLiteral("acceptor"), later(time, 5, 20));
    if (result > 0)
      result = act(QStringLiteral("verify"), QStringLiteral("supervisor"), later(time, 20, 120),
                   QStringLiteral("现场核实属实。"));
  }
  else
  {
    result = act(QStringLiteral("accept"), QStringLiteral("acceptor"), later(time, 3, 30));
  }
  if (result <= 0)
    return result == 0;
  if (random.chance(0.05))
    return act(QStringLiteral("cancel"), QStringLiteral("shift_leader"), later(time, 5, 60),
               QStringLiteral("重复上报。")) >= 0;
  if ((result = act(QStringLiteral("register"), QStringLiteral("shift_leader"), later(time, 5, 45))) <= 0)
    return result == 0;

  department = departmentFor(record.classKind, record.typeCode, record.gridCode);
  QDateTime dispatchedAt = later(time, 5, 45);
  QDateTime due = deadline::due(dispatchedAt, limit, calendar);
  if ((result = act(QStringLiteral("dispatch"), QStringLiteral("dispatcher"), dispatchedAt, QString(), due,
                    department)) <= 0)
    return result == 0;

  for (int round = 0; round < 3; ++round)
  {
    if (random.chance(0.03))
    {
      // Sent to the wrong department: it returns the case and the dispatcher sends it elsewhere.
      if ((result = act(QStringLiteral("return"), QStringLiteral("department_handler"), later(time, 30, 180),
                        QStringLiteral("非本单位职责，申请回退。"))) <= 0)
        return result == 0;
      department = mContext.organisation.departmentOfType(QStringLiteral("urban_management"));
      dispatchedAt = later(time, 10, 60);
      due = deadline::due(dispatchedAt, limit, calendar);
      if ((result = act(QStringLiteral("reassign"), QStringLiteral("dispatcher"), dispatchedAt, QString(),
                        due, department)) <= 0)
        return result == 0;
    }
    if (random.chance(0.04))
    {
      if ((result = act(QStringLiteral("request_postponement"), QStringLiteral("department_handler"),
                        later(time, 60, 240), QStringLiteral("需采购材料，申请延期。"))) <= 0)
        return result == 0;
      if (random.chance(0.7))
      {
        due = deadline::due(later(time, 10, 60), limit, calendar);
        if ((result = act(QStringLiteral("approve_postponement"), QStringLiteral("shift_leader"),
                          later(time, 10, 60), QString(), due)) <= 0)
          return result == 0;
      }
      else if ((result = act(QStringLiteral("refuse_postponement"), QStringLiteral("shift_leader"),
                             later(time, 10, 60), QStringLiteral("请在时限内处置。"))) <= 0)
        return result == 0;
    }
    if (random.chance(0.01))
      return act(QStringLiteral("hang"), QStringLiteral("shift_leader"), later(time, 60, 600),
                 QStringLiteral("需大修工程，暂挂账。")) >= 0;

    const QDateTime handledAt = handlingTime(time, due);
    if (handledAt > due && due < mNow)
    {
      // Overdue: the dispatcher urges, and a leader supervises a case long overdue.
      if ((result =
               act(QStringLiteral("urge"), QStringLiteral("dispatcher"), qMax(time, due.addSecs(1800)))) <= 0)
        return result == 0;
      if (handledAt > due.addDays(2) &&
          (result = act(QStringLiteral("supervise"), QStringLiteral("leader"), qMax(time, due.addDays(1)),
                        QStringLiteral("请今日内处置完毕。"))) <= 0)
        return result == 0;
    }
    if ((result = act(QStringLiteral("feed_back"), QStringLiteral("department_handler"),
                      qMax(handledAt, time.addSecs(60)), QStringLiteral("已处置，附现场照片。"))) <= 0)
      return result == 0;
    if ((result = act(QStringLiteral("request_check"), QStringLiteral("acceptor"), later(time, 5, 30))) <= 0)
      return result == 0;
    if (round < 2 && random.chance(0.1))
    {
      dispatchedAt = later(time, 20, 120);
      due = deadline::due(dispatchedAt, limit, calendar);
      if ((result = act(QStringLiteral("check_fail"), QStringLiteral("supervisor"), dispatchedAt,
                        QStringLiteral("核查未通过，仍未处理到位。"), due)) <= 0)
        return result == 0;
      continue;
    }
    if ((result = act(QStringLiteral("check_pass"), QStringLiteral("supervisor"), later(time, 20, 120))) <= 0)
      return result == 0;
    break;
  }
  if (hotline && random.chance(0.5))
  {
    if ((result = act(QStringLiteral("request_callback"), QStringLiteral("acceptor"), later(time, 5, 30))) <=
        0)
      return result == 0;
    if (random.chance(0.9))
      result = act(QStringLiteral("callback_satisfied"), QStringLiteral("acceptor"), later(time, 30, 240));
    else
    {
      result =
          act(QStringLiteral("callback_unsatisfied"), QStringLiteral("acceptor"), later(time, 30, 240),
              QStringLiteral("回访不满意，问题复现。"), deadline::due(later(time, 0, 1), limit, calendar));
      return result >= 0;
    }
    if (result <= 0)
      return result == 0;
  }
  return act(QStringLiteral("close"), QStringLiteral("shift_leader"), later(time, 10, 60)) >= 0;
}

bool DemoHistory::coverEveryOpenState(QString *error)
{
  // Whatever open state the history did not leave a case in gets one reported this morning and
  // driven there by the shortest path through the transition table.
  QSet<QString> present;
  SqliteStatement states =
      mContext.cache.database().prepare(QStringLiteral("SELECT DISTINCT state FROM cases"));
  while (states.next())
    present.insert(states.text(0));
  const CaseWorkflow &workflow = mContext.workflow;
  for (const CaseState &target : workflow.states())
  {
    if (target.terminal || target.initial || present.contains(target.code))
      continue;
    // Breadth-first search from "reported" over (action, role) pairs.
    QHash<QString, CaseTransition> reachedBy;
    QStringList queue{QStringLiteral("reported")};
    QSet<QString> seen{QStringLiteral("reported")};
    while (!queue.isEmpty() && !seen.contains(target.code))
    {
      const QString state = queue.takeFirst();
      for (const CaseTransition &transition : workflow.transitions())
      {
        if (transition.fromState != state || seen.contains(transition.toState))
          continue;
        seen.insert(transition.toState);
        reachedBy.insert(transition.toState, transition);
        queue.append(transition.toState);
      }
    }
    if (!seen.contains(target.code))
      continue;
    QList<CaseTransition> path;
    for (QString state = target.code; state != QLatin1String("reported");
         state = reachedBy.value(state).fromState)
      path.prepend(reachedBy.value(state));

    CaseRecord record;
    record.id = QUuid::createUuidV5(caseNamespace, QStringLiteral("open-%1").arg(target.code))
                    .toString(QUuid::WithoutBraces);
    record.classKind = QStringLiteral("matter");
    record.typeCode = QStringLiteral("06010");
    record.source = QStringLiteral("supervisor");
    const QPointF location = mContext.layout.at(0, 0, 0.3, 0.3);
    record.gridCode = mAreas->gridCellAt(location.x(), location.y()).value_or(QString());
    record.locationWkb = wkb::point(location);
    QDateTime time = mNow.addSecs(-6 * 3600);
    CaseEvent report;
    report.action = QStringLiteral("report");
    report.role = QStringLiteral("supervisor");
    report.actorId = actor(report.role);
    report.time = time;
    if (!mWriter->report(record, report, error))
      return false;
    ++mCases;
    QString department = mContext.organisation.departmentOfType(QStringLiteral("sanitation"));
    for (const CaseTransition &transition : path)
    {
      CaseEvent event;
      event.action = transition.action;
      event.role = transition.roles.first();
      event.actorId = event.role == QLatin1String("department_handler") ? actor(event.role, department)
                                                                        : actor(event.role);
      time = time.addSecs(600);
      event.time = time;
      const CaseAction *action = workflow.action(transition.action);
      if (action && action->noteRequired)
        event.note = action->name();
      if (!mWriter->act(event, error,
                        transition.action == QLatin1String("dispatch") ? department : QString()))
        return false;
    }
  }
  return true;
}
