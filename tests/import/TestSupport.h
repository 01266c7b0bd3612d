#pragma once

#include "core/PageRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace salkku::testing {

// The bytes of a file (empty when it cannot be read).
QByteArray readBytes(const QString &path);

// Parses UTF-8 text as a page.
core::Result<core::PageRecord> parseUtf8(const QString &text,
                                         const QString &fileName = QStringLiteral("test.txt"));

// A fixture under tests/import/fixtures, parsed.
core::Result<core::PageRecord> parseFixture(const QString &name);

// True when the record has a warning whose message contains the text (and is on the line, when line > 0).
bool hasWarning(const core::PageRecord &record, const QString &text, int line = 0);

// The lines of a page's text that are nowhere in its record (labels, chrome and dates read as dates aside).
// Empty when nothing of the page was lost.
QStringList linesMissingFromRecord(const QString &text, const core::PageRecord &record);

// A minimal project page in the Innokylä layout, with the given name and extra lines after the basic fields.
QString projectPage(const QString &name, const QString &extra = QString());

} // namespace salkku::testing
