#include "ActorExtractor.h"

#include "core/FinnishText.h"

#include <QRegularExpression>
#include <QSet>

namespace salkku::importer {

namespace {

using core::Organization;
using core::OrganizationRole;
using core::Person;

// Parts of job titles (folded). A role begins at or before the first word that holds one of these.
constexpr const char16_t *kRoleStems[] = {
    u"johtaja",  u"päällikkö",  u"assistentti", u"koordinaattori", u"suunnittelija", u"asiantuntija",
    u"sihteeri", u"vastaava",   u"kehittäjä",   u"työntekijä",     u"lääkäri",       u"hoitaja",
    u"tutkija",  u"esihenkilö", u"esimies",     u"analyytikko",    u"arkkitehti",    u"konsultti",
    u"ohjaaja",  u"valmentaja", u"kouluttaja",  u"muotoilija",     u"terapeutti",    u"psykologi",
    u"neuvoja",  u"edustaja",   u"jäsen",       u"puheenjohtaja",  u"vastuuhenkilö", u"yhdyshenkilö",
    u"viestijä", u"viestintä",  u"manager",     u"coordinator",    u"director",      u"specialist",
    u"officer",  u"lead",       u"owner",       u"hankevastaava",  u"kanslisti",     u"ekonomisti",
};

// Lower-case particles that may stand inside a name ("Maria von Bonsdorff").
constexpr const char16_t *kNameParticles[] = {u"von", u"af", u"de", u"van", u"der", u"di", u"la"};

bool isNameWord(const QString &word)
{
    if (word.size() < 2 || word.size() > 30 || !word[0].isUpper())
        return false;
    for (const QChar c : word)
        if (!c.isLetter() && c != u'-' && c != u'\'' && c != u'’' && c.category() != QChar::Mark_NonSpacing)
            return false;
    // "Hankkeen", "STM" and the like are not names: a name has lower-case letters after the first.
    bool lower = false;
    for (qsizetype i = 1; i < word.size(); ++i)
        lower = lower || word[i].isLower();
    return lower;
}

bool isParticle(const QString &word)
{
    for (const char16_t *particle : kNameParticles)
        if (word == QStringView(particle))
            return true;
    return false;
}

bool hasRoleStem(const QString &word)
{
    const QString folded = core::FinnishText::foldCase(word);
    for (const char16_t *stem : kRoleStems)
        if (folded.contains(QStringView(stem)))
            return true;
    return false;
}

struct RoleSentence
{
    QRegularExpression pattern;
    OrganizationRole role;
    bool list = false; // "Hallinnoija: …": a list after a colon, not a sentence
};

const QList<RoleSentence> &roleSentences()
{
    static const QList<RoleSentence> sentences = [] {
        const auto opts =
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        auto re = [&](const char *pattern) { return QRegularExpression(QString::fromUtf8(pattern), opts); };
        return QList<RoleSentence>{
            {re(R"(hallinnoij(?:ana|ina)\s+(?:toimii|toimivat|on|ovat)\s+(.+)$)"),
             OrganizationRole::Administrator},
            {re(R"(^(?:hallinnoija|hallinnoijat|hallinnoiva organisaatio)\s*:\s*(.+)$)"),
             OrganizationRole::Administrator, true},
            {re(R"(osatoteuttaj(?:ana|ina)\s+(?:toimii|toimivat|on|ovat)\s+(.+)$)"),
             OrganizationRole::CoImplementer},
            {re(R"(^(?:osatoteuttajat|osatoteuttaja|toteuttajat)\s*:\s*(.+)$)"),
             OrganizationRole::CoImplementer, true},
            {re(R"(kumppane(?:ina|ina)\s+(?:toimii|toimivat|on|ovat)\s+(.+)$)"), OrganizationRole::Partner},
            {re(R"(^(?:kumppanit|yhteistyökumppanit|kumppani)\s*:\s*(.+)$)"), OrganizationRole::Partner,
             true},
            {re(R"(\b(?:ovat|on)\s+mukana\s+(.+)$)"), OrganizationRole::Partner},
        };
    }();
    return sentences;
}

// A sentence that names organisations ends where the next sentence begins ("… kuntayhtymä Siun sote.
// Toteutukseen osallistuvat …"). A list after a colon does not: there ". " may separate names.
QString untilSentenceEnd(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("\\.\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart()) : text;
}

// "Osatoteuttajat:" alone on a line: the next line is the list.
std::optional<OrganizationRole> listHeading(const QString &line)
{
    static const QRegularExpression heading(
        QStringLiteral("^(hallinnoija|hallinnoijat|osatoteuttajat|osatoteuttaja|toteuttajat|kumppanit|"
                       "yhteistyökumppanit)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto match = heading.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    const QString word = core::FinnishText::foldCase(match.captured(1));
    if (word.startsWith(u"hallinnoija"))
        return OrganizationRole::Administrator;
    if (word.contains(u"toteuttaj"))
        return OrganizationRole::CoImplementer;
    return OrganizationRole::Partner;
}

int wordCount(const QString &text)
{
    return static_cast<int>(text.split(u' ', Qt::SkipEmptyParts).size());
}

// Splits at a conjunction only where the part before it is a whole name of two or more words, so that
// "Helsingin ja Uudenmaan sairaanhoitopiiri" stays one.
QStringList splitAtConjunctions(const QString &part)
{
    static const QRegularExpression conjunction(QStringLiteral("\\s+(?:ja|sekä)\\s+"));
    QStringList out;
    QString rest = part;
    for (int guard = 0; guard < 100; ++guard) {
        bool split = false;
        auto it = conjunction.globalMatch(rest);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString left = rest.left(match.capturedStart()).trimmed();
            // "sosiaali- ja terveyspalvelujen kuntayhtymä" is one name: the hyphen shares the word's end.
            if (wordCount(left) >= 2 && !left.endsWith(u'-')) {
                out.append(left);
                rest = rest.mid(match.capturedEnd()).trimmed();
                split = true;
                break;
            }
        }
        if (!split)
            break;
    }
    out.append(rest.trimmed());
    return out;
}

} // namespace

QStringList ActorExtractor::splitOrganizations(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*|\\.\\s+(?=\\p{Lu})"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression leadingWords(QStringLiteral("^(?:sekä|ja|lisäksi|myös)\\s+"),
                                                 QRegularExpression::CaseInsensitiveOption |
                                                     QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    QString text = list.simplified();
    while (text.endsWith(u'.') || text.endsWith(u':'))
        text.chop(1);
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        for (int i = 0; i < 3; ++i)
            part.remove(leadingWords);
        for (const QString &name : splitAtConjunctions(part.trimmed())) {
            // A very long "name" is a sentence; leave it to the section text.
            if (!name.isEmpty() && name.size() <= 120 && wordCount(name) <= 10)
                names.append(name);
        }
    }
    return names;
}

std::optional<Person> ActorExtractor::personFromLine(const QString &line)
{
    const QString text = line.simplified();
    if (text.isEmpty() || text.size() > 150 || text.endsWith(u'.') || text.endsWith(u':'))
        return std::nullopt;

    // "Anna Virtanen, projektipäällikkö" and "Anna Virtanen – projektipäällikkö".
    static const QRegularExpression separated(QStringLiteral("^([^,–—]+?)\\s*(?:,|\\s[–—-]\\s)\\s*(.+)$"));
    if (const auto match = separated.match(text); match.hasMatch()) {
        const QStringList words = match.captured(1).split(u' ', Qt::SkipEmptyParts);
        const bool allName = words.size() >= 2 && words.size() <= 4 &&
                             std::all_of(words.cbegin(), words.cend(),
                                         [](const QString &w) { return isNameWord(w) || isParticle(w); }) &&
                             isNameWord(words.front()) && isNameWord(words.back());
        if (allName)
            return Person{words.join(u' '), match.captured(2).trimmed()};
    }

    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 12 || !isNameWord(words[0]))
        return std::nullopt;
    // The name: the first word, then name words and particles.
    qsizetype nameEnd = 1;
    while (nameEnd < words.size() && (isNameWord(words[nameEnd]) || isParticle(words[nameEnd])) &&
           !hasRoleStem(words[nameEnd]))
        ++nameEnd;
    if (nameEnd < 2 || isParticle(words[nameEnd - 1]))
        return std::nullopt;
    if (nameEnd == words.size()) {
        if (words.size() == 2)
            return Person{text, QString()};
        // "Tiina Mäki Koordinoiva" without a role word: the last capitalised word may be the role's first.
        if (words.size() > 4)
            return std::nullopt;
        return Person{words.mid(0, 2).join(u' '), words.mid(2).join(u' ')};
    }
    // The role: from the first word after the name, e.g. "Koordinoiva johtaja" (the name ends where the
    // role's first, capitalised word starts, which may itself not be a role word).
    qsizetype roleStart = nameEnd;
    qsizetype stem = -1;
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (hasRoleStem(words[i])) {
            stem = i;
            break;
        }
    }
    if (stem >= 0) {
        // The role begins at the last capitalised word at or before the role word (but after two name words).
        roleStart = stem;
        for (qsizetype i = stem; i >= 2; --i) {
            if (words[i][0].isUpper()) {
                roleStart = i;
                break;
            }
        }
        if (roleStart > nameEnd)
            roleStart = nameEnd;
    } else if (!words[nameEnd][0].isUpper() && !words[nameEnd].startsWith(u'(')) {
        return std::nullopt; // "Alahankkeiden vastuuhenkilöt ja projektityöntekijät": a heading, not a person
    }
    if (roleStart < 2)
        return std::nullopt;
    return Person{words.mid(0, roleStart).join(u' '), words.mid(roleStart).join(u' ')};
}

Actors ActorExtractor::extract(const QList<Line> &lines)
{
    Actors actors;
    // A list heading ("Osatoteuttajat:") waiting for its list on the next line. (A flag and a value rather
    // than std::optional: GCC 12 warns falsely about an optional enum here.)
    bool pending = false;
    OrganizationRole pendingRole = OrganizationRole::Partner;
    QSet<QString> seen; // role + name, so that a long list stays linear
    auto addOrganizations = [&](const QString &list, OrganizationRole role) {
        for (const QString &name : splitOrganizations(list)) {
            const QString key = core::organizationRoleKey(role) + u'\n' + name;
            if (!seen.contains(key)) {
                seen.insert(key);
                actors.organizations.append(Organization{name, role});
            }
        }
    };
    for (const Line &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty() || text == u"-")
            continue;
        if (const auto heading = listHeading(text)) {
            pending = true;
            pendingRole = *heading;
            continue;
        }
        if (pending) {
            addOrganizations(text, pendingRole);
            pending = false;
            continue;
        }
        bool matched = false;
        if (text.size() <= 2000) {
            for (const RoleSentence &sentence : roleSentences()) {
                if (const auto match = sentence.pattern.match(text); match.hasMatch()) {
                    addOrganizations(sentence.list ? match.captured(1) : untilSentenceEnd(match.captured(1)),
                                     sentence.role);
                    matched = true;
                    break;
                }
            }
        }
        if (matched)
            continue;
        if (const auto person = personFromLine(text))
            actors.people.append(*person);
    }
    return actors;
}

} // namespace salkku::importer
