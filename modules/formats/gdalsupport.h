#pragma once

#include <QString>

#include <gdal.h>

#include <memory>

namespace gdalsupport
{
  /** Registers GDAL's drivers once per process; safe to call from anywhere, any number of times. */
  void ensureDriversRegistered();

  /** Closes a GDAL dataset handle. */
  struct DatasetCloser
  {
      void operator()(GDALDatasetH dataset) const;
  };
  using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

  /**
   * Silences GDAL's own error printing for its lifetime and keeps the last message, so that the
   * caller can put it into a translated error of its own instead of GDAL writing to stderr.
   */
  class ErrorCapture
  {
    public:
      ErrorCapture();
      ~ErrorCapture();
      ErrorCapture(const ErrorCapture &) = delete;
      ErrorCapture &operator=(const ErrorCapture &) = delete;

      /** GDAL's last error message since construction, empty if there was none. */
      QString lastMessage() const;
  };

  /** Whether \a path names a GDAL virtual file or a connection string rather than a plain file. */
  bool isVirtualOrConnection(const QString &path);
} // namespace gdalsupport
