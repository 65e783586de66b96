#pragma once

#include "cache/schema.h"

#include <QStringList>

/**
 * The SQL of the triggers that make every change to a journaled table append to the journal in the
 * same transaction, and keep the row's version. Triggers rather than SQLite's session extension:
 * they also catch writes that do not go through Xiuhua's code (QGIS editing the layer directly) and
 * need no changeset bookkeeping at commit time.
 */
namespace journaltriggers
{
  /** CREATE TRIGGER statements for \a table (insert, update, delete). */
  QStringList createStatements(const schema::Table &table);
} // namespace journaltriggers
