#pragma once

#include "map/cacheimporttask.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QgsFileWidget;
class QgsProjectionSelectionWidget;

/**
 * Asks what to import into the open cache: a GDAL source, a mapping (a shipped one or a file), the
 * source's CRS when it declares none or a wrong one, and GDAL open options.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit ImportDialog(QWidget *parent = nullptr);

    /** What to import into the cache at \a cachePath. */
    CacheImportTask::Request request(const QString &cachePath) const;

    void setSource(const QString &path);
    /** Chooses a shipped mapping by name ("osm", "gb47678-components") or a mapping file. */
    void setMapping(const QString &nameOrPath);
    void setOpenOptions(const QString &options);

  private:
    void updateButtons();

    QgsFileWidget *mSource = nullptr;
    QComboBox *mMapping = nullptr;
    QgsFileWidget *mMappingFile = nullptr;
    QgsProjectionSelectionWidget *mSourceCrs = nullptr;
    QLineEdit *mOpenOptions = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

/** Asks how to draw the unit grid of the open cache: district, cell area, replace or not. */
class GridBuildDialog : public QDialog
{
    Q_OBJECT

  public:
    /** \a districtCode and \a districtName are the cache's district, when it has one. */
    GridBuildDialog(const QString &districtCode, const QString &districtName, bool hasGrid,
                    QWidget *parent = nullptr);

    GridBuildOptions options() const;

  private:
    QLineEdit *mDistrictCode = nullptr;
    QLineEdit *mDistrictName = nullptr;
    class QSpinBox *mCellArea = nullptr;
    class QCheckBox *mReplace = nullptr;
    bool mHasGrid = false; //!< the checkbox counts only then (it is hidden otherwise)
};
