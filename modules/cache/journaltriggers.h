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

  /** The columns an insert into \a table is journaled with: every column but row_version, geometries last. */
  QStringList journaledColumns(const schema::Table &table);

  /**
   * An INSERT … SELECT that journals, as the insert trigger would, every row of \a table whose rowid
   * is above the bound parameter ?1: the journal of a bulk load, written as one set. Its client
   * change ids are 16 random hex digits drawn once for the load, then the rowid in 16 hex digits:
   * unique like the triggers' random ids, but ascending, so that the unique index on them grows by
   * appending instead of by 200,000 random insertions.
   */
  QString journalInsertedRowsStatement(const schema::Table &table);
} // namespace journaltriggers
