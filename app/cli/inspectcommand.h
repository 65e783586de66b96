#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `xiuhua-cli inspect FILE [--json]`: describes any GDAL vector or raster source. */
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

  public:
    /** One line for the list of commands. */
    static QString summary();

    /** Runs with \a arguments (the command name first); returns the process exit code. */
    static int run(const QStringList &arguments);
};
