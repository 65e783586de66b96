#include "cache/journaltriggers.h"

namespace journaltriggers
{
  namespace
  {
    const QString notSuppressed = QStringLiteral("(SELECT suppressed FROM journal_control WHERE id = 1) = 0");
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString newChangeId = QStringLiteral("lower(hex(randomblob(16)))");

    QString journalInsert(const QString &table, const QString &key, const QString &operation,
                          const QString &changedColumns, const QString &version)
    {
      return QStringLiteral(
                 "INSERT INTO journal (table_name, row_key, operation, changed_columns, row_version, "
                 "client_change_id, changed_at) VALUES ('%1', %2, '%3', %4, %5, %6, %7);")
          .arg(table, key, operation, changedColumns, version, newChangeId, now);
    }
  } // namespace

  QStringList journaledColumns(const schema::Table &table)
  {
    QStringList columns = schema::columnNames(table);
    columns.removeAll(QStringLiteral("row_version"));
    for (const schema::Geometry &geometry : table.geometries)
      columns.append(geometry.column);
    return columns;
  }

  QString journalInsertedRowsStatement(const schema::Table &table)
  {
    return QStringLiteral(
               "WITH load(prefix) AS MATERIALIZED (SELECT lower(hex(randomblob(8)))) "
               "INSERT INTO journal (table_name, row_key, operation, changed_columns, row_version, "
               "client_change_id, changed_at) SELECT '%1', \"%2\", 'insert', '%3', row_version, "
               "load.prefix || printf('%016x', \"%1\".rowid), %4 FROM \"%1\", load WHERE \"%1\".rowid > ?1 "
               "ORDER BY \"%1\".rowid")
        .arg(table.name, table.keyColumn, journaledColumns(table).join(QLatin1Char(',')), now);
  }

  QStringList createStatements(const schema::Table &table)
  {
    const QStringList allColumns = journaledColumns(table);

    // The update trigger lists the columns whose value changed.
    QStringList changedTests;
    for (const QString &column : std::as_const(allColumns))
      changedTests.append(
          QStringLiteral("CASE WHEN OLD.\"%1\" IS NOT NEW.\"%1\" THEN ',%1' ELSE '' END").arg(column));
    const QString changed = QStringLiteral("substr(%1, 2)").arg(changedTests.join(QStringLiteral(" || ")));

    const QString &name = table.name;
    const QString &key = table.keyColumn;
    return {
        QStringLiteral("CREATE TRIGGER journal_%1_insert AFTER INSERT ON \"%1\" WHEN %2 BEGIN %3 END")
            .arg(name, notSuppressed,
                 journalInsert(name, QStringLiteral("NEW.\"%1\"").arg(key), QStringLiteral("insert"),
                               QStringLiteral("'%1'").arg(allColumns.join(QLatin1Char(','))),
                               QStringLiteral("NEW.row_version"))),
        // A writer never sets row_version itself: this trigger records the change and bumps the
        // version, and its own UPDATE (which changes row_version) does not fire it again.
        QStringLiteral("CREATE TRIGGER journal_%1_update AFTER UPDATE ON \"%1\" "
                       "WHEN NEW.row_version = OLD.row_version AND %2 BEGIN %3 "
                       "UPDATE \"%1\" SET row_version = OLD.row_version + 1 WHERE \"%4\" = NEW.\"%4\"; END")
            .arg(name, notSuppressed,
                 journalInsert(name, QStringLiteral("NEW.\"%1\"").arg(key), QStringLiteral("update"), changed,
                               QStringLiteral("OLD.row_version + 1")),
                 key),
        QStringLiteral("CREATE TRIGGER journal_%1_delete AFTER DELETE ON \"%1\" WHEN %2 BEGIN %3 END")
            .arg(name, notSuppressed,
                 journalInsert(name, QStringLiteral("OLD.\"%1\"").arg(key), QStringLiteral("delete"),
                               QStringLiteral("''"), QStringLiteral("OLD.row_version"))),
    };
  }
} // namespace journaltriggers
