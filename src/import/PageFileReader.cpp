#include "PageFileReader.h"

#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace salkku::importer {

core::Result<QByteArray> PageFileReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return core::Error{path, 0, QStringLiteral("no such file")};
    if (info.isDir())
        return core::Error{path, 0, QStringLiteral("this is a folder, not a file")};
    if (info.size() > TextDecoder::kMaxBytes) {
        return core::Error{path, 0,
                           QStringLiteral("the file is too large (%1 MB); Salkku reads pages up to %2 MB")
                               .arg(static_cast<double>(info.size()) / 1e6, 0, 'f', 1)
                               .arg(TextDecoder::kMaxBytes / 1024 / 1024)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    // Read at most one byte more than allowed: the file may have grown since it was measured.
    QByteArray bytes = file.read(TextDecoder::kMaxBytes + 1);
    if (bytes.size() > TextDecoder::kMaxBytes)
        return core::Error{path, 0, QStringLiteral("the file is too large")};
    if (file.error() != QFileDevice::NoError)
        return core::Error{path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    return bytes;
}

} // namespace salkku::importer
