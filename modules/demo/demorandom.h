#pragma once

#include <QList>

#include <cstdint>
#include <random>

/**
 * The demo city's random numbers: the same seed gives the same city on every machine, because only
 * the engine's raw output (fixed by the C++ standard) is used, never the library's distributions.
 */
class DemoRandom
{
  public:
    explicit DemoRandom(std::uint64_t seed)
        : mEngine(seed)
    {}

    /** Uniform in [0, 1). */
    double uniform() { return static_cast<double>(mEngine() >> 11) * (1.0 / 9007199254740992.0); }

    /** Uniform in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /** Uniform integer in [low, high]. */
    int integer(int low, int high) { return low + static_cast<int>(uniform() * (high - low + 1)); }

    /** True with probability \a p. */
    bool chance(double p) { return uniform() < p; }

    /** An element of \a items. */
    template <typename T>
    const T &pick(const QList<T> &items)
    {
      return items.at(integer(0, static_cast<int>(items.size()) - 1));
    }

  private:
    std::mt19937_64 mEngine;
};
