#include "runtime/language.h"

#include <QTest>

/** Tests how the interface language is chosen, and that the compiled translations load. */
class TestLanguage : public QObject
{
    Q_OBJECT

  private slots:
    void readsLanguageOption_data();
    void readsLanguageOption();
    void resolvesInOrderOfPrecedence_data();
    void resolvesInOrderOfPrecedence();
    void refusesUnsupportedLanguage();
    void installsChineseTranslation();
};

void TestLanguage::readsLanguageOption_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::addColumn<QString>("expected");
  QTest::newRow("separate value") << QStringList{"xiuhua", "--lang", "en"} << "en";
  QTest::newRow("joined value") << QStringList{"xiuhua", "--open", "a.gpkg", "--lang=zh_CN"} << "zh_CN";
  QTest::newRow("absent") << QStringList{"xiuhua", "--open", "a.gpkg"} << QString();
  QTest::newRow("missing value") << QStringList{"xiuhua", "--lang"} << QString();
}

void TestLanguage::readsLanguageOption()
{
  QFETCH(QStringList, arguments);
  QFETCH(QString, expected);
  QCOMPARE(Language::fromArguments(arguments), expected);
}

void TestLanguage::resolvesInOrderOfPrecedence_data()
{
  QTest::addColumn<QString>("requested");
  QTest::addColumn<QString>("saved");
  QTest::addColumn<QString>("system");
  QTest::addColumn<QString>("expected");
  QTest::newRow("option wins") << "en"
                               << "zh_CN"
                               << "zh_CN"
                               << "en";
  QTest::newRow("setting next") << QString() << "en"
                                << "zh_CN"
                                << "en";
  QTest::newRow("Chinese system") << QString() << QString() << "zh_CN"
                                  << "zh_CN";
  QTest::newRow("Taiwan system gets Chinese") << QString() << QString() << "zh_TW"
                                              << "zh_CN";
  QTest::newRow("German system gets English") << QString() << QString() << "de_DE"
                                              << "en";
  QTest::newRow("unknown saved value ignored") << QString() << "fr"
                                               << "zh_CN"
                                               << "zh_CN";
}

void TestLanguage::resolvesInOrderOfPrecedence()
{
  QFETCH(QString, requested);
  QFETCH(QString, saved);
  QFETCH(QString, system);
  QFETCH(QString, expected);
  QCOMPARE(Language::resolve(requested, saved, QLocale(system)), expected);
}

void TestLanguage::refusesUnsupportedLanguage()
{
  QString error;
  QVERIFY(!Language::install(QStringLiteral("fr"), &error));
  QVERIFY(error.contains(QStringLiteral("fr")));
}

void TestLanguage::installsChineseTranslation()
{
  QString error;
  QVERIFY2(Language::install(QStringLiteral("zh_CN"), &error), qPrintable(error));
  // A string every build has: the inspector's complaint about an empty path.
  const QString translated = QCoreApplication::translate("SourceInspector", "No file was given.");
  QVERIFY2(translated != QStringLiteral("No file was given."), qPrintable(translated));
  QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "testlanguage.moc"
