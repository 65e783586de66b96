#include "map/featurecard.h"

#include "cache/cachefile.h"
#include "cache/componentrepository.h"
#include "cache/storedtime.h"
#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/typecode.h"
#include "runtime/referencedata.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace
{
  QString escaped(const QString &text)
  {
    return text.toHtmlEscaped();
  }

  /** A stored UTC time as Beijing time, the time of the platform's users and of its reports. */
  QString shownTime(const QString &stored)
  {
    const QDateTime time = storedtime::parse(stored);
    return time.isValid() ? time.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
  }

  /** Builds a two-column table of the fields that have a value. */
  class Card
  {
    public:
      explicit Card(const QString &title)
      {
        mHtml = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(escaped(title));
      }
      void row(const QString &label, const QString &value)
      {
        if (!value.trimmed().isEmpty())
          mHtml += QStringLiteral("<tr><td style=\"color:#495057\">%1</td><td><b>%2</b></td></tr>")
                       .arg(escaped(label), escaped(value));
      }
      void raw(const QString &html)
      {
        mHtml += QStringLiteral("</table>") + html + QStringLiteral("<table cellpadding=\"3\">");
      }
      QString html() const { return mHtml + QStringLiteral("</table>"); }

    private:
      QString mHtml;
  };

  QString stateName(const std::optional<CaseWorkflow> &workflow, const QString &code)
  {
    const CaseState *state = workflow ? workflow->state(code) : nullptr;
    return state ? state->name() : code;
  }
} // namespace

bool FeatureCard::covers(const QString &table)
{
  return table == QLatin1String("component") || table == QLatin1String("grid_cell") ||
         table == QLatin1String("cases") || table == QLatin1String("open_case");
}

QString FeatureCard::html(const QString &cachePath, const QString &table, const QString &key, QString *error)
{
  std::unique_ptr<CacheFile> cache = CacheFile::open(cachePath, error);
  if (!cache)
    return QString();
  SqliteDatabase &database = cache->database();
  const ReferenceData reference;
  QString ignored;

  if (table == QLatin1String("component"))
  {
    SqliteStatement row = database.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.type_code, a.name, o.name, m.name, c.grid_code, c.state, c.initial_date, "
        "c.change_date, c.data_source, c.location_description, c.note, X(c.geom), Y(c.geom) FROM component c "
        "LEFT JOIN department a ON a.id = c.authority_department_id LEFT JOIN department o ON o.id = "
        "c.owner_department_id LEFT JOIN department m ON m.id = c.maintainer_department_id WHERE c.id = ?1"));
    row.bindText(1, key);
    if (!row.next())
    {
      *error = tr("There is no component %1.").arg(key);
      return QString();
    }
    const std::optional<Catalogue> catalogue = reference.catalogue(cache->catalogue(), &ignored);
    const std::optional<TypeCode> type = TypeCode::parse(row.text(2), &ignored);
    const CatalogueClass *kind = catalogue && type ? catalogue->find(ClassKind::Component, *type) : nullptr;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    Card card(tr("Component %1").arg(row.text(1)));
    card.row(tr("Component id (部件标识码)"), row.text(0));
    card.row(tr("Class"), kind ? QStringLiteral("%1 %2 · %3")
                                     .arg(row.text(2), chinese ? kind->name : kind->nameEn,
                                          chinese ? kind->bigClassName : kind->bigClassNameEn)
                               : row.text(2));
    card.row(tr("Authority (主管部门)"), row.text(3));
    card.row(tr("Owner (权属单位)"), row.text(4));
    card.row(tr("Maintainer (养护单位)"), row.text(5));
    card.row(tr("Grid cell"), row.text(6));
    card.row(tr("State"), ComponentRepository::stateName(row.text(7)));
    card.row(tr("In use since"), row.text(8));
    card.row(tr("Last changed"), row.text(9));
    card.row(tr("Data source"), row.text(10));
    card.row(tr("Location"), row.text(11));
    card.row(tr("Note"), row.text(12));
    card.row(tr("Coordinates"),
             QStringLiteral("%1, %2").arg(row.real(13), 0, 'f', 2).arg(row.real(14), 0, 'f', 2));
    return card.html();
  }

  if (table == QLatin1String("grid_cell"))
  {
    SqliteStatement row = database.prepare(QStringLiteral(
        "SELECT g.code, c.name, s.name, d.name, g.area_m2, p.name, p.phone, "
        "(SELECT count(*) FROM component WHERE grid_code = g.code), "
        "(SELECT count(*) FROM open_case WHERE grid_code = g.code), g.land_use FROM grid_cell g "
        "JOIN community c ON c.code = g.community_code JOIN street s ON s.code = c.street_code "
        "JOIN district d ON d.code = s.district_code LEFT JOIN person p ON p.id = g.supervisor_id WHERE "
        "g.code = ?1"));
    row.bindText(1, key);
    if (!row.next())
    {
      *error = tr("There is no grid cell %1.").arg(key);
      return QString();
    }
    Card card(tr("Unit grid cell %1").arg(row.text(0)));
    card.row(tr("Community"), row.text(1));
    card.row(tr("Street"), row.text(2));
    card.row(tr("District"), row.text(3));
    card.row(tr("Area"), tr("%1 m²").arg(QLocale().toString(row.real(4), 'f', 0)));
    card.row(tr("Supervisor (监督员)"),
             row.text(6).isEmpty() ? row.text(5) : QStringLiteral("%1 (%2)").arg(row.text(5), row.text(6)));
    card.row(tr("Land use"), row.text(9));
    card.row(tr("Components"), QString::number(row.int64(7)));
    card.row(tr("Open cases"), QString::number(row.int64(8)));
    return card.html();
  }

  // A case, from the cases table or the open ones the map draws.
  SqliteStatement row = database.prepare(QStringLiteral(
      "SELECT c.number, c.source, c.type_code, c.description, c.address, c.grid_code, c.component_id, "
      "c.state, "
      "d.name, c.reported_at, c.registered_at, c.dispatched_at, c.handled_at, c.closed_at, c.step_deadline, "
      "c.handle_deadline, c.id, c.class_kind FROM cases c LEFT JOIN department d ON d.id = c.department_id "
      "WHERE c.id = ?1"));
  row.bindText(1, key);
  if (!row.next())
  {
    *error = tr("There is no case %1.").arg(key);
    return QString();
  }
  const std::optional<CaseWorkflow> workflow = reference.workflow(&ignored);
  const std::optional<Catalogue> catalogue = reference.catalogue(cache->catalogue(), &ignored);
  const std::optional<TypeCode> type = TypeCode::parse(row.text(2), &ignored);
  const ClassKind classKind =
      row.text(17) == QLatin1String("component") ? ClassKind::Component : ClassKind::Matter;
  const CatalogueClass *kind = catalogue && type ? catalogue->find(classKind, *type) : nullptr;
  const bool chinese = QLocale().language() == QLocale::Chinese;
  Card card(tr("Case %1").arg(row.text(0)));
  card.row(tr("State"), stateName(workflow, row.text(7)));
  card.row(tr("Problem"), kind ? QStringLiteral("%1 %2").arg(row.text(2), chinese ? kind->name : kind->nameEn)
                               : row.text(2));
  card.row(tr("Description"), row.text(3));
  card.row(tr("Address"), row.text(4));
  card.row(tr("Grid cell"), row.text(5));
  card.row(tr("Component"), row.text(6));
  card.row(tr("Source"), row.text(1));
  card.row(tr("Department"), row.text(8));
  card.row(tr("Reported"), shownTime(row.text(9)));
  card.row(tr("Registered (立案)"), shownTime(row.text(10)));
  card.row(tr("Dispatched (派遣)"), shownTime(row.text(11)));
  card.row(tr("Handled"), shownTime(row.text(12)));
  card.row(tr("Closed (结案)"), shownTime(row.text(13)));
  card.row(tr("Current step due"), shownTime(row.text(14)));
  card.row(tr("Handling due"), shownTime(row.text(15)));

  // The timeline: every event, oldest first.
  SqliteStatement events = database.prepare(QStringLiteral(
      "SELECT e.happened_at, e.action, e.role, p.name, e.note FROM case_event e LEFT JOIN person p ON p.id = "
      "e.actor_id WHERE e.case_id = ?1 ORDER BY e.sequence"));
  events.bindText(1, row.text(16));
  QString timeline = QStringLiteral("<h4>%1</h4><table cellpadding=\"2\">").arg(tr("Timeline"));
  while (events.next())
  {
    const CaseAction *action = workflow ? workflow->action(events.text(1)) : nullptr;
    const CaseRole *role = nullptr;
    if (workflow)
    {
      for (const CaseRole &candidate : workflow->roles())
      {
        if (candidate.code == events.text(2))
          role = &candidate;
      }
    }
    timeline +=
        QStringLiteral(
            "<tr><td style=\"color:#495057\">%1</td><td><b>%2</b></td><td>%3 %4</td><td>%5</td></tr>")
            .arg(escaped(shownTime(events.text(0))), escaped(action ? action->name() : events.text(1)),
                 escaped(role ? role->name() : events.text(2)), escaped(events.text(3)),
                 escaped(events.text(4)));
  }
  card.raw(timeline + QStringLiteral("</table>"));
  return card.html();
}
