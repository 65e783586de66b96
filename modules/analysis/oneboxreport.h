#pragma once

#include "analysis/oneboxstatistics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

class Catalogue;
class CaseWorkflow;
class GreenClasses;

/**
 * The one-box figures as people read them: a table of rows (section, item, value, unit, note) in the
 * interface language, for the panel, the clipboard and the CSV/XLSX export; and as JSON with stable
 * English keys for programs.
 */
class OneBoxReport
{
    Q_DECLARE_TR_FUNCTIONS(OneBoxReport)

  public:
    /** One line of the table. The value is a number (int or double), or null where the note says it all. */
    struct Row
    {
        QString section;
        QString item;
        QVariant value;
        QString unit;
        QString note;
    };

    /**
     * The report of \a figures; class and state names come from \a catalogue and \a workflow when
     * given (the codes alone otherwise).
     */
    OneBoxReport(const OneBoxFigures &figures, const GreenClasses &greenClasses, const Catalogue *catalogue,
                 const CaseWorkflow *workflow);

    /** The column titles of rows(). */
    static QStringList header();

    const QList<Row> &rows() const { return mRows; }

    /** The rows as lists of values, in the order of header(): what the table writers take. */
    QList<QVariantList> table() const;

    /** Tab-separated text with a header line: pastes into a spreadsheet as a table. */
    QString toTabSeparated() const;

    /** The figures as JSON: areas in m², ratios as fractions (0–1), counts as integers. */
    static QJsonObject toJson(const OneBoxFigures &figures);

    /** \a value formatted as the table shows it: thousands separated, 2 decimals for non-integers, empty for
     * null. */
    static QString formatValue(const QVariant &value);

  private:
    void addStudyArea(const OneBoxFigures &figures);
    void addGreen(const OneBoxFigures &figures, const GreenClasses &greenClasses);
    void addComponents(const OneBoxFigures &figures, const Catalogue *catalogue);
    void addCases(const OneBoxFigures &figures, const Catalogue *catalogue, const CaseWorkflow *workflow);
    void addTouched(const OneBoxFigures &figures);
    void add(const QString &section, const QString &item, const QVariant &value,
             const QString &unit = QString(), const QString &note = QString());

    QList<Row> mRows;
};
