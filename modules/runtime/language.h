#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

/**
 * The user interface language: chosen from the command line (--lang), the saved setting, or the
 * system locale, in that order, and installed as Qt translators for the whole application.
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

  public:
    /** The languages Xiuhua ships, as locale names: zh_CN first, the users' language. */
    static QStringList supported();

    /** The QSettings key holding the saved choice; an empty value follows the system. */
    static QString settingsKey();

    /** The value of --lang in \a arguments ("--lang X" or "--lang=X"), or an empty string. */
    static QString fromArguments(const QStringList &arguments);

    /**
     * The language to use: \a requested if not empty, else \a saved if it is supported, else the best
     * supported match for \a system (Chinese locales get zh_CN, all others en).
     */
    static QString resolve(const QString &requested, const QString &saved, const QLocale &system);

    /**
     * Makes \a language the language of the application: installs Xiuhua's and Qt's own
     * translators and sets the default QLocale. Returns false with \a error set when \a language is
     * not supported or its translation file cannot be loaded.
     */
    static bool install(const QString &language, QString *error);

    /**
     * Resolves the language from the arguments, settings and system, and installs it. Returns
     * false with \a error set when that fails.
     */
    static bool setUp(const QStringList &arguments, QString *error);
};
