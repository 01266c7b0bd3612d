#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace salkku::core {

// When two short Finnish texts (output names, sub-area titles) say the same thing. Finnish inflects and
// compounds, so words are compared after ICU normalisation and case folding by their shared beginning
// ("omavalvontaohjelman" ~ "omavalvontaohjelma") or as the head of a compound ("suunnitelma" ~
// "kehittämissuunnitelma"). Generic words of project reporting ("raportti", "toimintamalli", "kuvaus") carry
// no meaning of their own and are left out. No dictionary: this is a heuristic, tuned on Innokylä outputs.
namespace TextSimilarity {

// The words that carry meaning: NFC, case folded, letters and digits only, at least 4 characters, generic
// words left out. In text order, without repeats.
QStringList keyWords(const QString &text);

// Two folded words are forms of the same word, or one is the head of the other as a compound.
bool sameWord(const QString &a, const QString &b);

// How much of the shorter word list the other covers, 0..1 (the overlap coefficient, with sameWord).
double overlap(const QStringList &a, const QStringList &b);

// Two outputs are the same or nearly the same: most key words of the shorter one are in the other, and they
// are a fair part (a third) of the longer one's.
bool nearlySame(const QString &a, const QString &b);
// The same, with the key words already found (comparing many outputs with each other).
bool nearlySameWords(const QStringList &wordsA, const QStringList &wordsB, const QString &a,
                     const QString &b);

// How alike two bags of key words are, 0..1 (cosine of the word sets, with sameWord): "sub-areas like this
// one" ranks by it.
double likeness(const QStringList &a, const QStringList &b);

// The key words of a sub-area: its title's and its outputs', each once.
QStringList subAreaWords(const QString &title, const QStringList &outputs);

// Which of the candidates (their key words) are like the wanted words: at least a tenth alike (less is a
// word or two shared among dozens), most alike first (ties: in the candidates' order). Each result is the
// candidate's index and its likeness.
struct Alike
{
    qsizetype index = 0;
    double likeness = 0;
};
QList<Alike> rankAlike(const QStringList &wanted, const QList<QStringList> &candidates);

} // namespace TextSimilarity

} // namespace salkku::core
