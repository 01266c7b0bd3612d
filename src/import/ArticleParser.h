#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// A news page (like Innokylä's regional news): a title, an "Aihe: A, B, C" line, paragraphs under short
// headings. The region comes from the topics.
namespace ArticleParser {

// True when the lines look like an article: a title first, and an "Aihe:" line near the top.
bool looksLikeArticle(const QList<Line> &lines);

void parse(const QList<Line> &lines, core::PageRecord &record);

} // namespace ArticleParser

} // namespace salkku::importer
