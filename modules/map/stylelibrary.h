#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <qgslabelingenginesettings.h>

class QgsVectorLayer;

/**
 * The cartography of the cache's layers: QGIS style files (resources/styles/<name>.qml, installed
 * under share/xiuhua/styles) with scale-dependent rules, labels with collision handling and
 * simplification settings. Styles are authored in QGIS and reviewed as files; their legend texts
 * are English and are translated here when a style is applied.
 */
class StyleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(StyleLibrary)

  public:
    /** The folder the style files are read from. */
    static QString directory();
    /** The folder of the component icons (resources/symbols/<class code>.svg, one per big class too). */
    static QString symbolDirectory();

    /**
     * Applies the style \a name to \a layer and translates its legend texts. False with \a error
     * naming the file when it is missing or QGIS cannot read it.
     */
    static bool apply(QgsVectorLayer *layer, const QString &name, QString *error);

    /** Every legend text the shipped styles may use, in English (each has a translation). */
    static QStringList legendTexts();

    /**
     * The settings of QGIS's labelling engine the styles are made for: one candidate position per
     * centimetre of line (QGIS's default of five cost 430 of the city view's 750 ms, laying out names
     * along ten-kilometre roads, for no better placement).
     */
    static QgsLabelingEngineSettings labelingEngineSettings();
};
