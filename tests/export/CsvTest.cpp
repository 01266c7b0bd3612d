// CSV: RFC 4180 quoting and line ends, UTF-8 with a byte order mark, imported text never a formula.
#include "ExportTestSupport.h"
#include "export/CsvExport.h"
#include "export/CsvWriter.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using exporting::CsvExport;
using exporting::CsvWriter;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString body(const QByteArray &bytes)
{
    EXPECT_TRUE(bytes.startsWith(kBom));
    return QString::fromUtf8(bytes.mid(kBom.size()));
}

// The rows of RFC 4180 text (quoted fields may hold line breaks).
QList<QStringList> parse(const QString &text, QChar separator = u',')
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(row.isEmpty() && field.isEmpty()) << "the last row has no CRLF";
    return rows;
}

} // namespace

TEST(CsvExportFormat, BeginsWithAByteOrderMarkAndEndsRowsWithCrLf)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("a"), QStringLiteral("b")});
    csv.addRow({QStringLiteral("c"), QString()});
    EXPECT_EQ(csv.bytes(), kBom + QByteArray("a,b\r\nc,\r\n"));
}

TEST(CsvExportFormat, QuotesWhatNeedsQuotingAndDoublesQuotes)
{
    CsvWriter csv;
    EXPECT_EQ(csv.field(QStringLiteral("tavallinen")), QStringLiteral("tavallinen"));
    EXPECT_EQ(csv.field(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    EXPECT_EQ(csv.field(QStringLiteral("sanoi \"hei\"")), QStringLiteral("\"sanoi \"\"hei\"\"\""));
    EXPECT_EQ(csv.field(QStringLiteral("rivi\ntoinen")), QStringLiteral("\"rivi\ntoinen\""));
    EXPECT_EQ(csv.field(QStringLiteral(" reunat ")), QStringLiteral("\" reunat \""));
    // The other separator is quoted too: a spreadsheet that splits on ';' must not split this field.
    EXPECT_EQ(csv.field(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
    EXPECT_EQ(csv.field(QStringLiteral("Tavoite;=HYPERLINK(\"x\")")),
              QStringLiteral("\"Tavoite;=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(CsvWriter(u';').field(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
}

TEST(CsvExportFormat, ImportedTextIsNeverAFormula)
{
    CsvWriter csv;
    EXPECT_EQ(csv.field(QStringLiteral("=HYPERLINK(\"http://example.org\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://example.org\"\")\""));
    EXPECT_EQ(csv.field(QStringLiteral("+358 40 123")), QStringLiteral("'+358 40 123"));
    EXPECT_EQ(csv.field(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(csv.field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(csv.field(QStringLiteral("\tx")), QStringLiteral("\"'\tx\""));
    EXPECT_EQ(csv.field(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(csv.field(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

TEST(CsvExportFormat, FinnishLettersRoundTrip)
{
    const QStringList row{QStringLiteral("Ähtäri"), QStringLiteral("Östersundom, Åland"),
                          QStringLiteral("päihde- ja mielenterveyspalvelut")};
    CsvWriter csv;
    csv.addRow(row);
    const QList<QStringList> rows = parse(body(csv.bytes()));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front(), row);
}

class CsvExports : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_portfolio = new ExportPortfolio; }
    static void TearDownTestSuite()
    {
        delete s_portfolio;
        s_portfolio = nullptr;
    }
    static ExportPortfolio *s_portfolio;
};

ExportPortfolio *CsvExports::s_portfolio = nullptr;

TEST_F(CsvExports, TheListHasOneRowPerProjectInTheListsOrder)
{
    const auto bytes = CsvExport::projectList(s_portfolio->store(), {});
    ASSERT_TRUE(bytes.ok());
    const QList<QStringList> rows = parse(body(bytes.value()));
    const auto projects = s_portfolio->store().pagesByRegion({}).value();
    ASSERT_EQ(rows.size(), projects.size() + 1);
    EXPECT_EQ(rows.front().mid(0, 4), (QStringList{QStringLiteral("Id"), QStringLiteral("Name"),
                                                   QStringLiteral("Kind"), QStringLiteral("Region")}));
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QStringList &row = rows[i + 1];
        ASSERT_EQ(row.size(), rows.front().size());
        EXPECT_EQ(row[0], QString::number(projects[i].id));
        EXPECT_EQ(row[1], projects[i].name);
        EXPECT_EQ(row[3], projects[i].region);
        EXPECT_EQ(row[7], QString::number(projects[i].subAreaCount));
    }
    // The sample from Lappi with three sub-areas.
    const auto lapland = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &row) {
        return row[1].startsWith(QStringLiteral("Lapin tulevaisuuden sote-keskus"));
    });
    ASSERT_NE(lapland, rows.cend());
    EXPECT_EQ((*lapland)[4], QStringLiteral("2020"));
    EXPECT_EQ((*lapland)[5], QStringLiteral("2023"));
    EXPECT_GT((*lapland)[8].toInt(), 3);
}

TEST_F(CsvExports, TheListCanBeLimitedAndSeparatedBySemicolons)
{
    storage::BrowseFilter filter;
    filter.region = QStringLiteral("Lappi");
    const auto bytes = CsvExport::projectList(s_portfolio->store(), filter, u';');
    ASSERT_TRUE(bytes.ok());
    const QList<QStringList> rows = parse(body(bytes.value()), u';');
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1][3], QStringLiteral("Lappi"));
    EXPECT_EQ(rows[2][3], QStringLiteral("Lappi"));
}

TEST_F(CsvExports, AComparisonHasOneRowPerAspectAndOneColumnPerItem)
{
    const auto projects = s_portfolio->store().pagesByRegion({}).value();
    core::Comparison comparison;
    for (const storage::PageSummary &summary : projects) {
        if (summary.subAreaCount < 2 || comparison.size() == 3)
            continue;
        const auto item =
            core::ComparedItem::fromPage(s_portfolio->store().page(summary.id).value().record, summary.id, 2);
        ASSERT_TRUE(item.has_value());
        comparison.append(*item);
    }
    ASSERT_EQ(comparison.size(), 3);
    const QList<QStringList> rows = parse(body(CsvExport::comparison(comparison)));
    ASSERT_EQ(rows.size(), core::comparedAspects().size() + 1);
    EXPECT_EQ(rows.front(), (QStringList{QStringLiteral("Aspect"), comparison.items()[0].heading(),
                                         comparison.items()[1].heading(), comparison.items()[2].heading()}));
    for (qsizetype a = 0; a < core::comparedAspects().size(); ++a) {
        const core::Aspect aspect = core::comparedAspects()[a];
        ASSERT_EQ(rows[a + 1].size(), 4);
        EXPECT_EQ(rows[a + 1][0], core::aspectLabel(aspect));
        for (int item = 0; item < 3; ++item) {
            const QString text = comparison.text(aspect, item);
            const bool formulaLike = !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
            EXPECT_EQ(rows[a + 1][item + 1], formulaLike ? u'\'' + text : text)
                << core::aspectKey(aspect).toStdString();
        }
    }
}

TEST_F(CsvExports, SavingWritesTheWholeFileOrNothing)
{
    const QString path = s_portfolio->file(QStringLiteral("lista.csv"));
    EXPECT_TRUE(CsvExport::save(QByteArray("abc"), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("abc"));
    const auto saved =
        CsvExport::save(QByteArray("abc"), s_portfolio->file(QStringLiteral("ei/ole/lista.csv")));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().file.endsWith(QStringLiteral("ei/ole/lista.csv")));
}
