#pragma once

#include "PageRecord.h"
#include "Result.h"

#include <QJsonObject>

namespace salkku::core {

// The JSON form of a page record, as `salkku parse --json` prints it (documented in docs/cli.md).
namespace RecordJson {

QJsonObject toJson(const PageRecord &record);
Result<PageRecord> fromJson(const QJsonObject &object);

// {"file": ..., "error": {"line": ..., "message": ...}}
QJsonObject errorToJson(const Error &error);

} // namespace RecordJson

} // namespace salkku::core
