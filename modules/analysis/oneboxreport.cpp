#include "analysis/oneboxreport.h"

#include "cache/componentrepository.h"
#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/greenclasses.h"

#include <QJsonArray>
#include <QLocale>

namespace
{
  bool chinese()
  {
    return QLocale().language() == QLocale::Chinese;
  }

  QJsonValue optionalNumber(const std::optional<double> &value)
  {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
  }

  QJsonObject counts(const std::map<QString, int> &values)
  {
    QJsonObject object;
    for (const auto &[key, count] : values)
      object.insert(key, count);
    return object;
  }

  QJsonArray touchedJson(const std::vector<TouchedArea> &areas)
  {
    QJsonArray array;
    for (const TouchedArea &area : areas)
    {
      QJsonObject object{{QStringLiteral("code"), area.code},
                         {QStringLiteral("whole"), area.whole},
                         {QStringLiteral("area_m2"), area.area},
                         {QStringLiteral("area_inside_m2"), area.areaInside}};
      if (!area.name.isEmpty())
        object.insert(QStringLiteral("name"), area.name);
      if (area.population)
        object.insert(QStringLiteral("population"), static_cast<double>(*area.population));
      array.append(object);
    }
    return array;
  }
} // namespace

OneBoxReport::OneBoxReport(const OneBoxFigures &figures, const GreenClasses &greenClasses,
                           const Catalogue *catalogue, const CaseWorkflow *workflow)
{
  addStudyArea(figures);
  addGreen(figures, greenClasses);
  addComponents(figures, catalogue);
  addCases(figures, catalogue, workflow);
  addTouched(figures);
}

QStringList OneBoxReport::header()
{
  return {tr("Section"), tr("Item"), tr("Value"), tr("Unit"), tr("Note")};
}

void OneBoxReport::add(const QString &section, const QString &item, const QVariant &value,
                       const QString &unit, const QString &note)
{
  mRows.append({section, item, value, unit, note});
}

void OneBoxReport::addStudyArea(const OneBoxFigures &figures)
{
  const QString section = tr("Study area");
  add(section, tr("Shape"), QVariant(), QString(), figures.areaDescription);
  add(section, tr("Area A(B)"), figures.area, tr("m²"),
      tr("%1 hm²; the denominator of every ratio below")
          .arg(QLocale().toString(figures.area / 10000, 'f', 4)));
  add(section, tr("Coordinate system"), QVariant(), QString(),
      tr("EPSG:%1 %2; areas are planar, measured in this projected CRS")
          .arg(figures.srid)
          .arg(figures.crsName));
  add(section, tr("Denominator"), QVariant(), QString(),
      tr("the area of the shape, A(B); official ratios are taken against the built-up area (建成区); over a "
         "drawn area they describe that area "
         "only"));
  add(section, tr("Computed at"), QVariant(), QString(),
      tr("%1; deadlines are judged at this time").arg(figures.computedAt.toString(Qt::ISODate)));
  add(section, tr("Data"), QVariant(), QString(), figures.cachePath);
}

void OneBoxReport::addGreen(const OneBoxFigures &figures, const GreenClasses &greenClasses)
{
  const QString section = tr("Green space");
  const GreenFigures &green = figures.green;
  const auto className = [&](const GreenClass *green) {
    return green ? (chinese() ? green->nameZh : green->nameEn) : QString();
  };
  for (const QString &category : greenClasses.categories())
  {
    const auto found = green.areaByCategory.find(category);
    add(section, QStringLiteral("%1 %2").arg(category, className(greenClasses.category(category))),
        found == green.areaByCategory.end() ? 0.0 : found->second, tr("m²"),
        tr("clipped to the area; CJJ/T 85-2017 major class"));
  }
  for (const auto &[code, area] : green.areaByClass)
  {
    const GreenClass *greenClass = greenClasses.find(code);
    add(section,
        QStringLiteral("  %1 %2").arg(code, greenClass && greenClass->code == code ? className(greenClass)
                                                                                   : QString()),
        area, tr("m²"),
        greenClass ? tr("in %1").arg(greenClass->category) : tr("not a CJJ/T 85 class: counted in no ratio"));
  }
  add(section, tr("Green space (G1+G2+G3+XG)"), green.greenRatioArea, tr("m²"),
      tr("union of the plots inside; regional green (EG) lies outside construction land and is not counted"));
  add(section, tr("Green space including EG"), green.allGreenArea, tr("m²"));
  add(section, tr("Green-space ratio (绿地率)"), figures.greenSpaceRatio() * 100, QStringLiteral("%"),
      tr("(G1+G2+G3+XG) ∩ B / A(B)"));
  add(section, tr("Vegetation cover"), green.vegetationArea, tr("m²"),
      tr("union of %n tree crowns and the green plots: no ground counted twice", nullptr, green.canopyCount));
  add(section, tr("Green-coverage ratio (绿化覆盖率)"), figures.greenCoverageRatio() * 100,
      QStringLiteral("%"), tr("(crowns ∪ green plots) ∩ B / A(B)"));
  add(section, tr("Park green space (G1)"), green.parkArea, tr("m²"));
  const std::optional<double> people = figures.touched.population();
  if (people)
  {
    add(section, tr("Residents (estimate)"), *people, tr("persons"),
        tr("community populations weighted by the share of each community inside"));
    const std::optional<double> perCapita = figures.parkAreaPerCapita();
    add(section, tr("Park green space per capita (人均公园绿地面积)"),
        perCapita ? QVariant(*perCapita) : QVariant(), tr("m²/person"),
        perCapita ? QString() : tr("no residents inside"));
  }
  else
  {
    add(section, tr("Park green space per capita (人均公园绿地面积)"), QVariant(), tr("m²/person"),
        tr("no population figures for the communities inside"));
  }
  const std::optional<double> coverage = figures.parkServiceCoverage();
  add(section, tr("Park service-radius coverage"), coverage ? QVariant(*coverage * 100) : QVariant(),
      QStringLiteral("%"),
      coverage ? tr("residential footprint within 500 m of a park ≥ 5,000 m² or 300 m of one ≥ 2,000 m² "
                    "(%n parks reach in)",
                    nullptr, green.servingParks)
               : tr("no residential buildings inside"));
  if (green.residentialArea > 0)
    add(section, tr("Residential footprint"), green.residentialArea, tr("m²"),
        tr("%1 m² of it within a park's reach").arg(QLocale().toString(green.residentialServed, 'f', 2)));
  if (green.plotOverlap > 1e-6 * figures.area)
    add(section, tr("Overlapping green plots"), green.plotOverlap, tr("m²"),
        tr("the data gives this ground to two plots; the class figures count it in each, the totals once"));
  if (green.repairedGeometries > 0)
    add(section, tr("Repaired geometries"), green.repairedGeometries, QString(),
        tr("invalid plots, crowns or buildings were made valid before measuring"));
  if (!green.unknownClasses.isEmpty())
    add(section, tr("Unknown green classes"), static_cast<int>(green.unknownClasses.size()), QString(),
        tr("%1: not in CJJ/T 85-2017, counted in no ratio")
            .arg(green.unknownClasses.join(QStringLiteral(", "))));
}

void OneBoxReport::addComponents(const OneBoxFigures &figures, const Catalogue *catalogue)
{
  const QString section = tr("Components");
  const ComponentFigures &components = figures.components;
  add(section, tr("Components"), components.total, tr("items"), tr("by their location point"));
  for (const auto &[state, count] : components.byState)
    add(section, QStringLiteral("  %1").arg(ComponentRepository::stateName(state)), count, tr("items"));
  for (const auto &[code, states] : components.byType)
  {
    QString ignored;
    const std::optional<TypeCode> type = TypeCode::parse(code, &ignored);
    const CatalogueClass *known = catalogue && type ? catalogue->find(ClassKind::Component, *type) : nullptr;
    int total = 0;
    QStringList breakdown;
    for (const auto &[state, count] : states)
    {
      total += count;
      breakdown.append(QStringLiteral("%1 %2").arg(ComponentRepository::stateName(state)).arg(count));
    }
    add(section,
        QStringLiteral("%1 %2").arg(code, known ? (chinese() ? known->name : known->nameEn) : QString()),
        total, tr("items"), breakdown.join(QStringLiteral(", ")));
  }
}

void OneBoxReport::addCases(const OneBoxFigures &figures, const Catalogue *catalogue,
                            const CaseWorkflow *workflow)
{
  const QString section = tr("Cases");
  const CaseFigures &cases = figures.cases;
  const QString period =
      figures.casesFrom.isValid() || figures.casesTo.isValid()
          ? tr("reported from %1 to before %2")
                .arg(figures.casesFrom.isValid() ? figures.casesFrom.toString(Qt::ISODate) : tr("the first"),
                     figures.casesTo.isValid() ? figures.casesTo.toString(Qt::ISODate) : tr("now"))
          : tr("all reported cases");
  add(section, tr("Cases"), cases.total, tr("cases"), period);
  for (const auto &[state, count] : cases.byState)
  {
    const CaseState *known = workflow ? workflow->state(state) : nullptr;
    add(section, QStringLiteral("  %1").arg(known ? known->name() : state), count, tr("cases"));
  }
  add(section, tr("Open"), cases.open, tr("cases"), tr("neither closed nor cancelled"));
  add(section, tr("  on time"), cases.onTime, tr("cases"));
  add(section, tr("  due soon"), cases.dueSoon, tr("cases"), tr("less than 4 hours to the step deadline"));
  add(section, tr("  overdue"), cases.overdue, tr("cases"), tr("past the step deadline"));
  add(section, tr("  without deadline"), cases.noDeadline, tr("cases"), tr("in a step without a time limit"));
  add(section, tr("Handled (处置数)"), cases.handled, tr("cases"));
  add(section, tr("Handled on time (按期处置数)"), cases.handledOnTime, tr("cases"));
  add(section, tr("Overdue, not handled (超期未处置数)"), cases.overdueUnhandled, tr("cases"));
  add(section, tr("Due to close (应结案数)"), cases.dueToHandle(), tr("cases"),
      tr("handled + overdue not handled"));
  add(section, tr("Closed (结案数)"), cases.closed, tr("cases"));
  const std::optional<double> closure = cases.closureRate();
  add(section, tr("Closure rate (结案率)"), closure ? QVariant(*closure * 100) : QVariant(),
      QStringLiteral("%"), closure ? tr("结案数 / 应结案数") : tr("no case was due"));
  const std::optional<double> onTime = cases.onTimeHandlingRate();
  add(section, tr("On-time handling rate (按期处置率)"), onTime ? QVariant(*onTime * 100) : QVariant(),
      QStringLiteral("%"), onTime ? tr("按期处置数 / 应处置数") : tr("no case was due"));
  for (const auto &[key, count] : cases.byType)
  {
    const QString kindName = key.section(QLatin1Char(' '), 0, 0);
    const QString code = key.section(QLatin1Char(' '), 1);
    QString ignored;
    const std::optional<TypeCode> type = TypeCode::parse(code, &ignored);
    const std::optional<ClassKind> kind = Catalogue::kindFromName(kindName);
    const CatalogueClass *known = catalogue && type && kind ? catalogue->find(*kind, *type) : nullptr;
    add(section,
        QStringLiteral("  %1 %2").arg(code, known ? (chinese() ? known->name : known->nameEn) : kindName),
        count, tr("cases"));
  }
}

void OneBoxReport::addTouched(const OneBoxFigures &figures)
{
  const QString section = tr("Areas touched");
  const auto addLevel = [&](const QString &title, const std::vector<TouchedArea> &areas) {
    int whole = 0;
    for (const TouchedArea &area : areas)
      whole += area.whole ? 1 : 0;
    add(section, title, static_cast<int>(areas.size()), QString(),
        tr("%1 wholly inside, %2 partly").arg(whole).arg(static_cast<int>(areas.size()) - whole));
    for (const TouchedArea &area : areas)
      add(section, QStringLiteral("  %1").arg((area.code + QLatin1Char(' ') + area.name).trimmed()),
          area.areaInside, tr("m²"),
          area.whole
              ? tr("wholly inside")
              : tr("partly: %1% of it").arg(QLocale().toString(100 * area.areaInside / area.area, 'f', 1)));
  };
  addLevel(tr("Streets"), figures.touched.streets);
  addLevel(tr("Communities"), figures.touched.communities);
  addLevel(tr("Grid cells"), figures.touched.gridCells);
}

QList<QVariantList> OneBoxReport::table() const
{
  QList<QVariantList> result;
  for (const Row &row : mRows)
    result.append({row.section, row.item, row.value, row.unit, row.note});
  return result;
}

QString OneBoxReport::formatValue(const QVariant &value)
{
  if (!value.isValid() || value.isNull())
    return QString();
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
  const int type = value.metaType().id();
#else
  const int type = value.userType();
#endif
  if (type == QMetaType::Int || type == QMetaType::LongLong)
    return QLocale().toString(value.toLongLong());
  if (type == QMetaType::Double)
    return QLocale().toString(value.toDouble(), 'f', 2);
  return value.toString();
}

QString OneBoxReport::toTabSeparated() const
{
  QStringList lines{header().join(QLatin1Char('\t'))};
  for (const Row &row : mRows)
  {
    const QVariant &value = row.value;
    const QString plain = value.userType() == QMetaType::Double
                              ? QString::number(value.toDouble(), 'f', 4)
                              : (value.isValid() ? value.toString() : QString());
    lines.append(
        QStringList{row.section, row.item.trimmed(), plain, row.unit, row.note}.join(QLatin1Char('\t')));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject OneBoxReport::toJson(const OneBoxFigures &figures)
{
  const GreenFigures &green = figures.green;
  QJsonObject byClass;
  for (const auto &[code, area] : green.areaByClass)
    byClass.insert(code, area);
  QJsonObject byCategory;
  for (const auto &[category, area] : green.areaByCategory)
    byCategory.insert(category, area);
  QJsonObject componentTypes;
  for (const auto &[code, states] : figures.components.byType)
    componentTypes.insert(code, counts(states));
  const CaseFigures &cases = figures.cases;
  const std::optional<double> people = figures.touched.population();
  return {
      {QStringLiteral("area"),
       QJsonObject{{QStringLiteral("description"), figures.areaDescription},
                   {QStringLiteral("area_m2"), figures.area},
                   {QStringLiteral("srid"), figures.srid},
                   {QStringLiteral("crs"), figures.crsName},
                   {QStringLiteral("cache"), figures.cachePath},
                   {QStringLiteral("computed_at"), figures.computedAt.toString(Qt::ISODate)},
                   {QStringLiteral("denominator"), QStringLiteral("drawn area")}}},
      {QStringLiteral("green"),
       QJsonObject{{QStringLiteral("area_by_class_m2"), byClass},
                   {QStringLiteral("area_by_category_m2"), byCategory},
                   {QStringLiteral("green_space_m2"), green.greenRatioArea},
                   {QStringLiteral("green_space_including_eg_m2"), green.allGreenArea},
                   {QStringLiteral("green_space_ratio"), figures.greenSpaceRatio()},
                   {QStringLiteral("vegetation_m2"), green.vegetationArea},
                   {QStringLiteral("green_coverage_ratio"), figures.greenCoverageRatio()},
                   {QStringLiteral("park_m2"), green.parkArea},
                   {QStringLiteral("population"), optionalNumber(people)},
                   {QStringLiteral("park_m2_per_capita"), optionalNumber(figures.parkAreaPerCapita())},
                   {QStringLiteral("residential_m2"), green.residentialArea},
                   {QStringLiteral("residential_served_m2"), green.residentialServed},
                   {QStringLiteral("park_service_coverage"), optionalNumber(figures.parkServiceCoverage())},
                   {QStringLiteral("serving_parks"), green.servingParks},
                   {QStringLiteral("plots"), green.plotCount},
                   {QStringLiteral("crowns"), green.canopyCount},
                   {QStringLiteral("plot_overlap_m2"), green.plotOverlap},
                   {QStringLiteral("repaired_geometries"), green.repairedGeometries},
                   {QStringLiteral("unknown_classes"), QJsonArray::fromStringList(green.unknownClasses)}}},
      {QStringLiteral("components"),
       QJsonObject{{QStringLiteral("total"), figures.components.total},
                   {QStringLiteral("by_state"), counts(figures.components.byState)},
                   {QStringLiteral("by_type"), componentTypes}}},
      {QStringLiteral("cases"),
       QJsonObject{{QStringLiteral("total"), cases.total},
                   {QStringLiteral("by_state"), counts(cases.byState)},
                   {QStringLiteral("by_type"), counts(cases.byType)},
                   {QStringLiteral("open"), cases.open},
                   {QStringLiteral("on_time"), cases.onTime},
                   {QStringLiteral("due_soon"), cases.dueSoon},
                   {QStringLiteral("overdue"), cases.overdue},
                   {QStringLiteral("no_deadline"), cases.noDeadline},
                   {QStringLiteral("handled"), cases.handled},
                   {QStringLiteral("handled_on_time"), cases.handledOnTime},
                   {QStringLiteral("overdue_unhandled"), cases.overdueUnhandled},
                   {QStringLiteral("due_to_close"), cases.dueToHandle()},
                   {QStringLiteral("closed"), cases.closed},
                   {QStringLiteral("closure_rate"), optionalNumber(cases.closureRate())},
                   {QStringLiteral("on_time_handling_rate"), optionalNumber(cases.onTimeHandlingRate())}}},
      {QStringLiteral("touched"),
       QJsonObject{{QStringLiteral("grid_cells"), touchedJson(figures.touched.gridCells)},
                   {QStringLiteral("communities"), touchedJson(figures.touched.communities)},
                   {QStringLiteral("streets"), touchedJson(figures.touched.streets)}}}};
}
