#pragma once

#include <QList>
#include <QString>

#include <functional>

class SqliteDatabase;

/**
 * Numbered schema migrations. A new cache is created at the current version directly from
 * schema::tables(); a cache of an older version is brought up to date by running, in one
 * transaction, every migration above its version. A migration's SQL is frozen once released:
 * later changes are new migrations (and schema::tables() is updated to match).
 */
struct Migration
{
    int version = 0;     //!< the schema version the cache has after this migration
    QString description; //!< what it changes, for the log and `cache info`
    std::function<bool(SqliteDatabase &, QString *)> apply;
};

namespace migrations
{
  /** The schema version a new cache gets, and the highest this build can open. */
  int currentVersion();

  /** The migrations of this build, in version order (those above version 1). */
  const QList<Migration> &all();
} // namespace migrations
