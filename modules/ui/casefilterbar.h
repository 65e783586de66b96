#pragma once

#include "map/casefilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

/**
 * The toolbar's case filter: which period the shown cases were reported in (today, this week, this
 * month, custom dates) and which stage they are at. Applies itself to the map's case layers (the
 * cases and the heatmap) as their SQL filter.
 */
class CaseFilterBar : public QWidget
{
    Q_OBJECT

  public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    const CaseFilter &filter() const { return mFilter; }

    /** Chooses a period and a stage (index of stages()), as the user would. */
    void choose(CaseFilter::Period period, int stage);

    /** Sets the filter on every case layer of the current project. */
    void applyToLayers();

    /** The stages offered, with the states each covers (empty: every open state). */
    static QList<std::pair<QString, QStringList>> stages();

  private:
    void update();

    CaseFilter mFilter;
    QComboBox *mPeriod = nullptr;
    QDateEdit *mFrom = nullptr;
    QDateEdit *mTo = nullptr;
    QComboBox *mStage = nullptr;
};
