// libFuzzer target: any bytes through the whole importer (decoding, splitting, labels, extractors), and every
// record it produces through the JSON writer. The importer must answer each input with a record or an Error:
// never a crash, a hang, a leak or undefined behaviour.
#include "core/RecordJson.h"
#include "import/InnokylaParser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, so ASan sees the exact end of the input (QByteArray::fromRawData would share libFuzzer's
    // buffer).
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto record = salkku::importer::InnokylaParser::parse(bytes, QStringLiteral("fuzz-input.txt"));
    if (record.ok()) {
        const QJsonObject json = salkku::core::RecordJson::toJson(record.value());
        static_cast<void>(json);
    } else {
        static_cast<void>(record.error().toString());
    }
    return 0;
}
