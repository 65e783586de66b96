#pragma once

/** An axis-aligned rectangle in the cache CRS. */
struct Envelope
{
    double xmin = 0;
    double ymin = 0;
    double xmax = 0;
    double ymax = 0;

    /** The rectangle grown by \a distance on every side. */
    Envelope expanded(double distance) const
    {
      return {xmin - distance, ymin - distance, xmax + distance, ymax + distance};
    }

    /** Whether the rectangles share a point (touching counts). */
    bool meets(const Envelope &other) const
    {
      return xmin <= other.xmax && other.xmin <= xmax && ymin <= other.ymax && other.ymin <= ymax;
    }
};
