#pragma once

#include <algorithm>
#include <vector>

/** The times of a benchmark's iterations, in milliseconds, and their min, median and max. */
struct Timing
{
    std::vector<double> milliseconds;

    double median() const
    {
      std::vector<double> sorted = milliseconds;
      std::sort(sorted.begin(), sorted.end());
      return sorted.empty() ? 0 : sorted[sorted.size() / 2];
    }
    double min() const { return *std::min_element(milliseconds.begin(), milliseconds.end()); }
    double max() const { return *std::max_element(milliseconds.begin(), milliseconds.end()); }
};
