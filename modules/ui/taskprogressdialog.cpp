#include "ui/taskprogressdialog.h"

#include <qgstaskmanager.h>

TaskProgressDialog::TaskProgressDialog(QgsTask *task, const QString &label, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 100, parent)
    , mTask(task)
{
  setWindowTitle(task->description());
  setWindowModality(Qt::WindowModal);
  setMinimumDuration(0);
  setAutoClose(false);
  setAutoReset(false);
  connect(task, &QgsTask::progressChanged, this,
          [this](double progress) { setValue(static_cast<int>(progress)); });
  connect(this, &QProgressDialog::canceled, this, [this] {
    setLabelText(tr("Cancelling…"));
    if (mTask)
      mTask->cancel();
  });
  connect(task, &QgsTask::taskCompleted, this, &QWidget::close);
  connect(task, &QgsTask::taskTerminated, this, &QWidget::close);
}
