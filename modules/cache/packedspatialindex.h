#pragma once

#include <QCoreApplication>
#include <QString>

class SqliteDatabase;

/**
 * Builds a SpatiaLite spatial index (an SQLite R*Tree) in one pass by Sort-Tile-Recursive packing,
 * writing its node, rowid and parent tables directly, instead of inserting the features one by one
 * as CreateSpatialIndex() does. Packing is about ten times faster for a big table and gives fuller,
 * less overlapping nodes, so later queries read fewer pages. The tree is an ordinary SQLite R*Tree
 * afterwards: SQLite's own code keeps it up to date on every later change, and rtreecheck() accepts
 * it (tested). Coordinates are rounded to single precision exactly as SQLite rounds them, outward.
 */
namespace packedspatialindex
{
  /**
   * Replaces the content of the spatial index of \a table's \a geometryColumn with a packed tree of
   * every non-null geometry of the table. The index must exist ("idx_<table>_<column>"); it is
   * dropped and created again with the same definition. Run inside a transaction; false with \a error
   * naming the table otherwise.
   */
  bool rebuild(SqliteDatabase &database, const QString &table, const QString &geometryColumn, QString *error);
} // namespace packedspatialindex
