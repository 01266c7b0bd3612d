#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// A Kehittämisen polku tab saved from the middle: no title, no labels, prose with short "Something:" lines
// that head the lines after them. Each such line begins a section; the text before the first one is a
// section without a heading. The page has no name (a warning says so).
namespace FragmentParser {

void parse(const QList<Line> &lines, core::PageRecord &record);

} // namespace FragmentParser

} // namespace salkku::importer
