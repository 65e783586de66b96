#pragma once

#include <qgsmaptoolidentify.h>

#include <QDockWidget>

#include <memory>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;
class QgsHighlight;
class QgsMapCanvas;

/**
 * A dock listing what the identify tool found: one branch per layer, one per feature, with its
 * attributes. The selected feature is highlighted on the map.
 */
class IdentifyResultsDock : public QDockWidget
{
    Q_OBJECT

  public:
    explicit IdentifyResultsDock(QgsMapCanvas *canvas, QWidget *parent = nullptr);
    ~IdentifyResultsDock() override;

    /** Replaces the list with \a results and highlights the first feature. */
    void showResults(const QList<QgsMapToolIdentify::IdentifyResult> &results);

    /** The text of the card shown for the current result, empty when it has none. */
    QString cardText() const;

    /** The number of features listed. */
    int featureCount() const;

  private:
    void highlight(QTreeWidgetItem *item);
    void showCard(QTreeWidgetItem *item);

    QgsMapCanvas *mCanvas = nullptr;
    QTreeWidget *mTree = nullptr;
    class QTextBrowser *mCard = nullptr;
    QList<QgsMapToolIdentify::IdentifyResult> mResults;
    std::unique_ptr<QgsHighlight> mHighlight;
};
