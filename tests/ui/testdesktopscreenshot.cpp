#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/**
 * Runs the built `xiuhua` executable as the README does: --open and --screenshot on the offscreen
 * platform, and without any display.
 */
class TestDesktopScreenshot : public QObject
{
    Q_OBJECT

  private slots:
    void writesScreenshotOfRequestedSize();
    void writesFullHdAndFourKScreenshots();
    void explainsMissingDisplay();
    void refusesBadSize();

  private:
    static int run(const QStringList &arguments, const QProcessEnvironment &environment,
                   QString *errorOutput);
    static QProcessEnvironment withoutDisplay();
};

QProcessEnvironment TestDesktopScreenshot::withoutDisplay()
{
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove(QStringLiteral("DISPLAY"));
  environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
  environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
  return environment;
}

int TestDesktopScreenshot::run(const QStringList &arguments, const QProcessEnvironment &environment,
                               QString *errorOutput)
{
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(XIUHUA_DESKTOP), arguments);
  if (!process.waitForFinished(120000))
    return -1;
  *errorOutput = QString::fromUtf8(process.readAllStandardError());
  return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestDesktopScreenshot::writesScreenshotOfRequestedSize()
{
  QTemporaryDir directory;
  const QString file = directory.filePath(QStringLiteral("window.png"));
  QString errors;
  // No display at all: --screenshot must still work, on Qt's offscreen platform.
  const int exitCode = run({QStringLiteral("--open"), QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson"),
                            QStringLiteral("--screenshot"), file, QStringLiteral("--size"),
                            QStringLiteral("1366x768"), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                           withoutDisplay(), &errors);
  QVERIFY2(exitCode == 0, qPrintable(errors));
  const QImage image(file);
  QCOMPARE(image.size(), QSize(1366, 768));
}

void TestDesktopScreenshot::writesFullHdAndFourKScreenshots()
{
  // The command-center sizes: a 1920×1080 workstation, and a 3840×2160 wall at 200 % (device pixel
  // ratio 2, so that text and symbols keep their size and gain sharpness).
  QTemporaryDir directory;
  for (const auto &[scale, expected] : {std::pair{1, QSize(1920, 1080)}, {2, QSize(3840, 2160)}})
  {
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(scale));
    const QString file = directory.filePath(QStringLiteral("window-%1.png").arg(scale));
    QString errors;
    const int exitCode = run({QStringLiteral("--open"), QStringLiteral(XIUHUA_TEST_DATA_DIR "/park.geojson"),
                              QStringLiteral("--screenshot"), file, QStringLiteral("--size"),
                              QStringLiteral("1920x1080"), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                             environment, &errors);
    QVERIFY2(exitCode == 0, qPrintable(errors));
    const QImage image(file);
    QCOMPARE(image.size(), expected);
    // The map is drawn: the park (a polygon in QGIS's default style, of a random colour) covers much
    // of the middle of the window, whose background is white.
    int drawn = 0;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; y += 8)
    {
      for (int x = image.width() / 4; x < image.width() * 3 / 4; x += 8)
        drawn += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    }
    QVERIFY2(drawn > 100, qPrintable(QStringLiteral("%1 drawn samples in %2").arg(drawn).arg(file)));
  }
}

void TestDesktopScreenshot::explainsMissingDisplay()
{
  QString errors;
  const int exitCode = run({QStringLiteral("--lang"), QStringLiteral("en")}, withoutDisplay(), &errors);
  QCOMPARE(exitCode, 1);
  QVERIFY2(errors.contains(QStringLiteral("xvfb-run")), qPrintable(errors));
  QVERIFY(errors.contains(QStringLiteral("--screenshot")));
}

void TestDesktopScreenshot::refusesBadSize()
{
  QTemporaryDir directory;
  QString errors;
  const int exitCode = run({QStringLiteral("--screenshot"), directory.filePath(QStringLiteral("w.png")),
                            QStringLiteral("--size"), QStringLiteral("big")},
                           withoutDisplay(), &errors);
  QCOMPARE(exitCode, 2);
  QVERIFY(errors.contains(QStringLiteral("big")));
}

QTEST_GUILESS_MAIN(TestDesktopScreenshot)
#include "testdesktopscreenshot.moc"
