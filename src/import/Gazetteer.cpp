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

Gazetteer::Gazetteer(const QString &tsv)
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
        region.forms.removeAll(QString());
        region.forms.removeDuplicates();
        m_regions.append(region);
    }
    for (int r = 0; r < m_regions.size(); ++r)
        for (const QString &form : std::as_const(m_regions[r].forms))
            m_forms.append(Form{core::FinnishText::foldCase(form), r});
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const Form &a, const Form &b) { return a.folded.size() > b.folded.size(); });
    for (qsizetype i = 0; i < m_forms.size(); ++i)
        if (!m_forms[i].folded.isEmpty())
            m_byFirst[m_forms[i].folded[0]].append(i);
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer instance([] {
        QFile file(QStringLiteral(":/salkku/regions.tsv"));
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

void Gazetteer::scan(const QString &text, const std::function<bool(qsizetype, int)> &found) const
{
    // Folding keeps the length of Finnish and Swedish text; where it would not (ß), the match is only a bit
    // off.
    const QString folded = core::FinnishText::foldCase(core::FinnishText::nfc(text));
    const qsizetype size = folded.size();
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
            if (QStringView(folded).mid(i, form.folded.size()) == form.folded) {
                if (!found(i, form.region))
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
    scan(text, [&](qsizetype, int region) {
        result = &m_regions[region];
        return false;
    });
    return result;
}

QList<const Region *> Gazetteer::findAllIn(const QString &text) const
{
    QHash<int, int> counts;
    QList<int> order;
    scan(text, [&](qsizetype, int region) {
        if (!counts.contains(region))
            order.append(region);
        ++counts[region];
        return true;
    });
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[a] > counts[b]; });
    QList<const Region *> result;
    for (int region : order)
        result.append(&m_regions[region]);
    return result;
}

} // namespace salkku::importer
