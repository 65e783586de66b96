#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

/** The kinds of source geometry a rule accepts; multi-part geometries count as their kind. */
enum class GeometryKind
{
  Point,
  Line,
  Polygon,
};

/** A test on one source field: any non-empty value ("*"), or one of the listed values. */
struct FieldCondition
{
    QString field;
    QStringList values; //!< empty: any non-empty value
};

/** How one cache column gets its value: a source field (optionally translated), or a constant. */
struct ColumnSource
{
    QString column;
    QString field;                   //!< empty: the constant
    QVariant constant;               //!< when no field, or the field's value is not in values
    QHash<QString, QVariant> values; //!< source value → cache value; empty: copy the source value
    bool optional = false;           //!< the source may lack the field (the constant is used then)
};

/** Which source features go into one cache table, and how. */
struct ImportRule
{
    QString target; //!< a basemap table or "component"
    QString layer;  //!< source layer name; empty: every layer
    GeometryKind geometry = GeometryKind::Polygon;
    QList<FieldCondition> when;   //!< all must hold
    QList<FieldCondition> unless; //!< none may hold
    QList<ColumnSource> columns;
    double bufferMetres = 0; //!< points and lines become polygons of this radius (e.g. a tree's canopy)
    int line = 0;            //!< the rule's position in the mapping file, for messages ("rules[3]")
};

/**
 * One way to make a feature's id: the values of some fields joined with "/" after a prefix. A
 * mapping may list several, for sources that name ids differently (OSM QA tiles: "@type" and
 * "@id"; GDAL's OSM driver: "osm_id", and "osm_way_id" for closed ways); a feature takes the first
 * whose layer matches and whose fields it has, all set.
 */
struct IdRule
{
    QStringList fields;
    QString prefix;
    QString layer; //!< source layer name; empty: every layer
};

/**
 * A mapping file (JSON) that says how the layers, fields and class values of a GDAL source become
 * cache features: which features go to which table, how their ids are made, which open options and
 * CRS the source needs. resources/mappings/ holds ready ones (OpenStreetMap, a GB/T 47678.5
 * component table); docs in resources/mappings/README.md.
 */
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

  public:
    /**
     * Reads and checks the mapping at \a path: every target table and column must exist in the
     * cache schema. Nothing, with \a error naming the file and the place in it, otherwise.
     */
    static std::optional<ImportMapping> load(const QString &path, QString *error);

    QString name;
    QString path;
    QList<IdRule> ids;           //!< tried in order; none that fits: prefix, layer name and feature number
    bool fieldsOptional = false; //!< source fields named by columns may be missing (OpenStreetMap tags)
    QStringList openOptions;     //!< GDAL open options, e.g. X_POSSIBLE_NAMES=x for a CSV
    /** Open options for one GDAL driver only (by short name, e.g. "OSM"); file names are absolute. */
    QHash<QString, QStringList> driverOpenOptions;
    QString sourceCrs; //!< used when the source declares none, e.g. "EPSG:4549"
    QList<ImportRule> rules;

    /** The tables the rules write. */
    QStringList targets() const;
};
