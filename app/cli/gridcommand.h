#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * `xiuhua-cli grid build --into FILE`: draws the unit grid of a city that has none yet from the
 * roads and water in its cache.
 */
class GridCommand
{
    Q_DECLARE_TR_FUNCTIONS(GridCommand)

  public:
    static QString summary();
    static int run(const QStringList &arguments);
};
