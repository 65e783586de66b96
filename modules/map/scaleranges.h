#pragma once

class QgsMapLayer;
class QgsMapSettings;

/**
 * Scale ranges as QGIS before 3.32 needs them at a device pixel ratio above 1. Its map settings
 * multiply the DPI by the ratio while the width stays in logical pixels, so a canvas at ratio 2 (a
 * 4K wall) reports twice the true scale, and every scale-dependent rule would switch one zoom step
 * late. Rather than render the map at half resolution, the ranges the styles give in true scales
 * are multiplied by the same factor, and the scale shown to people is divided by it.
 */
namespace scaleranges
{
  /** How many times the true scale QGIS reports for \a settings: the device pixel ratio on QGIS < 3.32,
   * else 1. */
  double reportedScaleFactor(const QgsMapSettings &settings);

  /**
   * Brings every scale range of \a layer — its own, its renderer's rules (also inside a cluster
   * renderer) and its labels' — to \a factor times the style's true scales. The factor applied is kept
   * on the layer, so calling it again with another factor (the window moved to another screen) rescales
   * from the style's values, and a restyled layer starts again from 1.
   */
  void applyFactor(QgsMapLayer *layer, double factor);

  /** The name of the layer property that holds the factor applied. */
  const char *factorProperty();
} // namespace scaleranges
