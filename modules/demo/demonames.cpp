#include "demo/demonames.h"

namespace
{
  const QList<QString> &stems()
  {
    static const QList<QString> list{
        QStringLiteral("文华"), QStringLiteral("明德"), QStringLiteral("安康"), QStringLiteral("兴业"),
        QStringLiteral("和平"), QStringLiteral("振兴"), QStringLiteral("光明"), QStringLiteral("长青"),
        QStringLiteral("新华"), QStringLiteral("丰收"), QStringLiteral("建设"), QStringLiteral("团结"),
        QStringLiteral("育才"), QStringLiteral("春晖"), QStringLiteral("秀水"), QStringLiteral("云栖"),
        QStringLiteral("梅林"), QStringLiteral("桂花"), QStringLiteral("荷塘"), QStringLiteral("柳岸"),
        QStringLiteral("翠竹"), QStringLiteral("松涛"), QStringLiteral("凤鸣"), QStringLiteral("锦绣"),
        QStringLiteral("书香"), QStringLiteral("兰亭"), QStringLiteral("曙光"), QStringLiteral("金沙"),
        QStringLiteral("银河"), QStringLiteral("天目"), QStringLiteral("青芝"), QStringLiteral("玉泉"),
        QStringLiteral("白鹭"), QStringLiteral("银杏"), QStringLiteral("海棠"), QStringLiteral("紫荆"),
        QStringLiteral("丹桂"), QStringLiteral("芳草"), QStringLiteral("景湖"), QStringLiteral("望江"),
        QStringLiteral("清波"), QStringLiteral("凯旋"), QStringLiteral("采荷"), QStringLiteral("朝阳"),
        QStringLiteral("东升"), QStringLiteral("西溪"), QStringLiteral("南湖"), QStringLiteral("北辰"),
        QStringLiteral("嘉禾"), QStringLiteral("瑞丰"), QStringLiteral("永宁"), QStringLiteral("同心"),
        QStringLiteral("康乐"), QStringLiteral("富春"), QStringLiteral("临江"), QStringLiteral("观澜"),
        QStringLiteral("星光"), QStringLiteral("鸿雁"), QStringLiteral("杏坛"), QStringLiteral("竹溪"),
        QStringLiteral("石桥"), QStringLiteral("半山"), QStringLiteral("湖墅"), QStringLiteral("德胜")};
    return list;
  }

  const QList<QString> &directions()
  {
    static const QList<QString> list{QStringLiteral("东"), QStringLiteral("西"), QStringLiteral("南"),
                                     QStringLiteral("北"), QStringLiteral("新"), QStringLiteral("中")};
    return list;
  }
} // namespace

QString DemoNames::unique(const QString &suffix)
{
  // After the plain stems run out, a direction keeps names distinct: 东文华路, 西文华路 …
  for (int attempt = 0;; ++attempt)
  {
    QString name = mRandom.pick(stems()) + suffix;
    if (attempt > 50)
      name = mRandom.pick(directions()) + name;
    if (attempt > 200)
      name = mRandom.pick(directions()) + mRandom.pick(stems()) + QString::number(attempt) + suffix;
    if (!mUsed.contains(name))
    {
      mUsed.insert(name);
      return name;
    }
  }
}

QString DemoNames::road(const QString &roadClass)
{
  if (roadClass == QLatin1String("arterial"))
    return unique(mRandom.chance(0.3) ? QStringLiteral("大道") : QStringLiteral("路"));
  if (roadClass == QLatin1String("secondary"))
    return unique(mRandom.chance(0.5) ? QStringLiteral("街") : QStringLiteral("路"));
  return unique(mRandom.chance(0.5) ? QStringLiteral("巷") : QStringLiteral("弄"));
}
