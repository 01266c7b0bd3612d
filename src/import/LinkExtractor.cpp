#include "LinkExtractor.h"

#include "core/FinnishText.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace salkku::importer {

namespace {

struct SocialSite
{
    const char16_t *name; // folded
    const char16_t *base;
};

constexpr SocialSite kSocialSites[] = {
    {u"facebook", u"https://www.facebook.com/"},
    {u"twitter", u"https://twitter.com/"},
    {u"x", u"https://twitter.com/"},
    {u"instagram", u"https://www.instagram.com/"},
    {u"youtube", u"https://www.youtube.com/@"},
    {u"tiktok", u"https://www.tiktok.com/@"},
};

// Words that name a site whose address may have been lost in the export.
constexpr const char16_t *kSiteWords[] = {u"blogi",     u"verkkosivut", u"kotisivut", u"linkedin",
                                          u"podcast",   u"uutiskirje",  u"facebook",  u"twitter",
                                          u"instagram", u"youtube"};

QString cleanUrl(QString url)
{
    while (!url.isEmpty() && QStringLiteral(".,;:!?)]}'\"”").contains(url.back()))
        url.chop(1);
    if (url.startsWith(u"www.", Qt::CaseInsensitive))
        url.prepend(QStringLiteral("https://"));
    return url;
}

QString labelAround(const QString &line, qsizetype start, qsizetype length, const QString &url)
{
    QString label = (line.left(start) + u' ' + line.mid(start + length)).simplified();
    while (!label.isEmpty() && QStringLiteral(":–-—|,").contains(label.back()))
        label.chop(1);
    label = label.trimmed();
    if (label.isEmpty())
        label = QUrl(url).host();
    return label;
}

} // namespace

QList<core::Link> LinkExtractor::fromLines(const QList<Line> &lines, bool namedSitesToo)
{
    static const QRegularExpression urlPattern(QStringLiteral("(?:https?://|www\\.)[^\\s<>\"]+"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlePattern(
        QStringLiteral("^([\\p{L} ]{1,30}?)\\s*:\\s*@([\\w.\\-]{1,100})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression namedPattern(QStringLiteral("^([\\p{L} ]{2,30}?)\\s*:\\s*(\\S.{0,150})$"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    QList<core::Link> links;
    for (const Line &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty() || text.size() > 4000)
            continue;
        bool found = false;
        auto it = urlPattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString url = cleanUrl(match.captured());
            if (QUrl(url).isValid()) {
                links.append(
                    core::Link{labelAround(text, match.capturedStart(), match.capturedLength(), url), url});
                found = true;
            }
        }
        if (found)
            continue;
        if (const auto match = handlePattern.match(text); match.hasMatch()) {
            const QString site = core::FinnishText::foldCase(match.captured(1).trimmed());
            for (const SocialSite &social : kSocialSites) {
                if (site == QStringView(social.name)) {
                    links.append(core::Link{match.captured(1).trimmed(),
                                            QString::fromUtf16(social.base) + match.captured(2)});
                    found = true;
                    break;
                }
            }
            if (found)
                continue;
        }
        if (!namedSitesToo)
            continue;
        if (const auto match = namedPattern.match(text); match.hasMatch()) {
            const QString word = core::FinnishText::foldCase(match.captured(1).trimmed());
            for (const char16_t *siteWord : kSiteWords) {
                if (word == QStringView(siteWord)) {
                    links.append(core::Link{match.captured(1).trimmed() + QStringLiteral(": ") +
                                                match.captured(2).trimmed(),
                                            QString()});
                    break;
                }
            }
        }
    }
    QList<core::Link> unique;
    merge(unique, links);
    return unique;
}

void LinkExtractor::merge(QList<core::Link> &into, const QList<core::Link> &links)
{
    // Keys of what is there: a URL, or the label of a link without one. A set keeps this linear.
    auto key = [](const core::Link &link) { return link.url.isEmpty() ? u'\x01' + link.label : link.url; };
    QSet<QString> present;
    for (const core::Link &link : std::as_const(into))
        present.insert(key(link));
    for (const core::Link &link : links) {
        if (!present.contains(key(link))) {
            present.insert(key(link));
            into.append(link);
        }
    }
}

} // namespace salkku::importer
