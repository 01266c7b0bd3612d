#pragma once

#include "PageLayout.h"
#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

// Whether a page ends before its end: saved while still loading, copied in part, or cut by a size limit. A
// page is cut off when its last line is prose that stops mid-sentence or mid-word ("…osatoteuttajina toimivat
// alueen kun"), the beginning of a label ("Tavoitelt"), or when a project or practice page stops before the
// "Luotu" and "Viimeksi muokattu" fields that every complete one has. A last line that is a label, a field's
// value (a topic, a date, a funder…), a bullet item, a link or page chrome is a normal end.
namespace CutOffDetector {

// The line after which the page seems cut off, or 0 when it looks whole.
int cutAfter(const QList<Line> &lines, const core::PageRecord &record, LayoutStyle style);

// Marks the record (truncated, and a warning naming the line) when the page is cut off.
void mark(const QList<Line> &lines, core::PageRecord &record, LayoutStyle style);

} // namespace CutOffDetector

} // namespace salkku::importer
