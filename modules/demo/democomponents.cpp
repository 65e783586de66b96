#include "demo/democomponents.h"

#include "cache/featurewriter.h"

#include "cache/cachefile.h"
#include "cache/componentrepository.h"
#include "demo/democitygenerator.h"
#include "demo/demoorganisation.h"
#include "demo/wkb.h"
#include "domain/cityconfiguration.h"

#include <QLineF>

namespace
{
  /** A component placed at regular distances along a road. */
  struct RoadsideRule
  {
      QString typeCode;
      QString name;
      double spacing; //!< metres between two
      double offset;  //!< from the centre line, as a share of half the road's width (0 = centre)
      bool bothSides;
      QStringList roadClasses;
  };

  const QList<RoadsideRule> &roadsideRules()
  {
    static const QStringList main{QStringLiteral("arterial"), QStringLiteral("secondary")};
    static const QStringList all{QStringLiteral("arterial"), QStringLiteral("secondary"),
                                 QStringLiteral("lane")};
    static const QList<RoadsideRule> rules{
        {QStringLiteral("01037"), QStringLiteral("路灯"), 35.0, 0.9, true, all},
        {QStringLiteral("01001"), QStringLiteral("供水井盖"), 90.0, 0.3, false, main},
        {QStringLiteral("01002"), QStringLiteral("污水井盖"), 60.0, 0.1, false, all},
        {QStringLiteral("01003"), QStringLiteral("雨水井盖"), 60.0, -0.2, false, main},
        {QStringLiteral("01004"), QStringLiteral("雨水箅子"), 30.0, 0.7, true, main},
        {QStringLiteral("01005"), QStringLiteral("电力井盖"), 120.0, -0.5, false, main},
        {QStringLiteral("01007"), QStringLiteral("通信井盖"), 120.0, 0.5, false, main},
        {QStringLiteral("01011"), QStringLiteral("燃气井盖"), 150.0, -0.4, false, main},
        {QStringLiteral("01013"), QStringLiteral("消防栓"), 120.0, 0.85, false, main},
        {QStringLiteral("03005"), QStringLiteral("垃圾箱"), 70.0, 0.88, true, main},
        {QStringLiteral("02004"), QStringLiteral("公交站"), 400.0, 0.8, true, {QStringLiteral("arterial")}},
        {QStringLiteral("02010"), QStringLiteral("交通标志牌"), 200.0, 0.92, true, main},
    };
    return rules;
  }
} // namespace

DemoComponents::DemoComponents(CacheFile &cache, DemoRandom &random, const DemoLayout &layout,
                               const CityConfiguration &city, const DemoOrganisation &organisation)
    : mCache(cache)
    , mRandom(random)
    , mLayout(layout)
    , mCity(city)
    , mOrganisation(organisation)
    , mRepository(cache)
{}

bool DemoComponents::write(const QList<DemoRoad> &roads, QString *error)
{
  // Every component is new: one bulk load (hundreds of thousands at the city scale).
  BulkLoad load(mCache, QStringLiteral("component"));
  return load.start(error) && alongRoads(roads, error) && inSuperblocks(error) && load.finish(error);
}

bool DemoComponents::place(const QString &typeCode, const QString &name, const QPointF &location,
                           const QString &where, QString *error)
{
  QString detail;
  const QString id = DemoCityGenerator::districtCode() + typeCode +
                     QStringLiteral("%1").arg(++mSerials[typeCode], 6, 10, QLatin1Char('0'));
  ComponentRecord component;
  component.id = *ComponentId::parse(id, &detail);
  component.name = name;
  const std::optional<ClassSettings> settings =
      mCity.settingsFor(ClassKind::Component, component.id.typeCode());
  const QString department = settings ? mOrganisation.departmentOfType(settings->departmentType) : QString();
  component.authorityDepartmentId = department;
  component.ownerDepartmentId = department;
  component.maintainerDepartmentId = department;
  const double state = mRandom.uniform();
  component.state = state < 0.92   ? QStringLiteral("intact")
                    : state < 0.98 ? QStringLiteral("damaged")
                                   : QStringLiteral("missing");
  component.initialDate = QDate(2018, 1, 1).addDays(mRandom.integer(0, 2500));
  component.dataSource = QStringLiteral("实测");
  component.locationDescription = where;
  component.locationWkb = wkb::point(location);
  // Components on the district's outer edge may lie just outside every cell: they keep no cell.
  return mRepository.save(component, error);
}

bool DemoComponents::alongRoads(const QList<DemoRoad> &roads, QString *error)
{
  for (const DemoRoad &road : roads)
  {
    for (const RoadsideRule &rule : roadsideRules())
    {
      if (!rule.roadClasses.contains(road.roadClass))
        continue;
      double carried = mRandom.uniform(0.0, rule.spacing);
      for (int k = 0; k + 1 < road.line.size(); ++k)
      {
        const QPointF from = road.line.at(k);
        const QPointF to = road.line.at(k + 1);
        const double length = QLineF(from, to).length();
        const QPointF normal = QPointF(-(to.y() - from.y()), to.x() - from.x()) / length;
        for (double along = carried; along < length; along += rule.spacing)
        {
          const QPointF point = from + (to - from) * (along / length);
          for (double side : rule.bothSides ? QList<double>{1.0, -1.0} : QList<double>{1.0})
          {
            const QPointF location = point + normal * (side * rule.offset * road.width / 2.0);
            if (!place(rule.typeCode, road.name + rule.name, location, road.name, error))
              return false;
          }
          carried = along + rule.spacing - length;
        }
      }
    }
  }
  // Traffic lights at the junctions of arterials.
  for (int j = 1; j < mLayout.superblocks(); ++j)
  {
    for (int i = 1; i < mLayout.superblocks(); ++i)
    {
      if (i != mLayout.riverColumn() && !place(QStringLiteral("02014"), QStringLiteral("交通信号灯"),
                                               mLayout.node(i, j) + QPointF(15, 15), tr("junction"), error))
        return false;
    }
  }
  return true;
}

bool DemoComponents::inSuperblocks(QString *error)
{
  for (int j = 0; j < mLayout.superblocks(); ++j)
  {
    for (int i = 0; i < mLayout.superblocks(); ++i)
    {
      const DemoLayout::LandUse use = mLayout.landUse(i, j);
      if (use == DemoLayout::LandUse::OldTown && !inAlleys(i, j, error))
        return false;
      if ((use == DemoLayout::LandUse::Park || use == DemoLayout::LandUse::Commercial) &&
          !place(QStringLiteral("03001"), QStringLiteral("公共厕所"), mLayout.at(i, j, 0.62, 0.12), QString(),
                 error))
        return false;
      if (use != DemoLayout::LandUse::Park)
        continue;
      for (int bench = 0; bench < 12; ++bench)
      {
        if (!place(QStringLiteral("04007"), QStringLiteral("公园座椅"),
                   mLayout.at(i, j, mRandom.uniform(0.1, 0.4), mRandom.uniform(0.1, 0.9)), QString(), error))
          return false;
      }
      if (mRandom.chance(0.5) &&
          !place(QStringLiteral("04001"), QStringLiteral("古樟树"),
                 mLayout.at(i, j, mRandom.uniform(0.6, 0.9), mRandom.uniform(0.6, 0.9)), QString(), error))
        return false;
    }
  }
  return true;
}

bool DemoComponents::inAlleys(int i, int j, QString *error)
{
  // Old-town alleys run between the rows of houses (DemoCityGenerator's 14 × 14 lattice per
  // quarter): poles, lamps and covers stand along them, and bins at many corners.
  struct AlleyItem
  {
      const char *typeCode;
      const char *name;
  };
  static const AlleyItem cycle[] = {{"01030", "电力立杆"},
                                    {"01037", "路灯"},
                                    {"01002", "污水井盖"},
                                    {"01031", "通信立杆"},
                                    {"01018", "化粪池井盖"}};
  constexpr int housesPerSide = DemoLayout::oldTownHousesPerSide;
  constexpr double pitch = DemoLayout::oldTownPitch;
  int next = 0;
  for (int quarter = 0; quarter < 4; ++quarter)
  {
    const double u0 = (quarter % 2) * 0.5;
    const double v0 = (quarter / 2) * 0.5;
    for (int alley = 1; alley < housesPerSide; ++alley)
    {
      const double t = 0.14 + alley * pitch - 0.002;
      for (int column = 0; column < housesPerSide; ++column)
      {
        const double s = 0.14 + (column + 0.5) * pitch;
        const AlleyItem &item = cycle[next++ % std::size(cycle)];
        const QString where = tr("alley");
        if (!place(QString::fromLatin1(item.typeCode), QString::fromUtf8(item.name),
                   mLayout.at(i, j, u0 + 0.5 * s, v0 + 0.5 * t), where, error))
          return false;
        if (mRandom.chance(0.35) &&
            !place(QStringLiteral("03005"), QStringLiteral("垃圾箱"),
                   mLayout.at(i, j, u0 + 0.5 * (s + 0.3 * pitch), v0 + 0.5 * t), where, error))
          return false;
      }
    }
  }
  return true;
}
