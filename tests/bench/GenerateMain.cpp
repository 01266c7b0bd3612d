// salkku_generate N OUT_DIR [SAMPLES_DIR]
//
// Writes a synthetic portfolio of N Innokylä text pages into OUT_DIR (see PortfolioGenerator: derived from
// the sample pages, deterministic, distinct names, 5–15 kB each), then parses every page it wrote and checks
// that it says what the generator meant (kind, name, region, number of sub-areas and people, no warnings).
// Exit status: 0 all written and checked, 1 a page could not be written or failed its check, 2 usage.
#include "PortfolioGenerator.h"
#include "core/FinnishText.h"
#include "import/InnokylaParser.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: salkku_generate N OUT_DIR [SAMPLES_DIR]\n"
                         "  writes N synthetic Innokylä pages (5-15 kB each) into OUT_DIR\n");
    return 2;
}

// What is wrong with a page, or an empty string. `identities`: of the pages so far (each page is a new one).
QString check(const salkku::bench::GeneratedPage &page, QSet<QString> &identities)
{
    const auto record = salkku::importer::InnokylaParser::parse(page.bytes, page.fileName);
    if (!record)
        return record.error().toString();
    const salkku::core::PageRecord &r = record.value();
    QStringList problems;
    if (r.kind != page.kind)
        problems.append(QStringLiteral("kind %1").arg(salkku::core::pageKindKey(r.kind)));
    if (r.name != page.name)
        problems.append(QStringLiteral("name \"%1\"").arg(r.name));
    const QString identity = salkku::core::pageKindKey(r.kind) + u'|' + salkku::core::pagePartKey(r.part) +
                             u'|' + salkku::core::FinnishText::matchKey(r.name) + u'|' + r.region;
    if (identities.contains(identity))
        problems.append(QStringLiteral("the same page as an earlier one"));
    identities.insert(identity);
    if (r.region != page.region)
        problems.append(QStringLiteral("region \"%1\", meant \"%2\"").arg(r.region, page.region));
    if (r.subAreas.size() != page.subAreaCount)
        problems.append(
            QStringLiteral("%1 sub-areas, meant %2").arg(r.subAreas.size()).arg(page.subAreaCount));
    for (const salkku::core::SubArea &subArea : r.subAreas)
        if (subArea.title.isEmpty() || subArea.goal.isEmpty() || subArea.outputs.isEmpty() ||
            subArea.results.isEmpty() || subArea.impacts.isEmpty())
            problems.append(QStringLiteral("sub-area %1 is missing a part").arg(subArea.number));
    if (r.actors.size() != page.peopleCount)
        problems.append(QStringLiteral("%1 people, meant %2").arg(r.actors.size()).arg(page.peopleCount));
    for (const salkku::core::Warning &warning : r.warnings)
        problems.append(QStringLiteral("warning at line %1: %2").arg(warning.line).arg(warning.message));
    if (page.bytes.size() < salkku::bench::PortfolioGenerator::kMinPageBytes ||
        page.bytes.size() > salkku::bench::PortfolioGenerator::kMaxPageBytes)
        problems.append(QStringLiteral("%1 bytes").arg(page.bytes.size()));
    return problems.join(QStringLiteral("; "));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4)
        return usage();
    bool ok = false;
    const int count = QByteArray(argv[1]).toInt(&ok);
    if (!ok || count < 0)
        return usage();
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString samplesDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral(SALKKU_SAMPLE_DIR);

    auto generator = salkku::bench::PortfolioGenerator::fromSamples(samplesDir);
    if (!generator) {
        std::fprintf(stderr, "%s\n", qPrintable(generator.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QList<qsizetype> sizes;
    sizes.reserve(count);
    qint64 totalBytes = 0;
    int failed = 0;
    QSet<QString> identities;
    for (int i = 0; i < count; ++i) {
        const salkku::bench::GeneratedPage page = generator.value()->next();
        if (auto written = salkku::bench::PortfolioGenerator::writePages({page}, outDir); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
        const QString problem = check(page, identities);
        if (!problem.isEmpty()) {
            if (++failed <= 20)
                std::fprintf(stderr, "%s: %s\n", qPrintable(page.fileName), qPrintable(problem));
        }
        sizes.append(page.bytes.size());
        totalBytes += page.bytes.size();
    }
    std::sort(sizes.begin(), sizes.end());
    const auto at = [&](double fraction) {
        return sizes.isEmpty()
                   ? 0
                   : static_cast<long long>(
                         sizes[static_cast<qsizetype>(fraction * static_cast<double>(sizes.size() - 1))]);
    };
    std::printf("wrote %d pages to %s: %.2f MB, page sizes %lld / %lld / %lld bytes (min / median / max), "
                "%.1f s\n",
                count, qPrintable(QDir(outDir).absolutePath()), static_cast<double>(totalBytes) / 1e6,
                at(0.0), at(0.5), at(1.0), static_cast<double>(timer.elapsed()) / 1000.0);
    std::printf("checked by parsing: %d of %d pages as meant\n", count - failed, count);
    return failed > 0 ? 1 : 0;
}
