// The PDF reports, read back with poppler-utils: the right fields in the right order, A4, fonts embedded,
// header and page numbers, a table of contents that points at the right pages, long text wrapped within the
// page.
#include "ExportTestSupport.h"
#include "export/ComparisonReport.h"
#include "export/PagedDocumentWriter.h"
#include "export/PortfolioReport.h"
#include "export/ProjectReport.h"
#include "export/ScopedLanguage.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using exporting::PagedDocumentWriter;
using exporting::ReportDocument;

namespace {

// A date that is never today: the reports print the date their caller gives, never the clock's.
const QDate kDate(2019, 2, 7);
const QString kDateText = QStringLiteral("7.2.2019");

exporting::ReportHeader header(const QString &portfolioName)
{
    return exporting::ReportHeader{portfolioName, kDate};
}

// Margins of the page layout (18 mm at the sides, 10 mm at the top and bottom), in points.
constexpr qreal kSideMargin = 18 / 25.4 * 72;
constexpr qreal kTopMargin = 10 / 25.4 * 72;

class PdfExport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        guiApplication();
        s_portfolio = new ExportPortfolio;
        // English with its plural forms ("4 projects"), as the command line installs it.
        s_english = new exporting::ScopedLanguage(QStringLiteral("en"));
    }
    static void TearDownTestSuite()
    {
        delete s_english;
        s_english = nullptr;
        delete s_portfolio;
        s_portfolio = nullptr;
    }

    static ExportPortfolio &portfolio() { return *s_portfolio; }

    QString write(ReportDocument &report, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto pages = PagedDocumentWriter::writePdf(report, path);
        EXPECT_TRUE(pages.ok()) << (pages.ok() ? "" : pages.error().toString().toStdString());
        return path;
    }

    static storage::StoredPage page(qint64 id)
    {
        auto page = portfolio().store().page(id);
        EXPECT_TRUE(page.ok());
        return page.ok() ? page.value() : storage::StoredPage{};
    }

    // Every word on the page's paper, inside the margins.
    static void expectWithinMargins(const PdfFile &pdf)
    {
        const QSizeF paper = pdf.pageSize();
        int outside = 0;
        for (const PdfFile::Word &word : pdf.words()) {
            const QRectF body(kSideMargin - 0.5, kTopMargin - 0.5, paper.width() - 2 * kSideMargin + 1,
                              paper.height() - 2 * kTopMargin + 1);
            if (!body.contains(word.box) && outside++ < 5)
                ADD_FAILURE() << "page " << word.page << ": \"" << word.text.toStdString() << "\" at ("
                              << word.box.left() << ", " << word.box.top() << ")–(" << word.box.right()
                              << ", " << word.box.bottom() << ") is outside the margins of " << paper.width()
                              << " x " << paper.height();
        }
        EXPECT_EQ(outside, 0);
    }

    // The header (portfolio name, date) and "Page N / M" on every page from the first one.
    static void expectHeaderAndPageNumbers(const PdfFile &pdf, const QString &portfolioName,
                                           int firstPage = 1)
    {
        const int pages = pdf.pageCount();
        for (int n = firstPage; n <= pages; ++n) {
            const QString text = pdf.text(n, n);
            EXPECT_TRUE(text.contains(kDateText)) << "page " << n;
            EXPECT_TRUE(text.contains(portfolioName)) << "page " << n;
            EXPECT_TRUE(text.contains(QStringLiteral("Page %1 / %2").arg(n).arg(pages))) << "page " << n;
        }
    }

    static ExportPortfolio *s_portfolio;
    static exporting::ScopedLanguage *s_english;
    QTemporaryDir m_dir;
};

ExportPortfolio *PdfExport::s_portfolio = nullptr;
exporting::ScopedLanguage *PdfExport::s_english = nullptr;

bool isA4(const QSizeF &size, Qt::Orientation orientation)
{
    const QSizeF a4 = orientation == Qt::Vertical ? QSizeF(595.3, 841.9) : QSizeF(841.9, 595.3);
    return std::abs(size.width() - a4.width()) < 1.5 && std::abs(size.height() - a4.height()) < 1.5;
}

core::PageRecord longRecord()
{
    core::PageRecord record;
    record.name = QStringLiteral("Pitkien tekstien hanke");
    record.region = QStringLiteral("Lappi");
    record.timeline.startYear = 2021;
    record.timeline.endYear = 2022;
    record.funder = QStringLiteral("Sosiaali- ja terveysministeriö (STM)");
    record.summary = QStringLiteral("Lyhyesti.");
    core::SubArea subArea;
    subArea.number = 1;
    subArea.title = QStringLiteral("Pitkät tuotokset");
    QString sentence;
    while (sentence.size() < 3000)
        sentence += QStringLiteral("Asiakasohjauksen toimintamalli kuvattiin yhdessä kuntien kanssa. ");
    subArea.outputs = {sentence.trimmed(), QString(300, u'x'),
                       QStringLiteral("https://innokyla.fi/fi/toimintamalli/") + QString(200, u'a')};
    record.subAreas = {subArea};
    return record;
}

} // namespace

TEST_F(PdfExport, AProjectHasItsFieldsInOrderOnA4WithEmbeddedFonts)
{
    if (qEnvironmentVariableIsEmpty("SALKKU_SEED_DIR"))
        GTEST_SKIP() << "SALKKU_SEED_DIR is not set: the seed project (000, Helsinki) is not there";
    ASSERT_TRUE(portfolio().hasSeeds()) << "SALKKU_SEED_DIR names a missing folder";
    const storage::StoredPage helsinki = page(portfolio().seed(QStringLiteral("000")));
    const core::PageRecord &r = helsinki.record;
    ASSERT_EQ(r.subAreas.size(), 4);
    ReportDocument report = exporting::ProjectReport::build(helsinki, header(QStringLiteral("Salkku-testi")));
    const PdfFile pdf(write(report, QStringLiteral("helsinki.pdf")));

    QStringList order{r.name,
                      QStringLiteral("Region"),
                      r.region,
                      QStringLiteral("2020–2021"),
                      r.funder,
                      r.contact.name,
                      QStringLiteral("Summary"),
                      flat(r.summary).left(60),
                      QStringLiteral("Purpose"),
                      flat(r.purpose).left(60)};
    for (const core::SubArea &subArea : r.subAreas) {
        order << QStringLiteral("Sub-area %1: %2").arg(subArea.number).arg(subArea.title)
              << QStringLiteral("Goal") << QStringLiteral("Outputs") << flat(subArea.outputs.front())
              << flat(subArea.outputs.back()) << QStringLiteral("Achieved benefits")
              << QStringLiteral("Impacts");
    }
    order << QStringLiteral("People") << r.actors.front().name << r.actors.back().name;
    EXPECT_TRUE(appearInOrder(flat(pdf.text()), order));

    // The longest seed project: a typical one fits in 1–3 pages (see TypicalProjectsTakeOneToThreePages).
    EXPECT_GE(pdf.pageCount(), 3);
    EXPECT_LE(pdf.pageCount(), 6);
    EXPECT_TRUE(isA4(pdf.pageSize(), Qt::Vertical))
        << pdf.pageSize().width() << " x " << pdf.pageSize().height();
    const QString fonts = pdf.fonts();
    EXPECT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    for (const QString &line : fonts.split(u'\n').mid(2, -1)) {
        if (line.trimmed().isEmpty())
            continue;
        // name, type (two words), encoding, emb, sub, uni, object, generation
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 5], QStringLiteral("yes"))
            << "not embedded: " << line.toStdString();
    }
    expectHeaderAndPageNumbers(pdf, QStringLiteral("Salkku-testi"));
    expectWithinMargins(pdf);
}

TEST_F(PdfExport, TypicalProjectsTakeOneToThreePages)
{
    for (const storage::PageSummary &summary : portfolio().store().list().value()) {
        if (summary.region == u"Helsinki" && portfolio().seed(QStringLiteral("000")) == summary.id)
            continue; // the longest one, above
        ReportDocument report =
            exporting::ProjectReport::build(page(summary.id), header(QStringLiteral("p")));
        const PdfFile pdf(write(report, QStringLiteral("%1.pdf").arg(summary.id)));
        EXPECT_GE(pdf.pageCount(), 1) << summary.name.toStdString();
        EXPECT_LE(pdf.pageCount(), 3) << summary.name.toStdString();
        EXPECT_TRUE(flat(pdf.text()).startsWith(QStringLiteral("p ") + kDateText + u' ' + flat(summary.name)))
            << summary.name.toStdString();
    }
}

TEST_F(PdfExport, AComparisonIsLandscapeWithTheColumnsOfTheCompareView)
{
    if (qEnvironmentVariableIsEmpty("SALKKU_SEED_DIR"))
        GTEST_SKIP() << "SALKKU_SEED_DIR is not set: the seed projects (000, 003) are not there";
    ASSERT_TRUE(portfolio().hasSeeds()) << "SALKKU_SEED_DIR names a missing folder";
    core::Comparison comparison;
    for (const QString &seed : {QStringLiteral("000"), QStringLiteral("003")}) {
        const storage::StoredPage stored = page(portfolio().seed(seed));
        const auto item = core::ComparedItem::fromPage(stored.record, stored.id, 2);
        ASSERT_TRUE(item.has_value()) << seed.toStdString();
        ASSERT_TRUE(comparison.append(*item));
    }
    ReportDocument report =
        exporting::ComparisonReport::build(comparison, header(QStringLiteral("Salkku-testi")));
    const PdfFile pdf(write(report, QStringLiteral("comparison.pdf")));
    EXPECT_TRUE(isA4(pdf.pageSize(), Qt::Horizontal))
        << pdf.pageSize().width() << " x " << pdf.pageSize().height();
    EXPECT_GE(pdf.pageCount(), 1);
    EXPECT_LE(pdf.pageCount(), 6);

    // The headers on the first page, left to right; the aspects down the first column, in the view's order.
    const QString first = flat(pdf.layoutText(1, 1));
    EXPECT_TRUE(appearInOrder(first, {comparison.items()[0].heading(), comparison.items()[1].heading()}));
    const QString all = flat(pdf.text());
    QStringList aspects;
    for (const core::Aspect aspect : core::comparedAspects())
        if (!comparison.text(aspect, 0).isEmpty() || !comparison.text(aspect, 1).isEmpty())
            aspects.append(core::aspectLabel(aspect));
    EXPECT_TRUE(appearInOrder(all, aspects));
    // The header row repeats on every page.
    for (int n = 2; n <= pdf.pageCount(); ++n)
        EXPECT_TRUE(flat(pdf.text(n, n)).contains(comparison.items()[1].heading())) << "page " << n;
    // Shared outputs are marked.
    if (!comparison.commonOutputs().isEmpty()) {
        EXPECT_TRUE(all.contains(QStringLiteral("★ ") + flat(comparison.commonOutputs().front().text)));
        EXPECT_TRUE(all.contains(QStringLiteral("★ an output that appears in more than one column")));
    }
    expectHeaderAndPageNumbers(pdf, QStringLiteral("Salkku-testi"));
    expectWithinMargins(pdf);
}

TEST_F(PdfExport, ThePortfolioReportsContentsPointAtThePagesWhereTheSectionsBegin)
{
    exporting::PortfolioReportOptions options;
    options.header = header(QStringLiteral("Koko salkku"));
    auto built = exporting::PortfolioReport::build(portfolio().store(), options);
    ASSERT_TRUE(built.ok()) << built.error().toString().toStdString();
    ReportDocument report = std::move(built).value();
    const PdfFile pdf(write(report, QStringLiteral("portfolio.pdf")));
    const auto projects = portfolio().store().pagesByRegion({}).value();
    EXPECT_GE(pdf.pageCount(), static_cast<int>(projects.size()) + 3);
    EXPECT_LE(pdf.pageCount(), static_cast<int>(projects.size()) * 4 + 4);

    const QString cover = flat(pdf.text(1, 1));
    EXPECT_TRUE(appearInOrder(cover, {QStringLiteral("Portfolio report"), QStringLiteral("Koko salkku"),
                                      QStringLiteral("All projects"),
                                      QStringLiteral("%1 projects").arg(projects.size()), kDateText}))
        << cover.toStdString();
    EXPECT_FALSE(cover.contains(QStringLiteral("Page 1"))) << "the cover has no header or footer";

    // Each line of the contents: a title and a page number.
    const QString contentsText = pdf.layoutText(2, 2);
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    QHash<QString, int> contents;
    for (auto it = entry.globalMatch(contentsText); it.hasNext();) {
        const auto match = it.next();
        contents.insert(match.captured(1).simplified(), match.captured(2).toInt());
    }
    ASSERT_TRUE(contents.contains(QStringLiteral("Summary by region"))) << contentsText.toStdString();
    const int summaryPage = contents.value(QStringLiteral("Summary by region"));
    EXPECT_TRUE(flat(pdf.text(summaryPage, summaryPage))
                    .contains(QStringLiteral("Summary by region Region Projects")));
    int checked = 0;
    int previous = summaryPage;
    for (const storage::PageSummary &project : projects) {
        // A long name wraps in the contents; its first line carries the number.
        int number = 0;
        for (auto it = contents.cbegin(); it != contents.cend(); ++it)
            if (it.key() == flat(project.name) ||
                (flat(project.name).startsWith(it.key()) && it.key().size() >= 20))
                number = it.value();
        ASSERT_GT(number, 0) << "not in the contents: " << project.name.toStdString();
        EXPECT_GT(number, previous) << project.name.toStdString();
        previous = number;
        // The section begins at the top of that page, under the running header.
        const QString onPage = flat(pdf.text(number, number));
        EXPECT_TRUE(onPage.startsWith(QStringLiteral("Koko salkku ") + kDateText + u' ' +
                                      flat(project.name).left(30)))
            << project.name.toStdString() << " on page " << number << ": " << onPage.left(120).toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, projects.size());
    expectHeaderAndPageNumbers(pdf, QStringLiteral("Koko salkku"), 2);
    expectWithinMargins(pdf);
}

TEST_F(PdfExport, APortfolioReportCanBeLimitedToARegion)
{
    exporting::PortfolioReportOptions options;
    options.header = header(QStringLiteral("Lappi"));
    options.filter.region = QStringLiteral("Lappi");
    auto built = exporting::PortfolioReport::build(portfolio().store(), options);
    ASSERT_TRUE(built.ok());
    ReportDocument report = std::move(built).value();
    const QString text = flat(PdfFile(write(report, QStringLiteral("lappi.pdf"))).text());
    EXPECT_TRUE(text.contains(QStringLiteral("Region: Lappi")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    EXPECT_TRUE(text.contains(QStringLiteral("Liikkuva etävastaanotto Lapin kylillä")));
    EXPECT_FALSE(text.contains(QStringLiteral("Pirkanmaan tiedolla johtamisen")));

    options.filter.region = QStringLiteral("Ahvenanmaa");
    const auto none = exporting::PortfolioReport::build(portfolio().store(), options);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no projects")))
        << none.error().toString().toStdString();
}

TEST_F(PdfExport, VeryLongOutputsWrapWithinThePage)
{
    const core::PageRecord record = longRecord();
    ReportDocument report = exporting::ProjectReport::build(storedPage(record), header(QStringLiteral("p")));
    const PdfFile pdf(write(report, QStringLiteral("long.pdf")));
    expectWithinMargins(pdf);
    const QString text = pdf.text();
    // The sentence is all there, wrapped between words; the long word and address are all there, broken
    // across lines.
    EXPECT_TRUE(flat(text).contains(flat(record.subAreas[0].outputs[0])));
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(joined.contains(QString(300, u'x')));
    EXPECT_TRUE(
        joined.contains(QStringLiteral("https://innokyla.fi/fi/toimintamalli/") + QString(200, u'a')));
    const QList<PdfFile::Word> words = pdf.words();
    const auto longest = std::max_element(words.cbegin(), words.cend(), [](const auto &a, const auto &b) {
        return a.box.width() < b.box.width();
    });
    ASSERT_NE(longest, words.cend());
    EXPECT_LE(longest->box.right(), pdf.pageSize().width() - kSideMargin + 0.5);
}

TEST_F(PdfExport, PageTextIsNeverMarkup)
{
    core::PageRecord record;
    record.name = QStringLiteral("<b>Ei lihavoitu</b> & <script>alert(1)</script>");
    record.summary =
        QStringLiteral("# Ei otsikko\n\n*ei kursiivia* <img src=\"http://example.org/x.png\"> &amp;");
    ReportDocument report = exporting::ProjectReport::build(storedPage(record), header(QStringLiteral("p")));
    const QString text = flat(PdfFile(write(report, QStringLiteral("markup.pdf"))).text());
    EXPECT_TRUE(text.contains(record.name)) << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("# Ei otsikko *ei kursiivia* <img src=\"http://example.org/x.png\"> &amp;")))
        << text.toStdString();
}

TEST_F(PdfExport, ReportsAreWrittenInFinnish)
{
    const exporting::ScopedLanguage finnish(QStringLiteral("fi"));
    ASSERT_TRUE(finnish.isLoaded());
    const core::PageRecord record = longRecord();
    ReportDocument report = exporting::ProjectReport::build(storedPage(record), header(QStringLiteral("p")));
    const PdfFile pdf(write(report, QStringLiteral("fi.pdf")));
    const QString text = flat(pdf.text());
    EXPECT_TRUE(appearInOrder(
        text, {QStringLiteral("Alue Lappi"), QStringLiteral("Vuodet 2021–2022"), QStringLiteral("Rahoittaja"),
               QStringLiteral("Tiivistelmä"), QStringLiteral("Osa-alueet"),
               QStringLiteral("Osa-alue 1: Pitkät tuotokset"), QStringLiteral("Tuotokset")}))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sivu 1 / %1").arg(pdf.pageCount())));
}

TEST_F(PdfExport, EveryReportPrintsTheDateItsCallerGivesOnTheCoverAndEveryPage)
{
    const exporting::ReportHeader pinned{QStringLiteral("Päivätty salkku"), QDate(2031, 12, 31)};
    const QString pinnedText = QStringLiteral("31.12.2031");
    const QString today = QDate::currentDate().toString(QStringLiteral("d.M.yyyy"));
    const auto expectDated = [&](ReportDocument &report, const QString &name, int firstHeaderPage) {
        EXPECT_EQ(report.date(), pinned.date);
        EXPECT_EQ(report.dateText(), pinnedText);
        const PdfFile pdf(write(report, name));
        for (int n = firstHeaderPage; n <= pdf.pageCount(); ++n) {
            const QString page = flat(pdf.text(n, n));
            // The running header: the name on the left, the title in the middle, the date on the right.
            EXPECT_TRUE(page.startsWith(pinned.portfolioName) && page.contains(pinnedText))
                << name.toStdString() << " page " << n << ": " << page.left(80).toStdString();
        }
        EXPECT_FALSE(flat(pdf.text()).contains(today)) << name.toStdString() << " prints today's date";
        return pdf.pageCount();
    };

    ReportDocument project = exporting::ProjectReport::build(storedPage(longRecord()), pinned);
    expectDated(project, QStringLiteral("project.pdf"), 1);

    core::Comparison comparison;
    for (const storage::PageSummary &summary : portfolio().store().list().value()) {
        const storage::StoredPage stored = page(summary.id);
        if (const auto item = core::ComparedItem::fromPage(stored.record, stored.id, 1); item)
            comparison.append(*item);
        if (comparison.size() == 2)
            break;
    }
    ASSERT_EQ(comparison.size(), 2);
    ReportDocument compared = exporting::ComparisonReport::build(comparison, pinned);
    expectDated(compared, QStringLiteral("comparison.pdf"), 1);

    exporting::PortfolioReportOptions options;
    options.header = pinned;
    auto built = exporting::PortfolioReport::build(portfolio().store(), options);
    ASSERT_TRUE(built.ok()) << built.error().toString().toStdString();
    ReportDocument whole = std::move(built).value();
    // The cover has no running header; it says the date under the counts.
    expectDated(whole, QStringLiteral("portfolio.pdf"), 2);
    const QString cover = flat(PdfFile(m_dir.filePath(QStringLiteral("portfolio.pdf"))).text(1, 1));
    EXPECT_TRUE(cover.endsWith(pinnedText)) << cover.toStdString();
}
