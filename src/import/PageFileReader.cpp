#include "PageFileReader.h"

#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

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
    // Read at most one byte more than allowed: the file may have grown since it was measured. Into a buffer
    // of the file's size: QIODevice::read(n) allocates all n bytes first (32 MB for every page).
    QByteArray bytes;
    qint64 wanted = std::min<qint64>(info.size(), TextDecoder::kMaxBytes) + 1;
    for (;;) {
        const qsizetype at = bytes.size();
        bytes.resize(at + wanted);
        const qint64 got = file.read(bytes.data() + at, wanted);
        bytes.resize(at + std::max<qint64>(got, 0));
        if (got <= 0 || bytes.size() > TextDecoder::kMaxBytes)
            break;
        wanted = std::min<qint64>(qint64{64} * 1024, TextDecoder::kMaxBytes + 1 - bytes.size());
    }
    if (bytes.size() > TextDecoder::kMaxBytes)
        return core::Error{path, 0, QStringLiteral("the file is too large")};
    if (file.error() != QFileDevice::NoError)
        return core::Error{path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    return bytes;
}

} // namespace salkku::importer
