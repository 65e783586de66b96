#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

/** What every command does with its command line before its own work. */
namespace commandline
{
  /**
   * Parses \a arguments with \a parser. Returns the exit code when the command is done already: the
   * options were wrong (the error is printed) or --help was asked for (the help is printed).
   */
  std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
} // namespace commandline
