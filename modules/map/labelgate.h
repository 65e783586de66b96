#pragma once

#include <QList>

class QgsMapLayer;
class QgsVectorLayer;

/**
 * Keeps a map's label cache usable. QGIS 3.22 reuses the labels of the last render only when the
 * labelled layers of the new one are exactly those that took part in it, and it counts a layer whose
 * labels are on even when the layer is outside its scale range and not drawn at all
 * (QgsMapRendererJob::prepareLabelCache asks QgsPalLabeling::staticWillUseLayer). With the buildings
 * hidden at the city view, every change — a new case — laid all labels out again and redrew every
 * labelled layer. So a layer's labels are switched off while the layer is out of its range at the
 * map's scale, and on again when it comes back.
 */
namespace labelgate
{
  /** Notes whether \a layer's style labels it, for matchScale() (StyleLibrary calls it). */
  void remember(QgsVectorLayer *layer);

  /** Notes \a layer as labelled by its style exactly when \a like is (a companion drawing another's labels).
   */
  void rememberAs(QgsVectorLayer *layer, const QgsVectorLayer *like);

  /** Switches the labels of the \a layers remembered on where they are drawn at \a scale, off elsewhere. */
  void matchScale(const QList<QgsMapLayer *> &layers, double scale);
} // namespace labelgate
