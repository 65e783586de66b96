#pragma once

#include <atomic>
#include <functional>

/**
 * Progress and cancellation of a long analysis, shared with the thread that runs it: the desktop's
 * task sets it cancelled, the analysis asks between steps and reports how far it is.
 */
class AnalysisFeedback
{
  public:
    /** Asks the analysis to stop at its next step; it then returns without a result. */
    void cancel() { mCanceled = true; }

    /** Whether cancel() was called. */
    bool isCanceled() const { return mCanceled; }

    /** Calls \a handler with the share done, 0–100, whenever the analysis finishes a step. */
    void setProgressHandler(std::function<void(double)> handler) { mProgressHandler = std::move(handler); }

    /** Reports that \a percent of the work is done. */
    void setProgress(double percent) const
    {
      if (mProgressHandler)
        mProgressHandler(percent);
    }

  private:
    std::atomic_bool mCanceled{false};
    std::function<void(double)> mProgressHandler;
};
