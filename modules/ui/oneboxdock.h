#pragma once

#include "analysis/oneboxreport.h"
#include "domain/caseworkflow.h"
#include "domain/catalogue.h"
#include "domain/greenclasses.h"

#include <QDockWidget>
#include <QPointer>

class OneBoxTask;
class QgsMapCanvas;
class QgsRubberBand;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

/**
 * The result panel of the one-box statistics: computes the figures of each area the user finishes
 * (in the background, cancellable), lists them by section with the denominator and CRS they use,
 * highlights the area and its clipped green space on the map, and exports them to CSV/XLSX or the
 * clipboard.
 */
class OneBoxDock : public QDockWidget
{
    Q_OBJECT

  public:
    OneBoxDock(QgsMapCanvas *canvas, QWidget *parent = nullptr);
    ~OneBoxDock() override;

    /**
     * The cache statistics are taken from: its CRS, and the names of its classes and states, are read
     * here once, not for every result.
     */
    void setCachePath(const QString &path);

    /** The EPSG code of the cache's CRS, 0 while none is open. */
    int cacheSrid() const { return mSrid; }

    /** Starts computing the figures of \a area, cancelling any computation still running. */
    void compute(const StudyArea &area);

    /** Shows \a message in place of figures. */
    void showMessage(const QString &message);

    /** The report shown, or null. */
    const OneBoxReport *report() const { return mReport.get(); }

    /** Writes the figures to \a path (.csv or .xlsx); false with \a error. */
    bool exportTo(const QString &path, QString *error) const;

  signals:
    /** New figures are shown. */
    void figuresShown();

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void setSummary(const QString &text);
    /** Gives the summary the height its wrapped text needs: a dock's layout does not ask its label. */
    void fitSummary();
    void showFigures(const OneBoxFigures &figures);
    void highlight(const StudyArea &area, const QByteArray &greenWkb);
    void exportDialog();
    void copyToClipboard();

    QgsMapCanvas *mCanvas = nullptr;
    QString mCachePath;
    int mSrid = 0;
    std::optional<GreenClasses> mGreenClasses;
    std::optional<Catalogue> mCatalogue;
    std::optional<CaseWorkflow> mWorkflow;
    QLabel *mSummary = nullptr;
    QProgressBar *mProgress = nullptr;
    QPushButton *mCancel = nullptr;
    QPushButton *mExport = nullptr;
    QPushButton *mCopy = nullptr;
    QTreeWidget *mTable = nullptr;
    QPointer<QgsRubberBand> mAreaBand; //!< owned by the canvas, which may go first
    QPointer<QgsRubberBand> mGreenBand;
    QPointer<OneBoxTask> mTask;
    std::unique_ptr<OneBoxReport> mReport;
};
