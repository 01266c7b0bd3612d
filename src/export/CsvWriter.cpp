#include "CsvWriter.h"

namespace salkku::exporting {

namespace {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QChar separator) : m_separator(separator), m_bytes("\xEF\xBB\xBF") {}

QString CsvWriter::field(const QString &text) const
{
    QString value = looksLikeFormula(text) ? u'\'' + text : text;
    // Any separator a spreadsheet might split on is quoted, whichever this file uses: a ';'-splitting Excel
    // must not find a cell starting with '=' inside a ','-separated field.
    const bool quoted = value.contains(m_separator) || value.contains(u',') || value.contains(u';') ||
                        value.contains(u'\t') || value.contains(u'"') || value.contains(u'\n') ||
                        value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quoted)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_separator);
        line.append(field(fields[i]));
    }
    line.append(QStringLiteral("\r\n"));
    m_bytes.append(line.toUtf8());
}

} // namespace salkku::exporting
