#pragma once

#include "formats/sourcedescription.h"

#include <QCoreApplication>
#include <QJsonObject>

/**
 * Turns a SourceDescription into what `xiuhua-cli inspect` prints: a translated report for people,
 * or JSON with fixed English keys for scripts.
 */
class SourceDescriptionFormat
{
    Q_DECLARE_TR_FUNCTIONS(SourceDescriptionFormat)

  public:
    /** A report for people, in the current UI language. */
    static QString toText(const SourceDescription &source);

    /** The same facts as JSON; keys are stable and not translated. */
    static QJsonObject toJson(const SourceDescription &source);

    /** "Name (EPSG:1234)", or the name alone when no EPSG code is known. */
    static QString crsLabel(const CrsDescription &crs);
};
