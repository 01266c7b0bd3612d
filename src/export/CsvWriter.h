#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace salkku::exporting {

// Comma-separated values as RFC 4180 has them: CRLF after each row; a field with the separator, a quote, a
// line break or space at either end in double quotes, its quotes doubled. UTF-8 with a byte order mark, so
// that spreadsheet programs read ä and ö. Imported text is data, never a formula: a field a spreadsheet would
// evaluate (beginning with =, +, -, @, a tab or a carriage return) gets an apostrophe in front.
class CsvWriter
{
public:
    // ',' (RFC 4180) or ';' (what a spreadsheet in a Finnish locale expects when it opens a file directly).
    explicit CsvWriter(QChar separator = u',');

    void addRow(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

    // One field as it is written.
    QString field(const QString &text) const;

private:
    QChar m_separator;
    QByteArray m_bytes;
};

} // namespace salkku::exporting
