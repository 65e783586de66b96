#include "dataimport/cityimporter.h"

#include "cache/cachefile.h"
#include "cache/componentrepository.h"
#include "cache/featurewriter.h"
#include "cache/schema.h"
#include "dataimport/importgeometry.h"
#include "formats/gdalsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <map>
#include <memory>

namespace
{
  constexpr int maximumExamples = 10;

  /** Whether \a text is well-formed UTF-8 (no overlong forms or surrogates are checked for: GDAL's job). */
  bool isUtf8(const char *text)
  {
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    while (*bytes)
    {
      int following = 0;
      if (*bytes < 0x80)
        following = 0;
      else if ((*bytes & 0xE0) == 0xC0 && *bytes >= 0xC2)
        following = 1;
      else if ((*bytes & 0xF0) == 0xE0)
        following = 2;
      else if ((*bytes & 0xF8) == 0xF0 && *bytes <= 0xF4)
        following = 3;
      else
        return false;
      ++bytes;
      for (int i = 0; i < following; ++i, ++bytes)
      {
        if ((*bytes & 0xC0) != 0x80)
          return false;
      }
    }
    return true;
  }

  struct SpatialReferenceDeleter
  {
      void operator()(OGRSpatialReferenceH reference) const { OSRDestroySpatialReference(reference); }
  };
  using SpatialReference =
      std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceDeleter>;

  struct TransformationDeleter
  {
      void operator()(OGRCoordinateTransformationH transformation) const
      {
        OCTDestroyCoordinateTransformation(transformation);
      }
  };
  using Transformation =
      std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformationDeleter>;

  struct FeatureDeleter
  {
      void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
  };
  using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;

  /** Writes the features of one cache table, in bulk when the table was empty. */
  class TargetWriter
  {
      Q_DECLARE_TR_FUNCTIONS(CityImporter)

    public:
      TargetWriter(CacheFile &cache, const QString &table, const QStringList &columns,
                   const Catalogue *catalogue)
          : mCache(cache)
          , mTable(table)
          , mColumns(columns)
      {
        if (table == QLatin1String("component"))
        {
          mComponents = std::make_unique<ComponentRepository>(cache, catalogue);
          return;
        }
        mBulk =
            cache.database().scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong() ==
            0;
        mFeatures = std::make_unique<FeatureWriter>(cache, table, columns,
                                                    mBulk ? UpsertStatement::OnConflict::Fail
                                                          : UpsertStatement::OnConflict::Update);
      }

      bool start(QString *error)
      {
        if (mFeatures && !mFeatures->isValid())
        {
          *error = mFeatures->errorMessage();
          return false;
        }
        if (!mBulk)
          return true;
        mBulkLoad = std::make_unique<BulkLoad>(mCache, mTable);
        return mBulkLoad->start(error);
      }

      bool finish(QString *error) { return !mBulkLoad || mBulkLoad->finish(error); }

      /** Whether \a id was written by this import already: a source can hold a feature twice. */
      bool seen(const QString &id)
      {
        const int before = mIds.size();
        mIds.insert(id);
        return mIds.size() == before;
      }

      bool write(const QString &id, const QVariantList &values, const QByteArray &wkb, QString *error)
      {
        if (mFeatures)
        {
          if (mFeatures->write(id, values, wkb))
            return true;
          *error = mFeatures->errorMessage();
          return false;
        }
        return writeComponent(id, values, wkb, error);
      }

      int departmentsCreated() const { return mDepartmentsCreated; }

    private:
      QString value(const QVariantList &values, const QString &column) const
      {
        const int index = mColumns.indexOf(column);
        return index >= 0 ? values.at(index).toString().trimmed() : QString();
      }

      /** A date as GB/T 47678.5 writes it (YYYYMMDD), or as ISO 8601. */
      static QDate date(const QString &text)
      {
        const QDate compact = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
        return compact.isValid() ? compact : QDate::fromString(text, Qt::ISODate);
      }

      /** The department called \a name, created when the cache has none of that name. */
      std::optional<QString> department(const QString &name, QString *error)
      {
        if (name.isEmpty())
          return QString();
        if (mDepartments.contains(name))
          return mDepartments.value(name);
        SqliteDatabase &database = mCache.database();
        SqliteStatement find =
            database.prepare(QStringLiteral("SELECT id FROM department WHERE name = ?1 LIMIT 1"));
        find.bindText(1, name);
        QString id;
        if (find.next())
        {
          id = find.text(0);
        }
        else
        {
          id = QStringLiteral("import-") +
               QString::fromLatin1(
                   QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
          SqliteStatement insert = database.prepare(
              QStringLiteral("INSERT INTO department (id, name, department_type) VALUES (?1, ?2, 'other')"));
          insert.bindText(1, id);
          insert.bindText(2, name);
          if (!insert.run())
          {
            *error = tr("department \"%1\": %2").arg(name, insert.errorMessage());
            return std::nullopt;
          }
          ++mDepartmentsCreated;
        }
        mDepartments.insert(name, id);
        return id;
      }

      bool writeComponent(const QString &id, const QVariantList &values, const QByteArray &wkb,
                          QString *error)
      {
        const std::optional<ComponentId> componentId = ComponentId::parse(id, error);
        if (!componentId)
          return false;
        ComponentRecord record;
        record.id = *componentId;
        record.name = value(values, QStringLiteral("name"));
        record.state = value(values, QStringLiteral("state"));
        if (record.state.isEmpty())
          record.state = QStringLiteral("intact");
        record.gridCode = value(values, QStringLiteral("grid_code"));
        record.initialDate = date(value(values, QStringLiteral("initial_date")));
        record.changeDate = date(value(values, QStringLiteral("change_date")));
        record.dataSource = value(values, QStringLiteral("data_source"));
        record.locationDescription = value(values, QStringLiteral("location_description"));
        record.note = value(values, QStringLiteral("note"));
        record.locationWkb = wkb;
        for (const auto &[column, target] :
             {std::pair<QString, QString *>{QStringLiteral("authority_department_id"),
                                            &record.authorityDepartmentId},
              {QStringLiteral("owner_department_id"), &record.ownerDepartmentId},
              {QStringLiteral("maintainer_department_id"), &record.maintainerDepartmentId}})
        {
          const std::optional<QString> department = this->department(value(values, column), error);
          if (!department)
            return false;
          *target = *department;
        }
        return mComponents->save(record, error);
      }

      CacheFile &mCache;
      QString mTable;
      QStringList mColumns;
      bool mBulk = false;
      std::unique_ptr<FeatureWriter> mFeatures;
      std::unique_ptr<BulkLoad> mBulkLoad;
      std::unique_ptr<ComponentRepository> mComponents;
      QSet<QString> mIds;
      QHash<QString, QString> mDepartments;
      int mDepartmentsCreated = 0;
  };

  /** A rule with its fields found in one source layer (-1: the layer has no such field). */
  struct LayerRule
  {
      const ImportRule *rule = nullptr;
      QList<int> whenFields;
      QList<int> unlessFields;
      QList<int> columnFields; //!< by the writer's column order; -2: the rule does not set the column
      QList<const ColumnSource *> columnSources; //!< by the writer's column order; null where not set
  };

  std::optional<GeometryKind> kindOf(OGRGeometryH geometry)
  {
    switch (wkbFlatten(OGR_G_GetGeometryType(geometry)))
    {
    case wkbPoint:
    case wkbMultiPoint:
      return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
      return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
      return GeometryKind::Polygon;
    default:
      return std::nullopt;
    }
  }

  QString fieldText(OGRFeatureH feature, int field)
  {
    if (field < 0 || !OGR_F_IsFieldSetAndNotNull(feature, field))
      return QString();
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, field));
  }

  bool holds(OGRFeatureH feature, const FieldCondition &condition, int field)
  {
    const QString value = fieldText(feature, field);
    if (value.isEmpty())
      return false;
    return condition.values.isEmpty() || condition.values.contains(value);
  }
} // namespace

CityImporter::CityImporter(CacheFile &cache, const ImportMapping &mapping, const Catalogue *catalogue)
    : mCache(cache)
    , mMapping(mapping)
    , mCatalogue(catalogue)
{}

bool CityImporter::run(const QString &source, QString *error)
{
  mReport = ImportReport();
  gdalsupport::ensureDriversRegistered();
  gdalsupport::ErrorCapture capture;

  QList<QByteArray> optionStorage;
  std::vector<char *> options;
  // Options the mapping gives for the source's driver only (the OSM driver's configuration).
  GDALDriverH driver = GDALIdentifyDriverEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr);
  const QString driverName = driver ? QString::fromUtf8(GDALGetDriverShortName(driver)) : QString();
  for (const QString &option :
       mMapping.openOptions + mMapping.driverOpenOptions.value(driverName) + mOpenOptions)
    optionStorage.append(option.toUtf8());
  for (QByteArray &option : optionStorage)
    options.push_back(option.data());
  options.push_back(nullptr);
  gdalsupport::DatasetPtr dataset(GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                             nullptr, options.data(), nullptr));
  if (!gdalsupport::isVirtualOrConnection(source) && !QFileInfo::exists(source))
  {
    *error = tr("%1 does not exist.").arg(source);
    return false;
  }
  if (!dataset)
  {
    const QString reason = capture.lastMessage();
    *error = tr("%1 cannot be read as vector data: %2")
                 .arg(source, reason.isEmpty() ? tr("no GDAL driver recognises it") : reason);
    return false;
  }

  // The columns each table is written with: every column a rule for it sets.
  std::map<QString, QStringList> columns;
  for (const ImportRule &rule : mMapping.rules)
  {
    QStringList &list = columns[rule.target];
    for (const ColumnSource &column : rule.columns)
    {
      if (!list.contains(column.column))
        list.append(column.column);
    }
  }

  SpatialReference cacheCrs(OSRNewSpatialReference(nullptr));
  OSRSetAxisMappingStrategy(cacheCrs.get(), OAMS_TRADITIONAL_GIS_ORDER);
  if (OSRImportFromEPSG(cacheCrs.get(), mCache.srid()) != OGRERR_NONE)
  {
    *error = tr("The cache's CRS EPSG:%1 is unknown to PROJ.").arg(mCache.srid());
    return false;
  }

  qint64 total = 0;
  const int layerCount = GDALDatasetGetLayerCount(dataset.get());
  for (int i = 0; i < layerCount; ++i)
  {
    const qint64 count = OGR_L_GetFeatureCount(GDALDatasetGetLayer(dataset.get(), i), FALSE);
    total = count < 0 || total < 0 ? -1 : total + count;
  }

  SqliteTransaction transaction(mCache.database());
  if (!transaction.isActive())
  {
    *error = transaction.errorMessage();
    return false;
  }
  std::map<QString, std::unique_ptr<TargetWriter>> writers;
  for (const QString &target : mMapping.targets())
  {
    auto writer = std::make_unique<TargetWriter>(mCache, target, columns[target], mCatalogue);
    if (!writer->start(error))
      return false;
    writers[target] = std::move(writer);
  }

  for (int layerIndex = 0; layerIndex < layerCount; ++layerIndex)
  {
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), layerIndex);
    const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    auto fieldIndex = [&](const QString &name) {
      return OGR_FD_GetFieldIndex(definition, name.toUtf8().constData());
    };

    std::vector<LayerRule> rules;
    for (const ImportRule &rule : mMapping.rules)
    {
      if (!rule.layer.isEmpty() && rule.layer != layerName)
        continue;
      LayerRule layerRule{&rule, {}, {}, {}, {}};
      for (const FieldCondition &condition : rule.when)
        layerRule.whenFields.append(fieldIndex(condition.field));
      for (const FieldCondition &condition : rule.unless)
        layerRule.unlessFields.append(fieldIndex(condition.field));
      for (const QString &column : columns[rule.target])
      {
        int field = -2;
        const ColumnSource *found = nullptr;
        for (const ColumnSource &columnSource : rule.columns)
        {
          if (columnSource.column != column)
            continue;
          found = &columnSource;
          field = columnSource.field.isEmpty() ? -1 : fieldIndex(columnSource.field);
          if (!columnSource.field.isEmpty() && field < 0 && !mMapping.fieldsOptional &&
              !columnSource.optional)
          {
            *error =
                tr("%1: rules[%2].columns.%3 names the field \"%4\", which layer %5 of %6 does not have.")
                    .arg(mMapping.path)
                    .arg(rule.line)
                    .arg(column, columnSource.field, layerName, source);
            return false;
          }
        }
        layerRule.columnFields.append(field);
        layerRule.columnSources.append(found);
      }
      rules.push_back(layerRule);
    }
    if (rules.empty())
      continue;

    // The id rules this layer can use, with their fields' indices. A mapping's only id rule is
    // required; of several, each layer uses those it has the fields for.
    std::vector<std::pair<const IdRule *, QList<int>>> idRules;
    for (const IdRule &idRule : mMapping.ids)
    {
      if (!idRule.layer.isEmpty() && idRule.layer != layerName)
        continue;
      QList<int> fields;
      for (const QString &field : idRule.fields)
      {
        fields.append(fieldIndex(field));
        if (fields.last() < 0 && mMapping.ids.size() == 1)
        {
          *error = tr("%1: the id field \"%2\" is not in layer %3 of %4.")
                       .arg(mMapping.path, field, layerName, source);
          return false;
        }
      }
      if (!fields.contains(-1))
        idRules.emplace_back(&idRule, fields);
    }
    const QString fallbackPrefix = mMapping.ids.isEmpty() ? QString() : mMapping.ids.first().prefix;

    // The source's CRS: as given, else as the layer declares it.
    SpatialReference sourceCrs;
    if (!mSourceCrs.isEmpty() || !OGR_L_GetSpatialRef(layer))
    {
      const QString crs = !mSourceCrs.isEmpty() ? mSourceCrs : mMapping.sourceCrs;
      if (crs.isEmpty())
      {
        *error = tr("Layer %1 of %2 declares no CRS: give it with --source-crs (e.g. EPSG:4326).")
                     .arg(layerName, source);
        return false;
      }
      sourceCrs.reset(OSRNewSpatialReference(nullptr));
      if (OSRSetFromUserInput(sourceCrs.get(), crs.toUtf8().constData()) != OGRERR_NONE)
      {
        *error = tr("\"%1\" is not a CRS PROJ knows.").arg(crs);
        return false;
      }
    }
    else
    {
      sourceCrs.reset(OSRClone(OGR_L_GetSpatialRef(layer)));
    }
    OSRSetAxisMappingStrategy(sourceCrs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    Transformation transformation(OCTNewCoordinateTransformation(sourceCrs.get(), cacheCrs.get()));
    if (!transformation)
    {
      *error = tr("Layer %1 of %2 cannot be transformed to the cache's CRS EPSG:%3: %4")
                   .arg(layerName, source)
                   .arg(mCache.srid())
                   .arg(capture.lastMessage());
      return false;
    }
    ImportGeometry geometry(transformation.get(), sourceCrs.get(), cacheCrs.get());
    OGREnvelope takenExtent; // of the features taken, in the source CRS
    bool anyTaken = false;

    OGR_L_ResetReading(layer);
    CPLErrorReset();
    while (Feature feature{OGR_L_GetNextFeature(layer)})
    {
      ++mReport.read;
      if (mProgress && mReport.read % 1000 == 0 && !mProgress(mReport.read, total))
      {
        *error = tr("The import was cancelled; the cache is as it was.");
        return false;
      }
      OGRGeometryH shape = OGR_F_GetGeometryRef(feature.get());
      const std::optional<GeometryKind> kind = shape ? kindOf(shape) : std::nullopt;
      bool taken = false;
      QSet<QString> targetsDone;
      for (const LayerRule &layerRule : rules)
      {
        const ImportRule &rule = *layerRule.rule;
        if (!kind || *kind != rule.geometry || targetsDone.contains(rule.target))
          continue;
        bool matches = true;
        for (int i = 0; i < rule.when.size() && matches; ++i)
          matches = holds(feature.get(), rule.when.at(i), layerRule.whenFields.at(i));
        for (int i = 0; i < rule.unless.size() && matches; ++i)
          matches = !holds(feature.get(), rule.unless.at(i), layerRule.unlessFields.at(i));
        if (!matches)
          continue;
        targetsDone.insert(rule.target);
        taken = true;

        QString id;
        for (const auto &[idRule, fields] : idRules)
        {
          QStringList idParts;
          for (int field : fields)
            idParts.append(fieldText(feature.get(), field));
          if (!idParts.contains(QString()))
          {
            id = idRule->prefix + idParts.join(QLatin1Char('/'));
            break;
          }
        }
        if (id.isEmpty())
          id = QStringLiteral("%1%2/%3").arg(fallbackPrefix, layerName).arg(OGR_F_GetFID(feature.get()));
        TargetWriter &writer = *writers[rule.target];
        if (writer.seen(id))
        {
          ++mReport.duplicates;
          continue;
        }

        QVariantList values;
        const QStringList &targetColumns = columns[rule.target];
        for (int c = 0; c < targetColumns.size(); ++c)
        {
          const int field = layerRule.columnFields.at(c);
          if (field == -2)
          {
            values.append(QVariant());
            continue;
          }
          const ColumnSource *columnSource = layerRule.columnSources.at(c);
          if (field < 0)
          {
            values.append(columnSource->constant);
            continue;
          }
          if (OGR_F_IsFieldSetAndNotNull(feature.get(), field) &&
              !isUtf8(OGR_F_GetFieldAsString(feature.get(), field)))
          {
            *error = tr("%1, layer %2, feature %3, field %4: the text is not UTF-8. Convert the source, or "
                        "give its encoding (e.g. --open-option ENCODING=GBK for a Shapefile).")
                         .arg(source, layerName, id, columnSource->field);
            return false;
          }
          const QString text = fieldText(feature.get(), field);
          if (!columnSource->values.isEmpty())
            values.append(columnSource->values.contains(text) ? columnSource->values.value(text)
                                                              : columnSource->constant);
          else
            values.append(text.isEmpty() ? columnSource->constant : QVariant(text));
        }

        QString reason;
        bool repaired = false;
        const QByteArray wkb = geometry.prepare(shape, rule, &repaired, &reason);
        if (wkb.isEmpty())
        {
          ++mReport.rejected;
          if (mReport.rejectedExamples.size() < maximumExamples)
            mReport.rejectedExamples.append(QStringLiteral("%1 %2: %3").arg(layerName, id, reason));
          continue;
        }
        mReport.repaired += repaired ? 1 : 0;
        OGREnvelope envelope;
        OGR_G_GetEnvelope(shape, &envelope);
        if (anyTaken)
          takenExtent.Merge(envelope);
        else
          takenExtent = envelope;
        anyTaken = true;
        QString detail;
        if (!writer.write(id, values, wkb, &detail))
        {
          *error = tr("%1, layer %2: %3").arg(source, layerName, detail);
          return false;
        }
        ++mReport.written[rule.target];
      }
      if (!taken)
        ++mReport.unmatched;
    }
    if (anyTaken && !geometry.checkExtent(takenExtent, error))
    {
      *error = tr("Layer %1 of %2: %3").arg(layerName, source, *error);
      return false;
    }
    // A reader that stops on a corrupt or truncated file reports it only through GDAL's error state.
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
    {
      *error = tr("%1, layer %2: reading stopped after %3 features, the file is truncated or corrupt: %4")
                   .arg(source, layerName)
                   .arg(mReport.read)
                   .arg(capture.lastMessage());
      return false;
    }
  }

  for (auto &[target, writer] : writers)
  {
    if (!writer->finish(error))
      return false;
    mReport.departmentsCreated += writer->departmentsCreated();
  }
  if (!transaction.commit())
  {
    *error = transaction.errorMessage();
    return false;
  }
  return true;
}
