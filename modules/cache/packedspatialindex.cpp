#include "cache/packedspatialindex.h"

#include "cache/sqlitedatabase.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace packedspatialindex
{
  namespace
  {
    QString tr(const char *text)
    {
      return QCoreApplication::translate("packedspatialindex", text);
    }

    // SQLite stores R*Tree coordinates as 32-bit floats, rounding a box outwards with these factors
    // (rtreeValueDown/rtreeValueUp in SQLite's rtree.c); doing the same keeps a packed tree
    // identical, entry by entry, to one SQLite built itself.
    constexpr double roundTowardsZero = 1.0 - 1.0 / 8388608.0;
    constexpr double roundAwayFromZero = 1.0 + 1.0 / 8388608.0;

    float roundedDown(double value)
    {
      float result = static_cast<float>(value);
      if (result > value)
        result = static_cast<float>(value * (value < 0 ? roundAwayFromZero : roundTowardsZero));
      return result;
    }

    float roundedUp(double value)
    {
      float result = static_cast<float>(value);
      if (result < value)
        result = static_cast<float>(value * (value < 0 ? roundTowardsZero : roundAwayFromZero));
      return result;
    }

    /** One cell of a node: a feature's rowid (leaves) or a child's position (inner nodes), and its box. */
    struct Cell
    {
        qint64 id = 0;
        std::array<float, 4> box{}; // xmin, xmax, ymin, ymax, as the index declares them

        double centreX() const { return double(box[0]) + box[1]; }
        double centreY() const { return double(box[2]) + box[3]; }
    };

    using Node = std::vector<Cell>;

    Cell boundingCell(const Node &node, qint64 id)
    {
      Cell result{id, node.front().box};
      for (const Cell &cell : node)
      {
        result.box[0] = std::min(result.box[0], cell.box[0]);
        result.box[1] = std::max(result.box[1], cell.box[1]);
        result.box[2] = std::min(result.box[2], cell.box[2]);
        result.box[3] = std::max(result.box[3], cell.box[3]);
      }
      return result;
    }

    /**
     * Sort-Tile-Recursive: cells sorted by x into vertical slices of about sqrt(nodes) nodes each,
     * each slice sorted by y and cut into full nodes.
     */
    std::vector<Node> packLevel(std::vector<Cell> &cells, size_t capacity)
    {
      const size_t nodeCount = (cells.size() + capacity - 1) / capacity;
      const auto sliceCount = static_cast<size_t>(std::ceil(std::sqrt(double(nodeCount))));
      const size_t sliceSize = sliceCount * capacity;
      std::sort(cells.begin(), cells.end(),
                [](const Cell &a, const Cell &b) { return a.centreX() < b.centreX(); });
      std::vector<Node> nodes;
      nodes.reserve(nodeCount);
      for (size_t slice = 0; slice < cells.size(); slice += sliceSize)
      {
        const auto sliceEnd =
            cells.begin() + static_cast<std::ptrdiff_t>(std::min(cells.size(), slice + sliceSize));
        std::sort(cells.begin() + static_cast<std::ptrdiff_t>(slice), sliceEnd,
                  [](const Cell &a, const Cell &b) { return a.centreY() < b.centreY(); });
        for (auto start = cells.begin() + static_cast<std::ptrdiff_t>(slice); start < sliceEnd;)
        {
          const auto end = start + static_cast<std::ptrdiff_t>(
                                       std::min<size_t>(capacity, static_cast<size_t>(sliceEnd - start)));
          nodes.emplace_back(start, end);
          start = end;
        }
      }
      return nodes;
    }

    void writeBigEndian(unsigned char *target, quint64 value, int bytes)
    {
      for (int i = bytes - 1; i >= 0; --i)
      {
        target[i] = static_cast<unsigned char>(value & 0xff);
        value >>= 8;
      }
    }

    /** A node as SQLite stores it: depth (root only) and cell count, then the cells, big-endian. */
    QByteArray encodeNode(const Node &node, const std::vector<qint64> &childNumbers, int depth, int nodeSize)
    {
      QByteArray data(nodeSize, '\0');
      auto *bytes = reinterpret_cast<unsigned char *>(data.data());
      writeBigEndian(bytes, static_cast<quint64>(depth), 2);
      writeBigEndian(bytes + 2, node.size(), 2);
      unsigned char *cellData = bytes + 4;
      for (const Cell &cell : node)
      {
        const qint64 id = childNumbers.empty() ? cell.id : childNumbers.at(static_cast<size_t>(cell.id));
        writeBigEndian(cellData, static_cast<quint64>(id), 8);
        for (size_t i = 0; i < cell.box.size(); ++i)
        {
          quint32 bits = 0;
          std::memcpy(&bits, &cell.box.at(i), sizeof bits);
          writeBigEndian(cellData + 8 + 4 * i, bits, 4);
        }
        cellData += 8 + 4 * cell.box.size();
      }
      return data;
    }

    bool readCells(SqliteDatabase &database, const QString &table, const QString &column,
                   std::vector<Cell> *cells, QString *error)
    {
      SqliteStatement select = database.prepare(
          QStringLiteral("SELECT rowid, MbrMinX(\"%2\"), MbrMaxX(\"%2\"), MbrMinY(\"%2\"), MbrMaxY(\"%2\") "
                         "FROM \"%1\" WHERE MbrMinX(\"%2\") IS NOT NULL")
              .arg(table, column));
      while (select.next())
      {
        cells->push_back({select.int64(0),
                          {roundedDown(select.real(1)), roundedUp(select.real(2)),
                           roundedDown(select.real(3)), roundedUp(select.real(4))}});
      }
      if (select.failed() || !select.isValid())
      {
        *error = select.errorMessage();
        return false;
      }
      return true;
    }

    /** The index table of \a table dropped and created again empty; its node size. */
    int recreateIndex(SqliteDatabase &database, const QString &index, QString *error)
    {
      SqliteStatement definition = database.prepare(
          QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1"));
      definition.bindText(1, index);
      if (!definition.next())
      {
        *error = tr("the spatial index %1 does not exist").arg(index);
        return 0;
      }
      const QString sql = definition.text(0);
      definition.reset();
      if (!database.execute(QStringLiteral("DROP TABLE \"%1\"").arg(index), error) ||
          !database.execute(sql, error))
        return 0;
      // SQLite chose the node size from the page size when it created the (empty) root node.
      const int nodeSize =
          database
              .scalar(QStringLiteral("SELECT length(data) FROM \"%1_node\" WHERE nodeno = 1").arg(index),
                      error)
              .toInt();
      if (nodeSize <= 4 || !database.execute(QStringLiteral("DELETE FROM \"%1_node\"").arg(index), error))
        return 0;
      return nodeSize;
    }
  } // namespace

  bool rebuild(SqliteDatabase &database, const QString &table, const QString &geometryColumn, QString *error)
  {
    const QString index = QStringLiteral("idx_%1_%2").arg(table, geometryColumn);
    auto fail = [&](const QString &detail) {
      *error = tr("%1: the spatial index could not be built: %2").arg(table, detail);
      return false;
    };
    QString detail;
    std::vector<Cell> cells;
    if (!readCells(database, table, geometryColumn, &cells, &detail))
      return fail(detail);
    const int nodeSize = recreateIndex(database, index, &detail);
    if (nodeSize == 0)
      return fail(detail);
    const size_t capacity = static_cast<size_t>(nodeSize - 4) / (8 + 4 * 4);

    // Levels from the leaves up; the cells of a level above point at node positions of the level below.
    std::vector<std::vector<Node>> levels;
    while (cells.size() > capacity)
    {
      levels.push_back(packLevel(cells, capacity));
      const std::vector<Node> &packed = levels.back();
      cells.clear();
      for (size_t i = 0; i < packed.size(); ++i)
        cells.push_back(boundingCell(packed[i], static_cast<qint64>(i)));
    }
    const Node root(cells.begin(), cells.end());
    const int depth = static_cast<int>(levels.size());

    // The root is node 1; the others are numbered level by level from the top.
    std::vector<std::vector<qint64>> numbers(levels.size());
    qint64 next = 2;
    for (size_t level = levels.size(); level-- > 0;)
    {
      for (size_t i = 0; i < levels[level].size(); ++i)
        numbers[level].push_back(next++);
    }

    SqliteStatement writeNode =
        database.prepare(QStringLiteral("INSERT INTO \"%1_node\" (nodeno, data) VALUES (?1, ?2)").arg(index));
    SqliteStatement writeParent = database.prepare(
        QStringLiteral("INSERT INTO \"%1_parent\" (nodeno, parentnode) VALUES (?1, ?2)").arg(index));
    SqliteStatement writeRowid = database.prepare(
        QStringLiteral("INSERT INTO \"%1_rowid\" (rowid, nodeno) VALUES (?1, ?2)").arg(index));
    auto write = [&](SqliteStatement &statement, qint64 first, qint64 second) {
      statement.bindInt64(1, first);
      statement.bindInt64(2, second);
      return statement.run();
    };

    writeNode.bindInt64(1, 1);
    writeNode.bindBlob(
        2, encodeNode(root, levels.empty() ? std::vector<qint64>() : numbers.back(), depth, nodeSize));
    if (!writeNode.run())
      return fail(writeNode.errorMessage());
    for (size_t level = 0; level < levels.size(); ++level)
    {
      const bool top = level + 1 == levels.size();
      for (size_t i = 0; i < levels[level].size(); ++i)
      {
        const Node &node = levels[level][i];
        const qint64 number = numbers[level][i];
        writeNode.bindInt64(1, number);
        writeNode.bindBlob(
            2, encodeNode(node, level == 0 ? std::vector<qint64>() : numbers[level - 1], 0, nodeSize));
        if (!writeNode.run())
          return fail(writeNode.errorMessage());
        if (level == 0)
        {
          for (const Cell &cell : node)
          {
            if (!write(writeRowid, cell.id, number))
              return fail(writeRowid.errorMessage());
          }
        }
        if (top && !write(writeParent, number, 1))
          return fail(writeParent.errorMessage());
      }
      if (level + 1 < levels.size())
      {
        // Each node of the level above is the parent of the nodes its cells point at.
        for (size_t parent = 0; parent < levels[level + 1].size(); ++parent)
        {
          for (const Cell &cell : levels[level + 1][parent])
          {
            if (!write(writeParent, numbers[level][static_cast<size_t>(cell.id)], numbers[level + 1][parent]))
              return fail(writeParent.errorMessage());
          }
        }
      }
    }
    if (levels.empty())
    {
      // The root is the only node and a leaf.
      for (const Cell &cell : root)
      {
        if (!write(writeRowid, cell.id, 1))
          return fail(writeRowid.errorMessage());
      }
    }
    return true;
  }
} // namespace packedspatialindex
