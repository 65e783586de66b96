#pragma once

#include <QString>

class QgsLayerTreeGroup;

/**
 * Remembers, per cache file, how a user left its layer tree: the order of groups and of the layers
 * in each, and what is shown. Layers are known by the cache table they show (CacheLayers sets it),
 * so the state survives the layers being opened anew. Kept in the user's settings.
 */
namespace layertreestate
{
  /** The custom property of a layer that names its cache table (and a variant, e.g. "cases/heatmap"). */
  QString tableProperty();

  /** Saves the tree under \a root for the cache at \a cachePath. */
  void save(QgsLayerTreeGroup *root, const QString &cachePath);

  /** Restores what save() kept for \a cachePath, if anything; layers or groups not kept stay as they are. */
  void restore(QgsLayerTreeGroup *root, const QString &cachePath);
} // namespace layertreestate
