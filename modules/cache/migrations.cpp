#include "cache/migrations.h"

namespace migrations
{
  int currentVersion()
  {
    return all().isEmpty() ? 1 : all().last().version;
  }

  const QList<Migration> &all()
  {
    // Version 1 is the first released schema; nothing to migrate from yet.
    static const QList<Migration> list;
    return list;
  }
} // namespace migrations
