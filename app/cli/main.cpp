#include "cachecommand.h"
#include "console.h"
#include "democommand.h"
#include "exitcodes.h"
#include "gridcommand.h"
#include "importcommand.h"
#include "inspectcommand.h"
#include "statscommand.h"

#include "runtime/language.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace
{
  struct Command
  {
      std::function<QString()> summary;
      std::function<int(const QStringList &)> run;
  };

  const std::map<QString, Command> &commands()
  {
    static const std::map<QString, Command> table{
        {QStringLiteral("cache"), {&CacheCommand::summary, &CacheCommand::run}},
        {QStringLiteral("demo"), {&DemoCommand::summary, &DemoCommand::run}},
        {QStringLiteral("grid"), {&GridCommand::summary, &GridCommand::run}},
        {QStringLiteral("import"), {&ImportCommand::summary, &ImportCommand::run}},
        {QStringLiteral("inspect"), {&InspectCommand::summary, &InspectCommand::run}},
        {QStringLiteral("stats"), {&StatsCommand::summary, &StatsCommand::run}},
    };
    return table;
  }

  QString usage()
  {
    QString text =
        QCoreApplication::translate("main", "Usage: xiuhua-cli [--lang zh_CN|en] COMMAND [options]\n\n"
                                            "Commands:\n");
    for (const auto &[name, command] : commands())
      text += QStringLiteral("  %1  %2\n").arg(name, -10).arg(command.summary());
    text +=
        QCoreApplication::translate("main", "\nRun xiuhua-cli COMMAND --help for the options of a command.");
    return text;
  }

  /** \a arguments without --lang and its value, which apply to every command alike. */
  QStringList withoutLanguageOption(const QStringList &arguments)
  {
    QStringList result;
    for (int i = 0; i < arguments.size(); ++i)
    {
      if (arguments.at(i) == QLatin1String("--lang"))
        ++i;
      else if (!arguments.at(i).startsWith(QLatin1String("--lang=")))
        result.append(arguments.at(i));
    }
    return result;
  }

  /** The position of the command name: the first argument that is not an option. */
  int commandIndex(const QStringList &arguments)
  {
    for (int i = 1; i < arguments.size(); ++i)
    {
      if (!arguments.at(i).startsWith(QLatin1Char('-')))
        return i;
    }
    return -1;
  }
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("Xiuhua"));
  QCoreApplication::setApplicationName(QStringLiteral("xiuhua"));
  QCoreApplication::setApplicationVersion(QStringLiteral(XIUHUA_VERSION));

  QString error;
  if (!Language::setUp(QCoreApplication::arguments(), &error))
  {
    console::printError(error);
    return exitcodes::usage;
  }

  const QStringList arguments = withoutLanguageOption(QCoreApplication::arguments());
  const int index = commandIndex(arguments);
  if (index < 0)
  {
    const bool askedForHelp =
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (arguments.contains(QStringLiteral("--version")))
    {
      console::printOut(QStringLiteral("xiuhua-cli %1").arg(QCoreApplication::applicationVersion()));
      return exitcodes::success;
    }
    (askedForHelp ? console::printOut : console::printError)(usage());
    return askedForHelp ? exitcodes::success : exitcodes::usage;
  }

  const auto command = commands().find(arguments.at(index));
  if (command == commands().end())
  {
    console::printError(
        QCoreApplication::translate("main", "Unknown command \"%1\".").arg(arguments.at(index)) +
        QLatin1Char('\n') + usage());
    return exitcodes::usage;
  }
  // Each command parses its own options; it sees its name first, as QCommandLineParser expects.
  QStringList commandArguments = arguments.mid(index);
  commandArguments[0] = QStringLiteral("xiuhua-cli ") + arguments.at(index);
  return command->second.run(commandArguments);
}
