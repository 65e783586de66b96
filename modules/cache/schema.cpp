#include "cache/schema.h"

#include <QRegularExpression>

namespace schema
{
  namespace
  {
    // Every journaled table carries row_version: the number of the row's last change, compared by
    // sync to detect conflicts. The journal triggers maintain it.
    const QString rowVersion = QStringLiteral(", row_version INTEGER NOT NULL DEFAULT 1");

    QList<Table> makeTables()
    {
      QList<Table> result{
          {QStringLiteral("district"),
           QStringLiteral("code"),
           QStringLiteral("code TEXT PRIMARY KEY CHECK (length(code) = 6), name TEXT NOT NULL") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("street"),
           QStringLiteral("code"),
           QStringLiteral("code TEXT PRIMARY KEY CHECK (length(code) = 9), "
                          "district_code TEXT NOT NULL REFERENCES district(code), name TEXT NOT NULL") +
               rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("community"),
           QStringLiteral("code"),
           QStringLiteral("code TEXT PRIMARY KEY CHECK (length(code) = 12), "
                          "street_code TEXT NOT NULL REFERENCES street(code), name TEXT NOT NULL") +
               rowVersion +
               // The resident population (常住人口) from the census or the community's own register;
               // added by migration 3, hence last.
               QStringLiteral(", population INTEGER CHECK (population >= 0)"),
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("department"),
           QStringLiteral("id"),
           QStringLiteral(
               "id TEXT PRIMARY KEY, name TEXT NOT NULL, department_type TEXT NOT NULL, "
               "parent_id TEXT REFERENCES department(id), street_code TEXT REFERENCES street(code), "
               "credit_code TEXT, phone TEXT") +
               rowVersion,
           {}},
          {QStringLiteral("person"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                          "department_id TEXT REFERENCES department(id), phone TEXT, "
                          "active INTEGER NOT NULL DEFAULT 1") +
               rowVersion,
           {}},
          {QStringLiteral("person_role"),
           QStringLiteral("id"),
           QStringLiteral(
               "id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE, "
               "role TEXT NOT NULL") +
               rowVersion + QStringLiteral(", UNIQUE (person_id, role)"),
           {}},
          {QStringLiteral("grid_cell"),
           QStringLiteral("code"),
           QStringLiteral("code TEXT PRIMARY KEY CHECK (length(code) = 15), "
                          "community_code TEXT NOT NULL REFERENCES community(code), "
                          "area_m2 REAL NOT NULL, land_use TEXT, management_level TEXT, "
                          "supervisor_id TEXT REFERENCES person(id), valid_from TEXT, valid_to TEXT") +
               rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("routing_rule"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, class_kind TEXT NOT NULL, type_code TEXT NOT NULL, "
                          "area_code TEXT NOT NULL, department_id TEXT NOT NULL REFERENCES department(id), "
                          "priority INTEGER NOT NULL DEFAULT 0") +
               rowVersion,
           {}},
          {QStringLiteral("component"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY CHECK (length(id) IN (16, 17)), type_code TEXT NOT NULL, "
                          "name TEXT NOT NULL, authority_department_id TEXT REFERENCES department(id), "
                          "owner_department_id TEXT REFERENCES department(id), "
                          "maintainer_department_id TEXT REFERENCES department(id), "
                          "grid_code TEXT REFERENCES grid_cell(code), "
                          "state TEXT NOT NULL DEFAULT 'intact' "
                          "CHECK (state IN ('intact', 'damaged', 'missing', 'abandoned', 'removed')), "
                          "initial_date TEXT, change_date TEXT, data_source TEXT, location_description TEXT, "
                          "note TEXT") +
               rowVersion,
           // The location is a point for every component; lines and areas (guard rails, green
           // plots) also keep their shape.
           {{QStringLiteral("geom"), QStringLiteral("POINT")},
            {QStringLiteral("shape"), QStringLiteral("GEOMETRY"), false}}},
          {QStringLiteral("cases"),
           QStringLiteral("id"),
           QStringLiteral(
               "id TEXT PRIMARY KEY, number TEXT UNIQUE, source TEXT NOT NULL, "
               "class_kind TEXT NOT NULL, type_code TEXT NOT NULL, description TEXT, address TEXT, "
               "grid_code TEXT REFERENCES grid_cell(code), component_id TEXT REFERENCES component(id), "
               "state TEXT NOT NULL, department_id TEXT REFERENCES department(id), "
               "reported_at TEXT NOT NULL, registered_at TEXT, dispatched_at TEXT, handled_at TEXT, "
               "closed_at TEXT, current_step TEXT, step_deadline TEXT, handle_deadline TEXT, "
               "checked_at TEXT, "
               // One column per counter of the workflow's transition table: <counter>_count.
               "rework_count INTEGER NOT NULL DEFAULT 0, return_count INTEGER NOT NULL DEFAULT 0, "
               "reassignment_count INTEGER NOT NULL DEFAULT 0, postponement_count INTEGER NOT NULL DEFAULT "
               "0, "
               "hang_count INTEGER NOT NULL DEFAULT 0, urge_count INTEGER NOT NULL DEFAULT 0, "
               "supervision_count INTEGER NOT NULL DEFAULT 0, unsatisfied_callback_count INTEGER NOT NULL "
               "DEFAULT 0") +
               rowVersion,
           // A hotline report may arrive without coordinates, before it is located.
           {{QStringLiteral("geom"), QStringLiteral("POINT"), false}}},
          // The cases not yet closed or cancelled, kept by triggers on cases: what the live map and the
          // wall draw. A city-wide view of a million cases would otherwise list them all through the
          // R*Tree to show the few thousand open ones. Derived, so not journaled.
          {QStringLiteral("open_case"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, number TEXT, state TEXT NOT NULL, reported_at TEXT NOT NULL, "
                          "step_deadline TEXT, type_code TEXT, grid_code TEXT"),
           {{QStringLiteral("geom"), QStringLiteral("POINT"), false}},
           false},
          {QStringLiteral("case_event"),
           QStringLiteral("id"),
           QStringLiteral(
               "id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), "
               "sequence INTEGER NOT NULL, action TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL, "
               "actor_id TEXT, role TEXT NOT NULL, happened_at TEXT NOT NULL, note TEXT, "
               "starts_step TEXT, stops_step TEXT, deadline TEXT, counters TEXT") +
               rowVersion + QStringLiteral(", UNIQUE (case_id, sequence)"),
           {}},
          {QStringLiteral("attachment"),
           QStringLiteral("hash"),
           QStringLiteral("hash TEXT PRIMARY KEY CHECK (length(hash) = 64), media_type TEXT NOT NULL, "
                          "size INTEGER NOT NULL, original_name TEXT, created_at TEXT NOT NULL") +
               rowVersion,
           {}},
          {QStringLiteral("case_event_attachment"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES case_event(id), "
                          "attachment_hash TEXT NOT NULL REFERENCES attachment(hash)") +
               rowVersion + QStringLiteral(", UNIQUE (event_id, attachment_hash)"),
           {}},
          // The 1:1000 basemap.
          {QStringLiteral("building"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT, floors INTEGER, usage TEXT") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("road"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT, road_class TEXT, width_m REAL") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTILINESTRING")}}},
          {QStringLiteral("road_surface"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, road_id TEXT, surface TEXT") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("block"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("water"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT, water_kind TEXT") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("green_space"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT, green_class TEXT NOT NULL") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("tree_canopy"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("MULTIPOLYGON")}}},
          {QStringLiteral("place_label"),
           QStringLiteral("id"),
           QStringLiteral("id TEXT PRIMARY KEY, name TEXT NOT NULL, label_kind TEXT") + rowVersion,
           {{QStringLiteral("geom"), QStringLiteral("POINT")}}},
      };

      // Sync bookkeeping is local state, never itself synchronised.
      result.append({QStringLiteral("journal"),
                     QStringLiteral("id"),
                     QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
                                    "row_key TEXT NOT NULL, operation TEXT NOT NULL "
                                    "CHECK (operation IN ('insert', 'update', 'delete')), "
                                    "changed_columns TEXT NOT NULL, row_version INTEGER NOT NULL, "
                                    "client_change_id TEXT NOT NULL UNIQUE, changed_at TEXT NOT NULL"),
                     {},
                     false});
      result.append(
          {QStringLiteral("journal_control"),
           QStringLiteral("id"),
           QStringLiteral("id INTEGER PRIMARY KEY CHECK (id = 1), suppressed INTEGER NOT NULL DEFAULT 0"),
           {},
           false});
      result.append({QStringLiteral("sync_state"),
                     QStringLiteral("store"),
                     QStringLiteral("store TEXT PRIMARY KEY, watermark INTEGER NOT NULL DEFAULT 0, "
                                    "last_pull_at TEXT, last_push_at TEXT"),
                     {},
                     false});
      result.append({QStringLiteral("conflict"),
                     QStringLiteral("id"),
                     QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
                                    "row_key TEXT NOT NULL, local_version INTEGER, remote_version INTEGER, "
                                    "local_row TEXT, remote_row TEXT, detected_at TEXT NOT NULL, "
                                    "resolved_at TEXT, resolution TEXT"),
                     {},
                     false});
      result.append({QStringLiteral("metadata"),
                     QStringLiteral("key"),
                     QStringLiteral("key TEXT PRIMARY KEY, value TEXT NOT NULL"),
                     {},
                     false});
      return result;
    }
  } // namespace

  QStringList openCaseTriggers()
  {
    const QString open = QStringLiteral("NEW.state NOT IN ('closed', 'cancelled')");
    const QString insert = QStringLiteral("INSERT INTO open_case (id, number, state, reported_at, "
                                          "step_deadline, type_code, grid_code, geom) "
                                          "SELECT NEW.id, NEW.number, NEW.state, NEW.reported_at, "
                                          "NEW.step_deadline, NEW.type_code, NEW.grid_code, "
                                          "NEW.geom WHERE %1;")
                               .arg(open);
    return {QStringLiteral("CREATE TRIGGER open_case_insert AFTER INSERT ON cases BEGIN %1 END").arg(insert),
            QStringLiteral("CREATE TRIGGER open_case_update AFTER UPDATE OF number, state, reported_at, "
                           "step_deadline, type_code, grid_code, geom ON cases BEGIN "
                           "DELETE FROM open_case WHERE id = OLD.id; %1 END")
                .arg(insert),
            QStringLiteral("CREATE TRIGGER open_case_delete AFTER DELETE ON cases BEGIN "
                           "DELETE FROM open_case WHERE id = OLD.id; END")};
  }

  const QList<Table> &tables()
  {
    static const QList<Table> all = makeTables();
    return all;
  }

  const Table *table(const QString &name)
  {
    for (const Table &candidate : tables())
    {
      if (candidate.name == name)
        return &candidate;
    }
    return nullptr;
  }

  QStringList columnNames(const Table &table)
  {
    // Column definitions are separated by commas at nesting depth 0; constraints (UNIQUE, CHECK,
    // PRIMARY KEY (...)) are not columns.
    QStringList names;
    int depth = 0;
    QString current;
    const QString sql = table.columnsSql + QLatin1Char(',');
    for (const QChar c : sql)
    {
      if (c == QLatin1Char('('))
        ++depth;
      else if (c == QLatin1Char(')'))
        --depth;
      if (c == QLatin1Char(',') && depth == 0)
      {
        const QString first = current.trimmed().section(QLatin1Char(' '), 0, 0);
        static const QRegularExpression constraint(
            QStringLiteral("^(UNIQUE|CHECK|PRIMARY|FOREIGN|CONSTRAINT)$"));
        if (!first.isEmpty() && !constraint.match(first).hasMatch())
          names.append(first);
        current.clear();
      }
      else
      {
        current.append(c);
      }
    }
    return names;
  }
} // namespace schema
