// importer_benchmark [samples-dir] [pages]
//
// Parser throughput: builds a corpus of about `pages` pages by repeating the sample pages (their bytes loaded
// into memory first, so the disk is not measured), parses every page with InnokylaParser::parse and prints
// pages, MB, seconds, MB/s and pages/s. As a baseline, the same bytes are only decoded with QString::fromUtf8
// and split into lines; its MB/s and the parser/baseline ratio show what the parsing itself costs.
// Numbers only: nothing is asserted (timings depend on the machine and on the sanitizers of the build).
#include "import/InnokylaParser.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace {

struct Page
{
    QString name;
    QByteArray bytes;
};

double seconds(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e9;
}

double perSecond(double amount, double secs)
{
    return secs > 0 ? amount / secs : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(SALKKU_SAMPLE_DIR);
    int wanted = 2000;
    if (argc > 2) {
        bool ok = false;
        wanted = QByteArray(argv[2]).toInt(&ok);
        if (!ok || wanted < 1) {
            std::fprintf(stderr, "usage: importer_benchmark [samples-dir] [pages]\n");
            return 2;
        }
    }

    // The sample pages, read once.
    QList<Page> samples;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QFile file(QDir(dir).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        samples.append(Page{fileName, file.readAll()});
    }
    if (samples.isEmpty()) {
        std::fprintf(stderr, "no *.txt sample pages in %s\n", qPrintable(dir));
        return 1;
    }

    // The corpus: each page its own copy of a sample's bytes (no sharing of one buffer between pages).
    QList<Page> corpus;
    corpus.reserve(wanted);
    qsizetype totalBytes = 0;
    for (int i = 0; i < wanted; ++i) {
        const Page &sample = samples[i % samples.size()];
        corpus.append(Page{QStringLiteral("%1-%2").arg(i).arg(sample.name),
                           QByteArray(sample.bytes.constData(), sample.bytes.size())});
        totalBytes += sample.bytes.size();
    }
    const double megabytes = static_cast<double>(totalBytes) / 1e6;

    // Warm-up, not measured: the gazetteer, the label index and the regular expressions are built on first
    // use.
    for (const Page &sample : std::as_const(samples))
        static_cast<void>(salkku::importer::InnokylaParser::parse(sample.bytes, sample.name));

    QElapsedTimer timer;
    int parsed = 0;
    int failed = 0;
    qsizetype sections = 0;
    timer.start();
    for (const Page &page : std::as_const(corpus)) {
        const auto record = salkku::importer::InnokylaParser::parse(page.bytes, page.name);
        if (record.ok()) {
            ++parsed;
            sections += record.value().sections.size();
        } else {
            ++failed;
        }
    }
    const double parserSeconds = seconds(timer.nsecsElapsed());

    // Baseline: decode and split only.
    qsizetype lines = 0;
    timer.restart();
    for (const Page &page : std::as_const(corpus)) {
        const QString text = QString::fromUtf8(page.bytes);
        lines += text.split(u'\n').size();
    }
    const double baselineSeconds = seconds(timer.nsecsElapsed());

    const double parserMBps = perSecond(megabytes, parserSeconds);
    const double baselineMBps = perSecond(megabytes, baselineSeconds);
    std::printf("samples: %lld pages from %s\n", static_cast<long long>(samples.size()), qPrintable(dir));
    std::printf("pages: %lld (parsed %d, errors %d, %lld sections, %lld lines)\n",
                static_cast<long long>(corpus.size()), parsed, failed, static_cast<long long>(sections),
                static_cast<long long>(lines));
    std::printf("MB: %.3f\n", megabytes);
    std::printf("parser: %.3f s, %.2f MB/s, %.1f pages/s\n", parserSeconds, parserMBps,
                perSecond(static_cast<double>(corpus.size()), parserSeconds));
    std::printf("baseline (QString::fromUtf8 + split into lines): %.3f s, %.2f MB/s\n", baselineSeconds,
                baselineMBps);
    std::printf("ratio parser/baseline (time): %.1f\n",
                baselineSeconds > 0 ? parserSeconds / baselineSeconds : 0.0);
    return 0;
}
