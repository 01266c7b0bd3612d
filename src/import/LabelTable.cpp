#include "LabelTable.h"

#include "core/FinnishText.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace salkku::importer {

namespace {

using core::PageKind;
using FR = FieldRole;
using SA = SubAreaAspect;

// Seen on real Innokylä pages. Add new labels here; nothing else needs to change.
constexpr std::array kLabels{
    // Both kinds
    LabelSpec{u"Perustiedot", FR::Chrome, SA::None, true, true},
    LabelSpec{u"Verkkosivut", FR::Websites, SA::None, true, true},
    LabelSpec{u"Liitetiedostot ja linkit", FR::Attachments, SA::None, true, true},
    LabelSpec{u"Liitteet ja linkit", FR::Attachments, SA::None, true, true},
    LabelSpec{u"Yhteyshenkilön nimi", FR::ContactName, SA::None, true, true},
    LabelSpec{u"Yhteyshenkilön organisaatio", FR::ContactOrganization, SA::None, true, true},
    LabelSpec{u"Yhteyshenkilön sähköpostiosoite", FR::ContactEmail, SA::None, true, true},
    LabelSpec{u"Luotu", FR::Created, SA::None, true, true},
    LabelSpec{u"Viimeksi muokattu", FR::Modified, SA::None, true, true},
    LabelSpec{u"Lähtötilanne ja strategiset liittymäkohdat", FR::Section, SA::None, true, true},
    LabelSpec{u"Päämäärä ja päätavoite", FR::Section, SA::Goal, true, true},
    LabelSpec{u"Rajaukset ja riippuvuudet", FR::Section, SA::None, true, true},
    LabelSpec{u"Tuotokset ja tulokset", FR::Section, SA::Outputs, true, true},
    LabelSpec{u"Tavoiteltavat tulokset, tuotokset ja vaikutukset", FR::Section, SA::Outputs, true, true},
    LabelSpec{u"Vaikutukset ja vaikuttavuus", FR::Section, SA::Impacts, true, true},
    LabelSpec{u"Aihealueet", FR::Topics, SA::None, true, true},
    LabelSpec{u"Ilmiöt", FR::Phenomena, SA::None, true, true},
    // Project (kokonaisuus) pages
    LabelSpec{u"Kokonaisuuden nimi", FR::Name, SA::None, true, false},
    LabelSpec{u"Lyhyt kuvaus", FR::Summary, SA::None, true, false},
    LabelSpec{u"Kokonaisuuden tarkoitus ja tavoitteet", FR::Purpose, SA::None, true, false},
    LabelSpec{u"Toimiaika", FR::Timeline, SA::None, true, true},
    LabelSpec{u"Toimijat", FR::Actors, SA::None, true, true},
    LabelSpec{u"Rahoittaja", FR::Funder, SA::None, true, true},
    // Practice (toimintamalli) pages
    LabelSpec{u"Toimintamallin nimi", FR::Name, SA::None, false, true},
    LabelSpec{u"Model name", FR::Name, SA::None, false, true}, // the English form, seen on Finnish pages
    LabelSpec{u"Toimintamallin lyhyt kuvaus", FR::Summary, SA::None, false, true},
    LabelSpec{u"Toimintamallin tavoitteet", FR::Purpose, SA::None, false, true},
    LabelSpec{u"Toteutuspaikka", FR::Place, SA::None, false, true},
    LabelSpec{u"Paikkakunta, maakunta tai hyvinvointialue", FR::Locality, SA::None, false, true},
    LabelSpec{u"Toimintamallin rahoittaja", FR::Funder, SA::None, false, true},
    LabelSpec{u"Tekijä", FR::Authors, SA::None, false, true},
    LabelSpec{u"Tekijät", FR::Authors, SA::None, false, true},
    LabelSpec{u"Kohderyhmät", FR::Section, SA::None, false, true},
    LabelSpec{u"Toimintamallin kuvaus", FR::Section, SA::None, false, true},
    LabelSpec{u"Toimintamallin kokonaisuus", FR::Parent, SA::None, false, true},
    // A practice's description and its Kehittämisen polku tab
    LabelSpec{u"Ratkaisun perusidea", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Toimintaympäristö", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Kohderyhmä ja asiakasymmärrys", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Toimivuuden ja käyttöönoton ehdot", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Kehitystyön lähtökohtana olevat tarpeet", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Kehittäjäjoukon kokoaminen ja yhteiskehittäminen", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Tavoiteltu muutos", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Muutoksen mittaaminen", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Ideointi ja kokeilu", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Kokeilun tulokset", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Juurruttaminen", FR::Section, SA::None, false, true, true},
    LabelSpec{u"Levittäminen", FR::Section, SA::None, false, true, true},
};

// A "… **" heading that is no known label.
constexpr LabelSpec kOtherSection{u"", FR::Section, SA::None, true, true};

// Lines of page furniture, compared by match key.
constexpr std::array kChrome{
    u"Kirjoita hakusi ja paina Enter.",
    u"Lue myös",
    u"Created with Sketch.",
    u"icon/chevron-down",
};

struct Index
{
    QHash<QString, const LabelSpec *> labels;
    QHash<QString, bool> chrome;

    Index()
    {
        for (const LabelSpec &spec : kLabels)
            labels.insert(core::FinnishText::matchKey(QString::fromUtf16(spec.text)), &spec);
        for (const char16_t *line : kChrome)
            chrome.insert(core::FinnishText::matchKey(QString::fromUtf16(line)), true);
    }
};

const Index &index()
{
    static const Index instance;
    return instance;
}

// Labels are short; a long line is never one, and need not be folded.
constexpr qsizetype kLongestLabel = 80;

QString labelKey(const QString &line)
{
    if (line.size() > kLongestLabel * 2)
        return {};
    QString key = core::FinnishText::matchKey(line);
    // "Ratkaisun perusidea **": the older practice layout's mark of a required field.
    while (key.endsWith(u'*') || key.endsWith(u' '))
        key.chop(1);
    if (key.endsWith(u':'))
        key.chop(1);
    return key.trimmed();
}

bool validFor(const LabelSpec &spec, PageKind kind)
{
    return (kind == PageKind::Project && spec.project) || (kind == PageKind::Practice && spec.practice);
}

const QRegularExpression &tabLinePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^icon/\\S+\\s+Created with Sketch\\.\\s*(.*)$"));
    return pattern;
}

} // namespace

const LabelSpec *LabelTable::find(const QString &line, PageKind kind)
{
    const QString key = labelKey(line);
    if (key.isEmpty())
        return nullptr;
    const LabelSpec *spec = index().labels.value(key, nullptr);
    return spec && validFor(*spec, kind) ? spec : nullptr;
}

bool LabelTable::isNameLabel(const QString &line, PageKind kind)
{
    const LabelSpec *spec = find(line, kind);
    return spec && spec->role == FieldRole::Name;
}

bool LabelTable::isTabLine(const QString &line)
{
    // The pattern's fixed start first: the import asks this of nearly every line.
    return line.size() < 200 && QStringView(line).trimmed().startsWith(u"icon/") &&
           tabLinePattern().match(line.trimmed()).hasMatch();
}

QString LabelTable::tabName(const QString &line)
{
    if (line.size() >= 200)
        return {};
    return tabLinePattern().match(line.trimmed()).captured(1).simplified();
}

QString LabelTable::starredHeading(const QString &line)
{
    if (line.size() > kLongestLabel * 2)
        return {};
    QString heading = line.simplified();
    if (!heading.endsWith(QStringLiteral(" **")))
        return {};
    heading.chop(3);
    heading = heading.trimmed();
    if (heading.endsWith(u':'))
        heading.chop(1);
    return heading.size() >= 2 && heading.size() <= kLongestLabel ? heading : QString();
}

const LabelSpec &LabelTable::otherSection()
{
    return kOtherSection;
}

bool LabelTable::isPathHeading(const QString &line)
{
    const QString key = labelKey(line);
    const LabelSpec *spec = key.isEmpty() ? nullptr : index().labels.value(key, nullptr);
    return spec && spec->pathHeading;
}

bool LabelTable::isCutLabel(const QString &line)
{
    const QString key = core::FinnishText::matchKey(line);
    if (key.size() < 3 || key.size() > kLongestLabel)
        return false;
    for (auto it = index().labels.cbegin(); it != index().labels.cend(); ++it)
        if (it.key().size() > key.size() && it.key().startsWith(key))
            return true;
    return false;
}

bool LabelTable::isChrome(const QString &line)
{
    if (line.size() > kLongestLabel * 2)
        return false;
    return isTabLine(line) || index().chrome.contains(core::FinnishText::matchKey(line));
}

} // namespace salkku::importer
