// Putting reports on pages: any page size, again and again; headings stay with their text; progress and
// cancel.
#include "ExportTestSupport.h"
#include "export/PagedDocumentWriter.h"
#include "export/ProjectReport.h"
#include "export/ReportBuilder.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <atomic>

using namespace salkku;
using namespace salkku::testing;
using exporting::ExportProgress;
using exporting::ExportStep;
using exporting::PagedDocumentWriter;
using exporting::ReportDocument;

namespace {

class ExportPagination : public ::testing::Test
{
protected:
    void SetUp() override { guiApplication(); }

    // A report of many short sections, each a heading with a few paragraphs.
    static ReportDocument sections(int count)
    {
        ReportDocument report(QStringLiteral("Osiot"), QPageLayout::Portrait,
                              {QStringLiteral("p"), QDate(2019, 2, 7)});
        exporting::ReportBuilder builder(report.document());
        for (int i = 1; i <= count; ++i) {
            builder.heading(QStringLiteral("Osio %1").arg(i));
            builder.paragraphs(
                QStringLiteral("Ensimmäinen kappale, jossa on muutama sana osiosta %1.\n\n"
                               "Toinen kappale on pidempi: siinä kerrotaan, mitä osiossa tehtiin, "
                               "kenen kanssa ja miksi, ja se jatkuu useammalle riville.\n\n"
                               "Kolmas kappale.")
                    .arg(i));
        }
        return report;
    }

    QString pdf(ReportDocument &report, const QString &name, QPageSize::PageSizeId size = QPageSize::A4)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        QPageLayout layout = PagedDocumentWriter::pageLayout(report.orientation());
        layout.setPageSize(QPageSize(size));
        writer.setPageLayout(layout);
        const auto pages = PagedDocumentWriter::paint(report, writer);
        EXPECT_TRUE(pages.ok());
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExportPagination, NoHeadingEndsAPage)
{
    ReportDocument report = sections(60);
    const PdfFile file(pdf(report, QStringLiteral("sections.pdf")));
    ASSERT_GT(file.pageCount(), 3);
    for (int n = 1; n <= file.pageCount(); ++n) {
        const QStringList lines = file.text(n, n).split(u'\n', Qt::SkipEmptyParts);
        // The last line of the body (before the footer's two lines).
        ASSERT_GE(lines.size(), 3);
        const QString last = lines[lines.size() - 3];
        EXPECT_FALSE(last.startsWith(QStringLiteral("Osio ")))
            << "page " << n << " ends with " << last.toStdString();
    }
}

TEST_F(ExportPagination, TheSameReportCanBePaintedAgainOnOtherPaper)
{
    core::PageRecord record;
    record.name = QStringLiteral("Monta kertaa");
    record.summary = QStringLiteral("Pitkä tiivistelmä, joka jatkuu ja jatkuu. ").repeated(200);
    record.purpose = QStringLiteral("Tarkoitus, joka on myös pitkä. ").repeated(150);
    ReportDocument report =
        exporting::ProjectReport::build(storedPage(record), {QStringLiteral("p"), QDate(2019, 2, 7)});
    const QString plain = report.document().toPlainText();
    const PdfFile a4(pdf(report, QStringLiteral("a4.pdf")));
    const PdfFile a5(pdf(report, QStringLiteral("a5.pdf"), QPageSize::A5));
    const PdfFile again(pdf(report, QStringLiteral("again.pdf")));
    EXPECT_GT(a5.pageCount(), a4.pageCount());
    EXPECT_EQ(again.pageCount(), a4.pageCount());
    EXPECT_EQ(again.text(), a4.text());
    // Every sentence once, on any paper.
    EXPECT_EQ(a4.text().count(QStringLiteral("Tarkoitus,")), 150);
    EXPECT_EQ(a5.text().count(QStringLiteral("Tarkoitus,")), 150);
    // Paragraphs split where pages begin are joined again before the next layout.
    ASSERT_TRUE(PagedDocumentWriter::paginate(report, QSizeF(400, 600)).ok());
    EXPECT_EQ(report.document().toPlainText(), plain);
}

TEST_F(ExportPagination, ReportsProgressAndStopsWhenCancelled)
{
    ReportDocument report = sections(80);
    QList<ExportStep> steps;
    int pagesWritten = 0;
    ExportProgress progress;
    progress.report = [&](ExportStep step, int done, int total) {
        steps.append(step);
        EXPECT_LE(done, total);
        if (step == ExportStep::Writing)
            pagesWritten = done;
    };
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    const auto pages = PagedDocumentWriter::writePdf(report, path, progress);
    ASSERT_TRUE(pages.ok());
    EXPECT_TRUE(steps.contains(ExportStep::Paginating));
    EXPECT_EQ(pagesWritten, pages.value());

    std::atomic<bool> cancel = false;
    ExportProgress stopping;
    stopping.cancel = &cancel;
    stopping.report = [&](ExportStep step, int done, int) {
        if (step == ExportStep::Writing && done == 2)
            cancel = true;
    };
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const auto none = PagedDocumentWriter::writePdf(report, cancelled, stopping);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().file, cancelled);
    EXPECT_FALSE(QFileInfo::exists(cancelled)) << "a cancelled export leaves no file";
}

TEST_F(ExportPagination, AFileThatCannotBeWrittenIsAnError)
{
    ReportDocument report = sections(1);
    const QString path = m_dir.filePath(QStringLiteral("ei/kansiota/raportti.pdf"));
    const auto pages = PagedDocumentWriter::writePdf(report, path);
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error().file, path);
}
