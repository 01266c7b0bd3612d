#include "ExportTestSupport.h"

#include "storage/ImportRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace salkku::testing {

QGuiApplication &guiApplication()
{
    static int argc = 1;
    static char name[] = "export_tests";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        return new QGuiApplication(argc, argv);
    }();
    return *app;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << program.toStdString()
                      << " does not run (is poppler-utils installed? .ci/setup-debian "
                      << "installs it): " << process.errorString().toStdString();
        return {};
    }
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        ADD_FAILURE() << program.toStdString() << ' ' << arguments.join(u' ').toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

namespace {

QStringList pageRange(int firstPage, int lastPage)
{
    QStringList arguments;
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    return arguments;
}

} // namespace

QString PdfFile::text(int firstPage, int lastPage) const
{
    return runTool(QStringLiteral("pdftotext"), pageRange(firstPage, lastPage)
                                                    << QStringLiteral("-enc") << QStringLiteral("UTF-8")
                                                    << m_path << QStringLiteral("-"));
}

QString PdfFile::layoutText(int firstPage, int lastPage) const
{
    return runTool(QStringLiteral("pdftotext"), pageRange(firstPage, lastPage)
                                                    << QStringLiteral("-layout") << QStringLiteral("-enc")
                                                    << QStringLiteral("UTF-8") << m_path
                                                    << QStringLiteral("-"));
}

int PdfFile::pageCount() const
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    return pages.match(runTool(QStringLiteral("pdfinfo"), {m_path})).captured(1).toInt();
}

QSizeF PdfFile::pageSize() const
{
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const auto match = size.match(runTool(QStringLiteral("pdfinfo"), {m_path}));
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

QString PdfFile::fonts() const
{
    return runTool(QStringLiteral("pdffonts"), {m_path});
}

QList<PdfFile::Word> PdfFile::words() const
{
    static const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">(.*)</word>"));
    QList<Word> result;
    int pageNumber = 0;
    const QString xml =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")});
    for (const QString &line : xml.split(u'\n')) {
        if (page.match(line).hasMatch()) {
            ++pageNumber;
            continue;
        }
        const auto match = word.match(line);
        if (!match.hasMatch())
            continue;
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        result.append(Word{pageNumber, QRectF(topLeft, bottomRight), match.captured(5)});
    }
    return result;
}

QString flat(const QString &text)
{
    return text.simplified();
}

::testing::AssertionResult appearInOrder(const QString &haystack, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0) {
            const bool anywhere = haystack.contains(needle);
            return ::testing::AssertionFailure()
                   << '"' << needle.toStdString() << "\" " << (anywhere ? "comes too early" : "is missing");
        }
        from = at + needle.size();
    }
    return ::testing::AssertionSuccess();
}

ExportPortfolio::ExportPortfolio()
{
    auto store = storage::PortfolioStore::open(m_dir.filePath(QStringLiteral("portfolio.sqlite")));
    if (!store) {
        ADD_FAILURE() << store.error().toString().toStdString();
        return;
    }
    m_store = std::move(store).value();
    QStringList paths{QStringLiteral(SALKKU_SAMPLE_DIR)};
    const QByteArray seeds = qgetenv("SALKKU_SEED_DIR");
    if (!seeds.isEmpty()) {
        const QString folder = QString::fromLocal8Bit(seeds);
        EXPECT_TRUE(QFileInfo(folder).isDir())
            << "SALKKU_SEED_DIR names a missing folder: " << seeds.constData();
        paths.append(folder);
        m_seeds = QFileInfo(folder).isDir();
    }
    const storage::ImportReport report = storage::ImportRunner::run(*m_store, paths);
    EXPECT_FALSE(report.anyFailed()) << report.summaryLine().toStdString();
    for (const storage::ImportItem &item : report.items)
        if (item.pageId > 0)
            m_seedIds.insert(QFileInfo(item.file).fileName(), item.pageId);
}

QString ExportPortfolio::path() const
{
    return m_store ? m_store->path() : QString();
}

qint64 ExportPortfolio::seed(const QString &prefix) const
{
    for (auto it = m_seedIds.cbegin(); it != m_seedIds.cend(); ++it)
        if (it.key().startsWith(prefix))
            return it.value();
    return 0;
}

storage::StoredPage storedPage(const core::PageRecord &record, qint64 id)
{
    storage::StoredPage page;
    page.id = id;
    page.record = record;
    return page;
}

} // namespace salkku::testing
