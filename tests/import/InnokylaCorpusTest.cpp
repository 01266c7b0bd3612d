// The Innokylä corpus: 49 real pages of every kind and layout (../innokyla-corpus beside $SALKKU_SEED_DIR),
// with EXPECTED.tsv, what a careful reader takes from each. Every page must import; every cell is compared,
// and the field agreement is printed. Without SALKKU_SEED_DIR these tests skip; with it set and the corpus
// missing they fail.
#include "TestSupport.h"
#include "import/InnokylaParser.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>

using namespace salkku;
using namespace salkku::testing;

namespace {

const QStringList kColumns{
    QStringLiteral("page_type"),    QStringLiteral("name"),        QStringLiteral("region"),
    QStringLiteral("start_year"),   QStringLiteral("end_year"),    QStringLiteral("funder"),
    QStringLiteral("contact_name"), QStringLiteral("contact_org"), QStringLiteral("contact_email"),
    QStringLiteral("created"),      QStringLiteral("modified"),    QStringLiteral("truncated")};

// Columns every page must agree on. A region is sometimes not in an excerpt at all (the corpus's README:
// "derived"), so that column has a floor instead.
const QStringList kExactColumns{
    QStringLiteral("page_type"),   QStringLiteral("name"),          QStringLiteral("start_year"),
    QStringLiteral("end_year"),    QStringLiteral("funder"),        QStringLiteral("contact_name"),
    QStringLiteral("contact_org"), QStringLiteral("contact_email"), QStringLiteral("created"),
    QStringLiteral("modified"),    QStringLiteral("truncated")};
constexpr double kAgreementTarget = 0.98;
constexpr double kRegionFloor = 0.9;

QString kindColumn(core::PageKind kind)
{
    switch (kind) {
    case core::PageKind::Project:
        return QStringLiteral("kokonaisuus");
    case core::PageKind::Practice:
        return QStringLiteral("toimintamalli");
    case core::PageKind::Article:
        return QStringLiteral("ajankohtaista");
    }
    return {};
}

QString year(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

// EXPECTED.tsv writes dates as the page does ("25.02.2020", "25.9.2024"): compared as dates.
QString date(const std::optional<QDate> &value)
{
    return value ? value->toString(Qt::ISODate) : QString();
}

QString expectedDate(const QString &written)
{
    const QDate parsed = QDate::fromString(written, QStringLiteral("d.M.yyyy"));
    return parsed.isValid() ? parsed.toString(Qt::ISODate) : written;
}

std::map<QString, QString> cellsOf(const core::PageRecord &r)
{
    return {{QStringLiteral("page_type"), kindColumn(r.kind)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("start_year"), year(r.timeline.startYear)},
            {QStringLiteral("end_year"), year(r.timeline.endYear)},
            {QStringLiteral("funder"), r.funder},
            {QStringLiteral("contact_name"), r.contact.name},
            {QStringLiteral("contact_org"), r.contact.organization},
            {QStringLiteral("contact_email"), r.contact.email},
            {QStringLiteral("created"), date(r.created)},
            {QStringLiteral("modified"), date(r.modified)},
            {QStringLiteral("truncated"), r.truncated ? QStringLiteral("yes") : QStringLiteral("no")}};
}

struct Row
{
    QString file;
    std::map<QString, QString> cells;
};

class InnokylaCorpus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QByteArray seeds = qgetenv("SALKKU_SEED_DIR");
        if (seeds.isEmpty())
            GTEST_SKIP() << "SALKKU_SEED_DIR is not set";
        m_dir = QDir(QString::fromLocal8Bit(seeds) + QStringLiteral("/../innokyla-corpus"));
        ASSERT_TRUE(m_dir.exists()) << "the Innokylä corpus is missing beside SALKKU_SEED_DIR: "
                                    << m_dir.absolutePath().toStdString();
        ASSERT_TRUE(readExpected()) << "cannot read EXPECTED.tsv in " << m_dir.absolutePath().toStdString();
    }

    bool readExpected()
    {
        QFile file(m_dir.filePath(QStringLiteral("EXPECTED.tsv")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = lines.value(0).split(u'\t');
        for (const QString &line : lines.mid(1)) {
            const QStringList values = line.split(u'\t');
            Row row;
            row.file = values.value(0);
            for (const QString &column : kColumns) {
                QString value = values.value(header.indexOf(column)).trimmed();
                if (column == u"created" || column == u"modified")
                    value = expectedDate(value);
                row.cells[column] = value;
            }
            m_rows.append(row);
        }
        return !m_rows.isEmpty();
    }

    core::Result<core::PageRecord> parse(const Row &row) const
    {
        const QString path = m_dir.filePath(row.file);
        return importer::InnokylaParser::parse(readBytes(path), path);
    }

    QDir m_dir;
    QList<Row> m_rows;
};

} // namespace

TEST_F(InnokylaCorpus, EveryPageImports)
{
    EXPECT_EQ(m_rows.size(), 49);
    int rejected = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const auto record = parse(row);
        if (!record) {
            ++rejected;
            ADD_FAILURE() << "rejected: " << record.error().toString().toStdString();
        }
    }
    std::printf("Innokylä corpus: %lld pages, %d rejected\n", static_cast<long long>(m_rows.size()),
                rejected);
    EXPECT_EQ(rejected, 0);
}

TEST_F(InnokylaCorpus, EveryExpectedCellAgrees)
{
    std::map<QString, int> agreed;
    int cells = 0;
    int total = 0;
    QStringList disagreements;
    for (const Row &row : std::as_const(m_rows)) {
        const auto record = parse(row);
        const auto got = record ? cellsOf(record.value()) : std::map<QString, QString>{};
        for (const QString &column : kColumns) {
            ++cells;
            const QString expected = row.cells.at(column);
            const QString actual = record ? got.at(column) : QStringLiteral("(rejected)");
            if (actual == expected) {
                ++agreed[column];
                ++total;
            } else {
                disagreements.append(QStringLiteral("  %1 %2: got “%3”, expected “%4”")
                                         .arg(row.file, column, actual, expected));
            }
        }
    }
    for (const QString &line : std::as_const(disagreements))
        std::printf("%s\n", qPrintable(line));
    const double agreement = cells ? static_cast<double>(total) / cells : 0;
    std::printf("Innokylä corpus field agreement: %d of %d cells (%.1f %%), target %.0f %%\n", total, cells,
                agreement * 100, kAgreementTarget * 100);
    for (const QString &column : kColumns)
        std::printf("  %-14s %d/%lld\n", qPrintable(column), agreed[column],
                    static_cast<long long>(m_rows.size()));
    EXPECT_GE(agreement, kAgreementTarget);
    for (const QString &column : kExactColumns)
        EXPECT_EQ(agreed[column], m_rows.size()) << column.toStdString();
    EXPECT_GE(agreed[QStringLiteral("region")], kRegionFloor * static_cast<double>(m_rows.size()));
}

TEST_F(InnokylaCorpus, NothingOfAPageIsLost)
{
    for (const Row &row : std::as_const(m_rows)) {
        const auto record = parse(row);
        if (!record)
            continue; // EveryPageImports says so
        const QString text = QString::fromUtf8(readBytes(m_dir.filePath(row.file)));
        EXPECT_EQ(linesMissingFromRecord(text, record.value()), QStringList()) << row.file.toStdString();
    }
}

TEST_F(InnokylaCorpus, DevelopmentPathsAndPracticeListsAreParts)
{
    for (const Row &row : std::as_const(m_rows)) {
        const auto record = parse(row);
        ASSERT_TRUE(record.ok()) << row.file.toStdString();
        const core::PagePart expected =
            row.file.endsWith(QStringLiteral("--kehittamisen-polku.txt")) ? core::PagePart::DevelopmentPath
            : row.file.endsWith(QStringLiteral("--toimintamallit.txt"))   ? core::PagePart::PracticeList
                                                                          : core::PagePart::Main;
        EXPECT_EQ(core::pagePartKey(record.value().part), core::pagePartKey(expected))
            << row.file.toStdString();
    }
}
