#include "FinnishDates.h"

#include <QRegularExpression>

#include <algorithm>

namespace salkku::importer {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

bool plausibleYear(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

} // namespace

DateParse FinnishDates::parseDate(const QString &text)
{
    static const QRegularExpression finnish(
        QStringLiteral("^(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 32)
        return {};
    DateParse result;
    int day = 0, month = 0, year = 0;
    if (const auto match = finnish.match(trimmed); match.hasMatch()) {
        day = match.capturedView(1).toInt();
        month = match.capturedView(2).toInt();
        year = match.capturedView(3).toInt();
    } else if (const auto isoMatch = iso.match(trimmed); isoMatch.hasMatch()) {
        year = isoMatch.capturedView(1).toInt();
        month = isoMatch.capturedView(2).toInt();
        day = isoMatch.capturedView(3).toInt();
    } else {
        return result;
    }
    result.looksLikeDate = true;
    const QDate date(year, month, day);
    if (date.isValid() && plausibleYear(year))
        result.date = date;
    return result;
}

YearSpan FinnishDates::yearsOf(const QString &timeline)
{
    // A range "YYYY – YYYY", possibly with day and month before each year ("1.9.2016 – 31.12.2018").
    static const QRegularExpression range(
        QStringLiteral("(?<!\\d)(?:\\d{1,2}\\.\\d{1,2}\\.)?(\\d{4})\\s*(?:[-–—]|\\bja\\b|\\bsaakka\\b)\\s*(?:"
                       "\\d{1,2}\\.\\d{1,2}\\.)?(\\d{4})(?!\\d)"));
    static const QRegularExpression single(QStringLiteral("(?<![\\d,.])(\\d{4})(?![\\d,])"));
    YearSpan span;
    if (timeline.size() > 100000)
        return span;
    const auto match = range.match(timeline);
    if (match.hasMatch()) {
        const int start = match.capturedView(1).toInt();
        const int end = match.capturedView(2).toInt();
        if (plausibleYear(start) && plausibleYear(end)) {
            span.start = std::min(start, end);
            span.end = std::max(start, end);
            return span;
        }
    }
    // Otherwise the earliest and the latest year mentioned.
    auto it = single.globalMatch(timeline);
    while (it.hasNext()) {
        const int year = it.next().capturedView(1).toInt();
        if (!plausibleYear(year))
            continue;
        span.start = span.start ? std::min(*span.start, year) : year;
        span.end = span.end ? std::max(*span.end, year) : year;
    }
    return span;
}

} // namespace salkku::importer
