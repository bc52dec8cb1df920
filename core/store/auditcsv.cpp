#include "store/store.h"

namespace fd::store {

namespace {

// Spreadsheets evaluate a cell that starts with one of these as a formula (CSV injection);
// a leading apostrophe makes them show it as text.
bool looksLikeFormula(const QString& cell) {
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QByteArray csvField(const QString& value) {
    QString cell = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                             cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return cell.toUtf8();
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + cell.toUtf8() + '"';
}

} // namespace

QByteArray auditToCsv(const QList<AuditEntry>& entries) {
    QByteArray out = "id,time,action,target,result,detail\r\n";
    for (const AuditEntry& e : entries) {
        out += QByteArray::number(e.id) + ',' +
               csvField(e.time.toUTC().toString(Qt::ISODateWithMs)) + ',' + csvField(e.action) +
               ',' + csvField(e.target) + ',' + csvField(e.result) + ',' + csvField(e.detail) +
               "\r\n";
    }
    return out;
}

} // namespace fd::store
