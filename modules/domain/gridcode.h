#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * The code of a unit grid cell (单元网格标识码): 15 digits = 6 county-level administrative code
 * (GB/T 2260) + 3 street/town (街道/镇/乡) + 3 community/village (社区/村) + 3 sequence. The first 12
 * digits are the statistical code of the community. The legacy 14-digit form of CJ/T 213-2005
 * (2-digit sequence) is read too and widened to 15 digits.
 */
class GridCode
{
    Q_DECLARE_TR_FUNCTIONS(GridCode)

  public:
    /** The kind of township-level unit, from the street part's range (statistical code rules). */
    enum class TownshipKind
    {
      Subdistrict,  //!< 001–099 街道
      Town,         //!< 100–199 镇
      Township,     //!< 200–399 乡
      TownshipLike, //!< 400–599 类似乡级单位 (development zones and the like)
    };

    /** The kind of village-level unit, from the community part's range. */
    enum class VillageKind
    {
      ResidentsCommittee, //!< 001–199 居委会
      VillagersCommittee, //!< 200–399 村委会
      ResidentsLike,      //!< 400–499 类似居委会
      VillagersLike,      //!< 500–599 类似村委会
    };

    /**
     * Parses \a text (14 or 15 digits; surrounding spaces are ignored). Returns nothing with a
     * translated \a error naming the code and the rule it breaks.
     */
    static std::optional<GridCode> parse(const QString &text, QString *error);

    /** The 15-digit code. */
    QString toString() const { return mCode; }

    QString adminCode() const { return mCode.left(6); }      //!< 6 digits, the county-level division
    QString streetCode() const { return mCode.left(9); }     //!< 9 digits, the street/town
    QString communityCode() const { return mCode.left(12); } //!< 12 digits, the community/village
    int sequence() const { return mCode.right(3).toInt(); }  //!< 1–999 within the community
    TownshipKind townshipKind() const;
    VillageKind villageKind() const;

    /** Whether the code was read from the legacy 14-digit form. */
    bool wasLegacy() const { return mWasLegacy; }

    bool operator==(const GridCode &other) const { return mCode == other.mCode; }
    bool operator!=(const GridCode &other) const { return mCode != other.mCode; }
    bool operator<(const GridCode &other) const { return mCode < other.mCode; }

  private:
    QString mCode;
    bool mWasLegacy = false;
};
