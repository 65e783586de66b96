#pragma once

#include <QString>

/**
 * Writes to the terminal in UTF-8 whatever the C locale says, so Chinese output survives LANG=C
 * on a server the same way it does on a workstation.
 */
namespace console
{
  void printOut(const QString &text);
  void printError(const QString &text);
} // namespace console
