#pragma once

#include "domain/csvtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/** One class of CJJ/T 85-2017 城市绿地分类标准 (catalog/cjjt85_green_classes.csv). */
struct GreenClass
{
    QString code;     //!< G11, RG, EG2, …
    QString category; //!< the major class figures are summed by: G1, G2, G3, XG or EG
    QString nameZh;
    QString nameEn;
    bool countsInGreenRatio = false; //!< part of 绿地率 (G1+G2+G3+XG)
    bool isPark = false;             //!< 公园绿地
};

/**
 * The green space classes of CJJ/T 85-2017, and the class a stored green_class code belongs to: the
 * row whose code is the code's longest prefix, so that a city may store finer codes (G111) than the
 * table lists.
 */
class GreenClasses
{
    Q_DECLARE_TR_FUNCTIONS(GreenClasses)

  public:
    /** Reads the table; errors name the file, line and field. */
    static std::optional<GreenClasses> fromTable(const CsvTable &table, QString *error);

    /** The class of the stored code \a code, or null when no row is a prefix of it. */
    const GreenClass *find(const QString &code) const;

    /** The major classes (categories) in the order the table first lists them. */
    QStringList categories() const;

    /** The row whose code is the category \a category itself (its name), or null. */
    const GreenClass *category(const QString &category) const;

    const QList<GreenClass> &classes() const { return mClasses; }

  private:
    QList<GreenClass> mClasses;
};
