#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * The tables of the cache as data: columns, key, geometry and whether local changes to the table
 * are journaled for sync. Migrations create them; the journal triggers and `cache info` are
 * generated from this list, so a new table is one entry here.
 */
namespace schema
{
  /** A table's geometry column, stored as SpatiaLite geometry in the cache's CRS. */
  struct Geometry
  {
      QString column;
      QString type; //!< SpatiaLite type: POINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRY
      bool required =
          true; //!< NOT NULL: a row without it (or with one that does not fit the type) is refused
  };

  struct Table
  {
      QString name;
      QString keyColumn;  //!< the column that identifies a row to the central store
      QString columnsSql; //!< column definitions and constraints, without the geometry column
      QList<Geometry> geometries;
      bool journaled = true; //!< local changes are recorded for sync
  };

  /** Every table of the current schema version, parents before children. */
  const QList<Table> &tables();

  /** The table called \a name, or nullptr. */
  const Table *table(const QString &name);

  /** The triggers that keep open_case equal to the cases not closed or cancelled. */
  QStringList openCaseTriggers();

  /** The names of \a table's columns, without the geometry columns, in declaration order. */
  QStringList columnNames(const Table &table);
} // namespace schema
