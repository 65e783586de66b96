#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `xiuhua-cli demo --scale tiny|district|city --seed N --out FILE`: writes the demo city into a new cache.
 */
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

  public:
    static QString summary();
    static int run(const QStringList &arguments);
};
