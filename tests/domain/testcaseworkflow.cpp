#include "domain/caseworkflow.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <iterator>

/**
 * Tests the case state machine against the shipped transition table: every state × action × role
 * verdict against a table written here independently, whole case histories and their replay, refused
 * events and logs, and malformed workflow files.
 */
class TestCaseWorkflow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsStatesActionsAndRoles();
    void verdicts_data();
    void verdicts();
    void allowedTransitionsMatchVerdicts();
    void runningSteps_data();
    void runningSteps();
    void paths_data();
    void paths();
    void eventsCarryWhatHappened();
    void applyRefuses_data();
    void applyRefuses();
    void replayRejects_data();
    void replayRejects();
    void namesFollowTheLocale();
    void refusesMalformedTables_data();
    void refusesMalformedTables();

  private:
    static CsvTable table(const QString &name);
    static std::optional<CaseWorkflow> loadMini(int replacedFile, const QByteArray &replacement,
                                                QString *error);
    QList<CaseEvent> buildEvents(const QStringList &steps, QString *error) const;

    std::optional<CaseWorkflow> mWorkflow;
};

namespace
{
  /**
   * The workflow as this test expects it, written independently of case_transitions.csv so that each
   * checks the other. Roles are separated by spaces; to is the state after the action (never "=").
   */
  struct Rule
  {
      const char *from;
      const char *action;
      const char *roles;
      const char *to;
      const char *starts;
      const char *stops;
      const char *counters;
  };

  // clang-format off
  const Rule expectedRules[] = {
    // 上报, 受理, 核实
    {"new",                    "report",               "supervisor acceptor",                   "reported",               "accept",   "",         ""},
    {"reported",               "accept",               "acceptor",                              "pending_registration",   "register", "accept",   ""},
    {"reported",               "request_verification", "acceptor",                              "pending_verification",   "verify",   "accept",   ""},
    {"reported",               "cancel",               "acceptor shift_leader administrator",   "cancelled",              "",         "accept",   ""},
    {"pending_verification",   "verify",               "supervisor",                            "pending_registration",   "register", "verify",   ""},
    {"pending_verification",   "cancel",               "acceptor shift_leader administrator",   "cancelled",              "",         "verify",   ""},
    // 立案
    {"pending_registration",   "register",             "shift_leader administrator",            "pending_dispatch",       "dispatch", "register", ""},
    {"pending_registration",   "cancel",               "shift_leader administrator",            "cancelled",              "",         "register", ""},
    // 派遣
    {"pending_dispatch",       "dispatch",             "dispatcher",                            "dispatched",             "handle",   "dispatch", ""},
    {"pending_dispatch",       "cancel",               "shift_leader administrator",            "cancelled",              "",         "dispatch", ""},
    // 处置中
    {"dispatched",             "feed_back",            "department_handler",                    "handled",                "check",    "handle",   ""},
    {"dispatched",             "return",               "department_handler",                    "returned",               "dispatch", "handle",   "return"},
    {"dispatched",             "reassign",             "dispatcher",                            "dispatched",             "handle",   "handle",   "reassignment"},
    {"dispatched",             "request_postponement", "department_handler",                    "postponement_requested", "",         "",         ""},
    {"dispatched",             "hang",                 "shift_leader leader administrator",     "hung",                   "",         "handle",   "hang"},
    {"dispatched",             "urge",                 "dispatcher shift_leader administrator", "dispatched",             "",         "",         "urge"},
    {"dispatched",             "supervise",            "dispatcher leader",                     "dispatched",             "",         "",         "supervision"},
    // 回退
    {"returned",               "reassign",             "dispatcher",                            "dispatched",             "handle",   "dispatch", "reassignment"},
    {"returned",               "refuse_return",        "shift_leader administrator",            "dispatched",             "handle",   "dispatch", ""},
    {"returned",               "cancel",               "leader",                                "cancelled",              "",         "dispatch", ""},
    // 延期
    {"postponement_requested", "approve_postponement", "shift_leader leader administrator",     "dispatched",             "handle",   "",         "postponement"},
    {"postponement_requested", "refuse_postponement",  "shift_leader leader administrator",     "dispatched",             "",         "",         ""},
    {"postponement_requested", "hang",                 "shift_leader leader administrator",     "hung",                   "",         "handle",   "hang"},
    // 挂账
    {"hung",                   "resume",               "shift_leader leader administrator",     "dispatched",             "handle",   "",         ""},
    {"hung",                   "supervise",            "dispatcher leader",                     "hung",                   "",         "",         "supervision"},
    // 核查
    {"handled",                "request_check",        "acceptor",                              "pending_check",          "",         "",         ""},
    {"pending_check",          "check_pass",           "supervisor",                            "pending_close",          "close",    "check",    ""},
    {"pending_check",          "check_fail",           "supervisor",                            "dispatched",             "handle",   "check",    "rework"},
    // 结案, 回访
    {"pending_close",          "close",                "shift_leader administrator",            "closed",                 "",         "close",    ""},
    {"pending_close",          "request_callback",     "acceptor shift_leader administrator",   "pending_callback",       "callback", "close",    ""},
    {"pending_callback",       "callback_satisfied",   "acceptor",                              "pending_close",          "close",    "callback", ""},
    {"pending_callback",       "callback_unsatisfied", "acceptor",                              "dispatched",             "handle",   "callback", "unsatisfied_callback"},
  };
  // clang-format on

  const QStringList expectedStates{"new",
                                   "reported",
                                   "pending_verification",
                                   "pending_registration",
                                   "cancelled",
                                   "pending_dispatch",
                                   "dispatched",
                                   "returned",
                                   "postponement_requested",
                                   "hung",
                                   "handled",
                                   "pending_check",
                                   "pending_close",
                                   "pending_callback",
                                   "closed"};

  const QStringList expectedActions{"report",
                                    "accept",
                                    "request_verification",
                                    "verify",
                                    "register",
                                    "cancel",
                                    "dispatch",
                                    "reassign",
                                    "return",
                                    "refuse_return",
                                    "request_postponement",
                                    "approve_postponement",
                                    "refuse_postponement",
                                    "hang",
                                    "resume",
                                    "feed_back",
                                    "request_check",
                                    "check_pass",
                                    "check_fail",
                                    "close",
                                    "request_callback",
                                    "callback_satisfied",
                                    "callback_unsatisfied",
                                    "urge",
                                    "supervise"};

  const QStringList expectedRoles{"supervisor",         "acceptor", "shift_leader", "dispatcher",
                                  "department_handler", "leader",   "administrator"};

  const QStringList actionsNeedingNote{
      "cancel", "return",    "refuse_return", "request_postponement", "refuse_postponement",
      "hang",   "feed_back", "check_fail",    "callback_unsatisfied", "supervise"};

  const Rule *expectedRule(const QString &from, const QString &action)
  {
    for (const Rule &rule : expectedRules)
    {
      if (from == QLatin1String(rule.from) && action == QLatin1String(rule.action))
        return &rule;
    }
    return nullptr;
  }

  QStringList words(const char *text)
  {
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
  }

  QStringList sorted(QStringList list)
  {
    list.sort();
    return list;
  }

  const QDateTime start(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc());

  // Case histories, as "action:role>state after it".
  const QStringList toDispatch{"report:supervisor>reported", "accept:acceptor>pending_registration",
                               "register:shift_leader>pending_dispatch", "dispatch:dispatcher>dispatched"};
  const QStringList feedBackAndCheck{"feed_back:department_handler>handled",
                                     "request_check:acceptor>pending_check",
                                     "check_pass:supervisor>pending_close"};
  const QStringList handleAndClose = feedBackAndCheck + QStringList{"close:shift_leader>closed"};

  // The minimal workflow the malformed-file tests change one file of.
  const QByteArray miniStates = "code,name_zh,name_en,initial,terminal\n"
                                "new,未上报,not yet reported,yes,no\n"
                                "open,处置中,open,no,no\n"
                                "closed,已结案,closed,no,yes\n";
  const QByteArray miniActions = "code,name_zh,name_en,note_required\n"
                                 "report,上报,report,no\n"
                                 "close,结案,close,no\n"
                                 "urge,催办,urge,no\n";
  const QByteArray miniRoles = "code,name_zh,name_en\n"
                               "supervisor,监督员,supervisor\n"
                               "shift_leader,值班长,shift leader\n";
  const QByteArray miniTransitionsHeader =
      "from_state,action,roles,to_state,starts_step,stops_step,counters\n";
  const QByteArray miniTransitions = miniTransitionsHeader + "new,report,supervisor,open,handle,,\n"
                                                             "open,urge,shift_leader,=,,,urge\n"
                                                             "open,close,shift_leader,closed,,handle,\n";
  const QStringList miniFileNames{"case_states.csv", "case_actions.csv", "roles.csv", "case_transitions.csv"};
} // namespace

CsvTable TestCaseWorkflow::table(const QString &name)
{
  QFile file(QStringLiteral(XIUHUA_RESOURCES_DIR "/workflow/") + name);
  if (!file.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(file.fileName()));
  QString error;
  const std::optional<CsvTable> parsed = CsvTable::parse(file.readAll(), file.fileName(), &error);
  if (!parsed)
    qFatal("%s", qPrintable(error));
  return *parsed;
}

std::optional<CaseWorkflow> TestCaseWorkflow::loadMini(int replacedFile, const QByteArray &replacement,
                                                       QString *error)
{
  QList<QByteArray> contents{miniStates, miniActions, miniRoles, miniTransitions};
  if (replacedFile >= 0)
    contents[replacedFile] = replacement;
  QList<CsvTable> tables;
  for (int i = 0; i < contents.size(); ++i)
  {
    const std::optional<CsvTable> parsed = CsvTable::parse(contents.at(i), miniFileNames.at(i), error);
    if (!parsed)
      return std::nullopt;
    tables.append(*parsed);
  }
  return CaseWorkflow::fromTables(tables.at(0), tables.at(1), tables.at(2), tables.at(3), error);
}

QList<CaseEvent> TestCaseWorkflow::buildEvents(const QStringList &steps, QString *error) const
{
  QList<CaseEvent> events;
  QString state = mWorkflow->initialState();
  QDateTime time = start;
  for (const QString &step : steps)
  {
    const QString action = step.section(QLatin1Char(':'), 0, 0);
    const QString role = step.section(QLatin1Char(':'), 1).section(QLatin1Char('>'), 0, 0);
    const QString expectedState = step.section(QLatin1Char('>'), 1);

    CaseEvent request;
    request.caseId = QStringLiteral("3301062026030200042");
    request.action = action;
    request.fromState = state;
    request.actorId = QStringLiteral("person-") + role;
    request.role = role;
    request.time = time;
    request.note = QStringLiteral("note for ") + action;
    const std::optional<CaseTransition> transition = mWorkflow->transition(state, action, role, nullptr);
    if (transition && !transition->startsStep.isEmpty())
      request.deadline = time.addSecs(4 * 3600);

    const std::optional<CaseEvent> event = mWorkflow->apply(request, error);
    if (!event)
    {
      *error = QStringLiteral("%1: %2").arg(step, *error);
      return {};
    }
    if (event->toState != expectedState)
    {
      *error = QStringLiteral("%1 led to %2").arg(step, event->toState);
      return {};
    }
    events.append(*event);
    state = event->toState;
    time = time.addSecs(3600);
  }
  return events;
}

void TestCaseWorkflow::initTestCase()
{
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  QString error;
  mWorkflow = CaseWorkflow::fromTables(
      table(QStringLiteral("case_states.csv")), table(QStringLiteral("case_actions.csv")),
      table(QStringLiteral("roles.csv")), table(QStringLiteral("case_transitions.csv")), &error);
  QVERIFY2(mWorkflow, qPrintable(error));
}

void TestCaseWorkflow::cleanupTestCase()
{
  QLocale::setDefault(QLocale::system());
}

void TestCaseWorkflow::listsStatesActionsAndRoles()
{
  QStringList states;
  QStringList terminal;
  for (const CaseState &state : mWorkflow->states())
  {
    states.append(state.code);
    if (state.terminal)
      terminal.append(state.code);
    QVERIFY(!state.nameZh.isEmpty() && !state.nameEn.isEmpty());
  }
  QCOMPARE(states, expectedStates);
  QCOMPARE(terminal, QStringList({"cancelled", "closed"}));
  QCOMPARE(mWorkflow->initialState(), QStringLiteral("new"));
  QVERIFY(mWorkflow->state(QStringLiteral("new"))->initial);
  QCOMPARE(mWorkflow->state(QStringLiteral("dispatched"))->nameZh, QStringLiteral("处置中"));

  QStringList actions;
  QStringList withNote;
  for (const CaseAction &action : mWorkflow->actions())
  {
    actions.append(action.code);
    if (action.noteRequired)
      withNote.append(action.code);
  }
  QCOMPARE(actions, expectedActions);
  QCOMPARE(withNote, actionsNeedingNote);
  QCOMPARE(mWorkflow->action(QStringLiteral("register"))->nameZh, QStringLiteral("立案"));
  QCOMPARE(mWorkflow->action(QStringLiteral("check_fail"))->nameZh, QStringLiteral("核查不通过（返工）"));

  QStringList roles;
  for (const CaseRole &role : mWorkflow->roles())
    roles.append(role.code);
  QCOMPARE(roles, expectedRoles);
  QCOMPARE(mWorkflow->role(QStringLiteral("shift_leader"))->nameZh, QStringLiteral("值班长"));

  QCOMPARE(mWorkflow->transitions().size(), int(std::size(expectedRules)));
  QCOMPARE(CaseWorkflow::steps(),
           QStringList({"accept", "verify", "register", "dispatch", "handle", "check", "close", "callback"}));
  QCOMPARE(CaseWorkflow::stepName(QStringLiteral("handle")), QStringLiteral("handling"));
  QVERIFY(!mWorkflow->state(QStringLiteral("archived")));
}

void TestCaseWorkflow::verdicts_data()
{
  QTest::addColumn<QString>("state");
  QTest::addColumn<QString>("action");
  QTest::addColumn<QString>("role");

  // Every state × action × role, from this test's own lists.
  for (const QString &state : expectedStates)
  {
    for (const QString &action : expectedActions)
    {
      for (const QString &role : expectedRoles)
        QTest::addRow("%s/%s/%s", qPrintable(state), qPrintable(action), qPrintable(role))
            << state << action << role;
    }
  }
}

void TestCaseWorkflow::verdicts()
{
  QFETCH(QString, state);
  QFETCH(QString, action);
  QFETCH(QString, role);

  const Rule *rule = expectedRule(state, action);
  const bool expectedAllowed = rule && words(rule->roles).contains(role);

  QString reason;
  const std::optional<CaseTransition> transition = mWorkflow->transition(state, action, role, &reason);
  QCOMPARE(bool(transition), expectedAllowed);

  if (expectedAllowed)
  {
    QCOMPARE(transition->fromState, state);
    QCOMPARE(transition->action, action);
    QCOMPARE(transition->toState, QString::fromLatin1(rule->to));
    QCOMPARE(transition->startsStep, QString::fromLatin1(rule->starts));
    QCOMPARE(transition->stopsStep, QString::fromLatin1(rule->stops));
    QCOMPARE(transition->counters, words(rule->counters));
    QCOMPARE(sorted(transition->roles), sorted(words(rule->roles)));
    return;
  }

  // A refusal names the role, the action and the state, and says whether another role could do it.
  const QString expected = QStringLiteral("The %1 cannot %2 when the case is %3 (")
                               .arg(mWorkflow->role(role)->nameEn, mWorkflow->action(action)->nameEn,
                                    mWorkflow->state(state)->nameEn);
  QVERIFY2(reason.startsWith(expected), qPrintable(reason));
  if (rule)
  {
    for (const QString &allowedRole : words(rule->roles))
      QVERIFY2(reason.contains(mWorkflow->role(allowedRole)->nameEn), qPrintable(reason));
  }
  else
  {
    QVERIFY2(reason.endsWith(QStringLiteral("(not possible in this state).")), qPrintable(reason));
  }
}

void TestCaseWorkflow::allowedTransitionsMatchVerdicts()
{
  for (const QString &state : expectedStates)
  {
    for (const QString &role : expectedRoles)
    {
      QStringList expected;
      for (const Rule &rule : expectedRules)
      {
        if (state == QLatin1String(rule.from) && words(rule.roles).contains(role))
          expected.append(QString::fromLatin1(rule.action));
      }
      QStringList actual;
      for (const CaseTransition &transition : mWorkflow->allowedTransitions(state, role))
        actual.append(transition.action);
      QVERIFY2(sorted(actual) == sorted(expected), qPrintable(state + QLatin1Char('/') + role));
    }
  }
}

void TestCaseWorkflow::runningSteps_data()
{
  QTest::addColumn<QString>("state");
  QTest::addColumn<QString>("step");
  QTest::newRow("new") << "new"
                       << "";
  QTest::newRow("reported") << "reported"
                            << "accept";
  QTest::newRow("pending_verification") << "pending_verification"
                                        << "verify";
  QTest::newRow("pending_registration") << "pending_registration"
                                        << "register";
  QTest::newRow("cancelled") << "cancelled"
                             << "";
  QTest::newRow("pending_dispatch") << "pending_dispatch"
                                    << "dispatch";
  QTest::newRow("dispatched") << "dispatched"
                              << "handle";
  QTest::newRow("returned") << "returned"
                            << "dispatch";
  QTest::newRow("postponement_requested") << "postponement_requested"
                                          << "handle";
  QTest::newRow("hung") << "hung"
                        << "";
  QTest::newRow("handled") << "handled"
                           << "check";
  QTest::newRow("pending_check") << "pending_check"
                                 << "check";
  QTest::newRow("pending_close") << "pending_close"
                                 << "close";
  QTest::newRow("pending_callback") << "pending_callback"
                                    << "callback";
  QTest::newRow("closed") << "closed"
                          << "";
}

void TestCaseWorkflow::runningSteps()
{
  QFETCH(QString, state);
  QFETCH(QString, step);
  QCOMPARE(mWorkflow->runningStep(state), step);
}

void TestCaseWorkflow::paths_data()
{
  QTest::addColumn<QStringList>("steps");
  QTest::addColumn<QStringList>("counters");

  QTest::newRow("supervisor's report, no verification") << toDispatch + handleAndClose << QStringList();
  QTest::newRow("public report, verified")
      << QStringList{"report:acceptor>reported", "request_verification:acceptor>pending_verification",
                     "verify:supervisor>pending_registration", "register:shift_leader>pending_dispatch",
                     "dispatch:dispatcher>dispatched"} +
             handleAndClose
      << QStringList();
  QTest::newRow("rework twice") << toDispatch + feedBackAndCheck.mid(0, 2) +
                                       QStringList{"check_fail:supervisor>dispatched"} +
                                       feedBackAndCheck.mid(0, 2) +
                                       QStringList{"check_fail:supervisor>dispatched"} + handleAndClose
                                << QStringList{"rework", "rework"};
  QTest::newRow("return and re-dispatch")
      << toDispatch + QStringList{"return:department_handler>returned", "reassign:dispatcher>dispatched"} +
             handleAndClose
      << QStringList{"return", "reassignment"};
  QTest::newRow("return refused") << toDispatch +
                                         QStringList{"return:department_handler>returned",
                                                     "refuse_return:shift_leader>dispatched"} +
                                         handleAndClose
                                  << QStringList{"return"};
  QTest::newRow("dispatcher reassigns")
      << toDispatch + QStringList{"reassign:dispatcher>dispatched"} + handleAndClose
      << QStringList{"reassignment"};
  QTest::newRow("postponement approved")
      << toDispatch +
             QStringList{"request_postponement:department_handler>postponement_requested",
                         "approve_postponement:shift_leader>dispatched"} +
             handleAndClose
      << QStringList{"postponement"};
  QTest::newRow("postponement refused, asked again, approved by the leader")
      << toDispatch +
             QStringList{"request_postponement:department_handler>postponement_requested",
                         "refuse_postponement:shift_leader>dispatched",
                         "request_postponement:department_handler>postponement_requested",
                         "approve_postponement:leader>dispatched"} +
             handleAndClose
      << QStringList{"postponement"};
  QTest::newRow("hung instead of postponed, supervised, resumed")
      << toDispatch +
             QStringList{"request_postponement:department_handler>postponement_requested", "hang:leader>hung",
                         "supervise:leader>hung", "resume:shift_leader>dispatched"} +
             handleAndClose
      << QStringList{"hang", "supervision"};
  QTest::newRow("hung and resumed") << toDispatch +
                                           QStringList{"hang:shift_leader>hung", "resume:leader>dispatched"} +
                                           handleAndClose
                                    << QStringList{"hang"};
  QTest::newRow("urged and supervised")
      << toDispatch +
             QStringList{"urge:dispatcher>dispatched", "supervise:dispatcher>dispatched",
                         "urge:shift_leader>dispatched", "supervise:leader>dispatched"} +
             handleAndClose
      << QStringList{"supervision", "supervision", "urge", "urge"};
  QTest::newRow("cancelled on acceptance")
      << QStringList{"report:acceptor>reported", "cancel:acceptor>cancelled"} << QStringList();
  QTest::newRow("cancelled during verification")
      << QStringList{"report:acceptor>reported", "request_verification:acceptor>pending_verification",
                     "cancel:shift_leader>cancelled"}
      << QStringList();
  QTest::newRow("not registered") << toDispatch.mid(0, 2) + QStringList{"cancel:shift_leader>cancelled"}
                                  << QStringList();
  QTest::newRow("cancelled after registration")
      << toDispatch.mid(0, 3) + QStringList{"cancel:administrator>cancelled"} << QStringList();
  QTest::newRow("returned, leader cancels")
      << toDispatch + QStringList{"return:department_handler>returned", "cancel:leader>cancelled"}
      << QStringList{"return"};
  QTest::newRow("callback satisfied")
      << toDispatch + feedBackAndCheck +
             QStringList{"request_callback:acceptor>pending_callback",
                         "callback_satisfied:acceptor>pending_close", "close:shift_leader>closed"}
      << QStringList();
  QTest::newRow("callback unsatisfied, handled again")
      << toDispatch + feedBackAndCheck +
             QStringList{"request_callback:shift_leader>pending_callback",
                         "callback_unsatisfied:acceptor>dispatched"} +
             feedBackAndCheck +
             QStringList{"request_callback:acceptor>pending_callback",
                         "callback_satisfied:acceptor>pending_close", "close:shift_leader>closed"}
      << QStringList{"unsatisfied_callback"};
  QTest::newRow("administrator stands in for the shift leader")
      << QStringList{"report:supervisor>reported", "accept:acceptor>pending_registration",
                     "register:administrator>pending_dispatch", "dispatch:dispatcher>dispatched"} +
             feedBackAndCheck + QStringList{"close:administrator>closed"}
      << QStringList();
}

void TestCaseWorkflow::paths()
{
  QFETCH(QStringList, steps);
  QFETCH(QStringList, counters);

  QString error;
  const QList<CaseEvent> events = buildEvents(steps, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(events.size(), steps.size());

  QStringList counted;
  for (int i = 0; i < events.size(); ++i)
  {
    counted.append(events.at(i).counters);
    if (i > 0)
      QCOMPARE(events.at(i).fromState, events.at(i - 1).toState);
    QCOMPARE(bool(events.at(i).deadline), !events.at(i).startsStep.isEmpty());
  }
  QCOMPARE(sorted(counted), sorted(counters));

  const std::optional<QString> final = mWorkflow->replay(events, &error);
  QVERIFY2(final, qPrintable(error));
  QCOMPARE(*final, events.last().toState);
  QVERIFY(mWorkflow->state(*final)->terminal);
}

void TestCaseWorkflow::eventsCarryWhatHappened()
{
  CaseEvent request;
  request.caseId = QStringLiteral("3301062026030200042");
  request.action = QStringLiteral("dispatch");
  request.fromState = QStringLiteral("pending_dispatch");
  request.actorId = QStringLiteral("p-17");
  request.role = QStringLiteral("dispatcher");
  request.time = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600));
  request.note = QStringLiteral("派往区市政所");
  request.attachments = QStringList{"sha256:0a1b", "sha256:2c3d"};
  request.deadline = QDateTime(QDate(2026, 3, 2), QTime(17, 30), QTimeZone(8 * 3600));

  QString reason;
  const std::optional<CaseEvent> event = mWorkflow->apply(request, &reason);
  QVERIFY2(event, qPrintable(reason));
  QCOMPARE(event->toState, QStringLiteral("dispatched"));
  QCOMPARE(event->startsStep, QStringLiteral("handle"));
  QCOMPARE(event->stopsStep, QStringLiteral("dispatch"));
  QVERIFY(event->counters.isEmpty());
  QCOMPARE(event->time.timeSpec(), Qt::UTC);
  QCOMPARE(event->time, QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()));
  QCOMPARE(event->deadline->timeSpec(), Qt::UTC);
  QCOMPARE(*event->deadline, QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc()));
  QCOMPARE(event->note, request.note);
  QCOMPARE(event->attachments, request.attachments);
  QCOMPARE(event->actorId, request.actorId);
  QCOMPARE(event->caseId, request.caseId);

  // Urge (催办) stays in the state and counts; check_fail (返工) counts rework.
  request.fromState = QStringLiteral("dispatched");
  request.action = QStringLiteral("urge");
  request.deadline.reset();
  const std::optional<CaseEvent> urge = mWorkflow->apply(request, &reason);
  QVERIFY2(urge, qPrintable(reason));
  QCOMPARE(urge->toState, QStringLiteral("dispatched"));
  QCOMPARE(urge->counters, QStringList{"urge"});

  request.fromState = QStringLiteral("pending_check");
  request.action = QStringLiteral("check_fail");
  request.role = QStringLiteral("supervisor");
  const std::optional<CaseEvent> rework = mWorkflow->apply(request, &reason);
  QVERIFY2(rework, qPrintable(reason));
  QCOMPARE(rework->toState, QStringLiteral("dispatched"));
  QCOMPARE(rework->counters, QStringList{"rework"});
  QCOMPARE(rework->startsStep, QStringLiteral("handle"));
  QVERIFY(!rework->deadline);
}

void TestCaseWorkflow::applyRefuses_data()
{
  QTest::addColumn<QString>("caseId");
  QTest::addColumn<QString>("state");
  QTest::addColumn<QString>("action");
  QTest::addColumn<QString>("role");
  QTest::addColumn<QString>("actor");
  QTest::addColumn<QString>("note");
  QTest::addColumn<bool>("validTime");
  QTest::addColumn<bool>("withDeadline");
  QTest::addColumn<QString>("expected");

  const QString id = QStringLiteral("3301062026030200042");
  QTest::newRow("note missing") << id << "dispatched"
                                << "return"
                                << "department_handler"
                                << "p-3"
                                << "" << true << false << "A note is required to return.";
  QTest::newRow("note blank") << id << "pending_registration"
                              << "cancel"
                              << "shift_leader"
                              << "p-3"
                              << "  " << true << false << "A note is required to cancel.";
  QTest::newRow("deadline without a step")
      << id << "dispatched"
      << "urge"
      << "dispatcher"
      << "p-3"
      << "" << true << true << "The action \"urge\" starts no step, so the event cannot carry a deadline.";
  QTest::newRow("no time") << id << "pending_dispatch"
                           << "dispatch"
                           << "dispatcher"
                           << "p-3"
                           << "" << false << true << "The event has no valid time.";
  QTest::newRow("no actor") << id << "pending_dispatch"
                            << "dispatch"
                            << "dispatcher"
                            << ""
                            << "" << true << true << "The event does not say who acted.";
  QTest::newRow("no case") << ""
                           << "pending_dispatch"
                           << "dispatch"
                           << "dispatcher"
                           << "p-3"
                           << "" << true << true << "The event does not name its case.";
  QTest::newRow("role not allowed") << id << "pending_registration"
                                    << "register"
                                    << "dispatcher"
                                    << "p-3"
                                    << "" << true << true
                                    << "The dispatcher cannot register when the case is pending registration "
                                       "(allowed: shift leader, administrator).";
  QTest::newRow("action not possible here")
      << id << "closed"
      << "dispatch"
      << "dispatcher"
      << "p-3"
      << "" << true << true
      << "The dispatcher cannot dispatch when the case is closed (not possible in this state).";
  QTest::newRow("unknown state") << id << "archived"
                                 << "dispatch"
                                 << "dispatcher"
                                 << "p-3"
                                 << "" << true << true << "\"archived\" is not a state of the case workflow.";
  QTest::newRow("unknown action") << id << "dispatched"
                                  << "escalate"
                                  << "dispatcher"
                                  << "p-3"
                                  << "" << true << false
                                  << "\"escalate\" is not an action of the case workflow.";
  QTest::newRow("unknown role") << id << "dispatched"
                                << "urge"
                                << "mayor"
                                << "p-3"
                                << "" << true << false << "\"mayor\" is not a role of the case workflow.";
}

void TestCaseWorkflow::applyRefuses()
{
  QFETCH(QString, caseId);
  QFETCH(QString, state);
  QFETCH(QString, action);
  QFETCH(QString, role);
  QFETCH(QString, actor);
  QFETCH(QString, note);
  QFETCH(bool, validTime);
  QFETCH(bool, withDeadline);
  QFETCH(QString, expected);

  CaseEvent request;
  request.caseId = caseId;
  request.fromState = state;
  request.action = action;
  request.role = role;
  request.actorId = actor;
  request.note = note;
  if (validTime)
    request.time = start;
  if (withDeadline)
    request.deadline = start.addDays(1);

  QString reason;
  QVERIFY(!mWorkflow->apply(request, &reason));
  QCOMPARE(reason, expected);
}

void TestCaseWorkflow::replayRejects_data()
{
  QTest::addColumn<QString>("change");
  QTest::addColumn<int>("index");
  QTest::addColumn<QString>("expected");

  // The log being changed: toDispatch + handleAndClose (8 events, report … close).
  QTest::newRow("role not allowed")
      << "role dispatcher" << 2
      << "Event 3 (register): The dispatcher cannot register when the case is pending registration (allowed: "
         "shift leader, administrator).";
  QTest::newRow("step left out")
      << "remove" << 2
      << "Event 3 (dispatch): It starts from the state \"pending_dispatch\", but the "
         "case is pending registration at that point.";
  QTest::newRow("wrong outcome")
      << "toState cancelled" << 7
      << "Event 8 (close): It leads to the state \"cancelled\", but the workflow leads to "
         "closed.";
  QTest::newRow("action after closing")
      << "append urge" << 8
      << "Event 9 (urge): The dispatcher cannot urge when the case is closed (not possible in "
         "this state).";
  QTest::newRow("another case") << "caseId 3301062026030200043" << 4
                                << "Event 5 (feed back): It belongs to the case 3301062026030200043, not "
                                   "3301062026030200042.";
  QTest::newRow("out of order") << "earlier" << 5
                                << "Event 6 (send for check): It is dated before the event before it.";
  QTest::newRow("no time") << "no time" << 0 << "Event 1 (report): It has no valid time.";
  QTest::newRow("unknown action")
      << "action escalate" << 3 << "Event 4 (escalate): \"escalate\" is not an action of the case workflow.";
}

void TestCaseWorkflow::replayRejects()
{
  QFETCH(QString, change);
  QFETCH(int, index);
  QFETCH(QString, expected);

  QString error;
  QList<CaseEvent> events = buildEvents(toDispatch + handleAndClose, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(events.size(), 8);

  const QString what = change.section(QLatin1Char(' '), 0, 0);
  const QString value = change.section(QLatin1Char(' '), 1);
  if (what == QLatin1String("remove"))
  {
    events.removeAt(index);
  }
  else if (what == QLatin1String("append"))
  {
    CaseEvent extra = events.last();
    extra.action = value;
    extra.role = QStringLiteral("dispatcher");
    extra.fromState = extra.toState;
    extra.time = extra.time.addSecs(60);
    events.append(extra);
  }
  else
  {
    CaseEvent &event = events[index];
    if (what == QLatin1String("role"))
      event.role = value;
    else if (what == QLatin1String("toState"))
      event.toState = value;
    else if (what == QLatin1String("caseId"))
      event.caseId = value;
    else if (what == QLatin1String("action"))
      event.action = value;
    else if (what == QLatin1String("earlier"))
      event.time = events.at(index - 1).time.addSecs(-1);
    else if (what == QLatin1String("no"))
      event.time = QDateTime();
  }

  QVERIFY(!mWorkflow->replay(events, &error));
  QCOMPARE(error, expected);
}

void TestCaseWorkflow::namesFollowTheLocale()
{
  QString reason;
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
  QVERIFY(!mWorkflow->transition(QStringLiteral("pending_registration"), QStringLiteral("register"),
                                 QStringLiteral("dispatcher"), &reason));
  const QString chineseName = mWorkflow->state(QStringLiteral("pending_registration"))->name();
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

  QCOMPARE(chineseName, QStringLiteral("待立案"));
  for (const QString &name : {QStringLiteral("派遣员"), QStringLiteral("立案"), QStringLiteral("待立案"),
                              QStringLiteral("值班长"), QStringLiteral("系统管理员")})
    QVERIFY2(reason.contains(name), qPrintable(reason));
  QCOMPARE(mWorkflow->state(QStringLiteral("pending_registration"))->name(),
           QStringLiteral("pending registration"));

  // An empty log is a case not yet reported.
  QString error;
  QCOMPARE(mWorkflow->replay({}, &error), std::optional<QString>(QStringLiteral("new")));
}

void TestCaseWorkflow::refusesMalformedTables_data()
{
  QTest::addColumn<int>("file");
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<QString>("expected");

  enum
  {
    States,
    Actions,
    Roles,
    Transitions
  };

  QTest::newRow("unknown from_state")
      << int(Transitions)
      << miniTransitionsHeader + "new,report,supervisor,open,handle,,\nopne,urge,shift_leader,=,,,urge\n"
      << "case_transitions.csv, line 3, field \"from_state\": \"opne\" is not a state of case_states.csv.";
  QTest::newRow("unknown to_state")
      << int(Transitions) << miniTransitionsHeader + "new,report,supervisor,opened,,,\n"
      << "case_transitions.csv, line 2, field \"to_state\": \"opened\" is not a state";
  QTest::newRow("unknown action")
      << int(Transitions) << miniTransitionsHeader + "new,file,supervisor,open,,,\n"
      << "case_transitions.csv, line 2, field \"action\": \"file\" is not an action";
  QTest::newRow("unknown role") << int(Transitions)
                                << miniTransitionsHeader + "new,report,supervisor|citizen,open,,,\n"
                                << "case_transitions.csv, line 2, field \"roles\": \"citizen\" is not a role";
  QTest::newRow("no role") << int(Transitions) << miniTransitionsHeader + "new,report,,open,,,\n"
                           << "case_transitions.csv, line 2, field \"roles\": no role is given";
  QTest::newRow("role twice")
      << int(Transitions) << miniTransitionsHeader + "new,report,supervisor|supervisor,open,,,\n"
      << "case_transitions.csv, line 2, field \"roles\": the role \"supervisor\" is listed twice";
  QTest::newRow("unknown step")
      << int(Transitions) << miniTransitionsHeader + "new,report,supervisor,open,handling,,\n"
      << "case_transitions.csv, line 2, field \"starts_step\": \"handling\" is not a step";
  QTest::newRow("bad counter")
      << int(Transitions) << miniTransitionsHeader + "new,report,supervisor,open,,,Reports\n"
      << "case_transitions.csv, line 2, field \"counters\": \"Reports\" is not a counter";
  QTest::newRow("duplicate row") << int(Transitions)
                                 << miniTransitions + "# again\nopen,close,supervisor,closed,,handle,\n"
                                 << "case_transitions.csv, line 6, field \"action\": the state \"open\" "
                                    "already has a row for the action "
                                    "\"close\" on line 4.";
  QTest::newRow("leaves a terminal state")
      << int(Transitions) << miniTransitions + "closed,urge,shift_leader,=,,,\n"
      << "case_transitions.csv, line 5, field \"from_state\": \"closed\" is a terminal state";
  QTest::newRow("stops a step that is not running")
      << int(Transitions)
      << miniTransitionsHeader + "new,report,supervisor,open,handle,,\nopen,urge,shift_leader,=,,check,\n"
                                 "open,close,shift_leader,closed,,handle,\n"
      << "case_transitions.csv, line 3, field \"stops_step\": the step \"check\" is not running in the state "
         "\"open\" "
         "(the step \"handle\" is running).";
  QTest::newRow("starts a step over another")
      << int(Transitions)
      << miniTransitionsHeader + "new,report,supervisor,open,handle,,\nopen,urge,shift_leader,=,check,,\n"
                                 "open,close,shift_leader,closed,,handle,\n"
      << "case_transitions.csv, line 3, field \"starts_step\": the step \"check\" cannot start while "
         "\"handle\"";
  QTest::newRow("ends with a step running")
      << int(Transitions)
      << miniTransitionsHeader + "new,report,supervisor,open,handle,,\nopen,close,shift_leader,closed,,,\n"
      << "case_transitions.csv, line 3, field \"stops_step\": the case ends in \"closed\" with the step "
         "\"handle\"";
  QTest::newRow("a state reached with different steps")
      << int(Transitions)
      << miniTransitionsHeader + "new,report,supervisor,open,handle,,\nopen,urge,shift_leader,=,,handle,\n"
                                 "open,close,shift_leader,closed,,,\n"
      << "case_transitions.csv, line 3, field \"to_state\": this reaches the state \"open\" with no step "
         "running, "
         "but other rows reach it with the step \"handle\" running.";
  QTest::newRow("missing column in transitions")
      << int(Transitions) << QByteArray("from_state,action,to_state,starts_step,stops_step,counters\n")
      << "case_transitions.csv: the column \"roles\" is missing";
  QTest::newRow("missing column in states") << int(States) << QByteArray("code,name_zh,name_en,initial\n")
                                            << "case_states.csv: the column \"terminal\" is missing";
  QTest::newRow("missing column in actions") << int(Actions) << QByteArray("code,name_zh,name_en\n")
                                             << "case_actions.csv: the column \"note_required\" is missing";
  QTest::newRow("missing column in roles")
      << int(Roles) << QByteArray("code,name_en\n") << "roles.csv: the column \"name_zh\" is missing";
  QTest::newRow("bad flag")
      << int(States) << QByteArray(miniStates).replace("closed,no,yes", "closed,no,maybe")
      << "case_states.csv, line 4, field \"terminal\": \"maybe\" is neither yes nor no.";
  QTest::newRow("bad code") << int(States) << QByteArray(miniStates).replace("open,处置中", "Open,处置中")
                            << "case_states.csv, line 3, field \"code\": \"Open\" is not a code";
  QTest::newRow("duplicate state")
      << int(States) << miniStates + "open,处置中,open,no,no\n"
      << "case_states.csv, line 5, field \"code\": the code \"open\" is already used";
  QTest::newRow("empty name") << int(Roles) << QByteArray(miniRoles).replace("值班长", "")
                              << "roles.csv, line 3, field \"name_zh\": the name is empty.";
  QTest::newRow("two initial states")
      << int(States) << QByteArray(miniStates).replace("open,no,no", "open,yes,no")
      << "case_states.csv, line 3, field \"initial\": only one state can be initial";
  QTest::newRow("no initial state") << int(States)
                                    << QByteArray(miniStates).replace("reported,yes,no", "reported,no,no")
                                    << "case_states.csv: no state is marked initial.";
  QTest::newRow("state without a way out")
      << int(States) << QByteArray(miniStates).replace("closed,no,yes", "closed,no,no")
      << "case_states.csv, line 4, field \"terminal\": no action leads out of "
         "the state \"closed\"";
  QTest::newRow("unreachable state")
      << int(States) << miniStates + "archived,已归档,archived,no,yes\n"
      << "case_states.csv, line 5, field \"code\": no sequence of actions leads from "
         "the initial state \"new\" to \"archived\".";
}

void TestCaseWorkflow::refusesMalformedTables()
{
  QFETCH(int, file);
  QFETCH(QByteArray, content);
  QFETCH(QString, expected);

  QString error;
  QVERIFY2(loadMini(-1, QByteArray(), &error), qPrintable(error));
  QVERIFY(!loadMini(file, content, &error));
  QVERIFY2(error.startsWith(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "testcaseworkflow.moc"
