#pragma once

#include <QString>

/**
 * Where the program's own data lives. The build tree mirrors the installed tree (bin/ beside
 * share/xiuhua/), so the same lookup works for a build, an installed package and the tests.
 */
namespace datapaths
{
  /** share/xiuhua, found relative to the running executable. */
  QString dataDirectory();

  /** share/xiuhua/translations, holding xiuhua_<language>.qm. */
  QString translationsDirectory();
} // namespace datapaths
