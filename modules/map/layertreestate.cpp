#include "map/layertreestate.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <qgslayertree.h>
#include <qgsmaplayer.h>

namespace
{
  QString settingsKey(const QString &cachePath)
  {
    // One entry per cache file, by its absolute path (hashed: settings keys cannot hold slashes).
    const QByteArray path = QFileInfo(cachePath).absoluteFilePath().toUtf8();
    return QStringLiteral("layerTree/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
  }

  QString keyOf(QgsLayerTreeNode *node)
  {
    if (QgsLayerTree::isLayer(node))
    {
      const QgsMapLayer *layer = QgsLayerTree::toLayer(node)->layer();
      return layer ? QStringLiteral("layer:") +
                         layer->customProperty(layertreestate::tableProperty()).toString()
                   : QString();
    }
    return QStringLiteral("group:") + node->customProperty(layertreestate::tableProperty()).toString();
  }
} // namespace

namespace layertreestate
{
  QString tableProperty()
  {
    return QStringLiteral("xiuhua/table");
  }

  void save(QgsLayerTreeGroup *root, const QString &cachePath)
  {
    // "key=visible" for every group and layer, parents before their children, each level in order.
    QStringList entries;
    const std::function<void(QgsLayerTreeGroup *)> walk = [&](QgsLayerTreeGroup *group) {
      for (QgsLayerTreeNode *child : group->children())
      {
        const QString key = keyOf(child);
        if (key.endsWith(QLatin1Char(':')))
          continue;
        entries.append(key + QLatin1Char('=') +
                       (child->itemVisibilityChecked() ? QLatin1Char('1') : QLatin1Char('0')));
        if (QgsLayerTree::isGroup(child))
          walk(QgsLayerTree::toGroup(child));
      }
    };
    walk(root);
    QSettings().setValue(settingsKey(cachePath), entries);
  }

  void restore(QgsLayerTreeGroup *root, const QString &cachePath)
  {
    const QStringList entries = QSettings().value(settingsKey(cachePath)).toStringList();
    if (entries.isEmpty())
      return;
    QHash<QString, int> position;
    QHash<QString, bool> visible;
    for (int i = 0; i < entries.size(); ++i)
    {
      const QString key = entries.at(i).section(QLatin1Char('='), 0, 0);
      position.insert(key, i);
      visible.insert(key, entries.at(i).section(QLatin1Char('='), 1) == QLatin1String("1"));
    }
    const std::function<void(QgsLayerTreeGroup *)> apply = [&](QgsLayerTreeGroup *group) {
      // Known nodes take their saved order among themselves; unknown ones keep their place after them.
      QList<QgsLayerTreeNode *> children = group->children();
      std::stable_sort(children.begin(), children.end(), [&](QgsLayerTreeNode *a, QgsLayerTreeNode *b) {
        return position.value(keyOf(a), entries.size()) < position.value(keyOf(b), entries.size());
      });
      for (int i = 0; i < children.size(); ++i)
      {
        QgsLayerTreeNode *node = children.at(i);
        if (group->children().indexOf(node) != i)
        {
          QgsLayerTreeNode *moved = node->clone();
          group->insertChildNode(i, moved);
          group->removeChildNode(node);
          node = moved;
        }
        const QString key = keyOf(node);
        if (visible.contains(key))
          node->setItemVisibilityChecked(visible.value(key));
        if (QgsLayerTree::isGroup(node))
          apply(QgsLayerTree::toGroup(node));
      }
    };
    apply(root);
  }
} // namespace layertreestate
