#pragma once

#include <QProcess>
#include <QString>

/**
 * Writes the tiny demo city the rendering tests draw to \a path with xiuhua-cli (XIUHUA_CLI): seed 1,
 * history ending in 2025, so every open case is overdue whenever a test runs and the colours of the
 * cases never change with the date. Returns the CLI's complaint, or an empty string.
 */
inline QString writeTinyDemo(const QString &path)
{
  QProcess demo;
  demo.start(QStringLiteral(XIUHUA_CLI),
             {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
              QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--now"),
              QStringLiteral("2025-06-02T04:00:00Z"), QStringLiteral("--out"), path});
  if (!demo.waitForFinished(120000))
    return QStringLiteral("xiuhua-cli demo did not finish");
  return demo.exitCode() == 0 ? QString() : QString::fromUtf8(demo.readAllStandardError());
}
