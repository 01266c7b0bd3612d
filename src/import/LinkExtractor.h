#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// Web and social-media links in page text: "https://…" and "www.…" anywhere, "Facebook:@name" style handles,
// and "Blogi: name" lines whose address the text export lost (kept with an empty URL).
namespace LinkExtractor {

QList<core::Link> fromLines(const QList<Line> &lines, bool namedSitesToo);

// Adds the links not already there (same URL, or same label for links without one).
void merge(QList<core::Link> &into, const QList<core::Link> &links);

} // namespace LinkExtractor

} // namespace salkku::importer
