#pragma once

#include "domain/componentid.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <memory>
#include <optional>

class AreaRepository;
class CacheFile;
class UpsertStatement;
class Catalogue;

/** A management component (部件) with the attributes of GB/T 47678.5 Table 2. */
struct ComponentRecord
{
    ComponentId id;
    QString name;
    QString authorityDepartmentId;            //!< 主管部门
    QString ownerDepartmentId;                //!< 权属单位
    QString maintainerDepartmentId;           //!< 养护单位
    QString gridCode;                         //!< 所在单元网格; found from the location when empty
    QString state = QStringLiteral("intact"); //!< intact, damaged, missing, abandoned, removed
    QDate initialDate;
    QDate changeDate;
    QString dataSource;
    QString locationDescription;
    QString note;
    QByteArray locationWkb; //!< point in the cache CRS
    QByteArray shapeWkb;    //!< line or polygon of linear and areal components; may be empty
};

/** The components of the cache. */
class ComponentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComponentRepository)

  public:
    /** \a catalogue, when given, is checked: a component's class must be in it. */
    explicit ComponentRepository(CacheFile &cache, const Catalogue *catalogue = nullptr);
    ~ComponentRepository();

    /** The component states of GB/T 47678.5 (完好, 破损, 丢失, 废弃, 移除) as stored. */
    static QStringList states();

    /** The name of the stored \a state in the interface language; \a state itself when unknown. */
    static QString stateName(const QString &state);

    /**
     * Inserts or updates \a component. Returns false with \a error naming the id and the problem:
     * an unknown class or state, a location that is not a point, a grid cell or department not in
     * the cache.
     */
    bool save(const ComponentRecord &component, QString *error);

    /** The component with \a id, or nothing. */
    std::optional<ComponentRecord> find(const QString &id);

    /** How many components there are in each state. */
    QHash<QString, int> countByState();

  private:
    CacheFile &mCache;
    const Catalogue *mCatalogue = nullptr;
    // Prepared at the first save and kept: a census or the demo city saves hundreds of thousands.
    std::unique_ptr<UpsertStatement> mUpsert;
    std::unique_ptr<AreaRepository> mAreas;
};
