#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace salkku::importer {

struct Region
{
    QString id;   // "kanta-hame"
    QString kind; // "maakunta", "hyvinvointialue", "maakunta+hyvinvointialue", "kaupunki", "valtakunnallinen"
    QString name; // nominative: "Kanta-Häme"
    QString maakunta;  // the region (maakunta) it belongs to: "Kanta-Häme"; Helsinki → "Uusimaa"
    QStringList forms; // every form it is found by: nominative, genitive, Swedish, others

    // The whole country ("Valtakunnallinen"): a page about no one region.
    bool isNational() const { return kind == u"valtakunnallinen"; }
};

// Finnish regions (maakunnat), wellbeing services counties (hyvinvointialueet), Helsinki and the whole
// country
// ("Valtakunnallinen"), with their nominative, genitive and Swedish names (data/regions.tsv), and the
// municipalities (data/municipalities.tsv), which are found as the region they belong to: "Joensuu" and
// "Joensuussa" are Pohjois-Karjala. Both files are compiled in as resources.
class Gazetteer
{
public:
    // Parses a gazetteer in the regions.tsv format, and municipalities in the municipalities.tsv format
    // (name, genitive, Swedish name, region id). Malformed lines are left out.
    explicit Gazetteer(const QString &regionsTsv, const QString &municipalitiesTsv = QString());

    // The gazetteer compiled into Salkku.
    static const Gazetteer &builtIn();

    const QList<Region> &regions() const { return m_regions; }
    const Region *byName(const QString &nominative) const;

    // The first region named in the text, as a whole word ("Kanta-Hämeen" is Kanta-Häme, "Lapinlahti" is not
    // Lappi); at one place, the longest form wins. Case and NFC do not matter, except that a municipality
    // is a proper noun: "Salo" is Varsinais-Suomi, "salo" (wilderness) is nothing.
    const Region *findIn(const QString &text) const;

    // Every region named in the text, most often named first (ties: first named first).
    QList<const Region *> findAllIn(const QString &text) const;

    struct Mention
    {
        const Region *region = nullptr;
        bool byMunicipality = false; // named by one of its municipalities ("Joensuu"), not by itself
    };
    // Every mention of a region in the text, in order (a region named three times is there three times).
    QList<Mention> mentionsIn(const QString &text) const;

private:
    struct Form
    {
        QString folded;
        int region;
        bool properNoun; // matches only where the text has a capital letter
    };
    QList<Region> m_regions;
    QList<Form> m_forms;                      // longest first
    QHash<QChar, QList<qsizetype>> m_byFirst; // indexes into m_forms by first letter, longest first

    void readRegions(const QString &tsv);
    void readMunicipalities(const QString &tsv);
    void addForm(const QString &form, int region, bool properNoun);
    // Calls found(position, form) for each form found, until it returns false.
    void scan(const QString &text, const std::function<bool(qsizetype, const Form &)> &found) const;
};

} // namespace salkku::importer
