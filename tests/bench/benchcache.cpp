// bench_cache: the performance benchmark of the local cache.
//
// 1. Bulk insert. N building-like polygons are written once (untimed) to a FlatGeobuf file, the
//    common source. Timed in the same run: the peer, `ogr2ogr -f SQLite -dsco SPATIALITE=YES`, and
//    ours, the real import path: a fresh cache (CacheFile::create), the source read with OGR and
//    every feature written with FeatureWriter inside a BulkLoad in one SqliteTransaction (WKB straight
//    from OGR; the spatial index rebuilt and the journal written as one set at the end). Aim: faster
//    than the peer.
// 2. Point lookup. M irregular grid cells (a jittered lattice of ~100 m cells) with their
//    districts, streets and communities; K random AreaRepository::gridCellAt() lookups, against
//    the peer, plain SQL over SpatiaLite's SpatialIndex virtual table. Aim: under 50 µs a lookup.
//
// Like QGIS's qgis_bench: N iterations, wall/user/sys time, min/median/max, and the peer's figures
// with the ratio peer/ours (>1: the cache is faster) from the same run. Timing never fails the run;
// a wrong result does (exit status 1): a row or journal count that is not the feature count, or a
// lookup that disagrees with the peer or with a brute-force ST_Covers over every cell. It is not a
// CTest test. --analyse adds measurements of where the time goes: the import repeated with parts of
// it switched off or tuned (on this benchmark's own caches), and the parts of a lookup timed alone.
//
//   bench_cache [--features 200000] [--cells 10000] [--lookups 100000] [--iterations 3] [--quick]
//               [--only insert|lookup] [--analyse [--variants KEY,...]] [--check 100] [--json FILE]
//               [--work-dir DIR] [--ogr2ogr PATH]
#include "cache/arearepository.h"
#include "cache/cachefile.h"
#include "cache/featurewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace
{
  constexpr int srid = 4549; // CGCS2000 / 3-degree Gauss-Kruger CM 120E
  constexpr double areaX0 = 500000.0;
  constexpr double areaY0 = 3350000.0;
  constexpr double areaSize = 10000.0; // the buildings are spread over 10 km x 10 km
  constexpr double cellSize = 100.0;   // the grid lattice spacing
  constexpr int communityBlock = 10;   // a community is 10 x 10 cells; a street a row of communities
  constexpr quint64 seed = 20260417;   // fixed: every run benchmarks the same data
  const double pi = std::acos(-1.0);

  // --- Output -------------------------------------------------------------------------------

  void print(const QString &text)
  {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
  }

  QString number(double value, int decimals)
  {
    return QString::number(value, 'f', decimals);
  }

  /** Left-aligns the first cell, right-aligns the others, in columns of \a widths. */
  QString row(const QStringList &cells, const QList<int> &widths)
  {
    QString line;
    for (int i = 0; i < cells.size(); ++i)
    {
      const int width = i < widths.size() ? widths.at(i) : 10;
      line += i == 0 ? cells.at(i).leftJustified(width) : cells.at(i).rightJustified(width);
    }
    return line;
  }

  // --- Deterministic data ---------------------------------------------------------------------

  /**
   * Random numbers that are the same on every platform: std::mt19937_64's sequence is fixed by the
   * standard, and so are the conversions here (unlike the standard distributions).
   */
  class Random
  {
    public:
      explicit Random(quint64 seed)
          : mEngine(seed)
      {}

      double uniform(double low, double high)
      {
        return low + (high - low) * (static_cast<double>(mEngine() >> 11) * 0x1.0p-53);
      }

      int integer(int low, int high)
      {
        return low + static_cast<int>(mEngine() % static_cast<quint64>(high - low + 1));
      }

    private:
      std::mt19937_64 mEngine;
  };

  struct Point
  {
      double x = 0;
      double y = 0;
  };
  using Ring = std::vector<Point>; // closed: the last point repeats the first

  void appendUInt32(QByteArray &wkb, quint32 value)
  {
    char bytes[4];
    qToLittleEndian(value, bytes);
    wkb.append(bytes, 4);
  }

  void appendDouble(QByteArray &wkb, double value)
  {
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char bytes[8];
    qToLittleEndian(bits, bytes);
    wkb.append(bytes, 8);
  }

  /** A little-endian WKB polygon with one ring. */
  QByteArray polygonWkb(const Ring &ring)
  {
    QByteArray wkb;
    wkb.reserve(13 + 16 * static_cast<int>(ring.size()));
    wkb.append(char(1));
    appendUInt32(wkb, 3);
    appendUInt32(wkb, 1);
    appendUInt32(wkb, static_cast<quint32>(ring.size()));
    for (const Point &point : ring)
    {
      appendDouble(wkb, point.x);
      appendDouble(wkb, point.y);
    }
    return wkb;
  }

  /**
   * A building footprint of 5–12 vertices (the closing one included), rotated and placed at random
   * in the area: a rectangle, an L-shape, or a star-shaped polygon of 5–11 corners.
   */
  Ring buildingOutline(Random &random)
  {
    const double centreX = random.uniform(areaX0 + 50, areaX0 + areaSize - 50);
    const double centreY = random.uniform(areaY0 + 50, areaY0 + areaSize - 50);
    const double angle = random.uniform(0, pi);
    Ring local;
    const int kind = random.integer(0, 2);
    if (kind == 0)
    {
      const double w = random.uniform(8, 40) / 2;
      const double h = random.uniform(8, 25) / 2;
      local = {{-w, -h}, {w, -h}, {w, h}, {-w, h}};
    }
    else if (kind == 1)
    {
      const double w = random.uniform(15, 45);
      const double h = random.uniform(15, 35);
      const double cutX = w * random.uniform(0.3, 0.7);
      const double cutY = h * random.uniform(0.3, 0.7);
      local = {{-w / 2, -h / 2},       {w / 2, -h / 2},
               {w / 2, -h / 2 + cutY}, {-w / 2 + cutX, -h / 2 + cutY},
               {-w / 2 + cutX, h / 2}, {-w / 2, h / 2}};
    }
    else
    {
      // Angles strictly increase and every corner is seen from the centre: a simple polygon.
      const int corners = random.integer(5, 11);
      const double radius = random.uniform(6, 20);
      const double step = 2 * pi / corners;
      for (int i = 0; i < corners; ++i)
      {
        const double a = i * step + random.uniform(-0.25, 0.25) * step;
        const double r = radius * random.uniform(0.75, 1.0);
        local.push_back({r * std::cos(a), r * std::sin(a)});
      }
    }
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    Ring ring;
    ring.reserve(local.size() + 1);
    for (const Point &p : local)
      ring.push_back({centreX + p.x * c - p.y * s, centreY + p.x * s + p.y * c});
    ring.push_back(ring.front());
    return ring;
  }

  const char *const buildingKinds[] = {"住宅楼", "办公楼", "商铺", "厂房", "学校", "医院"};

  /** Writes the common source: \a count buildings with id, floors and name, in EPSG:4549. */
  bool writeSource(const QString &path, int count, QString *error)
  {
    GDALDriverH driver = GDALGetDriverByName("FlatGeobuf");
    if (!driver)
    {
      *error = QStringLiteral("GDAL has no FlatGeobuf driver");
      return false;
    }
    GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset)
    {
      *error = QStringLiteral("cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
      return false;
    }
    OGRSpatialReferenceH crs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(crs, srid);
    OSRSetAxisMappingStrategy(crs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, "building", crs, wkbPolygon, nullptr);
    OSRRelease(crs);
    bool ok = layer != nullptr;
    for (const auto &[name, type] : {std::pair<const char *, OGRFieldType>{"id", OFTString},
                                     {"floors", OFTInteger},
                                     {"name", OFTString}})
    {
      if (!ok)
        break;
      OGRFieldDefnH field = OGR_Fld_Create(name, type);
      ok = OGR_L_CreateField(layer, field, TRUE) == OGRERR_NONE;
      OGR_Fld_Destroy(field);
    }
    Random random(seed);
    for (int i = 0; ok && i < count; ++i)
    {
      OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
      const QByteArray id = QStringLiteral("B%1").arg(i + 1, 7, 10, QLatin1Char('0')).toUtf8();
      const QByteArray name = QStringLiteral("%1 %2")
                                  .arg(QString::fromUtf8(buildingKinds[random.integer(0, 5)]))
                                  .arg(random.integer(1, 999))
                                  .toUtf8();
      OGR_F_SetFieldString(feature, 0, id.constData());
      OGR_F_SetFieldInteger(feature, 1, random.integer(1, 33));
      OGR_F_SetFieldString(feature, 2, name.constData());
      const QByteArray wkb = polygonWkb(buildingOutline(random));
      OGRGeometryH geometry = nullptr;
      ok = OGR_G_CreateFromWkb(wkb.constData(), nullptr, &geometry, static_cast<int>(wkb.size())) ==
               OGRERR_NONE &&
           OGR_F_SetGeometryDirectly(feature, geometry) == OGRERR_NONE &&
           OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
      OGR_F_Destroy(feature);
    }
    if (!ok)
      *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    GDALClose(dataset);
    return ok;
  }

  /** The number of features of the first layer of \a path, or -1. */
  qint64 featureCount(const QString &path)
  {
    GDALDatasetH dataset =
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!dataset)
      return -1;
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    const qint64 count = layer ? OGR_L_GetFeatureCount(layer, TRUE) : -1;
    GDALClose(dataset);
    return count;
  }

  void removeCache(const QString &path)
  {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
      QFile::remove(path + suffix);
    QDir(path + QStringLiteral(".attachments")).removeRecursively();
  }

  // --- Timing ---------------------------------------------------------------------------------

  struct Sample
  {
      double wall = 0;   // seconds
      double user = 0;   // seconds of CPU time in user mode
      double system = 0; // seconds of CPU time in the kernel
  };

  /** Wall time, and the CPU time of this process (or, for \a children, of its finished children). */
  class Stopwatch
  {
    public:
      explicit Stopwatch(bool children = false)
          : mChildren(children)
      {
        restart();
      }

      void restart()
      {
        cpu(&mUser, &mSystem);
        mTimer.start();
      }

      Sample elapsed() const
      {
        const double wall = static_cast<double>(mTimer.nsecsElapsed()) / 1e9;
        double user = 0;
        double system = 0;
        cpu(&user, &system);
        return {wall, user - mUser, system - mSystem};
      }

    private:
      void cpu(double *user, double *system) const
      {
#ifdef Q_OS_UNIX
        rusage usage{};
        getrusage(mChildren ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
        *user =
            static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6;
        *system =
            static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6;
#else
        *user = 0;
        *system = 0;
#endif
      }

      bool mChildren;
      QElapsedTimer mTimer;
      double mUser = 0;
      double mSystem = 0;
  };

  struct Statistics
  {
      double min = 0;
      double median = 0;
      double max = 0;
  };

  Statistics statistics(std::vector<double> values)
  {
    if (values.empty())
      return {};
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    const double median = values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    return {values.front(), median, values.back()};
  }

  /** The samples of one contender; \a scale turns seconds into the unit printed (e.g. µs a lookup). */
  struct Series
  {
      QString name;
      std::vector<Sample> samples;
      double scale = 1;
      QString unit = QStringLiteral("s");
      QString unavailable; // why there are no figures, when there are none

      std::vector<double> values(double Sample::*field) const
      {
        std::vector<double> result;
        for (const Sample &sample : samples)
          result.push_back(sample.*field * scale);
        return result;
      }
      Statistics wall() const { return statistics(values(&Sample::wall)); }

      QJsonObject toJson() const
      {
        QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("unit"), unit}};
        if (!unavailable.isEmpty())
        {
          object.insert(QStringLiteral("unavailable"), unavailable);
          return object;
        }
        for (const auto &[key, field] :
             {std::pair<QString, double Sample::*>{QStringLiteral("wall"), &Sample::wall},
              {QStringLiteral("user"), &Sample::user},
              {QStringLiteral("system"), &Sample::system}})
        {
          const std::vector<double> all = values(field);
          const Statistics s = statistics(all);
          QJsonArray array;
          for (double value : all)
            array.append(value);
          object.insert(key, QJsonObject{{QStringLiteral("samples"), array},
                                         {QStringLiteral("min"), s.min},
                                         {QStringLiteral("median"), s.median},
                                         {QStringLiteral("max"), s.max}});
        }
        return object;
      }
  };

  /** Prints the iterations of \a peer and \a ours side by side, then min/median/max and the ratio. */
  QJsonObject printComparison(const QString &title, const Series &peer, const Series &ours, int decimals,
                              const QString &ratioMeaning)
  {
    print(QString());
    print(title);
    const QList<int> widths{12, 12, 10, 10, 6, 12, 10, 10};
    print(QStringLiteral("  peer: %1").arg(peer.name));
    print(QStringLiteral("  ours: %1").arg(ours.name));
    print(row({QString(), QStringLiteral("peer wall"), QStringLiteral("user"), QStringLiteral("sys"),
               QString(), QStringLiteral("ours wall"), QStringLiteral("user"), QStringLiteral("sys")},
              widths));
    auto cells = [&](const Series &series, size_t i) -> QStringList {
      if (!series.unavailable.isEmpty() || i >= series.samples.size())
        return {QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")};
      const Sample &s = series.samples[i];
      return {number(s.wall * series.scale, decimals), number(s.user * series.scale, decimals),
              number(s.system * series.scale, decimals)};
    };
    const size_t count = std::max(peer.samples.size(), ours.samples.size());
    for (size_t i = 0; i < count; ++i)
      print(row(QStringList{QStringLiteral("iteration %1").arg(i + 1)} + cells(peer, i) +
                    QStringList{QString()} + cells(ours, i),
                widths));
    auto stats = [&](const Series &series, double Sample::*field) {
      return statistics(series.values(field));
    };
    for (const auto &[label, pick] :
         {std::pair<QString, double Statistics::*>{QStringLiteral("min"), &Statistics::min},
          {QStringLiteral("median"), &Statistics::median},
          {QStringLiteral("max"), &Statistics::max}})
    {
      QStringList line{label};
      for (const Series *series : {&peer, &ours})
      {
        for (double Sample::*field : {&Sample::wall, &Sample::user, &Sample::system})
          line.append(series->unavailable.isEmpty() ? number(stats(*series, field).*pick, decimals)
                                                    : QStringLiteral("-"));
        if (series == &peer)
          line.append(QString());
      }
      print(row(line, widths));
    }
    QJsonObject result{{QStringLiteral("peer"), peer.toJson()}, {QStringLiteral("ours"), ours.toJson()}};
    if (!peer.unavailable.isEmpty())
    {
      print(QStringLiteral("ratio peer/ours: not available (%1)").arg(peer.unavailable));
      return result;
    }
    const Statistics p = peer.wall();
    const Statistics o = ours.wall();
    const double medianRatio = p.median / o.median;
    const double minRatio = p.min / o.min;
    print(QStringLiteral("ratio peer/ours (wall): median %1, min %2  (%3)")
              .arg(number(medianRatio, 2), number(minRatio, 2), ratioMeaning));
    result.insert(QStringLiteral("ratio_peer_over_ours"),
                  QJsonObject{{QStringLiteral("median"), medianRatio}, {QStringLiteral("min"), minRatio}});
    return result;
  }

  // --- Bulk insert ----------------------------------------------------------------------------

  /** How an import differs from the real path; --analyse compares these with it. */
  struct ImportVariant
  {
      enum class Write
      {
        Insert,      //!< FeatureWriter::write, the real path
        ConvertOnly, //!< only SELECT CastToMultiPolygon(GeomFromWKB(?, srid)), no insert
        None,        //!< only read the source and export the WKB
      };
      enum class SpatialIndex
      {
        Triggers, //!< as created: SpatiaLite's triggers update the R*Tree row by row
        Disabled, //!< DisableSpatialIndex before the import, no index after it
        Deferred, //!< disabled and dropped before the import, CreateSpatialIndex after it
      };

      QString key;
      QString description;
      Write write = Write::Insert;
      SpatialIndex spatialIndex = SpatialIndex::Triggers;
      bool suppressJournal = false;
      QString pragmas;              //!< run on the new cache before the import, e.g. PRAGMA cache_size
      bool rollbackJournal = false; //!< journal_mode DELETE for the import, WAL again after it
      /** SpatiaLite's geometry-check and statistics triggers dropped for the import, then restored (as GDAL
       * does). */
      bool dropGeometryTriggers = false;
  };

  struct ImportPhases
  {
      double create = 0; //!< CacheFile::create
      double import = 0; //!< open the source, read it and write every feature
      double index = 0;  //!< build a deferred spatial index
      double commit = 0;
      double close = 0; //!< closing the cache (WAL checkpoint) and the source
  };

  bool check(bool condition, const QString &what, QString *error)
  {
    if (!condition)
      *error = what;
    return condition;
  }

  /**
   * Imports \a source into a new cache at \a target as \a variant says, then (untimed) reopens the
   * cache and checks the rows, the journal and the spatial index hold \a expected features each.
   */
  bool importIntoCache(const QString &source, const QString &target, const ImportVariant &variant,
                       qint64 expected, Sample *sample, ImportPhases *phases, QString *error)
  {
    const Stopwatch total;
    Stopwatch phase;
    CacheSettings settings;
    settings.srid = srid;
    std::unique_ptr<CacheFile> cache = CacheFile::create(target, settings, error);
    if (!cache)
      return false;
    SqliteDatabase &database = cache->database();
    phases->create = phase.elapsed().wall;
    phase.restart();

    if (!variant.pragmas.isEmpty() && !database.execute(variant.pragmas, error))
      return false;
    if (variant.rollbackJournal && !database.execute(QStringLiteral("PRAGMA journal_mode = DELETE"), error))
      return false;
    GDALDatasetH dataset =
        GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!check(dataset != nullptr, QStringLiteral("cannot open %1").arg(source), error))
      return false;
    std::unique_ptr<void, void (*)(void *)> closeDataset(dataset, [](void *d) { GDALClose(d); });
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int idField = OGR_FD_GetFieldIndex(definition, "id");
    const int floorsField = OGR_FD_GetFieldIndex(definition, "floors");
    const int nameField = OGR_FD_GetFieldIndex(definition, "name");
    if (!check(idField >= 0 && floorsField >= 0 && nameField >= 0, QStringLiteral("fields missing"), error))
      return false;

    SqliteTransaction transaction(database);
    if (!check(transaction.isActive(), transaction.errorMessage(), error))
      return false;
    if (variant.spatialIndex != ImportVariant::SpatialIndex::Triggers)
    {
      if (!check(database.scalar(QStringLiteral("SELECT DisableSpatialIndex('building', 'geom')")).toInt() ==
                     1,
                 QStringLiteral("DisableSpatialIndex failed"), error))
        return false;
      if (variant.spatialIndex == ImportVariant::SpatialIndex::Deferred &&
          !database.execute(QStringLiteral("DROP TABLE idx_building_geom"), error))
        return false;
    }
    if (variant.suppressJournal && !cache->setJournalSuppressed(true, error))
      return false;
    QString geometryTriggers;
    if (variant.dropGeometryTriggers)
    {
      geometryTriggers =
          database
              .scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = "
                                     "'trigger' AND name IN ('ggi_building_geom', 'tmi_building_geom')"))
              .toString();
      if (!database.execute(QStringLiteral("DROP TRIGGER ggi_building_geom; DROP TRIGGER tmi_building_geom"),
                            error))
        return false;
    }
    // The real path is the import's: a BulkLoad (index rebuilt once, journal written as one set)
    // around a FeatureWriter that only adds features.
    const bool realPath = variant.key == QLatin1String("real");
    BulkLoad bulk(*cache, QStringLiteral("building"));
    if (realPath && !bulk.start(error))
      return false;
    // Both are closed before the cache, so that closing it (the WAL checkpoint) is timed.
    auto writer = std::make_unique<FeatureWriter>(
        *cache, QStringLiteral("building"), QStringList{QStringLiteral("name"), QStringLiteral("floors")},
        realPath ? UpsertStatement::OnConflict::Fail : UpsertStatement::OnConflict::Update);
    if (!check(writer->isValid(), writer->errorMessage(), error))
      return false;
    auto convert = std::make_unique<SqliteStatement>(
        database.prepare(QStringLiteral("SELECT length(CastToMultiPolygon(GeomFromWKB(?1, %1)))").arg(srid)));

    QByteArray wkb;
    qint64 read = 0;
    qint64 checksum = 0; // keeps the read-only variant from being optimised away
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer))
    {
      std::unique_ptr<void, void (*)(void *)> destroy(feature, [](void *f) { OGR_F_Destroy(f); });
      ++read;
      OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
      if (!check(geometry != nullptr, QStringLiteral("feature %1 has no geometry").arg(read), error))
        return false;
      wkb.resize(OGR_G_WkbSize(geometry));
      OGR_G_ExportToIsoWkb(geometry, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
      const QString id = QString::fromUtf8(OGR_F_GetFieldAsString(feature, idField));
      const QString name = QString::fromUtf8(OGR_F_GetFieldAsString(feature, nameField));
      const int floors = OGR_F_GetFieldAsInteger(feature, floorsField);
      switch (variant.write)
      {
      case ImportVariant::Write::Insert:
        if (!writer->write(id, {name, floors}, wkb))
        {
          *error = writer->errorMessage();
          return false;
        }
        break;
      case ImportVariant::Write::ConvertOnly:
        convert->bindBlob(1, wkb);
        if (!check(convert->next(), QStringLiteral("conversion failed: %1").arg(convert->errorMessage()),
                   error))
          return false;
        checksum += convert->int64(0);
        convert->reset();
        break;
      case ImportVariant::Write::None:
        checksum += wkb.size() + id.size() + name.size() + floors;
        break;
      }
    }
    if (!geometryTriggers.isEmpty() && !database.execute(geometryTriggers, error))
      return false;
    phases->import = phase.elapsed().wall;
    phase.restart();
    if (realPath && !bulk.finish(error))
      return false;
    if (variant.spatialIndex == ImportVariant::SpatialIndex::Deferred &&
        !check(database.scalar(QStringLiteral("SELECT CreateSpatialIndex('building', 'geom')")).toInt() == 1,
               QStringLiteral("CreateSpatialIndex failed"), error))
      return false;
    phases->index = phase.elapsed().wall;
    phase.restart();
    if (variant.suppressJournal && !cache->setJournalSuppressed(false, error))
      return false;
    if (!check(transaction.commit(), transaction.errorMessage(), error))
      return false;
    if (variant.rollbackJournal && !database.execute(QStringLiteral("PRAGMA journal_mode = WAL"), error))
      return false;
    phases->commit = phase.elapsed().wall;
    phase.restart();
    writer.reset();
    convert.reset();
    closeDataset.reset();
    cache.reset();
    phases->close = phase.elapsed().wall;
    *sample = total.elapsed();
    Q_UNUSED(checksum)

    // Untimed: the file holds what was written.
    if (!check(read == expected, QStringLiteral("read %1 features of %2").arg(read).arg(expected), error))
      return false;
    cache = CacheFile::open(target, error);
    if (!cache)
      return false;
    const bool inserted = variant.write == ImportVariant::Write::Insert;
    const qint64 rows =
        cache->database().scalar(QStringLiteral("SELECT count(*) FROM building")).toLongLong();
    const qint64 journal =
        cache->database()
            .scalar(
                QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'building' AND operation = "
                               "'insert'"))
            .toLongLong();
    const qint64 expectedRows = inserted ? expected : 0;
    const qint64 expectedJournal = inserted && !variant.suppressJournal ? expected : 0;
    if (!check(rows == expectedRows,
               QStringLiteral("%1 rows in building, expected %2").arg(rows).arg(expectedRows), error) ||
        !check(
            journal == expectedJournal,
            QStringLiteral("%1 journal entries for building, expected %2").arg(journal).arg(expectedJournal),
            error))
      return false;
    if (variant.spatialIndex != ImportVariant::SpatialIndex::Disabled)
    {
      const qint64 indexed =
          cache->database().scalar(QStringLiteral("SELECT count(*) FROM idx_building_geom")).toLongLong();
      if (!check(
              indexed == expectedRows,
              QStringLiteral("%1 entries in the spatial index, expected %2").arg(indexed).arg(expectedRows),
              error))
        return false;
    }
    if (!check(cache->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString() ==
                   QLatin1String("wal"),
               QStringLiteral("the cache is no longer in WAL mode"), error))
      return false;
    return true;
  }

  /** Runs the peer, a program, and times it; false with its output in \a error when it fails. */
  bool runProgram(const QString &program, const QStringList &arguments, Sample *sample, QString *error)
  {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const Stopwatch watch(true);
    process.start(program, arguments);
    if (!process.waitForStarted(-1))
    {
      *error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
      return false;
    }
    process.waitForFinished(-1);
    *sample = watch.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
    {
      *error = QStringLiteral("%1 failed (exit code %2): %3")
                   .arg(program)
                   .arg(process.exitCode())
                   .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
      return false;
    }
    return true;
  }

  QStringList peerArguments(const QString &source, const QString &target, int limit = -1)
  {
    QStringList arguments{QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-dsco"),
                          QStringLiteral("SPATIALITE=YES")};
    if (limit >= 0)
      arguments << QStringLiteral("-limit") << QString::number(limit);
    return arguments << target << source;
  }

  // --- Point lookup ---------------------------------------------------------------------------

  struct Lattice
  {
      int columns = 0; // cells in x
      int rows = 0;    // cells in y
      int cells = 0;   // the first `cells` of the lattice, row by row, exist
      std::vector<Point> nodes;

      const Point &node(int i, int j) const { return nodes[static_cast<size_t>(j) * (columns + 1) + i]; }

      /** The outline of the cells [i0, i1) x [j0, j1), through every lattice node on its border. */
      Ring block(int i0, int j0, int i1, int j1) const
      {
        Ring ring;
        for (int i = i0; i <= i1; ++i)
          ring.push_back(node(i, j0));
        for (int j = j0 + 1; j <= j1; ++j)
          ring.push_back(node(i1, j));
        for (int i = i1 - 1; i >= i0; --i)
          ring.push_back(node(i, j1));
        for (int j = j1 - 1; j >= j0; --j)
          ring.push_back(node(i0, j));
        return ring;
      }
  };

  /**
   * A lattice of ~100 m cells whose inner nodes are moved by up to 20 m each way, so that the cells
   * are irregular quadrilaterals that still tile the rectangle; border nodes only move along it.
   */
  Lattice makeLattice(int cells)
  {
    Lattice lattice;
    lattice.columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(cells))));
    lattice.rows = (cells + lattice.columns - 1) / lattice.columns;
    lattice.cells = cells;
    Random random(seed + 1);
    for (int j = 0; j <= lattice.rows; ++j)
    {
      for (int i = 0; i <= lattice.columns; ++i)
      {
        const double dx = random.uniform(-20, 20);
        const double dy = random.uniform(-20, 20);
        const bool xFixed = i == 0 || i == lattice.columns;
        const bool yFixed = j == 0 || j == lattice.rows;
        lattice.nodes.push_back(
            {areaX0 + i * cellSize + (xFixed ? 0 : dx), areaY0 + j * cellSize + (yFixed ? 0 : dy)});
      }
    }
    return lattice;
  }

  QString threeDigits(int value)
  {
    return QStringLiteral("%1").arg(value, 3, 10, QLatin1Char('0'));
  }

  /**
   * Saves the district 330106, a street per row of communities, a community per 10 x 10 cells and
   * the cells (codes 330106SSSCCCNNN), in one transaction.
   */
  bool saveGrid(CacheFile &cache, const Lattice &lattice, QString *error)
  {
    AreaRepository areas(cache);
    SqliteTransaction transaction(cache.database());
    const QString district = QStringLiteral("330106");
    if (!areas.saveDistrict({district, QString(), QStringLiteral("西湖区"),
                             polygonWkb(lattice.block(0, 0, lattice.columns, lattice.rows))},
                            error))
      return false;
    const int communityColumns = (lattice.columns + communityBlock - 1) / communityBlock;
    const int communityRows = (lattice.rows + communityBlock - 1) / communityBlock;
    for (int cj = 0; cj < communityRows; ++cj)
    {
      const int j0 = cj * communityBlock;
      const int j1 = std::min(j0 + communityBlock, lattice.rows);
      const QString street = district + threeDigits(cj + 1);
      if (!areas.saveStreet({street, district, QStringLiteral("第%1街道").arg(cj + 1),
                             polygonWkb(lattice.block(0, j0, lattice.columns, j1))},
                            error))
        return false;
      for (int ci = 0; ci < communityColumns; ++ci)
      {
        const int i0 = ci * communityBlock;
        const int i1 = std::min(i0 + communityBlock, lattice.columns);
        const QString community = street + threeDigits(ci + 1);
        if (!areas.saveCommunity({community, street, QStringLiteral("第%1社区").arg(ci + 1),
                                  polygonWkb(lattice.block(i0, j0, i1, j1))},
                                 error))
          return false;
      }
    }
    for (int n = 0; n < lattice.cells; ++n)
    {
      const int i = n % lattice.columns;
      const int j = n / lattice.columns;
      const int sequence = (j % communityBlock) * communityBlock + i % communityBlock + 1;
      const QString code = district + threeDigits(j / communityBlock + 1) +
                           threeDigits(i / communityBlock + 1) + threeDigits(sequence);
      const std::optional<GridCode> gridCode = GridCode::parse(code, error);
      if (!gridCode)
        return false;
      GridCellRecord cell{*gridCode, polygonWkb(lattice.block(i, j, i + 1, j + 1))};
      cell.landUse = QStringLiteral("residential");
      if (!areas.saveGridCell(cell, error))
        return false;
    }
    if (!transaction.commit())
    {
      *error = transaction.errorMessage();
      return false;
    }
    return true;
  }

  // The statements timed against gridCellAt. gridSql repeats AreaRepository::gridCellAt's.
  const QString gridSql = QStringLiteral(
      "SELECT code FROM grid_cell WHERE rowid IN (SELECT pkid FROM idx_grid_cell_geom WHERE xmin <= ?1 AND "
      "xmax >= ?1 AND ymin <= ?2 AND ymax >= ?2) AND ST_Covers(geom, MakePoint(?1, ?2, ?3)) LIMIT 1");
  const QString peerSql = QStringLiteral(
      "SELECT code FROM grid_cell WHERE ST_Covers(geom, MakePoint(?1, ?2, 4549)) AND ROWID IN (SELECT ROWID "
      "FROM SpatialIndex WHERE f_table_name = 'grid_cell' AND search_frame = MakePoint(?1, ?2, 4549))");
  const QString rtreeSql = QStringLiteral(
      "SELECT pkid FROM idx_grid_cell_geom WHERE xmin <= ?1 AND xmax >= ?1 AND ymin <= ?2 AND ymax >= ?2");
  const QString bruteForceSql =
      QStringLiteral("SELECT code FROM grid_cell WHERE ST_Covers(geom, MakePoint(?1, ?2, 4549))");

  /** The first column of the first row of a prepared statement run at (x, y), then reset. */
  QString firstCode(SqliteStatement &statement, const Point &point, bool withSrid = false)
  {
    statement.bindDouble(1, point.x);
    statement.bindDouble(2, point.y);
    if (withSrid)
      statement.bindInt64(3, srid);
    const QString code = statement.next() ? statement.text(0) : QString();
    statement.reset();
    return code;
  }

  /** Times \a lookup over every point, \a iterations times, in µs per lookup. */
  Series timeLookups(const QString &name, const std::vector<Point> &points, int iterations,
                     const std::function<void(size_t, const Point &)> &lookup)
  {
    Series series{name};
    series.scale = 1e6 / static_cast<double>(points.size());
    series.unit = QStringLiteral("µs/lookup");
    for (int iteration = 0; iteration < iterations; ++iteration)
    {
      const Stopwatch watch;
      for (size_t i = 0; i < points.size(); ++i)
        lookup(i, points[i]);
      series.samples.push_back(watch.elapsed());
    }
    return series;
  }

  // --- The benchmark --------------------------------------------------------------------------

  struct Options
  {
      int features = 200000;
      int cells = 10000;
      int lookups = 100000;
      int iterations = 3;
      int check = 100;
      bool analyse = false;
      QStringList variants; // the import variants --analyse runs; all when empty
      bool insert = true;
      bool lookup = true;
      QString json;
      QString workDirectory;
      QString ogr2ogr;
  };

  class Benchmark
  {
    public:
      Benchmark(const Options &options, const QString &directory)
          : mOptions(options)
          , mDirectory(directory)
      {}

      int run();

    private:
      QString path(const QString &name) const { return QDir(mDirectory).filePath(name); }
      bool benchmarkInsert(QJsonObject *result);
      bool analyseInsert(const QString &source, QJsonObject *result);
      bool benchmarkLookup(QJsonObject *result);
      void analyseLookup(CacheFile &cache, const std::vector<Point> &points, const Series &ours,
                         QJsonObject *result);
      void fail(const QString &what)
      {
        print(QStringLiteral("FAILED: %1").arg(what));
        mFailed = true;
      }

      Options mOptions;
      QString mDirectory;
      bool mFailed = false;
  };

  bool Benchmark::benchmarkInsert(QJsonObject *result)
  {
    const QString source = path(QStringLiteral("source.fgb"));
    QString error;
    print(QStringLiteral("Writing %1 polygons to %2 (untimed)...").arg(mOptions.features).arg(source));
    const Stopwatch generation;
    if (!writeSource(source, mOptions.features, &error))
    {
      fail(error);
      return false;
    }
    const qint64 sourceCount = featureCount(source);
    if (sourceCount != mOptions.features)
    {
      fail(QStringLiteral("the source holds %1 features, not %2").arg(sourceCount).arg(mOptions.features));
      return false;
    }
    print(QStringLiteral("  done in %1 s, %2 MB")
              .arg(number(generation.elapsed().wall, 2), number(QFileInfo(source).size() / 1e6, 1)));

    Series peer{QStringLiteral("ogr2ogr -f SQLite -dsco SPATIALITE=YES out.sqlite source.fgb")};
    Series ours{QStringLiteral("CacheFile::create + OGR read + FeatureWriter in one transaction")};
    if (mOptions.ogr2ogr.isEmpty())
      peer.unavailable = QStringLiteral("ogr2ogr not found (install gdal-bin)");
    std::vector<ImportPhases> phases;
    const ImportVariant real{QStringLiteral("real"), QStringLiteral("the real import path")};
    for (int iteration = 0; iteration < mOptions.iterations; ++iteration)
    {
      // Alternate who goes first, so that neither always meets a warmer page cache.
      for (int turn = 0; turn < 2; ++turn)
      {
        const bool peerTurn = (turn == 0) == (iteration % 2 == 0);
        if (peerTurn && peer.unavailable.isEmpty())
        {
          const QString target = path(QStringLiteral("peer.sqlite"));
          QFile::remove(target);
          Sample sample;
          if (!runProgram(mOptions.ogr2ogr, peerArguments(source, target), &sample, &error))
          {
            peer.unavailable = error;
            print(QStringLiteral("peer unavailable: %1").arg(error));
            continue;
          }
          if (iteration == 0 && featureCount(target) != mOptions.features)
            fail(QStringLiteral("ogr2ogr wrote %1 features, not %2")
                     .arg(featureCount(target))
                     .arg(mOptions.features));
          QFile::remove(target);
          peer.samples.push_back(sample);
        }
        else if (!peerTurn)
        {
          const QString target = path(QStringLiteral("ours.xhc"));
          removeCache(target);
          Sample sample;
          ImportPhases phase;
          if (!importIntoCache(source, target, real, mOptions.features, &sample, &phase, &error))
          {
            fail(QStringLiteral("import into the cache: %1").arg(error));
            return false;
          }
          removeCache(target);
          ours.samples.push_back(sample);
          phases.push_back(phase);
        }
      }
    }
    *result = printComparison(
        QStringLiteral(
            "== Bulk insert: %1 polygons from FlatGeobuf into SQLite/SpatiaLite, %2 iterations (seconds) ==")
            .arg(mOptions.features)
            .arg(mOptions.iterations),
        peer, ours, 3, QStringLiteral(">1: the cache is faster"));
    const Statistics wall = ours.wall();
    print(QStringLiteral("ours: %1 µs per feature (median); checked every iteration: %2 rows, %2 journal "
                         "entries, %2 spatial index entries")
              .arg(number(wall.median * 1e6 / mOptions.features, 1))
              .arg(mOptions.features));
    QJsonObject phaseJson;
    QStringList phaseText;
    for (const auto &[key, field] :
         {std::pair<QString, double ImportPhases::*>{QStringLiteral("create"), &ImportPhases::create},
          {QStringLiteral("import"), &ImportPhases::import},
          {QStringLiteral("commit"), &ImportPhases::commit},
          {QStringLiteral("close"), &ImportPhases::close}})
    {
      std::vector<double> values;
      for (const ImportPhases &p : phases)
        values.push_back(p.*field);
      const double median = statistics(values).median;
      phaseJson.insert(key, median);
      phaseText.append(QStringLiteral("%1 %2").arg(key, number(median, 3)));
    }
    print(QStringLiteral("ours by phase (median s): %1").arg(phaseText.join(QStringLiteral(", "))));
    result->insert(QStringLiteral("features"), mOptions.features);
    result->insert(QStringLiteral("ours_phases_median_s"), phaseJson);
    if (mOptions.analyse && !analyseInsert(source, result))
      return false;
    return true;
  }

  bool Benchmark::analyseInsert(const QString &source, QJsonObject *result)
  {
    using Index = ImportVariant::SpatialIndex;
    using Write = ImportVariant::Write;
    QList<ImportVariant> variants;
    variants.append({QStringLiteral("real"), QStringLiteral("the real path (as above)")});
    variants.append({QStringLiteral("read_only"),
                     QStringLiteral("create + read the source + export WKB, no SQL"), Write::None});
    variants.append({QStringLiteral("convert_only"),
                     QStringLiteral("... + SELECT CastToMultiPolygon(GeomFromWKB()) per feature"),
                     Write::ConvertOnly});
    variants.append({QStringLiteral("no_journal"), QStringLiteral("journal suppressed"), Write::Insert,
                     Index::Triggers, true});
    variants.append({QStringLiteral("no_rtree"), QStringLiteral("spatial index disabled (not rebuilt)"),
                     Write::Insert, Index::Disabled});
    variants.append({QStringLiteral("bare"), QStringLiteral("journal suppressed and spatial index disabled"),
                     Write::Insert, Index::Disabled, true});
    variants.append({QStringLiteral("deferred_rtree"),
                     QStringLiteral("spatial index dropped, CreateSpatialIndex after the rows"),
                     Write::Insert, Index::Deferred});
    variants.append({QStringLiteral("no_geometry_triggers"),
                     QStringLiteral("geometry-check and statistics triggers dropped, restored after"),
                     Write::Insert, Index::Triggers, false, QString(), false, true});
    const QString cache = QStringLiteral("PRAGMA cache_size = -262144;");
    const QString memory = QStringLiteral("PRAGMA temp_store = MEMORY;");
    variants.append({QStringLiteral("cache_256m"), QStringLiteral("PRAGMA cache_size = 256 MiB"),
                     Write::Insert, Index::Triggers, false, cache});
    variants.append({QStringLiteral("sync_off"), QStringLiteral("PRAGMA synchronous = OFF"), Write::Insert,
                     Index::Triggers, false, QStringLiteral("PRAGMA synchronous = OFF")});
    variants.append({QStringLiteral("rollback_journal"),
                     QStringLiteral("journal_mode DELETE for the import (WAL after)"), Write::Insert,
                     Index::Triggers, false, QString(), true});
    variants.append({QStringLiteral("temp_store_memory"),
                     QStringLiteral("PRAGMA temp_store = MEMORY (statement journals in memory)"),
                     Write::Insert, Index::Triggers, false, memory});
    variants.append({QStringLiteral("temp_store_memory_no_journal"),
                     QStringLiteral("temp_store MEMORY + journal suppressed"), Write::Insert, Index::Triggers,
                     true, memory});
    variants.append({QStringLiteral("temp_store_memory_bare"),
                     QStringLiteral("temp_store MEMORY + no journal, no spatial index"), Write::Insert,
                     Index::Disabled, true, memory});
    variants.append({QStringLiteral("temp_store_memory_deferred_rtree"),
                     QStringLiteral("temp_store MEMORY + deferred spatial index"), Write::Insert,
                     Index::Deferred, false, memory});
    variants.append(
        {QStringLiteral("bulk"),
         QStringLiteral("temp_store MEMORY + cache 256 MiB + deferred index + no geometry triggers"),
         Write::Insert, Index::Deferred, false, memory + cache, false, true});
    variants.append({QStringLiteral("bulk_no_journal"), QStringLiteral("the same, journal suppressed"),
                     Write::Insert, Index::Deferred, true, memory + cache, false, true});

    QList<ImportVariant> selected;
    for (const ImportVariant &variant : std::as_const(variants))
    {
      if (variant.key == QLatin1String("real") || mOptions.variants.isEmpty() ||
          mOptions.variants.contains(variant.key))
        selected.append(variant);
    }
    // Round robin, so that a burst of load elsewhere on the machine does not hit one variant only.
    std::vector<std::vector<Sample>> samples(static_cast<size_t>(selected.size()));
    std::vector<std::vector<ImportPhases>> phases(static_cast<size_t>(selected.size()));
    for (int iteration = 0; iteration < mOptions.iterations; ++iteration)
    {
      for (int v = 0; v < selected.size(); ++v)
      {
        const QString target = path(QStringLiteral("variant.xhc"));
        removeCache(target);
        Sample sample;
        ImportPhases phase;
        QString error;
        if (!importIntoCache(source, target, selected.at(v), mOptions.features, &sample, &phase, &error))
        {
          fail(QStringLiteral("variant %1: %2").arg(selected.at(v).key, error));
          return false;
        }
        removeCache(target);
        samples[static_cast<size_t>(v)].push_back(sample);
        phases[static_cast<size_t>(v)].push_back(phase);
      }
    }

    print(QString());
    print(QStringLiteral(
              "-- Where the import's time goes (%1 iterations, round robin; median seconds; cpu = user "
              "+ sys; the variants change only this benchmark's scratch caches) --")
              .arg(mOptions.iterations));
    const QList<int> widths{72, 8, 8, 8, 8, 8, 8, 8, 9};
    print(row({QStringLiteral("variant"), QStringLiteral("wall"), QStringLiteral("cpu"),
               QStringLiteral("create"), QStringLiteral("import"), QStringLiteral("index"),
               QStringLiteral("commit"), QStringLiteral("close"), QStringLiteral("vs real")},
              widths));
    QJsonArray json;
    double realMedian = 0;
    for (int v = 0; v < selected.size(); ++v)
    {
      const ImportVariant &variant = selected.at(v);
      std::vector<double> walls;
      std::vector<double> cpus;
      for (const Sample &sample : samples[static_cast<size_t>(v)])
      {
        walls.push_back(sample.wall);
        cpus.push_back(sample.user + sample.system);
      }
      auto median = [&](double ImportPhases::*field) {
        std::vector<double> values;
        for (const ImportPhases &p : phases[static_cast<size_t>(v)])
          values.push_back(p.*field);
        return statistics(values).median;
      };
      const double wall = statistics(walls).median;
      const double cpu = statistics(cpus).median;
      if (variant.key == QLatin1String("real"))
        realMedian = wall;
      print(
          row({variant.description, number(wall, 3), number(cpu, 3), number(median(&ImportPhases::create), 3),
               number(median(&ImportPhases::import), 3), number(median(&ImportPhases::index), 3),
               number(median(&ImportPhases::commit), 3), number(median(&ImportPhases::close), 3),
               QStringLiteral("%1%").arg(number(100 * (wall - realMedian) / realMedian, 0))},
              widths));
      json.append(QJsonObject{{QStringLiteral("variant"), variant.key},
                              {QStringLiteral("description"), variant.description},
                              {QStringLiteral("wall_median_s"), wall},
                              {QStringLiteral("cpu_median_s"), cpu},
                              {QStringLiteral("create_median_s"), median(&ImportPhases::create)},
                              {QStringLiteral("import_median_s"), median(&ImportPhases::import)},
                              {QStringLiteral("index_median_s"), median(&ImportPhases::index)},
                              {QStringLiteral("commit_median_s"), median(&ImportPhases::commit)},
                              {QStringLiteral("close_median_s"), median(&ImportPhases::close)}});
    }

    // The peer's fixed cost: the same command for one feature.
    if (!mOptions.ogr2ogr.isEmpty())
    {
      std::vector<double> totals;
      for (int iteration = 0; iteration < mOptions.iterations; ++iteration)
      {
        const QString target = path(QStringLiteral("peer1.sqlite"));
        QFile::remove(target);
        Sample sample;
        QString error;
        if (runProgram(mOptions.ogr2ogr, peerArguments(source, target, 1), &sample, &error))
          totals.push_back(sample.wall);
        QFile::remove(target);
      }
      const double fixed = statistics(totals).median;
      print(row({QStringLiteral("peer with -limit 1 (its fixed cost)"), number(fixed, 3)}, widths));
      result->insert(QStringLiteral("peer_fixed_cost_median_s"), fixed);
    }
    result->insert(QStringLiteral("analysis"), json);
    return true;
  }

  bool Benchmark::benchmarkLookup(QJsonObject *result)
  {
    const QString cachePath = path(QStringLiteral("grid.xhc"));
    removeCache(cachePath);
    QString error;
    CacheSettings settings;
    settings.srid = srid;
    std::unique_ptr<CacheFile> cache = CacheFile::create(cachePath, settings, &error);
    if (!cache)
    {
      fail(error);
      return false;
    }
    const Lattice lattice = makeLattice(mOptions.cells);
    print(QString());
    print(QStringLiteral("Saving %1 grid cells (%2 x %3 lattice, untimed)...")
              .arg(lattice.cells)
              .arg(lattice.columns)
              .arg(lattice.rows));
    const Stopwatch setup;
    if (!saveGrid(*cache, lattice, &error))
    {
      fail(QStringLiteral("saving the grid: %1").arg(error));
      return false;
    }
    const qint64 saved =
        cache->database().scalar(QStringLiteral("SELECT count(*) FROM grid_cell")).toLongLong();
    print(QStringLiteral("  done in %1 s; %2 cells, %3 communities, %4 streets")
              .arg(number(setup.elapsed().wall, 2))
              .arg(saved)
              .arg(cache->database().scalar(QStringLiteral("SELECT count(*) FROM community")).toLongLong())
              .arg(cache->database().scalar(QStringLiteral("SELECT count(*) FROM street")).toLongLong()));
    if (saved != mOptions.cells)
    {
      fail(QStringLiteral("%1 grid cells saved, not %2").arg(saved).arg(mOptions.cells));
      return false;
    }

    Random random(seed + 2);
    std::vector<Point> points(static_cast<size_t>(mOptions.lookups));
    for (Point &point : points)
      point = {random.uniform(areaX0, areaX0 + lattice.columns * cellSize),
               random.uniform(areaY0, areaY0 + lattice.rows * cellSize)};

    std::vector<QString> ourAnswers(points.size());
    std::vector<QString> peerAnswers(points.size());
    AreaRepository areas(*cache);
    SqliteStatement peerStatement = cache->database().prepare(peerSql);
    if (!peerStatement.isValid())
    {
      fail(QStringLiteral("the peer statement: %1").arg(peerStatement.errorMessage()));
      return false;
    }
    Series ours{QStringLiteral("AreaRepository::gridCellAt(x, y)")};
    Series peer{QStringLiteral("ST_Covers + SpatialIndex virtual table, one prepared statement")};
    ours.unit = peer.unit = QStringLiteral("µs/lookup");
    ours.scale = peer.scale = 1e6 / static_cast<double>(points.size());
    for (int iteration = 0; iteration < mOptions.iterations; ++iteration)
    {
      for (int turn = 0; turn < 2; ++turn)
      {
        const bool peerTurn = (turn == 0) == (iteration % 2 == 0);
        if (peerTurn)
          peer.samples.push_back(timeLookups(QString(), points, 1, [&](size_t i, const Point &p) {
                                   peerAnswers[i] = firstCode(peerStatement, p);
                                 }).samples.front());
        else
          ours.samples.push_back(timeLookups(QString(), points, 1, [&](size_t i, const Point &p) {
                                   ourAnswers[i] = areas.gridCellAt(p.x, p.y).value_or(QString());
                                 }).samples.front());
      }
      if (peerStatement.failed())
      {
        fail(QStringLiteral("the peer statement: %1").arg(peerStatement.errorMessage()));
        return false;
      }
    }
    *result =
        printComparison(QStringLiteral("== Point in grid cell: %1 lookups among %2 cells, %3 iterations "
                                       "(µs per lookup) ==")
                            .arg(mOptions.lookups)
                            .arg(mOptions.cells)
                            .arg(mOptions.iterations),
                        peer, ours, 2, QStringLiteral(">1: gridCellAt is faster"));
    const double median = ours.wall().median;
    print(QStringLiteral("aim: under 50 µs per lookup: %1 (median %2 µs)")
              .arg(median < 50 ? QStringLiteral("met") : QStringLiteral("NOT met"), number(median, 2)));

    // Correctness: every answer agrees with the peer's; a sample with a brute-force ST_Covers.
    qint64 found = 0;
    qint64 disagreements = 0;
    for (size_t i = 0; i < points.size(); ++i)
    {
      found += ourAnswers[i].isEmpty() ? 0 : 1;
      disagreements += ourAnswers[i] == peerAnswers[i] ? 0 : 1;
    }
    SqliteStatement bruteForce = cache->database().prepare(bruteForceSql);
    const int sample = std::min<int>(mOptions.check, static_cast<int>(points.size()));
    int wrong = 0;
    for (int n = 0; n < sample; ++n)
    {
      // Spread over the whole list of points.
      const size_t i = static_cast<size_t>(n) * points.size() / static_cast<size_t>(sample);
      bruteForce.bindDouble(1, points[i].x);
      bruteForce.bindDouble(2, points[i].y);
      QStringList covering;
      while (bruteForce.next())
        covering.append(bruteForce.text(0));
      bruteForce.reset();
      const bool right = covering.isEmpty() ? ourAnswers[i].isEmpty() : covering.contains(ourAnswers[i]);
      if (!right)
      {
        ++wrong;
        print(QStringLiteral("  wrong: (%1, %2) gridCellAt says '%3', ST_Covers says '%4'")
                  .arg(number(points[i].x, 3), number(points[i].y, 3), ourAnswers[i],
                       covering.join(QStringLiteral(","))));
      }
    }
    print(
        QStringLiteral("checked: %1 of %2 points in a cell; %3 disagreements with the peer; %4 of %5 sampled "
                       "answers wrong against a brute-force ST_Covers")
            .arg(found)
            .arg(points.size())
            .arg(disagreements)
            .arg(wrong)
            .arg(sample));
    if (disagreements > 0 || wrong > 0)
      fail(QStringLiteral("gridCellAt gave wrong answers"));
    result->insert(QStringLiteral("cells"), mOptions.cells);
    result->insert(QStringLiteral("lookups"), mOptions.lookups);
    result->insert(QStringLiteral("points_in_a_cell"), found);
    result->insert(QStringLiteral("disagreements_with_peer"), disagreements);
    result->insert(QStringLiteral("brute_force_checked"), sample);
    result->insert(QStringLiteral("brute_force_wrong"), wrong);
    if (mOptions.analyse)
      analyseLookup(*cache, points, ours, result);
    return true;
  }

  void Benchmark::analyseLookup(CacheFile &cache, const std::vector<Point> &points, const Series &ours,
                                QJsonObject *result)
  {
    SqliteDatabase &database = cache.database();
    SqliteStatement grid = database.prepare(gridSql);
    SqliteStatement peerPerCall;
    SqliteStatement rtree = database.prepare(rtreeSql);
    SqliteStatement floor = database.prepare(QStringLiteral("SELECT value FROM metadata WHERE key = 'srid'"));
    qint64 sink = 0;
    std::vector<Series> parts;
    parts.push_back(ours);
    parts.push_back(timeLookups(QStringLiteral("CacheFile::srid() alone"), points, mOptions.iterations,
                                [&](size_t, const Point &) { sink += cache.srid(); }));
    parts.push_back(timeLookups(QStringLiteral("preparing gridCellAt's statement alone"), points,
                                mOptions.iterations,
                                [&](size_t, const Point &) { sink += database.prepare(gridSql).isValid(); }));
    parts.push_back(timeLookups(QStringLiteral("gridCellAt's statement prepared once"), points,
                                mOptions.iterations,
                                [&](size_t, const Point &p) { sink += firstCode(grid, p, true).size(); }));
    parts.push_back(timeLookups(QStringLiteral("a one-row metadata read, prepared once"), points,
                                mOptions.iterations, [&](size_t, const Point &) {
                                  if (floor.next())
                                    sink += floor.int64(0);
                                  floor.reset();
                                }));
    parts.push_back(timeLookups(QStringLiteral("R*Tree candidates alone, prepared once"), points,
                                mOptions.iterations, [&](size_t, const Point &p) {
                                  rtree.bindDouble(1, p.x);
                                  rtree.bindDouble(2, p.y);
                                  while (rtree.next())
                                    sink += rtree.int64(0);
                                  rtree.reset();
                                }));
    parts.push_back(timeLookups(QStringLiteral("peer statement prepared for every lookup"), points,
                                mOptions.iterations, [&](size_t, const Point &p) {
                                  SqliteStatement statement = database.prepare(peerSql);
                                  sink += firstCode(statement, p).size();
                                }));
    Q_UNUSED(sink)
    print(QString());
    print(QStringLiteral("-- Where a lookup's time goes (%1 lookups, %2 iterations, µs per lookup) --")
              .arg(points.size())
              .arg(mOptions.iterations));
    const QList<int> widths{44, 10, 10, 10};
    print(
        row({QStringLiteral("part"), QStringLiteral("min"), QStringLiteral("median"), QStringLiteral("max")},
            widths));
    QJsonArray json;
    for (const Series &part : parts)
    {
      const Statistics s = part.wall();
      print(row({part.name, number(s.min, 2), number(s.median, 2), number(s.max, 2)}, widths));
      json.append(QJsonObject{{QStringLiteral("part"), part.name},
                              {QStringLiteral("min_us"), s.min},
                              {QStringLiteral("median_us"), s.median},
                              {QStringLiteral("max_us"), s.max}});
    }
    result->insert(QStringLiteral("analysis"), json);
  }

  int Benchmark::run()
  {
    QString sqliteVersion;
    QString spatialiteVersion;
    QString geosVersion;
    {
      SqliteDatabase database;
      QString error;
      if (database.open(QStringLiteral(":memory:"), SqliteDatabase::OpenMode::ReadWriteCreate, &error))
      {
        sqliteVersion = database.scalar(QStringLiteral("SELECT sqlite_version()")).toString();
        spatialiteVersion = database.scalar(QStringLiteral("SELECT spatialite_version()")).toString();
        geosVersion = database.scalar(QStringLiteral("SELECT geos_version()")).toString();
      }
    }
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QString load = loadFile.open(QIODevice::ReadOnly)
                             ? QString::fromLatin1(loadFile.readAll()).section(QLatin1Char(' '), 0, 2)
                             : QString();
    print(QStringLiteral("bench_cache: Qt %1, GDAL %2, SQLite %3, SpatiaLite %4, GEOS %5; %6 CPUs, load %7")
              .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")),
                   sqliteVersion, spatialiteVersion, geosVersion)
              .arg(QThread::idealThreadCount())
              .arg(load));
    print(QStringLiteral("work directory %1; peer %2")
              .arg(mDirectory, mOptions.ogr2ogr.isEmpty() ? QStringLiteral("(none)") : mOptions.ogr2ogr));

    QJsonObject json{
        {QStringLiteral("benchmark"), QStringLiteral("bench_cache")},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                     {QStringLiteral("gdal"), QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"))},
                     {QStringLiteral("sqlite"), sqliteVersion},
                     {QStringLiteral("spatialite"), spatialiteVersion},
                     {QStringLiteral("geos"), geosVersion},
                     {QStringLiteral("cpus"), QThread::idealThreadCount()},
                     {QStringLiteral("load_average"), load}}},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("features"), mOptions.features},
                                                {QStringLiteral("cells"), mOptions.cells},
                                                {QStringLiteral("lookups"), mOptions.lookups},
                                                {QStringLiteral("iterations"), mOptions.iterations},
                                                {QStringLiteral("check"), mOptions.check},
                                                {QStringLiteral("analyse"), mOptions.analyse}}}};
    if (mOptions.insert)
    {
      QJsonObject insert;
      benchmarkInsert(&insert);
      json.insert(QStringLiteral("insert"), insert);
    }
    if (mOptions.lookup)
    {
      QJsonObject lookup;
      benchmarkLookup(&lookup);
      json.insert(QStringLiteral("lookup"), lookup);
    }
    json.insert(QStringLiteral("failed"), mFailed);
    if (!mOptions.json.isEmpty())
    {
      QFile file(mOptions.json);
      if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
          file.write(QJsonDocument(json).toJson()) < 0)
      {
        print(QStringLiteral("cannot write %1: %2").arg(mOptions.json, file.errorString()));
        return 1;
      }
      print(QString());
      print(QStringLiteral("figures written to %1").arg(mOptions.json));
    }
    return mFailed ? 1 : 0;
  }
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("bench_cache"));
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Benchmarks the cache: bulk insert against ogr2ogr -f SQLite -dsco SPATIALITE=YES, and "
      "point-in-grid-cell "
      "lookup against SpatiaLite's SpatialIndex. Prints min/median/max over the iterations and the ratio "
      "peer/ours (>1: the cache is faster). Exit status 1 only for wrong results, never for timing."));
  parser.addHelpOption();
  const QCommandLineOption features(QStringLiteral("features"),
                                    QStringLiteral("Polygons to import (200000)."), QStringLiteral("n"));
  const QCommandLineOption cells(QStringLiteral("cells"), QStringLiteral("Grid cells (10000)."),
                                 QStringLiteral("n"));
  const QCommandLineOption lookups(QStringLiteral("lookups"), QStringLiteral("Point lookups (100000)."),
                                   QStringLiteral("n"));
  const QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("Iterations (3)."),
                                      QStringLiteral("n"));
  const QCommandLineOption quick(
      QStringLiteral("quick"), QStringLiteral("Small sizes for a smoke test: 5000 features, 400 cells, 2000 "
                                              "lookups, 2 iterations (explicit sizes still apply)."));
  const QCommandLineOption only(
      QStringLiteral("only"), QStringLiteral("Run only one part: insert or lookup."), QStringLiteral("part"));
  const QCommandLineOption analyse(QStringLiteral("analyse"),
                                   QStringLiteral("Also measure where the time goes (variants of the import, "
                                                  "parts of a lookup)."));
  const QCommandLineOption variants(
      QStringLiteral("variants"),
      QStringLiteral("With --analyse, only these import variants (comma-separated "
                     "keys, as in the JSON), besides the real path."),
      QStringLiteral("keys"));
  const QCommandLineOption checkCount(
      QStringLiteral("check"), QStringLiteral("Lookups checked against a brute-force ST_Covers (100)."),
      QStringLiteral("n"));
  const QCommandLineOption json(
      QStringLiteral("json"), QStringLiteral("Write the figures to this JSON file."), QStringLiteral("file"));
  const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                   QStringLiteral("Where to write the source and the outputs (kept); a "
                                                  "temporary directory, removed after, by default."),
                                   QStringLiteral("dir"));
  const QCommandLineOption ogr2ogr(QStringLiteral("ogr2ogr"),
                                   QStringLiteral("The peer program (ogr2ogr from PATH)."),
                                   QStringLiteral("path"));
  parser.addOptions({features, cells, lookups, iterations, quick, only, analyse, variants, checkCount, json,
                     workDir, ogr2ogr});
  parser.process(app);

  Options options;
  if (parser.isSet(quick))
  {
    options.features = 5000;
    options.cells = 400;
    options.lookups = 2000;
    options.iterations = 2;
    options.check = 20;
  }
  bool valid = true;
  auto integer = [&](const QCommandLineOption &option, int *value, int minimum, int maximum) {
    if (!parser.isSet(option))
      return;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
    {
      std::fprintf(stderr, "--%s must be a number from %d to %d\n", qPrintable(option.names().constFirst()),
                   minimum, maximum);
      valid = false;
      return;
    }
    *value = parsed;
  };
  integer(features, &options.features, 1, 20000000);
  integer(cells, &options.cells, 1, 1000000);
  integer(lookups, &options.lookups, 1, 100000000);
  integer(iterations, &options.iterations, 1, 1000);
  integer(checkCount, &options.check, 0, 100000000);
  if (parser.isSet(only))
  {
    const QString part = parser.value(only);
    options.insert = part == QLatin1String("insert");
    options.lookup = part == QLatin1String("lookup");
    if (!options.insert && !options.lookup)
    {
      std::fprintf(stderr, "--only takes insert or lookup\n");
      valid = false;
    }
  }
  if (!valid)
    return 2;
  options.analyse = parser.isSet(analyse);
  options.variants = parser.value(variants).split(QLatin1Char(','), Qt::SkipEmptyParts);
  options.json = parser.value(json);
  options.ogr2ogr = parser.isSet(ogr2ogr) ? parser.value(ogr2ogr)
                                          : QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));

  std::unique_ptr<QTemporaryDir> temporary;
  QString directory;
  if (parser.isSet(workDir))
  {
    directory = QDir(parser.value(workDir)).absolutePath();
    if (!QDir().mkpath(directory))
    {
      std::fprintf(stderr, "cannot create %s\n", qPrintable(directory));
      return 2;
    }
  }
  else
  {
    temporary = std::make_unique<QTemporaryDir>();
    if (!temporary->isValid())
    {
      std::fprintf(stderr, "cannot create a temporary directory\n");
      return 2;
    }
    directory = temporary->path();
  }

  GDALAllRegister();
  return Benchmark(options, directory).run();
}
