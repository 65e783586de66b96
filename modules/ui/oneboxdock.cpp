#include "ui/oneboxdock.h"

#include "cache/cachefile.h"
#include "formats/tablewriter.h"
#include "map/oneboxtask.h"
#include "runtime/referencedata.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrubberband.h>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
  /** The map's CRS from the cache's: the highlight must lie where the figures were taken. */
  QgsGeometry toMap(const QgsMapCanvas *canvas, QgsGeometry geometry, int srid)
  {
    const QgsCoordinateReferenceSystem cacheCrs = QgsCoordinateReferenceSystem::fromEpsgId(srid);
    const QgsCoordinateReferenceSystem mapCrs = canvas->mapSettings().destinationCrs();
    if (cacheCrs.isValid() && mapCrs.isValid() && cacheCrs != mapCrs)
      geometry.transform(
          QgsCoordinateTransform(cacheCrs, mapCrs, QgsProject::instance()->transformContext()));
    return geometry;
  }
} // namespace

bool OneBoxDock::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == mSummary && event->type() == QEvent::Resize)
    fitSummary();
  return QDockWidget::eventFilter(watched, event);
}

void OneBoxDock::setSummary(const QString &text)
{
  mSummary->setText(text);
  fitSummary();
}

void OneBoxDock::fitSummary()
{
  const int height = mSummary->heightForWidth(mSummary->width());
  if (height > 0 && height != mSummary->minimumHeight())
    mSummary->setMinimumHeight(height);
}

OneBoxDock::OneBoxDock(QgsMapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("One-Box Statistics"), parent)
    , mCanvas(canvas)
{
  setObjectName(QStringLiteral("OneBoxDock"));
  auto *content = new QWidget(this);
  auto *layout = new QVBoxLayout(content);
  mSummary =
      new QLabel(tr("Draw a rectangle, polygon or circle on the map, or pick a grid cell, community or "
                    "street, to see the green space, components and cases inside."),
                 content);
  mSummary->setWordWrap(true);
  mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mSummary->installEventFilter(this);
  layout->addWidget(mSummary);

  auto *progressRow = new QHBoxLayout;
  mProgress = new QProgressBar(content);
  mProgress->setRange(0, 100);
  mCancel = new QPushButton(tr("Cancel"), content);
  progressRow->addWidget(mProgress, 1);
  progressRow->addWidget(mCancel);
  layout->addLayout(progressRow);
  mProgress->hide();
  mCancel->hide();
  connect(mCancel, &QPushButton::clicked, this, [this] {
    if (mTask)
      mTask->cancel();
  });

  mTable = new QTreeWidget(content);
  mTable->setObjectName(QStringLiteral("OneBoxTable"));
  mTable->setColumnCount(4);
  mTable->setHeaderLabels({tr("Item"), tr("Value"), tr("Unit"), tr("Note")});
  mTable->setAlternatingRowColors(true);
  mTable->setUniformRowHeights(true);
  // Item names run long (绿地率 with its formula); the value column must stay in view beside them.
  mTable->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  mTable->setColumnWidth(0, fontMetrics().averageCharWidth() * 30);
  mTable->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  mTable->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  layout->addWidget(mTable, 1);

  auto *buttons = new QHBoxLayout;
  mExport = new QPushButton(tr("Export…"), content);
  mExport->setToolTip(tr("Write the figures to a CSV or Excel (XLSX) file"));
  mCopy = new QPushButton(tr("Copy"), content);
  mCopy->setToolTip(tr("Copy the figures as a table to paste into a spreadsheet"));
  buttons->addStretch(1);
  buttons->addWidget(mCopy);
  buttons->addWidget(mExport);
  layout->addLayout(buttons);
  mExport->setEnabled(false);
  mCopy->setEnabled(false);
  connect(mExport, &QPushButton::clicked, this, &OneBoxDock::exportDialog);
  connect(mCopy, &QPushButton::clicked, this, &OneBoxDock::copyToClipboard);
  content->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
  setWidget(content);
}

OneBoxDock::~OneBoxDock()
{
  if (mTask)
    mTask->cancel();
  delete mAreaBand;
  delete mGreenBand;
}

void OneBoxDock::showMessage(const QString &message)
{
  setSummary(message);
  show();
  raise();
}

void OneBoxDock::compute(const StudyArea &area)
{
  if (mCachePath.isEmpty())
  {
    showMessage(tr("Open a city cache first."));
    return;
  }
  if (mTask)
    mTask->cancel();
  highlight(area, QByteArray());
  show();
  raise();
  setSummary(tr("Computing the figures of the %1…").arg(area.description()));
  mProgress->setValue(0);
  mProgress->show();
  mCancel->show();
  auto *task = new OneBoxTask(mCachePath, area);
  mTask = task;
  connect(task, &QgsTask::progressChanged, this, [this, task](double progress) {
    if (mTask == task)
      mProgress->setValue(static_cast<int>(progress));
  });
  connect(task, &QgsTask::taskCompleted, this, [this, task] {
    if (mTask != task)
      return;
    mProgress->hide();
    mCancel->hide();
    showFigures(*task->figures());
    highlight(task->area(), task->figures()->green.greenInsideWkb);
  });
  connect(task, &QgsTask::taskTerminated, this, [this, task] {
    if (mTask != task)
      return;
    mProgress->hide();
    mCancel->hide();
    setSummary(task->errorMessage().isEmpty() ? tr("Cancelled.")
                                              : tr("No figures: %1").arg(task->errorMessage()));
  });
  QgsApplication::taskManager()->addTask(task);
}

void OneBoxDock::setCachePath(const QString &path)
{
  mCachePath = path;
  QString error;
  const ReferenceData reference;
  mGreenClasses = reference.greenClasses(&error);
  if (!mGreenClasses)
    showMessage(error);
  mWorkflow = reference.workflow(&error);
  const std::unique_ptr<CacheFile> cache = CacheFile::open(path, &error);
  mSrid = cache ? cache->srid() : 0;
  mCatalogue = cache ? reference.catalogue(cache->catalogue(), &error) : std::nullopt;
}

void OneBoxDock::showFigures(const OneBoxFigures &figures)
{
  if (!mGreenClasses)
    return;
  mReport = std::make_unique<OneBoxReport>(figures, *mGreenClasses, mCatalogue ? &*mCatalogue : nullptr,
                                           mWorkflow ? &*mWorkflow : nullptr);

  const QLocale locale;
  setSummary(tr("<b>%1</b>: %2 hm² · green-space ratio <b>%3%</b> · green-coverage ratio <b>%4%</b> · "
                "%5 components · %6 cases (%7 open, %8 overdue)")
                 .arg(figures.areaDescription.toHtmlEscaped(), locale.toString(figures.area / 10000, 'f', 2),
                      locale.toString(figures.greenSpaceRatio() * 100, 'f', 2),
                      locale.toString(figures.greenCoverageRatio() * 100, 'f', 2))
                 .arg(figures.components.total)
                 .arg(figures.cases.total)
                 .arg(figures.cases.open)
                 .arg(figures.cases.overdue));
  mTable->clear();
  QTreeWidgetItem *section = nullptr;
  for (const OneBoxReport::Row &row : mReport->rows())
  {
    if (!section || section->text(0) != row.section)
    {
      section = new QTreeWidgetItem(mTable, {row.section});
      QFont bold = section->font(0);
      bold.setBold(true);
      section->setFont(0, bold);
      section->setFirstColumnSpanned(true);
      section->setExpanded(row.section != QCoreApplication::translate("OneBoxReport", "Areas touched"));
    }
    auto *item = new QTreeWidgetItem(
        section, {row.item.trimmed(), OneBoxReport::formatValue(row.value), row.unit, row.note});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(3, row.note);
  }
  mExport->setEnabled(true);
  mCopy->setEnabled(true);
  emit figuresShown();
}

void OneBoxDock::highlight(const StudyArea &area, const QByteArray &greenWkb)
{
  if (!mGreenBand)
  {
    mGreenBand = new QgsRubberBand(mCanvas, QgsWkbTypes::PolygonGeometry);
    mGreenBand->setColor(QColor(0, 110, 40, 230));
    mGreenBand->setFillColor(QColor(60, 200, 60, 120));
    mGreenBand->setWidth(1);
    mAreaBand = new QgsRubberBand(mCanvas, QgsWkbTypes::PolygonGeometry);
    mAreaBand->setColor(QColor(0, 90, 200, 230));
    mAreaBand->setFillColor(QColor(0, 90, 200, 25));
    mAreaBand->setWidth(3);
  }
  QgsGeometry shape;
  shape.fromWkb(area.wkb());
  mAreaBand->setToGeometry(toMap(mCanvas, shape, mSrid), nullptr);
  mGreenBand->reset(QgsWkbTypes::PolygonGeometry);
  if (!greenWkb.isEmpty())
  {
    QgsGeometry green;
    green.fromWkb(greenWkb);
    mGreenBand->setToGeometry(toMap(mCanvas, green, mSrid), nullptr);
  }
}

bool OneBoxDock::exportTo(const QString &path, QString *error) const
{
  if (!mReport)
  {
    *error = tr("There are no figures to export yet.");
    return false;
  }
  return TableWriter::write(path, OneBoxReport::header(), mReport->table(), error);
}

void OneBoxDock::exportDialog()
{
  QString selectedFilter;
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export the Figures"), QString(),
                                   tr("Excel workbook (*.xlsx);;CSV table (*.csv)"), &selectedFilter);
  if (path.isEmpty())
    return;
  QString target = path;
  if (!TableWriter::extensions().contains(QFileInfo(path).suffix().toLower()))
    target +=
        selectedFilter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
  QString error;
  if (!exportTo(target, &error))
    QMessageBox::warning(this, tr("Export the Figures"), error);
}

void OneBoxDock::copyToClipboard()
{
  if (mReport)
    QApplication::clipboard()->setText(mReport->toTabSeparated());
}
