#pragma once

#include "Result.h"
#include "UserLayer.h"

#include <QByteArray>

namespace salkku::core {

// The exchange file of a coordinator's own layer (docs/user-layer.md): UTF-8 JSON, {"format":
// "salkku-user-layer", "version": 1, "items": [...], "collections": [...]}. Pages are named by their
// identity, so a file merges into any portfolio that has (or later imports) the same pages.
namespace UserLayerJson {

QByteArray toJson(const UserLayer &layer);
// Errors name `file`, with the line for a syntax error and the item's place ("items[3].page.kind") otherwise.
Result<UserLayer> fromJson(const QByteArray &bytes, const QString &file);

} // namespace UserLayerJson

} // namespace salkku::core
