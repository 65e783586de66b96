#include "ui/casefilterbar.h"

#include "map/layertreestate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent)
    , mPeriod(new QComboBox(this))
    , mFrom(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , mTo(new QDateEdit(QDate::currentDate(), this))
    , mStage(new QComboBox(this))
{
  for (const auto &[period, name] : CaseFilter::periods())
    mPeriod->addItem(name, static_cast<int>(period));
  for (const auto &[name, states] : stages())
    mStage->addItem(name, states);
  for (QDateEdit *edit : {mFrom, mTo})
  {
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setVisible(false);
  }
  mPeriod->setToolTip(tr("Show the cases reported in this period"));
  mStage->setToolTip(tr("Show the cases at this stage"));
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("Cases:"), this));
  layout->addWidget(mPeriod);
  layout->addWidget(mFrom);
  layout->addWidget(mTo);
  layout->addWidget(mStage);
  connect(mPeriod, qOverload<int>(&QComboBox::currentIndexChanged), this, &CaseFilterBar::update);
  connect(mStage, qOverload<int>(&QComboBox::currentIndexChanged), this, &CaseFilterBar::update);
  connect(mFrom, &QDateEdit::dateChanged, this, &CaseFilterBar::update);
  connect(mTo, &QDateEdit::dateChanged, this, &CaseFilterBar::update);
}

QList<std::pair<QString, QStringList>> CaseFilterBar::stages()
{
  return {
      {tr("All open cases"), {}},
      {tr("Awaiting acceptance or registration"),
       {QStringLiteral("reported"), QStringLiteral("pending_verification"),
        QStringLiteral("pending_registration")}},
      {tr("Awaiting dispatch"), {QStringLiteral("pending_dispatch"), QStringLiteral("returned")}},
      {tr("Being handled"), {QStringLiteral("dispatched"), QStringLiteral("postponement_requested")}},
      {tr("Awaiting check"), {QStringLiteral("handled"), QStringLiteral("pending_check")}},
      {tr("Awaiting closing or callback"),
       {QStringLiteral("pending_close"), QStringLiteral("pending_callback")}},
      {tr("Hung on account"), {QStringLiteral("hung")}},
  };
}

void CaseFilterBar::choose(CaseFilter::Period period, int stage)
{
  mStage->setCurrentIndex(stage);
  mPeriod->setCurrentIndex(mPeriod->findData(static_cast<int>(period)));
  update();
}

void CaseFilterBar::update()
{
  const auto period = static_cast<CaseFilter::Period>(mPeriod->currentData().toInt());
  mFrom->setVisible(period == CaseFilter::Period::Custom);
  mTo->setVisible(period == CaseFilter::Period::Custom);
  mFilter.setPeriod(period);
  mFilter.setCustomDates(mFrom->date(), mTo->date());
  mFilter.setStates(mStage->currentData().toStringList());
  applyToLayers();
}

void CaseFilterBar::applyToLayers()
{
  const QString subset = mFilter.subsetString(QDateTime::currentDateTimeUtc());
  const QMap<QString, QgsMapLayer *> layers = QgsProject::instance()->mapLayers();
  for (QgsMapLayer *layer : layers)
  {
    const QString table = layer->customProperty(layertreestate::tableProperty()).toString();
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    if (vector && (table == QLatin1String("cases") || table == QLatin1String("cases/heatmap")) &&
        vector->subsetString() != subset)
      vector->setSubsetString(subset);
    if (vector && table == QLatin1String("cases/counts"))
    {
      // The counts are grouped in their query: the filter goes inside it.
      QgsDataSourceUri uri(vector->source());
      const QString query = mFilter.communityCountsQuery(QDateTime::currentDateTimeUtc());
      if (uri.table() != query)
      {
        uri.setDataSource(QString(), query, QStringLiteral("geom"), QString(), QStringLiteral("fid"));
        vector->setDataSource(uri.uri(), vector->name(), vector->providerType(), false);
        vector->triggerRepaint();
      }
    }
  }
}
