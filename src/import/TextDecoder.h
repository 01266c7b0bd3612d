#pragma once

#include "core/PageRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salkku::importer {

struct DecodedText
{
    QString text; // NFC, line endings as in the file
    QString encoding;
    QList<core::Warning> warnings;
};

// Turns the bytes of one file into text, deciding the encoding once per file: a byte-order mark (UTF-8,
// UTF-16 LE/BE, UTF-32 LE/BE), else strict UTF-8, else a legacy 8-bit page (Windows-1252 or ISO-8859-15).
// ICU's detector only advises (it guesses wrong on short texts); ICU's converters do the conversion.
class TextDecoder
{
public:
    // Larger files are refused: an Innokylä page is tens of kilobytes.
    static constexpr qsizetype kMaxBytes = qsizetype{32} * 1024 * 1024;

    static core::Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName);
};

} // namespace salkku::importer
