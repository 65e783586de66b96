#include "domain/csvtable.h"

#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace
{
  /** Decodes \a content as UTF-8; returns false for invalid byte sequences. */
  bool decodeUtf8(const QByteArray &content, QString *text)
  {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(content);
    return !decoder.hasError();
#else
    QTextCodec::ConverterState state;
    *text = QTextCodec::codecForName("UTF-8")->toUnicode(content.constData(), content.size(), &state);
    return state.invalidChars == 0;
#endif
  }

  /** The 1-based line of the first byte that is not valid UTF-8. */
  int firstInvalidUtf8Line(const QByteArray &content)
  {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.size(); ++i)
    {
      if (i == content.size() || content.at(i) == '\n')
      {
        QString ignored;
        if (!decodeUtf8(content.mid(start, i - start), &ignored))
          return line;
        ++line;
        start = i + 1;
      }
    }
    return line;
  }
} // namespace

std::optional<CsvTable> CsvTable::parse(const QByteArray &content, const QString &sourceName, QString *error)
{
  QString text;
  if (!decodeUtf8(content, &text))
  {
    *error = tr("%1, line %2: the text is not UTF-8.").arg(sourceName).arg(firstInvalidUtf8Line(content));
    return std::nullopt;
  }
  if (text.startsWith(QChar(0xFEFF)))
    text.remove(0, 1);

  CsvTable table;
  table.mSourceName = sourceName;

  int line = 1;
  int position = 0;
  const int length = text.size();
  while (position < length)
  {
    // Skip blank and comment lines between records.
    if (text.at(position) == QLatin1Char('\n') || text.at(position) == QLatin1Char('\r'))
    {
      if (text.at(position) == QLatin1Char('\n'))
        ++line;
      ++position;
      continue;
    }
    if (text.at(position) == QLatin1Char('#'))
    {
      while (position < length && text.at(position) != QLatin1Char('\n'))
        ++position;
      continue;
    }

    Row row;
    row.line = line;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool recordDone = false;
    while (!recordDone)
    {
      if (position >= length)
      {
        if (quoted)
        {
          *error = tr("%1, line %2: a quoted field is not closed.").arg(sourceName).arg(row.line);
          return std::nullopt;
        }
        row.fields.append(field);
        recordDone = true;
        break;
      }
      const QChar c = text.at(position++);
      if (quoted)
      {
        if (c == QLatin1Char('"'))
        {
          if (position < length && text.at(position) == QLatin1Char('"'))
          {
            field.append(QLatin1Char('"'));
            ++position;
          }
          else
          {
            quoted = false;
          }
        }
        else
        {
          if (c == QLatin1Char('\n'))
            ++line;
          field.append(c);
        }
      }
      else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted)
      {
        quoted = true;
        fieldWasQuoted = true;
      }
      else if (c == QLatin1Char(','))
      {
        row.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
      }
      else if (c == QLatin1Char('\n'))
      {
        ++line;
        row.fields.append(field);
        recordDone = true;
      }
      else if (c != QLatin1Char('\r'))
      {
        field.append(c);
      }
    }

    if (table.mHeader.isEmpty())
    {
      for (const QString &name : std::as_const(row.fields))
        table.mHeader.append(name.trimmed());
      continue;
    }
    if (row.fields.size() != table.mHeader.size())
    {
      *error = tr("%1, line %2: %3 fields where the header has %4.")
                   .arg(sourceName)
                   .arg(row.line)
                   .arg(row.fields.size())
                   .arg(table.mHeader.size());
      return std::nullopt;
    }
    table.mRows.append(row);
  }

  if (table.mHeader.isEmpty())
  {
    *error = tr("%1: the file is empty; a header row was expected.").arg(sourceName);
    return std::nullopt;
  }
  return table;
}

bool CsvTable::requireColumns(const QStringList &columns, QString *error) const
{
  for (const QString &column : columns)
  {
    if (columnIndex(column) < 0)
    {
      *error = tr("%1: the column \"%2\" is missing from the header.").arg(mSourceName, column);
      return false;
    }
  }
  return true;
}

QString CsvTable::value(const Row &row, const QString &column) const
{
  const int index = columnIndex(column);
  return index >= 0 ? row.fields.at(index).trimmed() : QString();
}

QString CsvTable::location(const Row &row, const QString &column) const
{
  return tr("%1, line %2, field \"%3\"").arg(mSourceName).arg(row.line).arg(column);
}
