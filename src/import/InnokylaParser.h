#pragma once

#include "core/PageRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salkku::importer {

// Turns one Innokylä text export (a project, practice or news page) into a PageRecord, or a clear error.
// Pure: no files, no database, no widgets. Safe to call from any thread.
class InnokylaParser
{
public:
    // The bytes of one file: decodes them (see TextDecoder), then parses.
    static core::Result<core::PageRecord> parse(const QByteArray &bytes, const QString &fileName);

    // Already decoded text (NFC). Warnings already found (e.g. about the encoding) are carried into the
    // record.
    static core::Result<core::PageRecord> parseText(const QString &text, const QString &fileName,
                                                    const QList<core::Warning> &warnings = {});
};

} // namespace salkku::importer
