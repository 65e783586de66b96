#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * `xiuhua-cli import SOURCE --mapping MAPPING --into FILE`: imports any GDAL vector source into a cache
 * by a mapping file (or a shipped one by name: osm, gb47678-components).
 */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

  public:
    static QString summary();
    static int run(const QStringList &arguments);
};
