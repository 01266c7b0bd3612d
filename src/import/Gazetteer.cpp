#include "Gazetteer.h"

#include "core/FinnishText.h"

#include <QFile>

#include <algorithm>

namespace salkku::importer {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

Gazetteer::Gazetteer(const QString &regionsTsv, const QString &municipalitiesTsv)
{
    readRegions(regionsTsv);
    for (int r = 0; r < m_regions.size(); ++r)
        for (const QString &form : std::as_const(m_regions[r].forms))
            addForm(form, r, false);
    readMunicipalities(municipalitiesTsv);
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const Form &a, const Form &b) { return a.folded.size() > b.folded.size(); });
    for (qsizetype i = 0; i < m_forms.size(); ++i)
        if (!m_forms[i].folded.isEmpty())
            m_byFirst[m_forms[i].folded[0]].append(i);
}

void Gazetteer::readRegions(const QString &tsv)
{
    const QStringList lines = tsv.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = lines[i].split(u'\t');
        if (columns.size() < 6)
            continue;
        Region region;
        region.id = columns[0].trimmed();
        region.kind = columns[1].trimmed();
        region.name = core::FinnishText::nfc(columns[2].trimmed());
        region.maakunta = core::FinnishText::nfc(columns[5].trimmed());
        for (int c : {2, 3, 4})
            region.forms.append(core::FinnishText::nfc(columns[c].trimmed()));
        if (columns.size() > 6)
            for (const QString &form : columns[6].split(u','))
                region.forms.append(core::FinnishText::nfc(form.trimmed()));
        // "Itä-Uusimaan", "Pirkanmaan": the nominative with an -n is how the genitive is often (mis)written.
        if (!region.isNational() && !region.name.isEmpty())
            region.forms.append(region.name + u'n');
        region.forms.removeAll(QString());
        region.forms.removeDuplicates();
        m_regions.append(region);
    }
}

namespace {

// The locative forms of a municipality's name, from its genitive: "Joensuun" → Joensuussa, Joensuusta,
// Joensuulla, Joensuulta, Joensuulle. Both the inner and the outer cases: a form that is not used is never
// found, so there is no harm in it.
QStringList locativeForms(const QString &genitive)
{
    if (!genitive.endsWith(u'n') || genitive.size() < 3)
        return {};
    const QString stem = genitive.chopped(1);
    static const QString back = QStringLiteral("aouAOU");
    const bool backVowels = std::any_of(stem.cbegin(), stem.cend(), [](QChar c) { return back.contains(c); });
    const QChar a = backVowels ? u'a' : u'ä';
    return {stem + QStringLiteral("ss") + a, stem + QStringLiteral("st") + a, stem + QStringLiteral("ll") + a,
            stem + QStringLiteral("lt") + a, stem + QStringLiteral("lle")};
}

} // namespace

void Gazetteer::readMunicipalities(const QString &tsv)
{
    const QStringList lines = tsv.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList columns = lines[i].split(u'\t');
        if (columns.size() < 4)
            continue;
        const QString regionId = columns[3].trimmed();
        const auto region = std::find_if(m_regions.cbegin(), m_regions.cend(),
                                         [&](const Region &r) { return r.id == regionId; });
        if (region == m_regions.cend())
            continue;
        const int index = static_cast<int>(region - m_regions.cbegin());
        const QString genitive = core::FinnishText::nfc(columns[1].trimmed());
        QStringList forms{core::FinnishText::nfc(columns[0].trimmed()), genitive,
                          core::FinnishText::nfc(columns[2].trimmed())};
        forms += locativeForms(genitive);
        for (const QString &form : std::as_const(forms))
            if (!form.isEmpty())
                addForm(form, index, true);
    }
}

void Gazetteer::addForm(const QString &form, int region, bool properNoun)
{
    m_forms.append(Form{core::FinnishText::foldCase(form), region, properNoun});
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer instance(
        [] {
            QFile file(QStringLiteral(":/salkku/regions.tsv"));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        }(),
        [] {
            QFile file(QStringLiteral(":/salkku/municipalities.tsv"));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        }());
    return instance;
}

const Region *Gazetteer::byName(const QString &nominative) const
{
    const QString key = core::FinnishText::matchKey(nominative);
    for (const Region &region : m_regions)
        if (core::FinnishText::matchKey(region.name) == key)
            return &region;
    return nullptr;
}

void Gazetteer::scan(const QString &text, const std::function<bool(qsizetype, const Form &)> &found) const
{
    // Folding keeps the length of Finnish and Swedish text; where it would not (ß), the match is only a bit
    // off.
    const QString original = core::FinnishText::nfc(text);
    const QString folded = core::FinnishText::foldCase(original);
    const qsizetype size = folded.size();
    const bool sameLength = original.size() == size;
    for (qsizetype i = 0; i < size; ++i) {
        if (i > 0 && isWordChar(folded[i - 1]))
            continue;
        if (!folded[i].isLetter())
            continue;
        const auto bucket = m_byFirst.constFind(folded[i]);
        if (bucket == m_byFirst.cend())
            continue;
        for (const qsizetype index : *bucket) {
            const Form &form = m_forms[index];
            const qsizetype end = i + form.folded.size();
            if (end > size)
                continue;
            if (end < size && isWordChar(folded[end]))
                continue;
            // A municipality is a name: capitalised, and not an acronym ("VASA" is a project, not Vaasa).
            if (form.properNoun && sameLength &&
                (!original[i].isUpper() || (form.folded.size() > 1 && original[i + 1].isUpper())))
                continue;
            if (QStringView(folded).mid(i, form.folded.size()) == form.folded) {
                if (!found(i, form))
                    return;
                i = end - 1;
                break;
            }
        }
    }
}

const Region *Gazetteer::findIn(const QString &text) const
{
    const Region *result = nullptr;
    scan(text, [&](qsizetype, const Form &form) {
        result = &m_regions[form.region];
        return false;
    });
    return result;
}

QList<const Region *> Gazetteer::findAllIn(const QString &text) const
{
    QHash<int, int> counts;
    QList<int> order;
    scan(text, [&](qsizetype, const Form &form) {
        if (!counts.contains(form.region))
            order.append(form.region);
        ++counts[form.region];
        return true;
    });
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[a] > counts[b]; });
    QList<const Region *> result;
    for (int region : order)
        result.append(&m_regions[region]);
    return result;
}

QList<Gazetteer::Mention> Gazetteer::mentionsIn(const QString &text) const
{
    QList<Mention> result;
    scan(text, [&](qsizetype, const Form &form) {
        result.append(Mention{&m_regions[form.region], form.properNoun});
        return true;
    });
    return result;
}

} // namespace salkku::importer
