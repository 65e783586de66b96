#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

/**
 * A CSV table as the project's data files use it: UTF-8, comma-separated, one header row, fields
 * quoted with " where they hold commas, quotes or line breaks (RFC 4180). Lines starting with # and
 * blank lines are skipped, so a city can comment the files it edits. Every row keeps its line
 * number, so errors can name file, line and field.
 */
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

  public:
    /** One data row and the line of the file it starts on (1-based). */
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    /**
     * Parses \a content; \a sourceName (usually the file path) is what error messages name. Returns
     * nothing with \a error set for text that is not UTF-8, an unterminated quote, or a row whose
     * field count differs from the header's.
     */
    static std::optional<CsvTable> parse(const QByteArray &content, const QString &sourceName,
                                         QString *error);

    /** The name given to parse(), for messages. */
    QString sourceName() const { return mSourceName; }

    const QStringList &header() const { return mHeader; }
    const QList<Row> &rows() const { return mRows; }

    /** The position of \a column in the header, or -1. */
    int columnIndex(const QString &column) const { return mHeader.indexOf(column); }

    /** Checks that every one of \a columns is in the header; otherwise sets \a error naming the first missing
     * one. */
    bool requireColumns(const QStringList &columns, QString *error) const;

    /** The value of \a column in \a row, trimmed; empty when the column does not exist. */
    QString value(const Row &row, const QString &column) const;

    /** "file, line N, field \"column\"": where a value came from, for error messages. */
    QString location(const Row &row, const QString &column) const;

  private:
    QString mSourceName;
    QStringList mHeader;
    QList<Row> mRows;
};
