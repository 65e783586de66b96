#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

/**
 * Writes a table of figures to a CSV or XLSX file through GDAL, for a spreadsheet: a column whose
 * values are all numbers (or null) becomes a numeric column. The file appears complete or not at all:
 * it is written beside the target and renamed over it.
 */
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

  public:
    /** The file extensions write() accepts, lower case: csv and xlsx. */
    static QStringList extensions();

    /**
     * Writes \a rows under \a header to \a path; the extension picks the format. CSV gets a UTF-8 byte
     * order mark so that spreadsheets read Chinese text right. False with \a error naming the file.
     */
    static bool write(const QString &path, const QStringList &header, const QList<QVariantList> &rows,
                      QString *error);
};
