#include "InnokylaParser.h"

#include "ArticleParser.h"
#include "CutOffDetector.h"
#include "FragmentParser.h"
#include "LabelledPageParser.h"
#include "PageLayout.h"
#include "PageLines.h"
#include "PracticeListParser.h"
#include "RegionResolver.h"
#include "TextDecoder.h"

#include <QRegularExpression>

#include <algorithm>

namespace salkku::importer {

namespace {

using core::Error;
using core::PageRecord;
using core::Warning;

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tags(
        QStringLiteral("<(?:!doctype\\s+html|html|head|body|div|p|meta)[\\s>]"),
        QRegularExpression::CaseInsensitiveOption);
    return tags.match(QStringView(text).left(8192)).hasMatch();
}

Error notInnokyla(const QString &text, const QString &fileName)
{
    if (looksLikeHtml(text))
        return Error{
            fileName, 1,
            QStringLiteral("this is an HTML page, not a text export: open it in a browser and save it "
                           "as text")};
    return Error{fileName, 0,
                 QStringLiteral("no Innokylä field labels found, and the text does not read as an Innokylä "
                                "page (a project page has “Kokonaisuuden nimi”, a practice “Toimintamallin "
                                "nimi”, a Kehittämisen polku tab headings such as “Toimintaympäristö”, an "
                                "article a title and headed paragraphs about development work)")};
}

// Reads the page in its layout. An error only when a main page has no name.
core::Result<PlaceValues> readLayout(const QList<Line> &lines, const PageLayout &layout, PageRecord &record)
{
    record.kind = layout.kind;
    record.part = layout.part;
    switch (layout.style) {
    case LayoutStyle::Labelled:
        return parseLabelledPage(lines, record);
    case LayoutStyle::PracticeList:
        PracticeListParser::parse(lines, record);
        break;
    case LayoutStyle::Article:
        ArticleParser::parse(lines, record);
        break;
    case LayoutStyle::Fragment:
        FragmentParser::parse(lines, record);
        break;
    }
    return PlaceValues{};
}

} // namespace

core::Result<PageRecord> InnokylaParser::parse(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = TextDecoder::decode(bytes, fileName);
    SALKKU_TRY(decoded);
    auto record = parseText(decoded.value().text, fileName, decoded.value().warnings);
    if (record)
        record.value().encoding = decoded.value().encoding;
    return record;
}

core::Result<PageRecord> InnokylaParser::parseText(const QString &text, const QString &fileName,
                                                   const QList<Warning> &warnings)
{
    const QList<Line> lines = splitLines(text);
    if (std::all_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.isBlank(); }))
        return Error{fileName, 0, QStringLiteral("the file has no text (only white space)")};

    // A page saved as HTML is refused unless its fields are whole lines (then it is text with some markup in
    // it).
    const auto layout = PageLayouts::detect(lines);
    if (!layout || (layout->style != LayoutStyle::Labelled && looksLikeHtml(text)))
        return notInnokyla(text, fileName);
    PageRecord record;
    record.file = fileName;
    record.warnings = warnings;
    record.encoding = QStringLiteral("UTF-8");
    const auto places = readLayout(lines, *layout, record);
    SALKKU_TRY(places);
    RegionResolver::resolve(record, places.value());
    CutOffDetector::mark(lines, record, layout->style);
    std::stable_sort(record.warnings.begin(), record.warnings.end(),
                     [](const Warning &a, const Warning &b) { return a.line < b.line; });
    return record;
}

} // namespace salkku::importer
