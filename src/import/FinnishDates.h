#pragma once

#include "core/PageRecord.h"

#include <QDate>
#include <QString>

#include <optional>

namespace salkku::importer {

struct DateParse
{
    bool looksLikeDate = false; // the text has the shape of a date (17.09.2020, 2020-09-17)
    std::optional<QDate> date;  // empty when it is no real date (31.02.2021)
};

struct YearSpan
{
    std::optional<int> start;
    std::optional<int> end;
};

// Dates and years as Finnish pages write them.
namespace FinnishDates {

// "17.09.2020", "1.9.2016", "2020-09-17"; the whole (trimmed) text must be the date.
DateParse parseDate(const QString &text);

// Start and end year of a timeline: "Hanke toteutetaan vuosina 2020-2021", "toteutettiin vuosina 2020–2021",
// "1.9.2016 – 31.12.2018", "vuonna 2021", "2020–2022". Years outside 1900–2100 are not years.
YearSpan yearsOf(const QString &timeline);

} // namespace FinnishDates

} // namespace salkku::importer
