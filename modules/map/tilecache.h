#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QString>

/**
 * Map tiles drawn once and shown again: after a pan most of a layer is on screen already, and only
 * the strip that came into view needs drawing. Bounded in memory (the least recently shown tiles go
 * first) and shared by all tiled layers; safe to use from the render threads.
 */
class TileCache
{
  public:
    /** A tile of one layer at one resolution. */
    struct Key
    {
        QString level; //!< the layer, its state and the resolution (TiledLayer makes it)
        qint64 column = 0;
        qint64 row = 0;

        bool operator==(const Key &other) const
        {
          return column == other.column && row == other.row && level == other.level;
        }
    };

    /** Keeps at most \a megabytes of tiles. */
    explicit TileCache(int megabytes = 768);

    /** The tile at \a key, or a null image when it is not kept. */
    QImage tile(const Key &key) const;

    /** Keeps \a image as the tile at \a key. */
    void insert(const Key &key, const QImage &image);

    /** Forgets every tile whose level starts with \a prefix (a layer's tiles). */
    void removeLevels(const QString &prefix);

    /** How many tiles are kept. */
    int size() const;

  private:
    mutable QMutex mMutex;
    // QCache's object() moves a tile to the front, hence mutable.
    mutable QCache<Key, QImage> mTiles;
};

uint qHash(const TileCache::Key &key, uint seed = 0);
