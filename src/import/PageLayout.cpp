#include "PageLayout.h"

#include "Gazetteer.h"
#include "LabelTable.h"
#include "core/FinnishText.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace salkku::importer {

namespace {

using core::PageKind;
using core::PagePart;

constexpr qsizetype kLongestTitle = 250;
constexpr int kTopLines = 12;         // an article's "Aihe:" line is near the top
constexpr int kImageWithin = 40;      // an article's first image is near the top
constexpr int kArticleSigns = 3;      // vocabulary an article with neither "Aihe:" nor an image must show
constexpr int kImageArticleSigns = 1; // … and one with an image caption
constexpr int kFragmentSigns = 4;     // vocabulary a fragment without any heading must show
constexpr int kFragmentLines = 3;
constexpr qsizetype kScannedText = 200000; // enough text to judge a page by

// Word beginnings (case-folded) of Finnish social- and health-care development work. A text about the weather
// and coffee uses none of them; an Innokylä page uses many.
constexpr std::array kVocabulary{
    u"toimintamalli", u"kehittä",    u"innovaat",    u"hyvinvointialue", u"sote",       u"sosiaali",
    u"terveys",       u"terveyden",  u"palvelu",     u"asiakas",         u"asiakkai",   u"ammattila",
    u"hanke",         u"hankkee",    u"innokylä",    u"kokeilu",         u"pilot",      u"käyttöön",
    u"juurru",        u"arvioin",    u"perhekesk",   u"kotihoi",         u"vastaanot",  u"mielenterv",
    u"päihde",        u"lastensuoj", u"hoitaja",     u"hoitoon",         u"potila",     u"järjestö",
    u"yhteiskehit",   u"rahoit",     u"ikääntyn",    u"ikäihmi",         u"omais",      u"kuntoutu",
    u"työky",         u"hyvinvoin",  u"palveluohja", u"tiedolla johta",  u"digitaalis", u"etäpalvel",
};

const QRegularExpression &topicLine()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:aihe|aiheet|avainsanat|tagit)\\s*:\\s*(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool hasNameLabel(const QList<Line> &lines, PageKind kind)
{
    return std::any_of(lines.cbegin(), lines.cend(), [kind](const Line &line) {
        return line.text.size() <= 200 && LabelTable::isNameLabel(line.text, kind);
    });
}

bool hasPathHeading(const QList<Line> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const Line &line) {
        return line.text.size() <= 200 &&
               (LabelTable::isPathHeading(line.text) || !LabelTable::starredHeading(line.text).isEmpty());
    });
}

// The first lines that are not blank, up to a number.
QList<const Line *> topLines(const QList<Line> &lines, int count)
{
    QList<const Line *> top;
    for (const Line &line : lines) {
        if (line.isBlank())
            continue;
        if (top.size() == count)
            break;
        top.append(&line);
    }
    return top;
}

bool hasTopicLine(const QList<Line> &lines)
{
    const QList<const Line *> top = topLines(lines, kTopLines);
    return std::any_of(top.cbegin() + std::min<qsizetype>(1, top.size()), top.cend(), [](const Line *line) {
        return line->text.size() < 1000 && topicLine().match(line->trimmed()).hasMatch();
    });
}

bool hasImageCaption(const QList<Line> &lines)
{
    const QList<const Line *> top = topLines(lines, kImageWithin);
    for (qsizetype i = 1; i + 1 < top.size(); ++i)
        if (PageLayouts::isImageLine(top[i]->text))
            return true;
    return false;
}

// A one-line paragraph that could head the prose after it (not the title, not the last line).
bool hasHeadedProse(const QList<Line> &lines)
{
    int paragraphs = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isBlank())
            continue;
        const bool startsParagraph = i == 0 || lines[i - 1].isBlank();
        const bool single = i + 1 >= lines.size() || lines[i + 1].isBlank();
        if (startsParagraph)
            ++paragraphs;
        if (paragraphs > 2 && startsParagraph && single && PageLayouts::isTitleLike(lines[i].text) &&
            i + 2 < lines.size())
            return true;
    }
    return false;
}

bool isArticle(const QList<Line> &lines)
{
    if (hasTopicLine(lines))
        return true;
    if (!PageLayouts::titleLine(lines))
        return false;
    if (hasImageCaption(lines))
        return PageLayouts::vocabularySigns(lines) >= kImageArticleSigns;
    return hasHeadedProse(lines) && PageLayouts::vocabularySigns(lines) >= kArticleSigns;
}

bool isFragment(const QList<Line> &lines)
{
    const qsizetype nonBlank =
        std::count_if(lines.cbegin(), lines.cend(), [](const Line &line) { return !line.isBlank(); });
    return nonBlank >= kFragmentLines && !PageLayouts::titleLine(lines) &&
           PageLayouts::vocabularySigns(lines) >= kFragmentSigns;
}

} // namespace

std::optional<PageLayout> PageLayouts::detect(const QList<Line> &lines)
{
    if (hasNameLabel(lines, PageKind::Project))
        return PageLayout{PageKind::Project, PagePart::Main, LayoutStyle::Labelled};
    if (hasNameLabel(lines, PageKind::Practice))
        return PageLayout{PageKind::Practice, PagePart::Main, LayoutStyle::Labelled};
    if (std::any_of(lines.cbegin(), lines.cend(),
                    [](const Line &line) { return isPracticeListChrome(line.text); }))
        return PageLayout{PageKind::Project, PagePart::PracticeList, LayoutStyle::PracticeList};
    if (hasPathHeading(lines))
        return PageLayout{PageKind::Practice, PagePart::DevelopmentPath, LayoutStyle::Labelled};
    if (isArticle(lines))
        return PageLayout{PageKind::Article, PagePart::Main, LayoutStyle::Article};
    if (isFragment(lines))
        return PageLayout{PageKind::Practice, PagePart::DevelopmentPath, LayoutStyle::Fragment};
    return std::nullopt;
}

bool PageLayouts::isTitleLike(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.size() > kLongestTitle)
        return false;
    const QChar first = text.front();
    if (!first.isLetterOrNumber() && first != u'"' && first != u'“' && first != u'”' && first != u'«')
        return false;
    static const QString sentenceEnds = QStringLiteral(".,:;");
    if (sentenceEnds.contains(text.back()))
        return false;
    return !text.contains(QStringLiteral("://")) && !text.startsWith(QStringLiteral("www."));
}

const Line *PageLayouts::titleLine(const QList<Line> &lines)
{
    for (const Line &line : lines) {
        if (line.isBlank() || LabelTable::isChrome(line.text))
            continue;
        return isTitleLike(line.text) && !LabelTable::find(line.text, PageKind::Practice) &&
                       !LabelTable::find(line.text, PageKind::Project)
                   ? &line
                   : nullptr;
    }
    return nullptr;
}

int PageLayouts::vocabularySigns(const QList<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        if (text.size() > kScannedText)
            break;
        text += line.text;
        text += u'\n';
    }
    const QString folded = core::FinnishText::foldCase(text);
    int signs =
        static_cast<int>(std::count_if(kVocabulary.cbegin(), kVocabulary.cend(), [&](const char16_t *word) {
            return folded.contains(QString::fromUtf16(word));
        }));
    QSet<const Region *> regions;
    for (const Gazetteer::Mention &mention : Gazetteer::builtIn().mentionsIn(text))
        regions.insert(mention.region);
    return signs + static_cast<int>(regions.size());
}

bool PageLayouts::isPracticeListChrome(const QString &line)
{
    if (line.size() > 400)
        return false;
    const QString key = core::FinnishText::matchKey(line);
    return key.contains(QStringLiteral("oikeus lisätä tai poistaa kokonaisuuteen liittyvä toimintamalli")) ||
           isEmptyPracticeList(line);
}

bool PageLayouts::isEmptyPracticeList(const QString &line)
{
    if (line.size() > 400)
        return false;
    return core::FinnishText::matchKey(line).contains(
        QStringLiteral("kokonaisuuteen ei ole vielä liitetty yhtään toimintamallia"));
}

bool PageLayouts::isImageLine(const QString &line)
{
    return line.size() < 20 && core::FinnishText::matchKey(line) == u"kuva";
}

} // namespace salkku::importer
