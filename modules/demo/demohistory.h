#pragma once

#include "demo/demolayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

class AreaRepository;
class CacheFile;
class CaseHistoryWriter;
class CaseRepository;
class CaseWorkflow;
class CityConfiguration;
class DemoOrganisation;
class WorkCalendar;

/**
 * Months of case history up to "now", made by driving every case through the real workflow: a
 * realistic mix of matter and component classes, clustered around markets, schools and building
 * sites, with a daily and weekly rhythm and fewer reports on holidays; handling times drawn against
 * each class's time limit so that some cases run overdue (and are urged), and some are reworked,
 * returned and reassigned, postponed, hung or cancelled. Cases whose next step lies after "now"
 * stay open where they are, and every open state is made sure to occur.
 */
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

  public:
    /** Everything the simulation reads. */
    struct Context
    {
        CacheFile &cache;
        DemoRandom &random;
        const DemoLayout &layout;
        const CaseWorkflow &workflow;
        const WorkCalendar &calendar;
        const CityConfiguration &city;
        const DemoOrganisation &organisation;
    };

    DemoHistory(const Context &context, const QDateTime &now, int months, double reportsPerWorkingDay);

    /** Told the share of the history written so far, 0 to 1. */
    void setProgress(std::function<void(double share)> progress) { mProgress = std::move(progress); }

    /** Writes the cases and their events. */
    bool write(QString *error);

    /** How many cases were written. */
    int caseCount() const { return mCases; }

  private:
    bool simulateDays(QString *error);
    bool simulateCase(const QDateTime &reported, QString *error);
    QString departmentFor(const QString &classKind, const QString &typeCode, const QString &gridCode);
    bool coverEveryOpenState(QString *error);
    QDateTime later(const QDateTime &from, double minimumMinutes, double maximumMinutes);
    QString actor(const QString &role, const QString &department = QString());

    Context mContext;
    QDateTime mNow;
    int mMonths = 1;
    double mReportsPerDay = 10;
    int mCases = 0;
    int mDrawn = 0; //!< cases drawn, including those that fell outside the district
    std::function<void(double share)> mProgress;
    QList<QPointF> mHotspots;
    QList<std::pair<QString, QPointF>> mComponents; //!< id and location
    QHash<QString, QString> mRouting;               //!< department by class kind, type code and cell
    CaseHistoryWriter *mWriter = nullptr;           //!< while write() runs
    AreaRepository *mAreas = nullptr;               //!< while write() runs
};
