#include "runtime/language.h"

#include "runtime/datapaths.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

QStringList Language::supported()
{
  return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::settingsKey()
{
  return QStringLiteral("ui/language");
}

QString Language::fromArguments(const QStringList &arguments)
{
  const QString option = QStringLiteral("--lang");
  for (int i = 1; i < arguments.size(); ++i)
  {
    const QString &argument = arguments.at(i);
    if (argument == option && i + 1 < arguments.size())
      return arguments.at(i + 1);
    if (argument.startsWith(option + QLatin1Char('=')))
      return argument.mid(option.size() + 1);
  }
  return QString();
}

QString Language::resolve(const QString &requested, const QString &saved, const QLocale &system)
{
  if (!requested.isEmpty())
    return requested;
  // A saved choice from another version may name a language this one lacks; then follow the system.
  if (supported().contains(saved))
    return saved;
  return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Language::install(const QString &language, QString *error)
{
  if (!supported().contains(language))
  {
    *error =
        tr("Unknown language \"%1\": use one of %2.").arg(language, supported().join(QStringLiteral(", ")));
    return false;
  }

  // Owned by the application object, so the translators live exactly as long as it does.
  auto *xiuhua = new QTranslator(QCoreApplication::instance());
  const QString directory = datapaths::translationsDirectory();
  if (!xiuhua->load(QStringLiteral("xiuhua_") + language, directory))
  {
    delete xiuhua;
    *error = tr("The translation file xiuhua_%1.qm is missing from %2.").arg(language, directory);
    return false;
  }
  QCoreApplication::installTranslator(xiuhua);

  // Qt's own strings (standard buttons, file dialogs); optional, because only Chinese needs them.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
  const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
  const QString qtTranslations = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
  auto *qt = new QTranslator(QCoreApplication::instance());
  if (qt->load(QStringLiteral("qtbase_") + language, qtTranslations))
    QCoreApplication::installTranslator(qt);
  else
    delete qt;

  QLocale::setDefault(QLocale(language));
  return true;
}

bool Language::setUp(const QStringList &arguments, QString *error)
{
  const QString saved = QSettings().value(settingsKey()).toString();
  return install(resolve(fromArguments(arguments), saved, QLocale::system()), error);
}
