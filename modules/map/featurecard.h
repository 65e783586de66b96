#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * The card the identify tool shows for a thing of the cache, as HTML: a component's full record
 * (the attributes of GB/T 47678.5 Table 2, departments by name), a grid cell (code, community,
 * street, area, responsible supervisor, its components and open cases), a case (what, where, where
 * it stands, its deadlines) with its timeline of events.
 */
class FeatureCard
{
    Q_DECLARE_TR_FUNCTIONS(FeatureCard)

  public:
    /** Whether there is a card for rows of \a table. */
    static bool covers(const QString &table);

    /**
     * The card of the row with key \a key of \a table ("component", "grid_cell", "cases" or
     * "open_case") in the cache at \a cachePath; empty with \a error when there is none.
     */
    static QString html(const QString &cachePath, const QString &table, const QString &key, QString *error);
};
