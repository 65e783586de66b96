#include "ui/languagemenu.h"

#include "runtime/language.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
  // Each language is named in itself, so whoever reads the menu can find their own.
  const QList<QPair<QString, QString>> choices{{QString(), tr("Follow the system")},
                                               {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                               {QStringLiteral("en"), QStringLiteral("English")}};
  const QString saved = QSettings().value(Language::settingsKey()).toString();
  auto *group = new QActionGroup(this);
  for (const auto &[code, label] : choices)
  {
    QAction *action = addAction(label);
    action->setCheckable(true);
    action->setChecked(code == saved);
    action->setData(code);
    group->addAction(action);
  }
  connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
    QSettings().setValue(Language::settingsKey(), action->data().toString());
    emit languageChosen(tr("The language will change the next time Xiuhua starts."));
  });
}
