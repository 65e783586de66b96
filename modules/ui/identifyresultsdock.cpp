#include "ui/identifyresultsdock.h"

#include "map/featurecard.h"
#include "map/layertreestate.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

#include <qgsdatasourceuri.h>

#include <qgshighlight.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  // Which entry of mResults a feature item shows; layer and attribute items have none.
  constexpr int resultIndexRole = Qt::UserRole + 1;
} // namespace

IdentifyResultsDock::IdentifyResultsDock(QgsMapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Identify Results"), parent)
    , mCanvas(canvas)
    , mTree(new QTreeWidget(this))
    , mCard(new QTextBrowser(this))
{
  setObjectName(QStringLiteral("IdentifyResultsDock"));
  mTree->setColumnCount(2);
  mTree->setHeaderLabels({tr("Feature / field"), tr("Value")});
  mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  mTree->setAlternatingRowColors(true);
  // The card of a cache feature (component, grid cell, case with its timeline) above the raw fields.
  mCard->setObjectName(QStringLiteral("FeatureCard"));
  mCard->setOpenLinks(false);
  auto *splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(mCard);
  splitter->addWidget(mTree);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  setWidget(splitter);
  connect(mTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
    highlight(current);
    showCard(current);
  });
  // Results point at their layers; forget them before a layer goes away.
  connect(QgsProject::instance(), qOverload<const QList<QgsMapLayer *> &>(&QgsProject::layersWillBeRemoved),
          this, [this] { showResults({}); });
}

IdentifyResultsDock::~IdentifyResultsDock() = default;

void IdentifyResultsDock::showResults(const QList<QgsMapToolIdentify::IdentifyResult> &results)
{
  mHighlight.reset();
  mTree->clear();
  mResults = results;

  QMap<QgsMapLayer *, QTreeWidgetItem *> layerItems;
  for (int i = 0; i < mResults.size(); ++i)
  {
    const QgsMapToolIdentify::IdentifyResult &result = mResults.at(i);
    QTreeWidgetItem *&layerItem = layerItems[result.mLayer];
    if (!layerItem)
    {
      layerItem = new QTreeWidgetItem(mTree, {result.mLayer->name()});
      QFont bold = layerItem->font(0);
      bold.setBold(true);
      layerItem->setFont(0, bold);
    }

    const QString label =
        result.mLabel.isEmpty() ? tr("Feature %1").arg(result.mFeature.id()) : result.mLabel;
    auto *featureItem = new QTreeWidgetItem(layerItem, {label});
    featureItem->setData(0, resultIndexRole, i);

    // Vector results carry fields and a feature; raster and mesh results carry attribute strings.
    if (result.mFeature.isValid() && !result.mFields.isEmpty())
    {
      for (int field = 0; field < result.mFields.count(); ++field)
        new QTreeWidgetItem(featureItem, {result.mFields.at(field).displayName(),
                                          result.mFeature.attribute(field).toString()});
    }
    for (auto it = result.mAttributes.constBegin(); it != result.mAttributes.constEnd(); ++it)
      new QTreeWidgetItem(featureItem, {it.key(), it.value()});
    for (auto it = result.mDerivedAttributes.constBegin(); it != result.mDerivedAttributes.constEnd(); ++it)
      new QTreeWidgetItem(featureItem, {it.key(), it.value()});
  }

  mTree->expandAll();
  if (!mResults.isEmpty())
  {
    QTreeWidgetItem *first = mTree->topLevelItem(0)->child(0);
    mTree->setCurrentItem(first);
    show();
    raise();
  }
}

int IdentifyResultsDock::featureCount() const
{
  return mResults.size();
}

void IdentifyResultsDock::highlight(QTreeWidgetItem *item)
{
  mHighlight.reset();
  // Attribute rows highlight the feature they belong to.
  while (item && !item->data(0, resultIndexRole).isValid())
    item = item->parent();
  if (!item)
    return;
  const QgsMapToolIdentify::IdentifyResult &result = mResults.at(item->data(0, resultIndexRole).toInt());
  auto *vectorLayer = qobject_cast<QgsVectorLayer *>(result.mLayer);
  if (!vectorLayer || !result.mFeature.hasGeometry())
    return;
  mHighlight = std::make_unique<QgsHighlight>(mCanvas, result.mFeature, vectorLayer);
  mHighlight->setColor(QColor(255, 0, 0));
  mHighlight->setFillColor(QColor(255, 0, 0, 63));
  mHighlight->setWidth(3);
  mHighlight->show();
}

void IdentifyResultsDock::showCard(QTreeWidgetItem *item)
{
  while (item && !item->data(0, resultIndexRole).isValid())
    item = item->parent();
  mCard->clear();
  mCard->setVisible(false);
  if (!item)
    return;
  const QgsMapToolIdentify::IdentifyResult &result = mResults.at(item->data(0, resultIndexRole).toInt());
  auto *layer = qobject_cast<QgsVectorLayer *>(result.mLayer);
  if (!layer || layer->providerType() != QLatin1String("spatialite"))
    return;
  const QString table = QgsDataSourceUri(layer->source()).table();
  if (!FeatureCard::covers(table))
    return;
  const QString key =
      result.mFeature
          .attribute(table == QLatin1String("grid_cell") ? QStringLiteral("code") : QStringLiteral("id"))
          .toString();
  QString error;
  const QString html = FeatureCard::html(QgsDataSourceUri(layer->source()).database(), table, key, &error);
  mCard->setHtml(html.isEmpty() ? error.toHtmlEscaped() : html);
  mCard->setVisible(true);
}

QString IdentifyResultsDock::cardText() const
{
  return mCard->isVisible() ? mCard->toPlainText() : QString();
}
