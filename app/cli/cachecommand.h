#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * `xiuhua-cli cache init|info|check FILE`: create a cache, report what is in it, or verify it
 * (integrity, foreign keys, codes, geometries, case logs against the workflow).
 */
class CacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)

  public:
    static QString summary();
    static int run(const QStringList &arguments);

  private:
    static int init(const QString &path, const QStringList &arguments);
    static int info(const QString &path, bool json);
    static int check(const QString &path, bool json);
};
