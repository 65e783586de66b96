#pragma once

#include <QList>
#include <QString>

#include <optional>

class CacheFile;

/** What `xiuhua-cli cache info` reports about a cache: its settings, contents and sync backlog. */
struct CacheSummary
{
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Extent
    {
        double xMinimum = 0;
        double yMinimum = 0;
        double xMaximum = 0;
        double yMaximum = 0;
    };

    QString path;
    int schemaVersion = 0;
    QString catalogue;
    int srid = 0;
    QString crsName;
    QString cityName;
    QString createdAt;
    QList<TableCount> counts;     //!< every table of the schema, in schema order
    std::optional<Extent> extent; //!< of all spatial data; none for an empty cache
    qint64 pendingChanges = 0;    //!< journal entries not yet pushed
    qint64 openConflicts = 0;     //!< conflicts waiting for a person to decide

    /** Reads the summary of \a cache. Spatial extents come from the spatial indexes, so this is quick. */
    static CacheSummary of(CacheFile &cache);
};
