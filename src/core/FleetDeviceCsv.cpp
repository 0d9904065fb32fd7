#include "FleetDeviceCsv.h"

#include "LocalFile.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace groov {

namespace {

const QLatin1String KeyEnvColumn("apiKeyEnv");
const QLatin1String KeyFileColumn("apiKeyFile");

// One row of the file, with the line it starts on (a quoted cell may hold line breaks).
struct Row
{
    int line = 1;
    QStringList cells;
};

// A problem (a whole sentence with its own subject) on a line, or in a cell, of the file.
QString atLine(int line, const QString &problem)
{
    return FleetDeviceCsv::tr("CSV line %1: %2").arg(QString::number(line), problem);
}

QString atCell(int line, const QString &column, const QString &problem)
{
    return FleetDeviceCsv::tr("CSV line %1, column \"%2\": %3")
        .arg(QString::number(line), LocalFile::printable(column), problem);
}

// Splits the text into rows of cells, as RFC 4180 says: a cell in double quotes may hold commas, line breaks and
// doubled quotes; a quote anywhere else is refused, since the cells would not be what the spreadsheet showed.
Result<QList<Row>> splitRows(const QString &text)
{
    enum class State { CellStart, Plain, Quoted, QuoteInQuoted };
    QList<Row> rows;
    Row row;
    QString cell;
    State state = State::CellStart;
    int line = 1;
    int quoteLine = 1;
    const auto endCell = [&] {
        row.cells.append(cell);
        cell.clear();
        state = State::CellStart;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (state == State::Quoted) {
            if (c == QLatin1Char('"'))
                state = State::QuoteInQuoted;
            else
                cell += c;
            line += c == QLatin1Char('\n') ? 1 : 0;
            continue;
        }
        if (state == State::QuoteInQuoted && c == QLatin1Char('"')) { // a doubled quote is one quote
            cell += c;
            state = State::Quoted;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endCell();
            rows.append(row);
            row = Row{++line, {}};
        } else if (state == State::QuoteInQuoted) {
            return invalidInput(atLine(line, FleetDeviceCsv::tr("Text follows a quoted cell's closing quote. Put the "
                                                                "whole cell in double quotes, and double every quote "
                                                                "inside it (\"\").")));
        } else if (c == QLatin1Char('"') && state == State::Plain) {
            return invalidInput(atLine(line, FleetDeviceCsv::tr("A cell holds a double quote but does not start "
                                                                "with one. Put the whole cell in double quotes, and "
                                                                "double every quote inside it (\"\").")));
        } else if (c == QLatin1Char('"')) {
            state = State::Quoted;
            quoteLine = line;
        } else {
            cell += c;
            state = State::Plain;
        }
    }
    if (state == State::Quoted)
        return invalidInput(atLine(quoteLine, FleetDeviceCsv::tr("A cell opens a double quote that is never closed. "
                                                                 "Close it, or double the quote (\"\") if it is part "
                                                                 "of the text.")));
    if (state != State::CellStart || !cell.isEmpty() || !row.cells.isEmpty()) { // the last row without a line break
        endCell();
        rows.append(row);
    }
    return rows;
}

bool isBlank(const Row &row)
{
    for (const QString &cell : row.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The header's cells as the known columns' own spelling, each once, name and address among them.
Result<QStringList> readHeader(const Row &header)
{
    const QStringList known = FleetDeviceCsv::columns();
    QStringList columns;
    for (const QString &cell : header.cells) {
        const QString given = cell.trimmed();
        const auto match = std::find_if(known.begin(), known.end(), [&given](const QString &column) {
            return column.compare(given, Qt::CaseInsensitive) == 0;
        });
        if (match == known.end())
            return invalidInput(
                atCell(header.line, given,
                       FleetDeviceCsv::tr("A device list has no such column (a typo?). The columns are: %1.")
                           .arg(known.join(QLatin1String(", ")))));
        if (columns.contains(*match))
            return invalidInput(
                atCell(header.line, *match, FleetDeviceCsv::tr("The column is there twice: keep one of them.")));
        columns.append(*match);
    }
    for (const QString &required : {known.at(0), known.at(1)}) {
        if (!columns.contains(required))
            return invalidInput(atLine(header.line, FleetDeviceCsv::tr("The first line must name the columns, and "
                                                                       "\"%1\" is not among them. For example: "
                                                                       "name,address,fingerprint,apiKeyFile")
                                                        .arg(required)));
    }
    return columns;
}

// A row as a plan's devices[] entry says it (docs/fleet.md), so the plan's checks apply to it unchanged; empty cells
// are left out, as an absent field.
Result<QJsonObject> deviceObject(const Row &row, const QStringList &columns)
{
    if (row.cells.size() != columns.size())
        return invalidInput(atLine(row.line, FleetDeviceCsv::tr("The line has %1 cells where the first line names %2 "
                                                                "columns. A cell that holds a comma needs double "
                                                                "quotes around it, such as \"Press, line 2\".")
                                                 .arg(row.cells.size())
                                                 .arg(columns.size())));
    QJsonObject device;
    QJsonObject key;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString value = row.cells.at(i).trimmed();
        if (value.isEmpty())
            continue;
        if (columns.at(i) == KeyEnvColumn)
            key.insert(QStringLiteral("env"), value);
        else if (columns.at(i) == KeyFileColumn)
            key.insert(QStringLiteral("file"), value);
        else
            device.insert(columns.at(i), value);
    }
    if (key.size() > 1)
        return invalidInput(atLine(row.line, FleetDeviceCsv::tr("The line gives both %1 and %2: a device's key is in "
                                                                "one place, so fill in one of them.")
                                                 .arg(KeyEnvColumn, KeyFileColumn)));
    if (!key.isEmpty())
        device.insert(QStringLiteral("key"), key);
    return device;
}

// A plan's name for a device field, as the column that gives it.
QString columnOf(const QString &field)
{
    if (field.startsWith(QLatin1String("key")))
        return field == QLatin1String("key.file") ? QString(KeyFileColumn) : QString(KeyEnvColumn);
    return field;
}

} // namespace

QStringList FleetDeviceCsv::columns()
{
    return {QStringLiteral("name"),
            QStringLiteral("address"),
            QStringLiteral("profile"),
            QStringLiteral("fingerprint"),
            QStringLiteral("model"),
            KeyEnvColumn,
            KeyFileColumn};
}

Result<QList<FleetDevice>> FleetDeviceCsv::load(const QString &path)
{
    const auto file = FleetPlan::readPrivateFile(path, FleetPlan::PrivateFileKind::DeviceList,
                                                 tr("Give a device list saved as CSV, its first line naming the "
                                                    "columns (docs/fleet.md)."));
    if (!file)
        return file.error();
    return parse(file->bytes, file->folder);
}

Result<QList<FleetDevice>> FleetDeviceCsv::parse(const QByteArray &csv, const QString &baseFolder)
{
    if (csv.size() > FleetPlan::MaxFileBytes)
        return invalidInput(tr("The device list is larger than %1 KiB: split it into several lists.")
                                .arg(FleetPlan::MaxFileBytes / 1024));
    QStringDecoder decoder(QStringConverter::Utf8); // skips a BOM at the start
    const QString text = decoder.decode(csv);
    if (decoder.hasError())
        return invalidInput(tr("The device list is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."));
    auto split = splitRows(text);
    if (!split)
        return split.error();
    QList<Row> rows;
    for (const Row &row : split.value()) {
        if (!isBlank(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return invalidInput(tr("The device list is empty. Its first line names the columns (such as "
                               "name,address,apiKeyFile), and each further line is a device."));
    const auto columns = readHeader(rows.takeFirst());
    if (!columns)
        return columns.error();
    if (rows.isEmpty() || rows.size() > FleetPlan::MaxDevices)
        return invalidInput(tr("The device list must hold 1 to %1 devices, one a line after the line that names the "
                               "columns; it holds %2.")
                                .arg(FleetPlan::MaxDevices)
                                .arg(rows.size()));
    QJsonArray devices;
    for (const Row &row : rows) {
        const auto device = deviceObject(row, *columns);
        if (!device)
            return device.error();
        devices.append(*device);
    }
    return FleetPlan::parseDevices(
        devices, baseFolder, [&rows](int index, const QString &field, const QString &problem) {
            const int line = rows.at(index).line;
            return field.isEmpty() ? atLine(line, problem) : atCell(line, columnOf(field), problem);
        });
}

} // namespace groov
