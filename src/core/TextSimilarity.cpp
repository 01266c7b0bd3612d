#include "TextSimilarity.h"

#include "FinnishText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace salkku::core {

namespace {

// Words that every project report uses, and the parts of region names: sharing them says nothing about
// what two outputs are. Matched by sameWord(), so inflected forms ("raportin", "suunnitelmat") go too.
constexpr const char16_t *kGenericWords[] = {
    // kinds of output
    u"raportti",
    u"selvitys",
    u"kuvaus",
    u"esitys",
    u"suunnitelma",
    u"toimintamalli",
    u"malli",
    u"mallin",
    u"ohje",
    u"toimintaohje",
    u"opas",
    u"materiaali",
    u"työkalu",
    u"prosessi",
    u"prosessikuvaus",
    u"koonti",
    u"yhteenveto",
    u"dokumentti",
    u"asiakirja",
    u"linjaus",
    u"päivitetty",
    u"alustava",
    u"valmistelu",
    u"kehittäminen",
    u"kehittämisen",
    u"toteutus",
    u"pilotti",
    u"hanke",
    u"projekti",
    u"palvelu",
    u"palvelujen",
    u"palveluiden",
    // places and organisations
    u"alue",
    u"alueellinen",
    u"maakunta",
    u"maakunnallinen",
    u"hyvinvointialue",
    u"kunta",
    u"kuntien",
    u"kaupunki",
    u"sote",
    u"sosiaali",
    u"terveydenhuolto",
    // parts of region names
    u"suomi",
    u"suomen",
    u"keski",
    u"etelä",
    u"pohjois",
    u"varsinais",
    u"kanta",
    u"päijät",
    u"helsinki",
    u"helsingin",
    u"uusimaa",
    u"uudenmaan",
    u"pirkanmaa",
    u"satakunta",
    u"kymenlaakso",
    u"kainuu",
    u"lappi",
    u"lapin",
    u"karjala",
    u"karjalan",
    u"savo",
    u"savon",
    u"pohjanmaa",
    u"häme",
    u"hämeen",
    u"pohjanmaan",
    u"ahvenanmaa",
    u"vantaa",
    u"kerava",
    u"länsi",
    u"itä",
    // function words long enough to pass the length limit
    u"sekä",
    u"joka",
    u"jotka",
    u"osalta",
    u"liittyvät",
    u"mukaiset",
    u"niiden",
    u"osana",
    u"varten",
    u"kautta",
};

const QStringList &genericWords()
{
    static const QStringList words = [] {
        QStringList list;
        for (const char16_t *word : kGenericWords)
            list.append(QString::fromUtf16(word));
        return list;
    }();
    return words;
}

bool isGeneric(const QString &word)
{
    return std::any_of(genericWords().cbegin(), genericWords().cend(), [&word](const QString &generic) {
        // The generic word or an inflected form of it, never a compound that only starts with it
        // ("palveluketju" carries meaning; "palvelun" does not).
        return word.startsWith(generic.left(generic.size() - 1)) && word.size() <= generic.size() + 3 &&
               TextSimilarity::sameWord(word, generic);
    });
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    const qsizetype limit = std::min(a.size(), b.size());
    qsizetype n = 0;
    while (n < limit && a[n] == b[n])
        ++n;
    return n;
}

// The same word in another case form: a shared beginning of at least five letters that leaves at most three
// letters of the shorter and five of the longer ("tietojohtaminen" / "tietojohtamisen").
bool sameInflection(const QString &a, const QString &b)
{
    const qsizetype prefix = commonPrefix(a, b);
    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype longer = std::max(a.size(), b.size());
    return prefix >= 5 && prefix >= shorter - 3 && longer - prefix <= 5;
}

} // namespace

QStringList TextSimilarity::keyWords(const QString &text)
{
    const QString folded = FinnishText::foldCase(FinnishText::nfc(text));
    QStringList words;
    QString word;
    const auto flush = [&] {
        bool digitsOnly = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if (word.size() >= 4 && !digitsOnly && !words.contains(word) && !isGeneric(word))
            words.append(word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return words;
}

bool TextSimilarity::sameWord(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (sameInflection(a, b))
        return true;
    // A compound and its head: "kehittämissuunnitelma" ~ "suunnitelma", "omavalvontaohjelmaa" ~
    // "valvontaohjelma". The head must be a word of its own (six letters or more) and the compound must
    // add at least two letters in front ("oma-").
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < 6)
        return false;
    const qsizetype at = longer.lastIndexOf(QStringView(shorter).left(shorter.size() - 2));
    return at >= 2 && sameInflection(longer.mid(at), shorter);
}

double TextSimilarity::overlap(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    qsizetype shared = 0;
    for (const QString &word : shorter)
        if (std::any_of(longer.cbegin(), longer.cend(),
                        [&word](const QString &other) { return sameWord(word, other); }))
            ++shared;
    return static_cast<double>(shared) / static_cast<double>(shorter.size());
}

bool TextSimilarity::nearlySame(const QString &a, const QString &b)
{
    return nearlySameWords(keyWords(a), keyWords(b), a, b);
}

bool TextSimilarity::nearlySameWords(const QStringList &wordsA, const QStringList &wordsB, const QString &a,
                                     const QString &b)
{
    if (wordsA.isEmpty() || wordsB.isEmpty())
        // Nothing but generic words ("Raportti"): only the same wording counts.
        return FinnishText::matchKey(a) == FinnishText::matchKey(b);
    // Most of the shorter one's words (one of one, two of two, two of three, three of four or five…), and
    // a fair part of the longer one's: one shared word does not make a long output the same as a short one.
    const auto shorter = static_cast<double>(std::min(wordsA.size(), wordsB.size()));
    const auto longer = static_cast<double>(std::max(wordsA.size(), wordsB.size()));
    const double shared = overlap(wordsA, wordsB) * shorter;
    return shared >= std::ceil(0.6 * shorter) - 1e-9 && shared >= std::ceil(0.3 * longer) - 1e-9;
}

double TextSimilarity::likeness(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (const QString &word : a)
        if (std::any_of(b.cbegin(), b.cend(),
                        [&word](const QString &other) { return sameWord(word, other); }))
            ++shared;
    return static_cast<double>(shared) /
           std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}
QStringList TextSimilarity::subAreaWords(const QString &title, const QStringList &outputs)
{
    QStringList words = keyWords(title);
    for (const QString &output : outputs)
        for (const QString &word : keyWords(output))
            if (!words.contains(word))
                words.append(word);
    return words;
}

QList<TextSimilarity::Alike> TextSimilarity::rankAlike(const QStringList &wanted,
                                                       const QList<QStringList> &candidates)
{
    constexpr double kAlike = 0.1;
    QList<Alike> result;
    if (wanted.isEmpty())
        return result;
    // A quick pre-filter before the pairwise comparison, which skips most candidates: one must share some
    // word's first or last four letters (inflected forms share their beginning, compounds their head's
    // ending). It can miss a candidate whose only shared word is an inflected compound head.
    QSet<QString> stems;
    for (const QString &word : wanted) {
        stems.insert(word.left(4));
        stems.insert(word.right(4));
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QStringList &words = candidates[i];
        if (std::none_of(words.cbegin(), words.cend(), [&stems](const QString &word) {
                return stems.contains(word.left(4)) || stems.contains(word.right(4));
            }))
            continue;
        const double alike = likeness(wanted, words);
        if (alike >= kAlike)
            result.append(Alike{i, alike});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Alike &a, const Alike &b) { return a.likeness > b.likeness; });
    return result;
}

} // namespace salkku::core
