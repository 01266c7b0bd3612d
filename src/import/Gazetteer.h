#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace salkku::importer {

struct Region
{
    QString id;        // "kanta-hame"
    QString kind;      // "maakunta", "hyvinvointialue", "maakunta+hyvinvointialue", "kaupunki"
    QString name;      // nominative: "Kanta-Häme"
    QString maakunta;  // the region (maakunta) it belongs to: "Kanta-Häme"; Helsinki → "Uusimaa"
    QStringList forms; // every form it is found by: nominative, genitive, Swedish, others
};

// Finnish regions (maakunnat), wellbeing services counties (hyvinvointialueet) and Helsinki, with their
// nominative, genitive and Swedish names; read from data/regions.tsv (compiled in as a resource).
class Gazetteer
{
public:
    // Parses a gazetteer in the regions.tsv format. Returns an empty gazetteer on malformed input.
    explicit Gazetteer(const QString &tsv);

    // The gazetteer compiled into Salkku.
    static const Gazetteer &builtIn();

    const QList<Region> &regions() const { return m_regions; }
    const Region *byName(const QString &nominative) const;

    // The first region named in the text, as a whole word ("Kanta-Hämeen" is Kanta-Häme, "Lapinlahti" is not
    // Lappi); at one place, the longest form wins. Case and NFC do not matter.
    const Region *findIn(const QString &text) const;

    // Every region named in the text, most often named first (ties: first named first).
    QList<const Region *> findAllIn(const QString &text) const;

private:
    struct Form
    {
        QString folded;
        int region;
    };
    QList<Region> m_regions;
    QList<Form> m_forms;                      // longest first
    QHash<QChar, QList<qsizetype>> m_byFirst; // indexes into m_forms by first letter, longest first

    void scan(const QString &text, const std::function<bool(qsizetype, int)> &found) const;
};

} // namespace salkku::importer
