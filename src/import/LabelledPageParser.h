#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace salkku::importer {

// Where a labelled page says it is: the values under "Paikkakunta, maakunta tai hyvinvointialue" and under
// "Toteutuspaikka", one a line (RegionResolver reads them).
struct PlaceValues
{
    QStringList localities;
    QStringList implementation;
};

// Reads a page whose fields are labels on lines of their own, each followed by its value: project and
// practice pages in every Innokylä layout, and a practice's Kehittämisen polku tab (whose labels are its
// headings). The record's kind and part are set by the caller. An error only when a main page has no name.
core::Result<PlaceValues> parseLabelledPage(const QList<Line> &lines, core::PageRecord &record);

} // namespace salkku::importer
