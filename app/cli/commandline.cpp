#include "commandline.h"

#include "console.h"
#include "exitcodes.h"

#include <QCommandLineParser>

namespace commandline
{
  std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
  {
    if (!parser.parse(arguments))
    {
      console::printError(parser.errorText());
      return exitcodes::usage;
    }
    if (parser.isSet(QStringLiteral("help")))
    {
      console::printOut(parser.helpText());
      return exitcodes::success;
    }
    return std::nullopt;
  }
} // namespace commandline
