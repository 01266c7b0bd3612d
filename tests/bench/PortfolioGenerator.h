#pragma once

#include "core/PageRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace salkku::bench {

// One synthetic Innokylä text export, and what it should parse into (for checks).
struct GeneratedPage
{
    QString fileName; // "00042-pirkanmaan-kotihoidon-kehittaminen.txt"
    QByteArray bytes; // UTF-8, as an Innokylä export
    core::PageKind kind = core::PageKind::Project;
    QString name;
    QString region; // nominative
    int subAreaCount = 0;
    int peopleCount = 0; // people in Toimijat (a practice: its authors)
};

// A synthetic portfolio for benchmarks and load tests: realistic Innokylä text pages derived from the sample
// pages (data/samples). Each page takes a sample as its template and varies it: a new name (a region's
// genitive from data/regions.tsv with topic words), the region throughout the text, the people (Finnish
// first and last names), years and dates, the funder, topics, the number of sub-areas and their titles,
// goals, outputs (sampled across all samples), results and impacts, the order of prose paragraphs, and a few
// word swaps. Pages are 5–15 kB, have distinct names (so each is a new page to the importer) and parse
// without errors.
//
// Deterministic: the same seed and samples give the same pages on every platform (std::mt19937, and no
// standard distributions, whose results differ between standard libraries). The sequence is a prefix
// property: the first N pages of a run of M > N pages are the N pages of a run of N.
class PortfolioGenerator
{
public:
    static constexpr std::uint32_t kDefaultSeed = 20240611;
    static constexpr qsizetype kMinPageBytes = 5000;
    static constexpr qsizetype kMaxPageBytes = 15000;

    // Reads the *.txt sample pages of the folder (each must parse, as a project or a practice page).
    static core::Result<std::unique_ptr<PortfolioGenerator>> fromSamples(const QString &samplesDir,
                                                                         std::uint32_t seed = kDefaultSeed);
    ~PortfolioGenerator();
    PortfolioGenerator(const PortfolioGenerator &) = delete;
    PortfolioGenerator &operator=(const PortfolioGenerator &) = delete;

    // The next page of the sequence.
    GeneratedPage next();
    // The next count pages.
    QList<GeneratedPage> generate(int count);

    // The first count pages for this seed, in memory (for benchmarks that should not measure the disk).
    static core::Result<QList<GeneratedPage>> generatePages(int count, const QString &samplesDir,
                                                            std::uint32_t seed = kDefaultSeed);
    // Writes the first count pages into outDir (created if missing), one file per page.
    static core::Result<void> writePortfolio(int count, const QString &outDir, const QString &samplesDir,
                                             std::uint32_t seed = kDefaultSeed);
    // Writes pages into outDir (created if missing).
    static core::Result<void> writePages(const QList<GeneratedPage> &pages, const QString &outDir);

private:
    class Impl;
    explicit PortfolioGenerator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace salkku::bench
