#include "cache/spatialiteblob.h"

#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace spatialiteblob
{
  namespace
  {
    enum WkbType : quint32
    {
      Point = 1,
      LineString = 2,
      Polygon = 3,
      MultiPoint = 4,
      MultiLineString = 5,
      MultiPolygon = 6,
      GeometryCollection = 7,
    };

    struct Coordinate
    {
        double x = 0;
        double y = 0;
    };

    using Ring = std::vector<Coordinate>;

    /** One point, line or polygon: a point and a line have one "ring". */
    struct Part
    {
        quint32 type = 0;
        std::vector<Ring> rings;
    };

    /** Reads WKB, each geometry in its own byte order, into elementary parts. */
    class WkbReader
    {
      public:
        explicit WkbReader(const QByteArray &wkb)
            : mData(wkb)
        {}

        bool read(std::vector<Part> *parts, int nesting = 0)
        {
          quint8 order = 0;
          quint32 type = 0;
          if (nesting > 2 || !readByte(&order) || order > 1)
            return false;
          mLittleEndian = order == 1;
          if (!readInteger(&type))
            return false;
          switch (type)
          {
          case Point:
          case LineString:
          case Polygon:
            return readElementary(type, parts);
          case MultiPoint:
          case MultiLineString:
          case MultiPolygon:
          case GeometryCollection:
          {
            quint32 count = 0;
            if (!readInteger(&count))
              return false;
            for (quint32 i = 0; i < count; ++i)
            {
              const size_t before = parts->size();
              if (!read(parts, nesting + 1))
                return false;
              // A multi geometry holds only its own elementary kind.
              if (type != GeometryCollection &&
                  (parts->size() != before + 1 || parts->back().type != type - 3))
                return false;
            }
            return true;
          }
          default:
            return false; // unknown, curved, or with Z or M
          }
        }

        bool atEnd() const { return mPosition == mData.size(); }

      private:
        bool readByte(quint8 *value)
        {
          if (mPosition + 1 > mData.size())
            return false;
          *value = static_cast<quint8>(mData.at(mPosition++));
          return true;
        }

        bool readInteger(quint32 *value)
        {
          if (mPosition + 4 > mData.size())
            return false;
          const auto *bytes = reinterpret_cast<const uchar *>(mData.constData() + mPosition);
          *value = mLittleEndian ? qFromLittleEndian<quint32>(bytes) : qFromBigEndian<quint32>(bytes);
          mPosition += 4;
          return true;
        }

        bool readDouble(double *value)
        {
          if (mPosition + 8 > mData.size())
            return false;
          const auto *bytes = reinterpret_cast<const uchar *>(mData.constData() + mPosition);
          const quint64 bits =
              mLittleEndian ? qFromLittleEndian<quint64>(bytes) : qFromBigEndian<quint64>(bytes);
          std::memcpy(value, &bits, sizeof bits);
          mPosition += 8;
          return true;
        }

        bool readRing(Ring *ring)
        {
          quint32 count = 0;
          // Each point takes 16 bytes: a count beyond the data is a truncated or corrupt WKB.
          if (!readInteger(&count) || count > static_cast<quint32>((mData.size() - mPosition) / 16))
            return false;
          ring->resize(count);
          for (Coordinate &coordinate : *ring)
          {
            if (!readDouble(&coordinate.x) || !readDouble(&coordinate.y))
              return false;
          }
          return true;
        }

        bool readElementary(quint32 type, std::vector<Part> *parts)
        {
          Part part;
          part.type = type;
          if (type == Point)
          {
            part.rings.resize(1);
            part.rings.front().resize(1);
            if (!readDouble(&part.rings.front().front().x) || !readDouble(&part.rings.front().front().y))
              return false;
          }
          else if (type == LineString)
          {
            part.rings.resize(1);
            if (!readRing(&part.rings.front()) || part.rings.front().size() < 2)
              return false;
          }
          else
          {
            quint32 count = 0;
            if (!readInteger(&count) || count == 0 ||
                count > static_cast<quint32>(mData.size() - mPosition) / 4)
              return false;
            part.rings.resize(count);
            for (Ring &ring : part.rings)
            {
              if (!readRing(&ring) || ring.empty())
                return false;
            }
          }
          parts->push_back(std::move(part));
          return true;
        }

        const QByteArray &mData;
        qsizetype mPosition = 0;
        bool mLittleEndian = true;
    };

    /** Writes the little-endian BLOB: header with SRID and MBR, class, body, end marker. */
    class BlobWriter
    {
      public:
        QByteArray write(quint32 classType, const std::vector<Part> &parts, int srid)
        {
          mData.clear();
          appendByte(0x00);
          appendByte(0x01); // little-endian
          appendInteger(static_cast<quint32>(srid));
          appendMbr(parts);
          appendByte(0x7C);
          appendInteger(classType);
          if (classType == Point || classType == LineString || classType == Polygon)
          {
            appendBody(parts.front());
          }
          else
          {
            appendInteger(static_cast<quint32>(parts.size()));
            for (const Part &part : parts)
            {
              appendByte(0x69); // an entity of a collection
              appendInteger(part.type);
              appendBody(part);
            }
          }
          appendByte(0xFE);
          return mData;
        }

      private:
        void appendByte(quint8 value) { mData.append(static_cast<char>(value)); }

        void appendInteger(quint32 value)
        {
          uchar bytes[4];
          qToLittleEndian(value, bytes);
          mData.append(reinterpret_cast<const char *>(bytes), 4);
        }

        void appendDouble(double value)
        {
          quint64 bits = 0;
          std::memcpy(&bits, &value, sizeof bits);
          uchar bytes[8];
          qToLittleEndian(bits, bytes);
          mData.append(reinterpret_cast<const char *>(bytes), 8);
        }

        void appendRing(const Ring &ring)
        {
          appendInteger(static_cast<quint32>(ring.size()));
          for (const Coordinate &coordinate : ring)
          {
            appendDouble(coordinate.x);
            appendDouble(coordinate.y);
          }
        }

        void appendBody(const Part &part)
        {
          if (part.type == Point)
          {
            appendDouble(part.rings.front().front().x);
            appendDouble(part.rings.front().front().y);
          }
          else if (part.type == LineString)
          {
            appendRing(part.rings.front());
          }
          else
          {
            appendInteger(static_cast<quint32>(part.rings.size()));
            for (const Ring &ring : part.rings)
              appendRing(ring);
          }
        }

        /** SpatiaLite's MBR: of every point, except a polygon's holes, which its shell contains. */
        void appendMbr(const std::vector<Part> &parts)
        {
          double minX = std::numeric_limits<double>::max();
          double minY = minX;
          double maxX = -minX;
          double maxY = -minX;
          for (const Part &part : parts)
          {
            for (const Coordinate &coordinate : part.rings.front())
            {
              minX = std::min(minX, coordinate.x);
              minY = std::min(minY, coordinate.y);
              maxX = std::max(maxX, coordinate.x);
              maxY = std::max(maxY, coordinate.y);
            }
          }
          appendDouble(minX);
          appendDouble(minY);
          appendDouble(maxX);
          appendDouble(maxY);
        }

        QByteArray mData;
    };

    /** Reads the little-endian values of a BLOB, refusing to read past its end. */
    class BlobReader
    {
      public:
        explicit BlobReader(const QByteArray &blob)
            : mData(blob)
        {}

        bool skip(qsizetype bytes)
        {
          mPosition += bytes;
          return mPosition <= mData.size();
        }

        bool byte(quint8 *value)
        {
          if (mPosition + 1 > mData.size())
            return false;
          *value = static_cast<quint8>(mData.at(mPosition++));
          return true;
        }

        bool integer(quint32 *value)
        {
          if (mPosition + 4 > mData.size())
            return false;
          *value = qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(mData.constData() + mPosition));
          mPosition += 4;
          return true;
        }

        /** The coordinates at the reading position, \a count points of two doubles. */
        const char *points(quint32 count)
        {
          if (count > static_cast<quint64>(mData.size() - mPosition) / 16)
            return nullptr;
          const char *start = mData.constData() + mPosition;
          mPosition += qsizetype(count) * 16;
          return start;
        }

      private:
        const QByteArray &mData;
        qsizetype mPosition = 0;
    };

    double coordinateAt(const char *points, quint32 index)
    {
      double value = 0;
      const quint64 bits = qFromLittleEndian<quint64>(reinterpret_cast<const uchar *>(points) + index * 8);
      std::memcpy(&value, &bits, sizeof value);
      return value;
    }

    /** Where a point lies relative to a closed ring: crossing-number test, edges counted as on it. */
    enum class RingPosition
    {
      Outside,
      Inside,
      OnEdge
    };

    RingPosition ringPosition(const char *points, quint32 count, double x, double y)
    {
      bool inside = false;
      for (quint32 i = 0, j = count - 1; i < count; j = i++)
      {
        const double xi = coordinateAt(points, 2 * i), yi = coordinateAt(points, 2 * i + 1);
        const double xj = coordinateAt(points, 2 * j), yj = coordinateAt(points, 2 * j + 1);
        // On the segment: collinear and within its box.
        const double cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
        if (cross == 0 && std::min(xi, xj) <= x && x <= std::max(xi, xj) && std::min(yi, yj) <= y &&
            y <= std::max(yi, yj))
          return RingPosition::OnEdge;
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
          inside = !inside;
      }
      return inside ? RingPosition::Inside : RingPosition::Outside;
    }

    /** A polygon body at the reader: covered when in the shell and not strictly inside a hole. */
    std::optional<bool> polygonCovers(BlobReader &reader, double x, double y)
    {
      quint32 rings = 0;
      if (!reader.integer(&rings))
        return std::nullopt;
      bool covered = false;
      for (quint32 ring = 0; ring < rings; ++ring)
      {
        quint32 count = 0;
        const char *points = reader.integer(&count) ? reader.points(count) : nullptr;
        if (!points || count < 3)
          return std::nullopt;
        const RingPosition position = ringPosition(points, count, x, y);
        if (ring == 0)
          covered = position != RingPosition::Outside;
        else if (position == RingPosition::Inside)
          covered = false;
      }
      return covered;
    }

    quint32 classTypeOf(const QString &columnType)
    {
      static const QStringList names{QStringLiteral("POINT"),           QStringLiteral("LINESTRING"),
                                     QStringLiteral("POLYGON"),         QStringLiteral("MULTIPOINT"),
                                     QStringLiteral("MULTILINESTRING"), QStringLiteral("MULTIPOLYGON")};
      return static_cast<quint32>(names.indexOf(columnType.toUpper()) + 1);
    }
  } // namespace

  QByteArray fromWkb(const QByteArray &wkb, const QString &columnType, int srid)
  {
    const quint32 classType = classTypeOf(columnType);
    std::vector<Part> parts;
    WkbReader reader(wkb);
    if (classType == 0 || !reader.read(&parts) || !reader.atEnd() || parts.empty())
      return QByteArray();
    const quint32 elementary = classType > 3 ? classType - 3 : classType;
    const bool fits =
        std::all_of(parts.begin(), parts.end(), [&](const Part &part) { return part.type == elementary; });
    if (!fits || (classType <= 3 && parts.size() != 1))
      return QByteArray();
    return BlobWriter().write(classType, parts, srid);
  }

  Coverage covers(const QByteArray &blob, double x, double y)
  {
    BlobReader reader(blob);
    quint8 start = 0;
    quint8 order = 0;
    quint32 classType = 0;
    quint8 mbrEnd = 0;
    // START, little-endian, SRID, MBR, MBR_END, class.
    if (!reader.byte(&start) || !reader.byte(&order) || start != 0x00 || order != 0x01 ||
        !reader.skip(4 + 32) || !reader.byte(&mbrEnd) || mbrEnd != 0x7C || !reader.integer(&classType))
      return Coverage::Unknown;
    if (classType == Polygon)
    {
      const std::optional<bool> covered = polygonCovers(reader, x, y);
      return covered ? (*covered ? Coverage::Covered : Coverage::Outside) : Coverage::Unknown;
    }
    quint32 count = 0;
    if (classType != MultiPolygon || !reader.integer(&count))
      return Coverage::Unknown;
    for (quint32 i = 0; i < count; ++i)
    {
      quint8 entity = 0;
      quint32 type = 0;
      if (!reader.byte(&entity) || entity != 0x69 || !reader.integer(&type) || type != Polygon)
        return Coverage::Unknown;
      const std::optional<bool> covered = polygonCovers(reader, x, y);
      if (!covered)
        return Coverage::Unknown;
      if (*covered)
        return Coverage::Covered;
    }
    return Coverage::Outside;
  }
} // namespace spatialiteblob
