#pragma once

#include "analysis/analysisfeedback.h"
#include "analysis/oneboxstatistics.h"
#include "analysis/studyarea.h"

#include <qgstaskmanager.h>

/**
 * Computes the one-box statistics of a study area as a QGIS task: in the background on its own
 * connection to the cache, with progress, and cancellable (the whole city takes seconds).
 */
class OneBoxTask : public QgsTask
{
    Q_OBJECT

  public:
    OneBoxTask(const QString &cachePath, const StudyArea &area);

    bool run() override;
    void cancel() override;

    /** The figures after success (clipped green plots included, for the map). */
    const std::optional<OneBoxFigures> &figures() const { return mFigures; }
    /** Why there are no figures; empty after success or a cancel. */
    QString errorMessage() const { return mError; }
    const StudyArea &area() const { return mArea; }

  private:
    QString mCachePath;
    StudyArea mArea;
    AnalysisFeedback mFeedback;
    std::optional<OneBoxFigures> mFigures;
    QString mError;
};
