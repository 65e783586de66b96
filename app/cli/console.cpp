#include "console.h"

#include <cstdio>

namespace console
{
  namespace
  {
    void write(std::FILE *stream, const QString &text)
    {
      const QByteArray bytes = text.toUtf8();
      std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
      if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
      std::fflush(stream);
    }
  } // namespace

  void printOut(const QString &text)
  {
    write(stdout, text);
  }

  void printError(const QString &text)
  {
    write(stderr, text);
  }
} // namespace console
