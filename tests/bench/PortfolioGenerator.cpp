#include "PortfolioGenerator.h"

#include "core/FinnishText.h"
#include "import/InnokylaParser.h"
#include "import/LabelTable.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <random>
#include <utility>

namespace salkku::bench {

namespace {

using importer::FieldRole;
using importer::LabelTable;
using importer::SubAreaAspect;

// Built-in material. Everything here is invented, like the sample pages.

constexpr std::array kFirstNames{
    u"Aino",   u"Anna",   u"Anna-Kaisa", u"Antti",   u"Eeva",  u"Eino",        u"Elina",       u"Hanna",
    u"Heikki", u"Helena", u"Jari",       u"Johanna", u"Juha",  u"Jukka-Pekka", u"Jussi",       u"Kaisa",
    u"Kari",   u"Katja",  u"Kyösti",     u"Laura",   u"Leena", u"Marja",       u"Marja-Leena", u"Markku",
    u"Matti",  u"Mervi",  u"Mikko",      u"Minna",   u"Niina", u"Olli",        u"Outi",        u"Päivi",
    u"Pekka",  u"Petri",  u"Riikka",     u"Sami",    u"Sanna", u"Satu",        u"Seppo",       u"Sirpa",
    u"Teemu",  u"Tiina",  u"Timo",       u"Tuomas",  u"Tuula", u"Ville",       u"Väinö",       u"Åsa"};

constexpr std::array kLastNames{
    u"Aaltonen",   u"Hakala",   u"Heikkinen",   u"Heinonen", u"Hirvonen",   u"Hämäläinen", u"Jokinen",
    u"Järvinen",   u"Kallio",   u"Karjalainen", u"Käyhkö",   u"Kärkkäinen", u"Kinnunen",   u"Koivisto",
    u"Korhonen",   u"Koskinen", u"Laaksonen",   u"Lahtinen", u"Laine",      u"Lehtonen",   u"Leinonen",
    u"Lindholm",   u"Mattila",  u"Mäkelä",      u"Mäkinen",  u"Niemi",      u"Nieminen",   u"Ojala",
    u"Peltonen",   u"Pitkänen", u"Rantanen",    u"Räsänen",  u"Saarinen",   u"Salminen",   u"Salo",
    u"Söderström", u"Tuominen", u"Turunen",     u"Väisänen", u"Virtanen",   u"Ylinen",     u"Öhman"};

// Roles with a job-title word the importer recognises; the samples' roles are added to these.
constexpr std::array kRoles{u"Hankejohtaja",
                            u"Projektipäällikkö",
                            u"Projektikoordinaattori",
                            u"Kehittämispäällikkö",
                            u"Erityisasiantuntija",
                            u"Projektisuunnittelija",
                            u"Tietoasiantuntija",
                            u"Hankekoordinaattori",
                            u"Palvelumuotoilija",
                            u"Projektisihteeri",
                            u"Kehittäjätyöntekijä",
                            u"Muutosjohtaja",
                            u"Kehittämiskoordinaattori (kotihoito)",
                            u"Asiakasohjaaja",
                            u"Hankeassistentti"};

// Genitive phrases for project names: "Pirkanmaan <kotihoidon> kehittäminen".
constexpr std::array kTopicModifiers{u"tiedolla johtamisen",
                                     u"digitaalisen asioinnin",
                                     u"kotona asumisen tuen",
                                     u"mielenterveys- ja päihdepalvelujen",
                                     u"perhekeskusten",
                                     u"sosiaalihuollon kirjaamisen",
                                     u"lasten ja nuorten palvelujen",
                                     u"ikäihmisten palvelujen",
                                     u"kotihoidon",
                                     u"omaishoidon",
                                     u"palveluohjauksen",
                                     u"etäpalvelujen",
                                     u"hyvinvoinnin ja terveyden edistämisen",
                                     u"päihdetyön",
                                     u"suun terveydenhuollon",
                                     u"kuntoutuksen",
                                     u"vammaispalvelujen",
                                     u"sosiaalityön",
                                     u"työllisyyspalvelujen",
                                     u"lastensuojelun",
                                     u"terveysasemien",
                                     u"päivystyksen",
                                     u"ensihoidon",
                                     u"neuvolatyön",
                                     u"asiakasohjauksen",
                                     u"palvelutarpeen arvioinnin",
                                     u"tietojärjestelmien",
                                     u"rakenneuudistuksen",
                                     u"omavalvonnan",
                                     u"asumispalvelujen",
                                     u"saattohoidon",
                                     u"kotiutuksen",
                                     u"lääkehoidon",
                                     u"kotisairaalan",
                                     u"matalan kynnyksen palvelujen",
                                     u"monialaisen yhteistyön",
                                     u"sote-keskuksen",
                                     u"järjestöyhteistyön",
                                     u"vaikuttavuuden seurannan",
                                     u"palvelujen yhteensovittamisen"};

constexpr std::array kTopicHeads{
    u"kehittäminen",   u"uudistaminen",   u"yhtenäistäminen", u"vahvistaminen",    u"kehittämishanke",
    u"valmistelu",     u"juurruttaminen", u"kokeilu",         u"pilotointi",       u"yhteensovittaminen",
    u"digitalisointi", u"uudistus",       u"käyttöönotto",    u"kehittämisohjelma"};

constexpr std::array kTaglines{u"palvelut lähelle",         u"asukas keskiössä", u"yhdessä tekemällä",
                               u"tieto käyttöön",           u"jatkohanke",       u"toinen vaihe",
                               u"oikea apu oikeaan aikaan", u"kaikki mukaan"};

// Practice names: "<Liikkuva etävastaanotto> Lapin <kylillä>".
constexpr std::array kPracticeNouns{u"Liikkuva etävastaanotto",
                                    u"Digitaalinen palveluohjaus",
                                    u"Omaishoitajien valmennus",
                                    u"Matalan kynnyksen palvelupiste",
                                    u"Perhekeskuksen chat",
                                    u"Kotihoidon etäkäynnit",
                                    u"Monialainen kotiutustiimi",
                                    u"Nuorten walk in -vastaanotto",
                                    u"Hyvinvointikoordinaattorin työ",
                                    u"Yhteinen asiakasohjaus",
                                    u"Etäkuntoutus",
                                    u"Ikäihmisten hyvinvointikäynnit",
                                    u"Sosiaalityön chat",
                                    u"Jalkautuva päihdetyö",
                                    u"Kotisairaalan etäseuranta",
                                    u"Lapsiperheiden kotipalvelu",
                                    u"Palvelutarpeen arviointi kotona",
                                    u"Terveyskioski",
                                    u"Virtuaalinen perhevalmennus",
                                    u"Mielenterveyden ensiapu"};

constexpr std::array kPracticePlaces{u"alueella",        u"kunnissa",           u"kylillä",
                                     u"terveysasemilla", u"kouluissa",          u"perhekeskuksissa",
                                     u"kotihoidossa",    u"sosiaalipalveluissa"};

constexpr std::array kFunders{u"Sosiaali- ja terveysministeriö (STM)",
                              u"Sosiaali- ja terveysministeriö (STM)",
                              u"Sosiaali- ja terveysministeriö (STM)",
                              u"Euroopan sosiaalirahasto (ESR)",
                              u"Sosiaali- ja terveysministeriö (STM), Euroopan unionin elpymisväline",
                              u"Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)"};

constexpr std::array kTopics{u"Sosiaali- ja terveyskeskukset",
                             u"Digitaaliset palvelut",
                             u"Tiedolla johtaminen",
                             u"Mielenterveys",
                             u"Ikääntyneet",
                             u"Lapset, nuoret ja perheet",
                             u"Työllisyys",
                             u"Osallisuus",
                             u"Hyvinvoinnin ja terveyden edistäminen",
                             u"Kotona asumisen tuki",
                             u"Päihdetyö",
                             u"Kuntoutus"};

constexpr std::array kPhenomena{u"Väestörakenne muutoksessa",
                                u"Digitalisaatio",
                                u"Eriarvoistuminen",
                                u"Kestävyysvaje",
                                u"Henkilöstöpula",
                                u"Syrjäytyminen",
                                u"Yksinäisyys",
                                u"Kaupungistuminen"};

constexpr std::array kSubAreaTitles{u"Kotihoidon kehittäminen",
                                    u"Palveluohjaus ja neuvonta",
                                    u"Mielenterveys- ja päihdepalvelut",
                                    u"Omaishoidon tuki",
                                    u"Perhekeskustoiminta",
                                    u"Osallisuus ja yhteistyö",
                                    u"Digitaaliset palvelut",
                                    u"Kuntoutus",
                                    u"Ennaltaehkäisevät palvelut",
                                    u"Työllisyyden tuki",
                                    u"Sosiaalityön käytännöt",
                                    u"Järjestöyhteistyö"};

// Word swaps: surface forms that can replace each other in the samples' prose. A page uses some of them.
struct Swap
{
    const char16_t *a;
    const char16_t *b;
};

constexpr std::array kSwaps{Swap{u"erityisesti", u"etenkin"},
                            Swap{u"yhteinen", u"yhtenäinen"},
                            Swap{u"kehitetään", u"uudistetaan"},
                            Swap{u"tukee", u"vahvistaa"},
                            Swap{u"avulla", u"tuella"},
                            Swap{u"asukkaiden", u"kuntalaisten"},
                            Swap{u"asukkaat", u"kuntalaiset"},
                            Swap{u"palveluja", u"palveluita"},
                            Swap{u"palvelujen", u"palveluiden"},
                            Swap{u"pääosin", u"suurelta osin"},
                            Swap{u"huomattavasti", u"merkittävästi"},
                            Swap{u"nopeasti", u"ripeästi"},
                            Swap{u"keskeinen", u"tärkeä"},
                            Swap{u"toimintamalli", u"työskentelymalli"},
                            Swap{u"tietopohja", u"tietoperusta"},
                            Swap{u"ammattilaisten", u"työntekijöiden"},
                            Swap{u"vähensi", u"pienensi"},
                            Swap{u"lisäsi", u"kasvatti"},
                            Swap{u"ikääntyneiden", u"ikäihmisten"},
                            Swap{u"käytännöt", u"toimintatavat"},
                            Swap{u"hyödyntää", u"käyttää"},
                            Swap{u"selkeät", u"yksiselitteiset"}};

template <typename Array>
QStringList toList(const Array &array)
{
    QStringList list;
    for (const char16_t *text : array)
        list.append(QString::fromUtf16(text));
    return list;
}

// std::mt19937 with its own small helpers: the standard distributions are not the same on every standard
// library, and the pages must be.
class Random
{
public:
    explicit Random(std::uint32_t seed) : m_engine(seed) {}

    std::uint32_t raw() { return static_cast<std::uint32_t>(m_engine()); }
    // 0 … n-1 (0 when n < 2).
    int below(qsizetype n)
    {
        return n < 2
                   ? 0
                   : static_cast<int>(static_cast<std::uint64_t>(m_engine()) % static_cast<std::uint64_t>(n));
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list[below(list.size())];
    }
    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(i + 1));
    }

private:
    std::mt19937 m_engine;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

// Replaces whole-word occurrences (a hyphen is part of a word: "Keski-Satakunnan" holds no "Satakunnan").
void replaceWord(QString &text, const QString &from, const QString &to)
{
    qsizetype pos = 0;
    while ((pos = text.indexOf(from, pos)) >= 0) {
        const qsizetype end = pos + from.size();
        if ((pos == 0 || !isWordChar(text[pos - 1])) && (end >= text.size() || !isWordChar(text[end]))) {
            text.replace(pos, from.size(), to);
            pos += to.size();
        } else {
            ++pos;
        }
    }
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.front().toLower() + text.mid(1);
}

// "Marja-Leena Käyhkö" → "marja-leena.kayhko"; "Pirkanmaan kotihoito" → "pirkanmaan-kotihoito".
QString ascii(const QString &text, QChar space)
{
    QString out;
    for (QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
        case u'å':
            out += u'a';
            break;
        case u'ö':
            out += u'o';
            break;
        case u'é':
            out += u'e';
            break;
        default:
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
                out += c;
            else
                out += space;
        }
    }
    // No runs of separators, none at the ends.
    out.replace(QRegularExpression(QStringLiteral("[-.]{2,}")), QString(space));
    while (!out.isEmpty() && (out.front() == space || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == space || out.back() == u'-'))
        out.chop(1);
    return out;
}

QString flattened(const QString &text)
{
    return text.simplified();
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

using Paragraph = QStringList; // consecutive non-blank lines

QList<Paragraph> paragraphsOf(const QStringList &lines)
{
    QList<Paragraph> paragraphs;
    Paragraph current;
    for (const QString &line : lines) {
        if (isBlank(line)) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

// The value lines of a block rebuilt from paragraphs, keeping the block's blank lines before the first and
// after the last paragraph (a label is followed by a blank line on some blocks and not on others).
QStringList fromParagraphs(const QStringList &templateLines, const QList<Paragraph> &paragraphs)
{
    qsizetype leading = 0;
    while (leading < templateLines.size() && isBlank(templateLines[leading]))
        ++leading;
    qsizetype trailing = 0;
    if (leading == templateLines.size()) { // no text in the template: one blank line on either side
        leading = std::min<qsizetype>(1, templateLines.size());
        trailing = leading;
    } else {
        while (trailing < templateLines.size() && isBlank(templateLines[templateLines.size() - 1 - trailing]))
            ++trailing;
    }
    QStringList lines;
    for (qsizetype i = 0; i < leading; ++i)
        lines.append(QString());
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            lines.append(QString());
        lines.append(paragraphs[i]);
    }
    for (qsizetype i = 0; i < trailing; ++i)
        lines.append(QString());
    return lines;
}

// A scalar value replaced, the blank lines around it kept.
QStringList withValue(const QStringList &templateLines, const QStringList &value)
{
    QList<Paragraph> paragraphs;
    paragraphs.append(value);
    return fromParagraphs(templateLines, paragraphs);
}

struct RegionForms
{
    static constexpr int kSlots = 5;
    QString id;
    // nominative, genitive, inessive ("in"), illative ("to"), elative ("from"); a form may be missing.
    std::array<QString, kSlots> forms;
    const QString &nominative() const { return forms[0]; }
    const QString &genitive() const { return forms[1]; }
};

QList<RegionForms> readRegions()
{
    QList<RegionForms> regions;
    QFile file(QStringLiteral(":/salkku/regions.tsv")); // data/regions.tsv, compiled into the importer
    if (!file.open(QIODevice::ReadOnly))
        return regions;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList columns = lines[i].trimmed().split(u'\t');
        if (columns.size() < 4)
            continue;
        RegionForms region;
        region.id = columns[0];
        region.forms[0] = columns[2];
        region.forms[1] = columns[3];
        const QStringList others = columns.size() > 6 ? columns[6].split(u',') : QStringList();
        for (const QString &form : others) {
            if (form.contains(u' '))
                continue;
            const QString end = form.right(3);
            int slot = -1;
            if (end == u"ssa" || end == u"ssä" || end == u"lla" || end == u"llä")
                slot = 2;
            else if (end == u"lle" || end == u"iin" || end == u"aan" || end == u"ään" || end == u"een" ||
                     end == u"oon" || end == u"uun")
                slot = 3;
            else if (end == u"sta" || end == u"stä" || end == u"lta" || end == u"ltä")
                slot = 4;
            if (slot > 0 && region.forms[static_cast<size_t>(slot)].isEmpty())
                region.forms[static_cast<size_t>(slot)] = form;
        }
        regions.append(region);
    }
    return regions;
}

struct Block
{
    QString label;
    FieldRole role = FieldRole::Section;
    SubAreaAspect aspect = SubAreaAspect::None;
    QStringList lines; // the value: every line up to the next label
};

struct Template
{
    QString fileName;
    core::PageRecord record;
    int region = -1;    // into the regions; -1 when the sample's region is not in the gazetteer
    QStringList header; // lines above the tab line (a copy of the summary, on some pages the Verkkosivut)
    QString tabLine;
    QStringList preamble; // lines between the tab line and the first label
    QList<Block> blocks;
};

// Text of a sample, with the region of the sample it came from (so that it can be moved to another region).
struct Sourced
{
    QString text;
    int region = -1;
    int sample = -1; // the template it came from
};

struct SubAreaSource
{
    core::SubArea subArea;
    int region = -1;
};

struct Person
{
    QString name;
    QString role;
};

// One sub-area of a generated page, its texts already moved to the page's region.
struct NewSubArea
{
    QString title;
    QString goal;
    QStringList outputs;
    QString results;
    QString benefits;
    QString impacts;
};

// The choices for one page that do not depend on its size.
struct PageChoice
{
    int templateIndex = 0;
    int region = 0;
    QString name;
    QString slug;
    std::uint32_t seed = 0; // for everything else
};

// What composing needs while it runs.
struct PageState
{
    const Template *source = nullptr;
    int region = 0;
    QList<std::pair<QString, QString>> swaps;
    QString slug;
};

bool startsSubArea(const QString &line, SubAreaAspect aspect)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s*(?:[•*–-]\s+)?Osa-alue\s+\d)"));
    static const QRegularExpression evaluation(
        QStringLiteral(R"(^\s*(?:Yleinen arviointi osa-alue|Keskeiset tuotokset ja saavutetut tulokset))"),
        QRegularExpression::CaseInsensitiveOption);
    if (aspect == SubAreaAspect::None)
        return false;
    return heading.match(line).hasMatch() ||
           (aspect == SubAreaAspect::Outputs && evaluation.match(line).hasMatch());
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString finnishDate(int day, int month, int year)
{
    return twoDigits(day) + u'.' + twoDigits(month) + u'.' + QString::number(year);
}

} // namespace

class PortfolioGenerator::Impl
{
public:
    Impl(QList<Template> templates, QList<RegionForms> regions, std::uint32_t seed);
    GeneratedPage next();

private:
    QString transform(const QString &text, int sourceRegion, const PageState &state) const;
    QStringList transformLines(const QStringList &lines, int sourceRegion, const PageState &state) const;
    QString uniqueName(const Template &source, int region);
    QString projectName(int region);
    QString practiceName(int region);
    GeneratedPage compose(const PageChoice &choice, int subAreaCap, int padding) const;

    QList<Template> m_templates;
    QList<RegionForms> m_regions;
    QList<Sourced> m_prose; // paragraphs of prose sections of every sample
    QList<SubAreaSource> m_subAreas;
    QList<Sourced> m_outputs;
    QList<Sourced> m_benefits;
    QList<Sourced> m_impacts;
    QStringList m_roles;
    QStringList m_firstNames = toList(kFirstNames);
    QStringList m_lastNames = toList(kLastNames);
    QStringList m_topicModifiers = toList(kTopicModifiers);
    QStringList m_topicHeads = toList(kTopicHeads);
    QStringList m_taglines = toList(kTaglines);
    QStringList m_practiceNouns = toList(kPracticeNouns);
    QStringList m_practicePlaces = toList(kPracticePlaces);
    QStringList m_funders = toList(kFunders);
    QStringList m_topics = toList(kTopics);
    QStringList m_phenomena = toList(kPhenomena);
    QStringList m_subAreaTitles = toList(kSubAreaTitles);
    Random m_random;
    QSet<QString> m_names; // kind and match key of every name so far
    int m_count = 0;
};

PortfolioGenerator::Impl::Impl(QList<Template> templates, QList<RegionForms> regions, std::uint32_t seed)
    : m_templates(std::move(templates)), m_regions(std::move(regions)), m_random(seed)
{
    m_roles = toList(kRoles);
    QSet<QString> roles(m_roles.cbegin(), m_roles.cend());
    QSet<QString> topics(m_topics.cbegin(), m_topics.cend());
    QSet<QString> phenomena(m_phenomena.cbegin(), m_phenomena.cend());
    for (qsizetype sample = 0; sample < m_templates.size(); ++sample) {
        const Template &t = m_templates[sample];
        for (const core::Person &person : t.record.actors)
            if (!person.role.isEmpty() && !roles.contains(person.role)) {
                roles.insert(person.role);
                m_roles.append(person.role);
            }
        for (const QString &topic : t.record.topics)
            if (!topics.contains(topic)) {
                topics.insert(topic);
                m_topics.append(topic);
            }
        for (const QString &phenomenon : t.record.phenomena)
            if (!phenomena.contains(phenomenon)) {
                phenomena.insert(phenomenon);
                m_phenomena.append(phenomenon);
            }
        for (const core::SubArea &subArea : t.record.subAreas) {
            m_subAreas.append(SubAreaSource{subArea, t.region});
            for (const QString &output : subArea.outputs)
                m_outputs.append(Sourced{flattened(output), t.region});
            if (!subArea.benefits.isEmpty())
                m_benefits.append(Sourced{flattened(subArea.benefits), t.region});
            if (!subArea.impacts.isEmpty())
                m_impacts.append(Sourced{flattened(subArea.impacts), t.region});
        }
        for (const Block &block : t.blocks) {
            const bool prose = (block.role == FieldRole::Section && block.aspect == SubAreaAspect::None) ||
                               block.role == FieldRole::Purpose;
            if (!prose)
                continue;
            for (const Paragraph &paragraph : paragraphsOf(block.lines))
                if (paragraph.join(u' ').size() > 80) // sentences, not a place name or a heading
                    m_prose.append(Sourced{paragraph.join(u'\n'), t.region, static_cast<int>(sample)});
        }
    }
}

QString PortfolioGenerator::Impl::transform(const QString &text, int sourceRegion,
                                            const PageState &state) const
{
    QString result = text;
    if (sourceRegion >= 0 && sourceRegion != state.region) {
        const RegionForms &from = m_regions[sourceRegion];
        const RegionForms &to = m_regions[state.region];
        for (size_t slot = 0; slot < RegionForms::kSlots; ++slot)
            if (!from.forms[slot].isEmpty() && !to.forms[slot].isEmpty())
                replaceWord(result, from.forms[slot], to.forms[slot]);
    }
    for (const auto &[from, to] : state.swaps)
        replaceWord(result, from, to);
    if (result.contains(QStringLiteral("example.fi/"))) {
        static const QRegularExpression address(QStringLiteral(R"((example\.fi/)[A-Za-z0-9_-]+)"));
        result.replace(address, QStringLiteral("\\1") + state.slug);
    }
    return result;
}

QStringList PortfolioGenerator::Impl::transformLines(const QStringList &lines, int sourceRegion,
                                                     const PageState &state) const
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result.append(transform(line, sourceRegion, state));
    return result;
}

QString PortfolioGenerator::Impl::projectName(int region)
{
    const QString genitive = m_regions[region].genitive();
    QString topic = m_random.pick(m_topicModifiers);
    if (m_random.chance(30)) {
        const QString other = m_random.pick(m_topicModifiers);
        if (other != topic)
            topic +=
                (topic.contains(QStringLiteral(" ja ")) ? QStringLiteral(" sekä ") : QStringLiteral(" ja ")) +
                other;
    }
    const QString head = m_random.pick(m_topicHeads);
    QString name = m_random.chance(20)
                       ? capitalized(topic) + u' ' + head + u' ' + genitive + QStringLiteral(" alueella")
                       : genitive + u' ' + topic + u' ' + head;
    if (m_random.chance(20))
        name += QStringLiteral(" – ") + m_random.pick(m_taglines);
    return name;
}

QString PortfolioGenerator::Impl::practiceName(int region)
{
    return m_random.pick(m_practiceNouns) + u' ' + m_regions[region].genitive() + u' ' +
           m_random.pick(m_practicePlaces);
}

QString PortfolioGenerator::Impl::uniqueName(const Template &source, int region)
{
    const QString kind = core::pageKindKey(source.record.kind) + u'\n';
    QString name;
    for (int attempt = 0; attempt < 30; ++attempt) {
        name = source.record.kind == core::PageKind::Practice ? practiceName(region) : projectName(region);
        if (!m_names.contains(kind + core::FinnishText::matchKey(name))) {
            m_names.insert(kind + core::FinnishText::matchKey(name));
            return name;
        }
    }
    // Rare: a numbered phase of a name already used.
    for (int phase = 2;; ++phase) {
        const QString numbered = name + QStringLiteral(", vaihe %1").arg(phase);
        if (!m_names.contains(kind + core::FinnishText::matchKey(numbered))) {
            m_names.insert(kind + core::FinnishText::matchKey(numbered));
            return numbered;
        }
    }
}

GeneratedPage PortfolioGenerator::Impl::next()
{
    PageChoice choice;
    choice.templateIndex = m_random.below(m_templates.size());
    choice.region = m_random.below(m_regions.size());
    choice.name = uniqueName(m_templates[choice.templateIndex], choice.region);
    choice.slug = ascii(choice.name, u'-').left(60);
    while (choice.slug.endsWith(u'-'))
        choice.slug.chop(1);
    choice.seed = m_random.raw();
    const int index = m_count++;

    // Fit the page in 5–15 kB: fewer sub-areas when too big, more prose when too small.
    Random sizes(choice.seed ^ 0x9e3779b9u);
    const qsizetype target = PortfolioGenerator::kMinPageBytes + 200 + sizes.below(2500);
    int cap = 5;
    int padding = 0;
    GeneratedPage page = compose(choice, cap, padding);
    while (page.bytes.size() > PortfolioGenerator::kMaxPageBytes - 200 && cap > 1)
        page = compose(choice, --cap, padding);
    while (page.bytes.size() < target && padding < 12)
        page = compose(choice, cap, ++padding);
    page.fileName = QStringLiteral("%1-%2.txt").arg(index, 5, 10, QLatin1Char('0')).arg(choice.slug);
    return page;
}

GeneratedPage PortfolioGenerator::Impl::compose(const PageChoice &choice, int subAreaCap, int padding) const
{
    Random random(choice.seed);
    const Template &t = m_templates[choice.templateIndex];
    const bool practice = t.record.kind == core::PageKind::Practice;
    PageState state;
    state.source = &t;
    state.region = choice.region;
    state.slug = choice.slug;
    for (const Swap &swap : kSwaps) {
        if (!random.chance(50))
            continue;
        QString from = QString::fromUtf16(swap.a);
        QString to = QString::fromUtf16(swap.b);
        if (random.chance(50))
            std::swap(from, to);
        state.swaps.append({from, to});
        state.swaps.append({capitalized(from), capitalized(to)});
    }

    // Years and dates.
    const int startYear = random.between(2015, 2023);
    const int endYear = startYear + random.between(1, 3);
    const int createdYear = random.chance(40) ? startYear - 1 : startYear;
    const int createdMonth = createdYear < startYear ? random.between(8, 12) : random.between(1, 12);
    const QString created = finnishDate(random.between(1, 28), createdMonth, createdYear);
    const int modifiedYear = random.chance(50) ? endYear : endYear + 1;
    const QString modified = finnishDate(random.between(1, 28), random.between(1, 12), modifiedYear);
    QString timeline;
    switch (random.below(4)) {
    case 0:
        timeline = QStringLiteral("Hanke toteutetaan vuosina %1-%2").arg(startYear).arg(endYear);
        break;
    case 1:
        timeline = QStringLiteral("Hanke toteutettiin vuosina %1–%2").arg(startYear).arg(endYear);
        break;
    case 2:
        timeline = QStringLiteral("%1.%2.%3 – %4.%5.%6")
                       .arg(random.between(1, 28))
                       .arg(random.between(1, 12))
                       .arg(startYear)
                       .arg(random.between(1, 28))
                       .arg(random.between(1, 12))
                       .arg(endYear);
        break;
    default:
        timeline = QStringLiteral("Kokonaisuus toteutetaan vuosina %1–%2").arg(startYear).arg(endYear);
        break;
    }

    // People: distinct names on a page; the same person turns up on other pages too, as in a real portfolio.
    QList<Person> people;
    const int peopleWanted = practice ? random.between(1, 3) : random.between(2, 6);
    QSet<QString> taken;
    while (people.size() < peopleWanted) {
        const QString name = random.pick(m_firstNames) + u' ' + random.pick(m_lastNames);
        if (taken.contains(name))
            continue;
        taken.insert(name);
        people.append(Person{name, random.pick(m_roles)});
    }
    if (!practice) {
        // One project manager, most of the time the contact person.
        people[std::min<qsizetype>(1, people.size() - 1)].role = QStringLiteral("Projektipäällikkö");
    }
    const Person &contact = people[std::min<qsizetype>(1, people.size() - 1)];
    const QString email = ascii(contact.name, u'.') + QStringLiteral("@example.fi");
    const QString funder = random.pick(m_funders);
    QStringList topics;
    for (int i = random.between(1, 3); i > 0; --i) {
        const QString topic = random.pick(m_topics);
        if (!topics.contains(topic))
            topics.append(topic);
    }
    QStringList phenomena;
    for (int i = random.between(1, 2); i > 0; --i) {
        const QString phenomenon = random.pick(m_phenomena);
        if (!phenomena.contains(phenomenon))
            phenomena.append(phenomenon);
    }

    // Sub-areas, when the sample has them: 1–5, each from a sample's sub-area, with outputs from anywhere.
    QList<NewSubArea> subAreas;
    if (!t.record.subAreas.isEmpty() && !m_subAreas.isEmpty()) {
        const int count = std::min(random.between(1, 5), subAreaCap);
        QList<int> order;
        for (int i = 0; i < m_subAreas.size(); ++i)
            order.append(i);
        random.shuffle(order);
        for (int n = 0; n < count; ++n) {
            const SubAreaSource &from = m_subAreas[order[n % order.size()]];
            const core::SubArea &s = from.subArea;
            NewSubArea subArea;
            const int titleKind = random.below(100);
            if (titleKind < 60 || s.title.isEmpty())
                subArea.title = s.title.isEmpty() ? random.pick(m_subAreaTitles) : s.title;
            else if (titleKind < 85)
                subArea.title = random.pick(m_subAreaTitles);
            else
                subArea.title = s.title +
                                (s.title.contains(QStringLiteral(" ja ")) ? QStringLiteral(" sekä ")
                                                                          : QStringLiteral(" ja ")) +
                                lowerFirst(random.pick(m_subAreaTitles));
            subArea.title = transform(subArea.title, from.region, state);
            subArea.goal =
                s.goal.isEmpty()
                    ? QStringLiteral(
                          "Tavoitteena on kehittää osa-alueen %1 palveluja yhdessä kuntien kanssa.")
                          .arg(lowerFirst(subArea.title))
                    : transform(flattened(s.goal), from.region, state);
            subArea.results = s.results.isEmpty() ? QStringLiteral("Tavoitteet saavutettiin pääosin.")
                                                  : transform(flattened(s.results), from.region, state);
            // Outputs: about half the sub-area's own, the rest from any sample.
            QStringList outputs;
            QStringList own = s.outputs;
            random.shuffle(own);
            const int wanted = random.between(3, 10);
            for (const QString &output : std::as_const(own)) {
                if (outputs.size() >= (wanted + 1) / 2)
                    break;
                outputs.append(transform(flattened(output), from.region, state));
            }
            for (int guard = 0; outputs.size() < wanted && guard < 50; ++guard) {
                const Sourced &output = random.pick(m_outputs);
                const QString text = transform(output.text, output.region, state);
                if (!outputs.contains(text))
                    outputs.append(text);
            }
            subArea.outputs = outputs;
            const Sourced benefits = s.benefits.isEmpty() && !m_benefits.isEmpty()
                                         ? random.pick(m_benefits)
                                         : Sourced{flattened(s.benefits), from.region};
            subArea.benefits = transform(benefits.text, benefits.region, state);
            const Sourced impacts = s.impacts.isEmpty() && !m_impacts.isEmpty()
                                        ? random.pick(m_impacts)
                                        : Sourced{flattened(s.impacts), from.region};
            subArea.impacts = transform(impacts.text, impacts.region, state);
            subAreas.append(subArea);
        }
    }
    const bool evaluationLayout = random.chance(50); // "Yleinen arviointi osa-alue N:" instead of bullets
    const bool impactsOnOwnLine = random.chance(30);

    GeneratedPage page;
    page.kind = t.record.kind;
    page.name = choice.name;
    page.region = m_regions[choice.region].nominative();
    page.subAreaCount = static_cast<int>(subAreas.size());

    // A part (a list of practices, a development path) has no name field: it names its page in a line of its
    // own above the first label. Each generated page has its own name there too.
    const auto renamed = [&](const QStringList &original, QStringList transformed) {
        for (qsizetype i = 0; i < original.size() && i < transformed.size(); ++i)
            if (original[i].trimmed() == t.record.name)
                transformed[i] = choice.name;
        return transformed;
    };
    QStringList lines = renamed(t.header, transformLines(t.header, t.region, state));
    lines.append(t.tabLine);
    lines.append(renamed(t.preamble, t.preamble));
    bool padded = false;
    for (const Block &block : t.blocks) {
        QString label = block.label;
        QStringList value;
        switch (block.role) {
        case FieldRole::Name:
            value = withValue(block.lines, {choice.name});
            break;
        case FieldRole::Timeline:
            value = withValue(block.lines, {timeline});
            break;
        case FieldRole::Funder:
            value = withValue(block.lines, {funder});
            break;
        case FieldRole::ContactName:
            value = withValue(block.lines, {contact.name});
            break;
        case FieldRole::ContactEmail:
            value = withValue(block.lines, {email});
            break;
        case FieldRole::Created:
            value = withValue(block.lines, {created});
            break;
        case FieldRole::Modified:
            value = withValue(block.lines, {modified});
            break;
        case FieldRole::Locality:
            value = withValue(block.lines, {page.region});
            break;
        case FieldRole::Topics:
        case FieldRole::Phenomena: {
            QList<Paragraph> paragraphs;
            for (const QString &entry : block.role == FieldRole::Topics ? topics : phenomena)
                paragraphs.append({entry});
            value = fromParagraphs(block.lines, paragraphs);
            break;
        }
        case FieldRole::Authors: {
            QList<Paragraph> paragraphs;
            for (const Person &person : std::as_const(people))
                paragraphs.append({person.name});
            page.peopleCount = static_cast<int>(people.size());
            if (people.size() > 1 && label.trimmed() == u"Tekijä")
                label = QStringLiteral("Tekijät");
            value = fromParagraphs(block.lines, paragraphs);
            break;
        }
        case FieldRole::Actors: {
            // Organisations and prose stay (moved to the region); the people are new; the co-implementers are
            // a shuffled subset.
            QSet<QString> names;
            for (const core::Person &person : t.record.actors)
                names.insert(person.name);
            QList<Paragraph> paragraphs;
            bool peopleWritten = false;
            bool coImplementers = false;
            for (const Paragraph &paragraph : paragraphsOf(block.lines)) {
                const QString first = paragraph.front().trimmed();
                const bool isPerson = std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                    return first.startsWith(name + u' ') || first.startsWith(name + u',');
                });
                if (isPerson) {
                    if (!peopleWritten) {
                        for (const Person &person : std::as_const(people))
                            paragraphs.append({person.name + u' ' + person.role});
                        page.peopleCount = static_cast<int>(people.size());
                        peopleWritten = true;
                    }
                    continue;
                }
                if (coImplementers && paragraph.size() == 1) {
                    QStringList members = transform(first, t.region, state).split(QStringLiteral(", "));
                    random.shuffle(members);
                    const int keep = random.between(std::min<int>(2, static_cast<int>(members.size())),
                                                    static_cast<int>(members.size()));
                    paragraphs.append({members.mid(0, keep).join(QStringLiteral(", "))});
                    coImplementers = false;
                    continue;
                }
                coImplementers = first.endsWith(QStringLiteral("Osatoteuttajat:"));
                paragraphs.append(transformLines(paragraph, t.region, state));
            }
            value = fromParagraphs(block.lines, paragraphs);
            break;
        }
        case FieldRole::Purpose:
        case FieldRole::Section: {
            if (block.role == FieldRole::Purpose || block.aspect == SubAreaAspect::None) {
                // Prose: paragraphs in another order; the first such section takes the padding.
                QList<Paragraph> paragraphs;
                for (const Paragraph &paragraph : paragraphsOf(block.lines))
                    paragraphs.append(transformLines(paragraph, t.region, state));
                if (paragraphs.size() > 1)
                    random.shuffle(paragraphs);
                const bool prose = std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                                               [](const Paragraph &p) { return p.join(u' ').size() > 80; });
                if (!padded && block.role == FieldRole::Section && prose) {
                    // Prose of other samples (its own random numbers, so that padding changes nothing else).
                    padded = true;
                    Random extras(choice.seed ^ 0x5bd1e995u);
                    for (int i = 0, guard = 0; i < padding && !m_prose.isEmpty() && guard < 100; ++guard) {
                        const Sourced &extra = extras.pick(m_prose);
                        if (extra.sample == choice.templateIndex)
                            continue;
                        const Paragraph paragraph = transform(extra.text, extra.region, state).split(u'\n');
                        if (paragraphs.contains(paragraph))
                            continue;
                        paragraphs.insert(extras.between(1, static_cast<int>(paragraphs.size())), paragraph);
                        ++i;
                    }
                }
                value = fromParagraphs(block.lines, paragraphs);
                break;
            }
            // Päämäärä, Tuotokset, Vaikutukset: the text before the first sub-area stays, the sub-areas are
            // new.
            QStringList intro;
            bool hasSubAreas = false;
            for (const QString &line : block.lines) {
                if (startsSubArea(line, block.aspect)) {
                    hasSubAreas = true;
                    break;
                }
                intro.append(line);
            }
            if (!hasSubAreas || subAreas.isEmpty()) {
                value = transformLines(block.lines, t.region, state);
                break;
            }
            QList<Paragraph> paragraphs;
            for (const Paragraph &paragraph : paragraphsOf(intro))
                paragraphs.append(transformLines(paragraph, t.region, state));
            for (qsizetype i = 0; i < subAreas.size(); ++i) {
                const NewSubArea &s = subAreas[i];
                const QString number = QString::number(i + 1);
                if (block.aspect == SubAreaAspect::Goal) {
                    paragraphs.append({QStringLiteral("Osa-alue %1: %2").arg(number, s.title)});
                    paragraphs.append({QStringLiteral("  • ") + s.goal});
                } else if (block.aspect == SubAreaAspect::Impacts) {
                    if (impactsOnOwnLine) {
                        paragraphs.append({QStringLiteral("Osa-alue %1: ").arg(number)});
                        paragraphs.append({s.impacts});
                    } else {
                        paragraphs.append({QStringLiteral("Osa-alue %1: %2").arg(number, s.impacts)});
                    }
                } else if (evaluationLayout) {
                    paragraphs.append({QStringLiteral("Yleinen arviointi osa-alue %1:").arg(number)});
                    paragraphs.append({s.results});
                    paragraphs.append(
                        {QStringLiteral("Keskeiset tuotokset ja saavutetut tulokset, osa-alue %1: ")
                             .arg(number)});
                    for (const QString &output : s.outputs)
                        paragraphs.append({QStringLiteral(" • ") + output + u' '});
                    if (random.chance(50))
                        paragraphs.append({QStringLiteral("Saavutetut hyödyt: ") + s.benefits});
                } else {
                    paragraphs.append(
                        {QStringLiteral("  • Osa-alue %1 keskeiset tulokset: %2").arg(number, s.results)});
                    Paragraph list;
                    for (const QString &output : s.outputs)
                        list.append(QStringLiteral("    • ") + output);
                    list.append(QStringLiteral("  • Saavutetut hyödyt: ") + s.benefits);
                    paragraphs.append(list);
                    if (i + 1 < subAreas.size())
                        paragraphs.append({QStringLiteral("\u00a0")});
                }
            }
            value = fromParagraphs(block.lines, paragraphs);
            break;
        }
        default: // the summary, websites, attachments, the contact's organisation, chrome
            value = transformLines(block.lines, t.region, state);
            break;
        }
        lines.append(label);
        lines.append(value);
    }
    page.bytes = lines.join(u'\n').toUtf8();
    return page;
}

PortfolioGenerator::PortfolioGenerator(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

PortfolioGenerator::~PortfolioGenerator() = default;

core::Result<std::unique_ptr<PortfolioGenerator>> PortfolioGenerator::fromSamples(const QString &samplesDir,
                                                                                  std::uint32_t seed)
{
    const QList<RegionForms> regions = readRegions();
    if (regions.isEmpty())
        return core::Error{QStringLiteral(":/salkku/regions.tsv"), 0,
                           QStringLiteral("the gazetteer is not compiled in")};
    const QDir dir(samplesDir);
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QList<Template> templates;
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return core::Error{file.fileName(), 0, QStringLiteral("cannot read the sample")};
        const QByteArray bytes = file.readAll();
        auto record = importer::InnokylaParser::parse(bytes, fileName);
        if (!record)
            return record.error();
        if (record.value().kind == core::PageKind::Article)
            continue;
        Template t;
        t.fileName = fileName;
        t.record = record.value();
        for (qsizetype i = 0; i < regions.size(); ++i)
            if (regions[i].nominative() == t.record.region)
                t.region = static_cast<int>(i);
        QStringList lines = QString::fromUtf8(bytes).split(u'\n');
        for (QString &line : lines)
            if (line.endsWith(u'\r'))
                line.chop(1);
        qsizetype i = 0;
        const auto tab = std::find_if(lines.cbegin(), lines.cend(),
                                      [](const QString &line) { return LabelTable::isTabLine(line); });
        if (tab != lines.cend()) {
            const qsizetype tabIndex = tab - lines.cbegin();
            t.header = lines.mid(0, tabIndex);
            t.tabLine = lines[tabIndex];
            i = tabIndex + 1;
        }
        for (; i < lines.size(); ++i) {
            const importer::LabelSpec *spec = LabelTable::find(lines[i], t.record.kind);
            if (spec) {
                t.blocks.append(Block{lines[i], spec->role, spec->aspect, {}});
            } else if (t.blocks.isEmpty()) {
                t.preamble.append(lines[i]);
            } else {
                t.blocks.last().lines.append(lines[i]);
            }
        }
        templates.append(t);
    }
    if (templates.isEmpty())
        return core::Error{samplesDir, 0, QStringLiteral("no project or practice sample pages (*.txt) here")};
    return std::unique_ptr<PortfolioGenerator>(
        new PortfolioGenerator(std::make_unique<Impl>(std::move(templates), regions, seed)));
}

GeneratedPage PortfolioGenerator::next()
{
    return m_impl->next();
}

QList<GeneratedPage> PortfolioGenerator::generate(int count)
{
    QList<GeneratedPage> pages;
    pages.reserve(count);
    for (int i = 0; i < count; ++i)
        pages.append(next());
    return pages;
}

core::Result<QList<GeneratedPage>> PortfolioGenerator::generatePages(int count, const QString &samplesDir,
                                                                     std::uint32_t seed)
{
    auto generator = fromSamples(samplesDir, seed);
    if (!generator)
        return generator.error();
    return generator.value()->generate(count);
}

namespace {

core::Result<void> writePage(const QDir &dir, const GeneratedPage &page)
{
    QFile file(dir.filePath(page.fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(page.bytes) != page.bytes.size())
        return core::Error{file.fileName(), 0,
                           QStringLiteral("cannot write the page: %1").arg(file.errorString())};
    return {};
}

} // namespace

core::Result<void> PortfolioGenerator::writePages(const QList<GeneratedPage> &pages, const QString &outDir)
{
    if (!QDir().mkpath(outDir))
        return core::Error{outDir, 0, QStringLiteral("cannot create the folder")};
    const QDir dir(outDir);
    for (const GeneratedPage &page : pages)
        SALKKU_TRY(writePage(dir, page));
    return {};
}

core::Result<void> PortfolioGenerator::writePortfolio(int count, const QString &outDir,
                                                      const QString &samplesDir, std::uint32_t seed)
{
    auto generator = fromSamples(samplesDir, seed);
    if (!generator)
        return generator.error();
    if (!QDir().mkpath(outDir))
        return core::Error{outDir, 0, QStringLiteral("cannot create the folder")};
    const QDir dir(outDir);
    for (int i = 0; i < count; ++i) // one page at a time: any count fits in memory
        SALKKU_TRY(writePage(dir, generator.value()->next()));
    return {};
}

} // namespace salkku::bench
