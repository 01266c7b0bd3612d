#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// A project's list of practices (its …/toimintamallit tab): the project's name as the title, its description,
// Innokylä's sentence about who may attach practices, then each practice's name and short description, or
// the sentence that none is attached yet.
namespace PracticeListParser {

void parse(const QList<Line> &lines, core::PageRecord &record);

} // namespace PracticeListParser

} // namespace salkku::importer
