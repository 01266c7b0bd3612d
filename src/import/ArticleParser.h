#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// A news or blog page: a title, perhaps an "Aihe: A, B, C" line, a date, "Kuva" and an image's caption,
// paragraphs under short headings. PageLayouts::detect tells an article from other text.
namespace ArticleParser {

void parse(const QList<Line> &lines, core::PageRecord &record);

} // namespace ArticleParser

} // namespace salkku::importer
