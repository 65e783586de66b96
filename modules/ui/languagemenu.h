#pragma once

#include <QMenu>

/**
 * Settings ▸ Language: follow the system, or always Chinese or English. The choice is saved and
 * takes effect at the next start (the --lang option overrides it for one run).
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

  public:
    explicit LanguageMenu(QWidget *parent = nullptr);

  signals:
    /** Emitted when the user picked a different language; \a message tells them when it applies. */
    void languageChosen(const QString &message);
};
