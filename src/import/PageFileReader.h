#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace salkku::importer {

// Reads the bytes of one page file, refusing what cannot be a page (a folder, a missing file, a file larger
// than TextDecoder::kMaxBytes) before reading it. The only part of the importer that touches the file system.
namespace PageFileReader {

core::Result<QByteArray> read(const QString &path);

} // namespace PageFileReader

} // namespace salkku::importer
