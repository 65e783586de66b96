#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * `xiuhua-cli stats --into FILE --wkt|--bbox|--grid …`: the one-box statistics (一框统计) of an area,
 * the same figures the desktop's panel shows, as a table, JSON or a CSV/XLSX file.
 */
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

  public:
    static QString summary();
    static int run(const QStringList &arguments);
};
