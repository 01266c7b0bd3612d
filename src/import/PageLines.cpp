#include "PageLines.h"

#include "core/FinnishText.h"

namespace salkku::importer {

using core::FinnishText::isSpace;

bool Line::isBlank() const
{
    for (const QChar c : text)
        if (!isSpace(c))
            return false;
    return true;
}

QString Line::trimmed() const
{
    return text.trimmed();
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    int number = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(Line{number++, text.mid(start, i - start)});
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < size)
        lines.append(Line{number, text.mid(start)});
    return lines;
}

ListLine classifyListLine(const QString &text)
{
    ListLine result;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size && isSpace(text[i])) {
        result.indent += text[i] == u'\t' ? 4 : 1;
        ++i;
    }
    qsizetype contentStart = i;
    if (i < size) {
        const char16_t c = text[i].unicode();
        const bool roundBullet = c == u'•' || c == u'◦' || c == u'▪' || c == u'●' || c == u'‣' || c == u'·' ||
                                 c == u'○' || c == u'■' || c == u'\uF0B7' /* Word's Symbol-font bullet */;
        const bool dashBullet = c == u'-' || c == u'–' || c == u'—' || c == u'*';
        if (roundBullet) {
            result.bullet = true;
            contentStart = i + 1;
        } else if (dashBullet && i + 1 < size && isSpace(text[i + 1])) {
            result.bullet = true;
            contentStart = i + 2;
        } else if (c >= u'0' && c <= u'9') {
            qsizetype j = i;
            while (j < size && j - i < 3 && text[j].isDigit())
                ++j;
            if (j < size && (text[j] == u'.' || text[j] == u')') && j + 1 < size && isSpace(text[j + 1])) {
                result.bullet = true;
                contentStart = j + 2;
            }
        }
    }
    result.content = text.mid(contentStart).trimmed();
    if (result.bullet && result.content.isEmpty())
        result.bullet = false; // a lone "-" is a value meaning "nothing", not a list item
    return result;
}

QString joinLines(const QList<Line> &lines, bool keepIndent)
{
    QString out;
    bool pendingBlank = false;
    for (const Line &line : lines) {
        if (line.isBlank()) {
            pendingBlank = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty())
            out += pendingBlank ? QStringLiteral("\n\n") : QStringLiteral("\n");
        pendingBlank = false;
        if (keepIndent) {
            qsizetype end = line.text.size();
            while (end > 0 && isSpace(line.text[end - 1]))
                --end;
            out += QStringView(line.text).left(end);
        } else {
            out += line.trimmed();
        }
    }
    return out;
}

} // namespace salkku::importer
