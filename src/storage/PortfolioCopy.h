#pragma once

#include "PortfolioStore.h"
#include "StorageTypes.h"
#include "core/Result.h"

#include <QByteArray>

#include <functional>

namespace salkku::storage {

// A whole portfolio copied into another, between a file and a server in either direction (`salkku copy`):
// every page as it was stored (its record and its source), the pages in the trash (still in the trash), and
// the coordinator's own layer, merged by page identity. Each page is stored as an import is, one
// transaction each, so a copy that stopped half-way is resumed by running it again: the pages already there
// are unchanged. At the end both portfolios' checksums are compared.
class PortfolioCopy
{
public:
    struct Report
    {
        int pages = 0;     // in the source
        int copied = 0;    // stored or updated in the target
        int unchanged = 0; // already there (a resumed copy)
        int trashed = 0;   // removals to the trash copied
        LayerMerge layer;
        QByteArray checksum; // of both, equal
    };
    // Called after each page with how many of how many are done; returning false stops the copy (what is
    // copied stays, and the next run goes on from there).
    using Progress = std::function<bool(int done, int total)>;

    static core::Result<Report> run(PortfolioStore &from, PortfolioStore &to, const Progress &progress = {});

    // The portfolio's content, without row ids, import times or the order rows were written in: SHA-256 over
    // every page (its identity, record and source content hash), the trash and the coordinator's layer.
    static core::Result<QByteArray> checksum(PortfolioStore &store);

    PortfolioCopy() = delete;
};

} // namespace salkku::storage
