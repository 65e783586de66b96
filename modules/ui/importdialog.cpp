#include "ui/importdialog.h"

#include "runtime/datapaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsproviderregistry.h>

namespace
{
  QString shippedMapping(const QString &name)
  {
    return datapaths::dataDirectory() + QStringLiteral("/mappings/%1.json").arg(name);
  }
} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , mSource(new QgsFileWidget(this))
    , mMapping(new QComboBox(this))
    , mMappingFile(new QgsFileWidget(this))
    , mSourceCrs(new QgsProjectionSelectionWidget(this))
    , mOpenOptions(new QLineEdit(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
  setWindowTitle(tr("Import City Data"));
  mSource->setFilter(QgsProviderRegistry::instance()->fileVectorFilters());
  mSource->setDialogTitle(tr("Data to import"));
  mMapping->addItem(tr("OpenStreetMap: buildings, roads, water, green space, trees"),
                    shippedMapping(QStringLiteral("osm")));
  mMapping->addItem(tr("Component table (GB/T 47678.5)"),
                    shippedMapping(QStringLiteral("gb47678-components")));
  mMapping->addItem(tr("Mapping file…"), QString());
  mMappingFile->setFilter(tr("Import mappings (*.json)"));
  mMappingFile->setEnabled(false);
  mSourceCrs->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
  mSourceCrs->setNotSetText(tr("As the data declares"));
  mSourceCrs->setCrs(QgsCoordinateReferenceSystem());
  mOpenOptions->setPlaceholderText(tr("e.g. Z=12 X=1408 Y=2471 for a vector tile"));
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

  auto *form = new QFormLayout;
  form->addRow(tr("&Data:"), mSource);
  form->addRow(tr("&Mapping:"), mMapping);
  form->addRow(QString(), mMappingFile);
  form->addRow(tr("Data &CRS:"), mSourceCrs);
  form->addRow(tr("GDAL &open options:"), mOpenOptions);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(mButtons);
  setMinimumWidth(fontMetrics().averageCharWidth() * 80);

  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(mSource, &QgsFileWidget::fileChanged, this, &ImportDialog::updateButtons);
  connect(mMappingFile, &QgsFileWidget::fileChanged, this, &ImportDialog::updateButtons);
  connect(mMapping, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    mMappingFile->setEnabled(mMapping->currentData().toString().isEmpty());
    updateButtons();
  });
  updateButtons();
}

void ImportDialog::updateButtons()
{
  const bool mappingChosen =
      !mMapping->currentData().toString().isEmpty() || !mMappingFile->filePath().isEmpty();
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(!mSource->filePath().isEmpty() && mappingChosen);
}

CacheImportTask::Request ImportDialog::request(const QString &cachePath) const
{
  CacheImportTask::Request request;
  request.cachePath = cachePath;
  request.source = mSource->filePath();
  request.mappingPath = mMapping->currentData().toString();
  if (request.mappingPath.isEmpty())
    request.mappingPath = mMappingFile->filePath();
  if (mSourceCrs->crs().isValid())
    request.sourceCrs = mSourceCrs->crs().authid();
  request.openOptions =
      mOpenOptions->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
  return request;
}

void ImportDialog::setSource(const QString &path)
{
  mSource->setFilePath(path);
}

void ImportDialog::setMapping(const QString &nameOrPath)
{
  const int shipped = mMapping->findData(shippedMapping(nameOrPath));
  if (shipped >= 0)
  {
    mMapping->setCurrentIndex(shipped);
    return;
  }
  mMapping->setCurrentIndex(mMapping->count() - 1);
  mMappingFile->setFilePath(nameOrPath);
}

void ImportDialog::setOpenOptions(const QString &options)
{
  mOpenOptions->setText(options);
}

GridBuildDialog::GridBuildDialog(const QString &districtCode, const QString &districtName, bool hasGrid,
                                 QWidget *parent)
    : QDialog(parent)
    , mDistrictCode(new QLineEdit(districtCode, this))
    , mDistrictName(new QLineEdit(districtName, this))
    , mCellArea(new QSpinBox(this))
    , mReplace(new QCheckBox(tr("Replace the grid the cache has"), this))
    , mHasGrid(hasGrid)
{
  setWindowTitle(tr("Draw Unit Grid"));
  mDistrictCode->setValidator(
      new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{6}")), mDistrictCode));
  mDistrictCode->setReadOnly(!districtCode.isEmpty());
  mDistrictName->setReadOnly(!districtCode.isEmpty());
  mCellArea->setRange(100, 1000000);
  mCellArea->setSingleStep(1000);
  mCellArea->setValue(10000);
  mCellArea->setSuffix(tr(" m²"));
  mReplace->setVisible(hasGrid);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Draw"));

  auto *explanation =
      new QLabel(tr("Cells follow the road centre lines, river banks and community boundaries in "
                    "the cache and are numbered west to east, north to south in each community. "
                    "Without communities, provisional ones of whole blocks are made."),
                 this);
  explanation->setWordWrap(true);
  auto *form = new QFormLayout;
  form->addRow(tr("District &code:"), mDistrictCode);
  form->addRow(tr("District &name:"), mDistrictName);
  form->addRow(tr("Cell &area:"), mCellArea);
  form->addRow(QString(), mReplace);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(explanation);
  layout->addLayout(form);
  layout->addWidget(buttons);
  setMinimumWidth(fontMetrics().averageCharWidth() * 60);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

GridBuildOptions GridBuildDialog::options() const
{
  GridBuildOptions options;
  options.districtCode = mDistrictCode->text();
  options.districtName = mDistrictName->text();
  options.cellArea = mCellArea->value();
  options.replace = mHasGrid && mReplace->isChecked();
  return options;
}
