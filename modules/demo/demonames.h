#pragma once

#include "demo/demorandom.h"

#include <QSet>
#include <QString>

/** Plausible Chinese place names for the demo city, never the same name twice. */
class DemoNames
{
  public:
    explicit DemoNames(DemoRandom &random)
        : mRandom(random)
    {}

    /** e.g. 文晖街道 */
    QString street() { return unique(QStringLiteral("街道")); }
    /** e.g. 翠苑社区 */
    QString community() { return unique(QStringLiteral("社区")); }
    /** A road name for \a roadClass: arterial 大道/路, secondary 路/街, lane 巷/弄. */
    QString road(const QString &roadClass);
    /** e.g. 荷塘公园 */
    QString park() { return unique(QStringLiteral("公园")); }
    /** e.g. 明德小学 */
    QString school() { return unique(QStringLiteral("小学")); }

  private:
    QString unique(const QString &suffix);

    DemoRandom &mRandom;
    QSet<QString> mUsed;
};
