#pragma once

#include <QTest>

#include <qgsapplication.h>

/**
 * main() for tests that need QGIS: initialises QgsApplication (providers, CRS database) around the
 * test class, like QTEST_MAIN does for plain Qt tests. \a gui selects a QApplication-based run.
 */
#define XIUHUA_QGIS_TEST_MAIN(TestClass, gui)                                                                \
  int main(int argc, char *argv[])                                                                           \
  {                                                                                                          \
    QgsApplication app(argc, argv, gui);                                                                     \
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);                                             \
    QgsApplication::initQgis();                                                                              \
    int result = 0;                                                                                          \
    {                                                                                                        \
      TestClass test;                                                                                        \
      result = QTest::qExec(&test, argc, argv);                                                              \
    }                                                                                                        \
    QgsApplication::exitQgis();                                                                              \
    return result;                                                                                           \
  }
