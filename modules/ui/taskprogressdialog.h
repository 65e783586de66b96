#pragma once

#include <QPointer>
#include <QProgressDialog>

class QgsTask;

/**
 * Shows a running QGIS task's progress in a window of its own, with a Cancel button that cancels
 * the task; closes itself when the task ends.
 */
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT

  public:
    TaskProgressDialog(QgsTask *task, const QString &label, QWidget *parent = nullptr);

  private:
    QPointer<QgsTask> mTask;
};
