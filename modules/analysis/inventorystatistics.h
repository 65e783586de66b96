#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>

class AnalysisFeedback;
class ShapeClipper;
class SqliteDatabase;

/** Components (部件) inside a study area, by their location point. */
struct ComponentFigures
{
    int total = 0;
    std::map<QString, int> byState;                   //!< intact, damaged, missing, abandoned, removed
    std::map<QString, std::map<QString, int>> byType; //!< type code → state → count
};

/** Cases (案卷) reported inside a study area, and how they stand (domain.md §5.1). */
struct CaseFigures
{
    int total = 0;
    std::map<QString, int> byState;
    std::map<QString, int> byType; //!< "component 01037" / "matter 06010" → count

    int open = 0;       //!< neither closed nor cancelled
    int onTime = 0;     //!< open, more than the due-soon window before the step deadline
    int dueSoon = 0;    //!< open, within the due-soon window
    int overdue = 0;    //!< open, past the step deadline
    int noDeadline = 0; //!< open, in a step without a deadline (reported, awaiting acceptance…)

    int handled = 0;          //!< 处置数: handled (a handled_at)
    int handledOnTime = 0;    //!< 按期处置数: handled by the handling deadline
    int overdueUnhandled = 0; //!< 超期未处置数: not handled, the handling deadline passed
    int closed = 0;           //!< 结案数: closed after handling

    /** 应处置数 = 应结案数 = 处置数 + 超期未处置数 (S7, domain.md §5.1). */
    int dueToHandle() const { return handled + overdueUnhandled; }
    /** 结案率 = 结案数 / 应结案数; nothing when no case was due. */
    std::optional<double> closureRate() const;
    /** 按期处置率 = 按期处置数 / 应处置数; nothing when no case was due. */
    std::optional<double> onTimeHandlingRate() const;
};

/**
 * Counts the components and cases inside a study area from the cache, through the spatial index
 * and the exact shape.
 */
class InventoryStatistics
{
    Q_DECLARE_TR_FUNCTIONS(InventoryStatistics)

  public:
    /** The traffic light's amber window before a step deadline, as the case layer of the map draws it. */
    static constexpr qint64 dueSoonSeconds = 4 * 3600;

    explicit InventoryStatistics(SqliteDatabase &database);

    /** Components whose point lies inside \a shape (or on its boundary). */
    std::optional<ComponentFigures> components(const ShapeClipper &shape, const AnalysisFeedback *feedback,
                                               QString *error);

    /**
     * Cases located inside \a shape and reported in [\a from, \a to) (either may be invalid: no
     * bound), with deadlines judged at \a now.
     */
    std::optional<CaseFigures> cases(const ShapeClipper &shape, const QDateTime &from, const QDateTime &to,
                                     const QDateTime &now, const AnalysisFeedback *feedback, QString *error);

  private:
    SqliteDatabase &mDatabase;
};
