// The judged search set: searches a coordinator types, each with the pages a careful reader expects, over the
// sample portfolio (data/samples), the seeds and the Innokylä corpus ($SALKKU_SEED_DIR and the corpus beside
// it; the corpus's prose is "[prose omitted]", so its queries use names, field values and headings).
//
// A page is expected when it speaks of what is searched for: the word in any inflected form, or as a part of
// a compound ("perhekeskustoimintamalli" for "perhekeskus"); with several words, each of them; a quoted
// phrase as a phrase. Words that only look alike are not ("kirjautuminen" and "käsikirja" for "kirjaaminen"),
// nor a typo the reader would have to guess ("päih-depalvelut"). A page and its parts (a Kehittämisen polku
// tab, a list of practices) are one page, as search shows them.
//
// For each query: recall at 10 (expected pages among the first ten pages found, of the expected pages, at
// most ten) and precision at 10 (expected pages among the first ten found, of those found). Printed per query
// and on average; the targets are asserted: recall >= 0.95, precision >= 0.8.
#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace salkku;
using namespace salkku::testing;

namespace {

struct Judged
{
    const char16_t *query;
    std::initializer_list<const char *> expected; // file names without ".txt" (and without "--v1"/"--v2")
};

// Seeds are 000_… to 004_…: Helsinki, Kanta-Häme, a news article on Uusimaa, Keski-Suomi, Pohjois-Pohjanmaa.
const Judged kJudged[] = {
    // One word, a base form.
    {u"perhekeskus",
     {"pohjois-karjala-perhekeskus", "vantaa-kerava-lasten-ja-nuorten-palvelut",
      "toimintamalli--perhekeskustoimintamalli-thl",
      "toimintamalli--lasten-ja-nuorten-psykososiaalisten-palveluiden-vahvistaminen-terapiat-etulinjaan"}},
    {u"omaishoito", {"keski-suomi-kotona-asumisen-tuki", "003_bf3c9dec1f0f1617"}},
    {u"kirjaaminen",
     {"helsinki-digitaalinen-asiointi", "kanta-hame-mielenterveyspalvelut", "satakunta-sote-valmistelu",
      "varsinais-suomi-sosiaalihuollon-kirjaaminen", "003_bf3c9dec1f0f1617", "004_0832a59ddf206142"}},
    {u"etävastaanotto",
     {"lappi-tulevaisuuden-sote-keskus", "practice-lappi-liikkuva-etavastaanotto",
      "satakunta-sote-valmistelu"}},
    {u"mielenterveys",
     {"kanta-hame-mielenterveyspalvelut", "vantaa-kerava-lasten-ja-nuorten-palvelut", "000_f73d686206eb88b9",
      "003_bf3c9dec1f0f1617", "004_0832a59ddf206142",
      "toimintamalli--ips-sijoita-ja-valmenna-toimintamalli-siun-sotessa",
      "toimintamalli--nuorten-perustason-mielenterveys-ja-riippuvuuksien-hoidon-kehittaminen-kainuun"}},
    {u"lastensuojelu",
     {"pohjois-karjala-perhekeskus", "vantaa-kerava-lasten-ja-nuorten-palvelut", "000_f73d686206eb88b9",
      "kokonaisuus--tulevaisuuden-lastensuojelu-hanke-2020-2022-osana-lastensuojelun-monialaista"}},
    {u"erikoissairaanhoito",
     {"kanta-hame-mielenterveyspalvelut", "lappi-tulevaisuuden-sote-keskus", "pohjois-karjala-perhekeskus",
      "vantaa-kerava-lasten-ja-nuorten-palvelut", "000_f73d686206eb88b9", "002_ee75cfb0480c23ff",
      "toimintamalli--lasten-ja-nuorten-psykososiaalisten-palveluiden-vahvistaminen-terapiat-etulinjaan"}},
    {u"ikäteknologia",
     {"toimintamalli--ikateknologian-kansallinen-koordinaatiomalli",
      "toimintamalli--ikateknologian-kayton-kansallinen-toimintamalli-kati-malli"}},
    {u"joukkoistaminen", {"toimintamalli--innomarkkinat-joukkoistaminen-tapahtumatuotannossa"}},
    {u"nuorisoasema",
     {"toimintamalli--nuorisoasema-ita-uudenmaan-hyvinvointialue-rrp-p4-i1--kehittamisen-polku"}},
    {u"chat",
     {"helsinki-digitaalinen-asiointi", "vantaa-kerava-lasten-ja-nuorten-palvelut",
      "toimintamalli--chat-ja-chatbotin-kehittaminen-ja-kayttoonotto-keski-pohjanmaan-hva-rrp-p4-i4--"
      "kehittamisen-"
      "polku",
      "toimintamalli--hyvinvointialueen-chat-palvelu-toimintamalli-etela-pohjanmaa-rrp-p4-i1b"}},
    {u"Innokylä",
     {"004_0832a59ddf206142", "ajankohtaista--innokyla-arvokas-tyokalu-sote-uudistuksessa",
      "ajankohtaista--miten-innokylaa-kannattaa-hyodyntaa-jarjestoissa",
      "ajankohtaista--uusittu-innokyla-keskittyy-toimintamallien-yhteiskehittamiseen-ja-jakamiseen",
      "kokonaisuus--ikaantyneiden-tilannekuva-hanke-etela-savon-hyvinvointialue",
      "kokonaisuus--vantaa-kerava-tulevaisuuden-sote-keskus", "toimintamalli--innokylan-innovaatiomalli",
      "toimintamalli--innokylan-tukiprosessi-sosiaali-ja-terveysministerion-avustamille",
      "toimintamalli--palkintoprosessi-innokylassa"}},
    {u"KATI",
     {"kokonaisuus--ikaantyneiden-tilannekuva-hanke-etela-savon-hyvinvointialue",
      "kokonaisuus--pirkanmaa-kati-pirkati",
      "toimintamalli--ikateknologian-kayton-kansallinen-toimintamalli-kati-malli"}},
    {u"IPS",
     {"kokonaisuus--ips-sijoita-ja-valmenna-kehittamishanke",
      "toimintamalli--ips-sijoita-ja-valmenna-toimintamalli-siun-sotessa"}},
    {u"Apotti", {"000_f73d686206eb88b9"}},
    // A compound inside a compound: "Terveyshyötyarvio", "Terveyshyötyarviomallia"; "palkintoprosessi".
    {u"hyötyarvio", {"000_f73d686206eb88b9", "003_bf3c9dec1f0f1617"}},
    {u"palkinto", {"toimintamalli--palkintoprosessi-innokylassa"}},
    {u"koordinaatiomalli", {"toimintamalli--ikateknologian-kansallinen-koordinaatiomalli"}},
    {u"chatbot",
     {"toimintamalli--chat-ja-chatbotin-kehittaminen-ja-kayttoonotto-keski-pohjanmaan-hva-rrp-p4-i4--"
      "kehittamisen-"
      "polku"}},
    {u"rakenneuudistus",
     {"etela-karjala-hyvinvointialueen-valmistelu", "lappi-tulevaisuuden-sote-keskus",
      "varsinais-suomi-sosiaalihuollon-kirjaaminen", "000_f73d686206eb88b9", "001_ea0e5dddfb874bf4",
      "002_ee75cfb0480c23ff", "003_bf3c9dec1f0f1617", "004_0832a59ddf206142",
      "kokonaisuus--etela-pohjanmaan-rakenneuudistus", "kokonaisuus--ita-uusimaan-rakenneuudistus",
      "kokonaisuus--kansallinen-sosiaali-ja-terveydenhuollon-rakenneuudistus--toimintamallit",
      "kokonaisuus--satakunnan-rakenneuudistus", "kokonaisuus--vantaa-keravan-rakenneuudistus"}},
    // "asiakas- ja palveluohjaus", "palveluohjausmalli", "palveluohjausta".
    {u"palveluohjaus",
     {"helsinki-digitaalinen-asiointi", "lappi-tulevaisuuden-sote-keskus",
      "vantaa-kerava-lasten-ja-nuorten-palvelut",
      "toimintamalli--hyvinvointilahete-ja-liikuntaneuvonnan-palveluketju-toimintamallit-osana-monialaisen--"
      "kehittamisen-polku",
      "toimintamalli--monialainen-asiakas-ja-palveluohjaus-kymenlaakson-hyvinvointialueella-rrp-p4-i2--"
      "kehittamisen-polku"}},
    // Inflected words.
    {u"digituen",
     {"satakunta-sote-valmistelu", "vantaa-kerava-lasten-ja-nuorten-palvelut",
      "toimintamalli--asiakkaiden-digituen-malli-satakunnan-hyvinvointialue-rrp-p4-i1"}},
    {u"maahanmuuttajien", {"000_f73d686206eb88b9"}},
    {u"liikuntaneuvonnan",
     {"toimintamalli--hyvinvointilahete-ja-liikuntaneuvonnan-palveluketju-toimintamallit-osana-monialaisen--"
      "kehittamisen-polku"}},
    {u"Jyväskylän", {"keski-suomi-kotona-asumisen-tuki", "003_bf3c9dec1f0f1617"}},
    {u"Oulun", {"004_0832a59ddf206142"}},
    {u"Kainuun",
     {"toimintamalli--nuorten-perustason-mielenterveys-ja-riippuvuuksien-hoidon-kehittaminen-kainuun",
      "toimintamalli--toimintamalli-hoidon-jatkuvuuden-varmistamiseen-potilaiden-yhteydenotoissa-kainuun"}},
    {u"Pirkanmaa",
     {"pirkanmaa-tiedolla-johtaminen", "000_f73d686206eb88b9", "kokonaisuus--pirkanmaa-kati-pirkati"}},
    {u"Satakunta",
     {"satakunta-sote-valmistelu", "001_ea0e5dddfb874bf4", "kokonaisuus--satakunnan-rakenneuudistus",
      "kokonaisuus--satakunta-suomen-kestavan-kasvun-ohjelma",
      "toimintamalli--asiakkaiden-digituen-malli-satakunnan-hyvinvointialue-rrp-p4-i1"}},
    {u"Lappi",
     {"lappi-tulevaisuuden-sote-keskus", "practice-lappi-liikkuva-etavastaanotto",
      "kokonaisuus--vasa-vahva-sote-lapin-hyvinvointialueelle"}},
    {u"Vantaa",
     {"vantaa-kerava-lasten-ja-nuorten-palvelut", "000_f73d686206eb88b9", "002_ee75cfb0480c23ff",
      "kokonaisuus--vantaa-kerava-tulevaisuuden-sote-keskus", "kokonaisuus--vantaa-keravan-rakenneuudistus"}},
    {u"Virtanen", {"pirkanmaa-tiedolla-johtaminen", "vantaa-kerava-lasten-ja-nuorten-palvelut"}},
    // Typed without ä and ö: inflected forms too.
    {u"hameenlinnassa", {"001_ea0e5dddfb874bf4"}},
    {u"ikateknologia",
     {"toimintamalli--ikateknologian-kansallinen-koordinaatiomalli",
      "toimintamalli--ikateknologian-kayton-kansallinen-toimintamalli-kati-malli"}},
    {u"tyohonvalmennus",
     {"toimintamalli--ips-sijoita-ja-valmenna-toimintamalli-siun-sotessa",
      "toimintamalli--laatukriteereihin-perustuva-tuetun-tyollistymisen-tyohonvalmennus-meijan-kyvyt--"
      "kehittamisen-polku"}},
    {u"paihdepalvelut",
     {"kanta-hame-mielenterveyspalvelut", "004_0832a59ddf206142",
      "toimintamalli--ips-sijoita-ja-valmenna-toimintamalli-siun-sotessa"}},
    {u"Etela-Pohjanmaa",
     {"001_ea0e5dddfb874bf4", "kokonaisuus--etela-pohjanmaan-ikakoti-hanke-tulkoti",
      "kokonaisuus--etela-pohjanmaan-rakenneuudistus",
      "toimintamalli--hyvinvointialueen-chat-palvelu-toimintamalli-etela-pohjanmaa-rrp-p4-i1b"}},
    {u"Ita-Uusimaa",
     {"002_ee75cfb0480c23ff", "kokonaisuus--ita-uusimaan-rakenneuudistus",
      "toimintamalli--hyva-digi-digitaalinen-sotekeskus-ita-uudenmaan-hyvinvointialue-rrp-p4i1i4",
      "toimintamalli--nuorisoasema-ita-uudenmaan-hyvinvointialue-rrp-p4-i1--kehittamisen-polku"}},
    {u"Kanta-Hame", {"kanta-hame-mielenterveyspalvelut", "001_ea0e5dddfb874bf4"}},
    {u"jyvaskyla", {"keski-suomi-kotona-asumisen-tuki", "003_bf3c9dec1f0f1617"}},
    // A hyphenated word: the words together, or written as one ("sotekeskus").
    {u"sote-keskus",
     {"lappi-tulevaisuuden-sote-keskus", "practice-lappi-liikkuva-etavastaanotto", "000_f73d686206eb88b9",
      "001_ea0e5dddfb874bf4", "002_ee75cfb0480c23ff", "003_bf3c9dec1f0f1617", "004_0832a59ddf206142",
      "kokonaisuus--vantaa-kerava-tulevaisuuden-sote-keskus",
      "toimintamalli--hyva-digi-digitaalinen-sotekeskus-ita-uudenmaan-hyvinvointialue-rrp-p4i1i4",
      "toimintamalli--innokylan-tukiprosessi-sosiaali-ja-terveysministerion-avustamille"}},
    // Several words: every one somewhere in the page.
    {u"nuorten mielenterveys",
     {"kanta-hame-mielenterveyspalvelut", "vantaa-kerava-lasten-ja-nuorten-palvelut", "000_f73d686206eb88b9",
      "004_0832a59ddf206142",
      "toimintamalli--nuorten-perustason-mielenterveys-ja-riippuvuuksien-hoidon-kehittaminen-kainuun"}},
    {u"Siun sote",
     {"pohjois-karjala-perhekeskus", "toimintamalli--ips-sijoita-ja-valmenna-toimintamalli-siun-sotessa"}},
    {u"hoidon jatkuvuus",
     {"toimintamalli--toimintamalli-hoidon-jatkuvuuden-varmistamiseen-potilaiden-yhteydenotoissa-kainuun"}},
    // Quoted phrases.
    {u"\"tiedolla johtaminen\"",
     {"etela-karjala-hyvinvointialueen-valmistelu", "helsinki-digitaalinen-asiointi",
      "kanta-hame-mielenterveyspalvelut", "lappi-tulevaisuuden-sote-keskus", "pirkanmaa-tiedolla-johtaminen",
      "satakunta-sote-valmistelu", "varsinais-suomi-sosiaalihuollon-kirjaaminen", "000_f73d686206eb88b9",
      "004_0832a59ddf206142"}},
    // The Etelä-Savo page links to the KATI programme's page, whose address names it "kotona asumisen
    // teknologiat ikäihmisille".
    {u"\"kotona asumisen\"",
     {"keski-suomi-kotona-asumisen-tuki", "kokonaisuus--pirkanmaa-kati-pirkati",
      "toimintamalli--kotona-asumista-tukevan-teknologian-kayttoonotto-hyvinvointialueilla",
      "kokonaisuus--ikaantyneiden-tilannekuva-hanke-etela-savon-hyvinvointialue"}},
    {u"\"kestävän kasvun\"",
     {"kokonaisuus--kansallinen-suomen-kestavan-kasvun-ohjelma",
      "kokonaisuus--satakunta-suomen-kestavan-kasvun-ohjelma"}},
};

bool isSample(const QString &key)
{
    return QFileInfo::exists(QStringLiteral(SALKKU_SAMPLE_DIR "/") + key + QStringLiteral(".txt"));
}

// The key of a stored file: its name without ".txt", and without "--v1"/"--v2" (versions of one page).
QString keyOf(const QString &path)
{
    QString key = QFileInfo(path).completeBaseName();
    if (key.endsWith(QStringLiteral("--v1")) || key.endsWith(QStringLiteral("--v2")))
        key.chop(4);
    return key;
}

struct Score
{
    double recall = 0;
    double precision = 0;
};

// What each page search shows stands for: its file, and its parts' files. A part whose main page is there is
// shown as the main page.
using KeysByPage = QHash<qint64, QSet<QString>>;

KeysByPage keysByPage(storage::PortfolioStore &store, const storage::ImportReport &report)
{
    KeysByPage keysOf;
    for (const storage::ImportItem &item : report.items) {
        auto page = store.page(item.pageId);
        if (!page.ok()) {
            ADD_FAILURE() << item.file.toStdString();
            continue;
        }
        if (page.value().record.part != core::PagePart::Main &&
            std::any_of(
                page.value().parts.cbegin(), page.value().parts.cend(),
                [](const storage::StoredPart &part) { return part.record.part == core::PagePart::Main; }))
            continue;
        QSet<QString> &keys = keysOf[item.pageId];
        keys.insert(keyOf(page.value().source.path));
        for (const storage::StoredPart &part : page.value().parts)
            keys.insert(keyOf(part.source.path));
    }
    return keysOf;
}

QString keysText(const KeysByPage &keysOf, qint64 id)
{
    return QStringList(keysOf.value(id).values()).join(u'+').left(50);
}

// The first ten pages search finds for a query, in order.
QList<qint64> firstTenPages(storage::PortfolioStore &store, const QString &query)
{
    auto hits = store.search(query, 50);
    EXPECT_TRUE(hits.ok()) << query.toStdString();
    QList<qint64> found;
    for (const storage::SearchHit &hit : hits.value())
        if (!found.contains(hit.pageId) && found.size() < 10)
            found.append(hit.pageId);
    return found;
}

// One query's recall and precision at ten, printed with what was missing and what was not expected.
Score scoreQuery(storage::PortfolioStore &store, const QString &query, const QSet<QString> &expected,
                 const KeysByPage &keysOf)
{
    QSet<qint64> relevant;
    for (auto it = keysOf.cbegin(); it != keysOf.cend(); ++it)
        if (it.value().intersects(expected))
            relevant.insert(it.key());
    const QList<qint64> found = firstTenPages(store, query);
    int right = 0;
    QStringList wrong;
    for (const qint64 id : found) {
        if (relevant.contains(id))
            ++right;
        else
            wrong.append(keysText(keysOf, id));
    }
    QStringList missing;
    for (const qint64 id : std::as_const(relevant))
        if (!found.contains(id))
            missing.append(keysText(keysOf, id));
    const Score score{relevant.isEmpty() ? 0.0
                                         : static_cast<double>(right) /
                                               std::min<double>(10.0, static_cast<double>(relevant.size())),
                      found.isEmpty() ? 0.0 : static_cast<double>(right) / static_cast<double>(found.size())};
    std::printf("%-24s %7.2f %9.2f  %s / %s\n", qPrintable(query), score.recall, score.precision,
                qPrintable(missing.join(QStringLiteral(", "))), qPrintable(wrong.join(QStringLiteral(", "))));
    return score;
}

// The folders to import: the sample portfolio, and the seeds and the corpus when SALKKU_SEED_DIR is set.
QStringList judgedFolders()
{
    QStringList folders{QStringLiteral(SALKKU_SAMPLE_DIR)};
    const QString seeds = qEnvironmentVariable("SALKKU_SEED_DIR");
    if (seeds.isEmpty()) {
        std::printf("SALKKU_SEED_DIR is not set: the sample portfolio only\n");
        return folders;
    }
    const QString corpus = QDir(seeds).filePath(QStringLiteral("../innokyla-corpus"));
    EXPECT_TRUE(QDir(seeds).exists()) << "SALKKU_SEED_DIR names a missing folder: " << seeds.toStdString();
    EXPECT_TRUE(QDir(corpus).exists()) << "the Innokylä corpus is missing: " << corpus.toStdString();
    return folders << seeds << corpus;
}

class SearchJudged : public OnBothBackends
{
};

} // namespace

// The same judgements on a server: it finds what the file finds.
TEST_P(SearchJudged, RecallAndPrecisionAtTen)
{
    const QStringList folders = judgedFolders();
    const bool real = folders.size() > 1;
    TemporaryPortfolio portfolio{GetParam()};
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    const storage::ImportReport report = storage::ImportRunner::run(*store, folders);
    ASSERT_FALSE(report.anyFailed()) << report.summaryLine().toStdString();
    const KeysByPage keysOf = keysByPage(*store, report);

    Score total;
    int queries = 0;
    std::printf("%-24s %7s %9s  missing / not expected in the first ten\n", "query", "recall", "precision");
    for (const Judged &judged : kJudged) {
        QSet<QString> expected;
        for (const char *key : judged.expected)
            if (real || isSample(QString::fromUtf8(key)))
                expected.insert(QString::fromUtf8(key));
        if (expected.isEmpty())
            continue;
        const Score score = scoreQuery(*store, QString::fromUtf16(judged.query), expected, keysOf);
        total.recall += score.recall;
        total.precision += score.precision;
        ++queries;
    }
    ASSERT_GT(queries, 0);
    total.recall /= queries;
    total.precision /= queries;
    std::printf("%d queries, %lld pages: recall at 10 %.3f, precision at 10 %.3f\n", queries,
                static_cast<long long>(keysOf.size()), total.recall, total.precision);
    if (real)
        EXPECT_GE(queries, 40);
    EXPECT_GE(total.recall, 0.95);
    EXPECT_GE(total.precision, 0.8);
}

SALKKU_ON_BOTH_BACKENDS(SearchJudged);
