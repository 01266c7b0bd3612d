#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>

namespace salkku::importer {

struct Actors
{
    QList<core::Person> people;
    QList<core::Organization> organizations;
};

// People and organisations in a "Toimijat" section: lines like "Tiina Mäki Koordinoiva johtaja" or
// "Anna Virtanen, projektipäällikkö"; sentences like "Hankekokonaisuuden hallinnoijana toimii Hämeen
// liitto."; "Osatoteuttajat:" followed by a list in which ", ", " ja ", " sekä " and even ". " separate
// organisations. Prose that names nobody gives nothing (the section keeps the text).
namespace ActorExtractor {

Actors extract(const QList<Line> &lines);

// "Tiina Mäki Koordinoiva johtaja" → {"Tiina Mäki", "Koordinoiva johtaja"}; nothing when the line is no
// person.
std::optional<core::Person> personFromLine(const QString &line);

// "Hattulan kunta, Janakkalan kunta. Lopen kunta ja Riihimäen kaupunki" → four names.
QStringList splitOrganizations(const QString &list);

} // namespace ActorExtractor

} // namespace salkku::importer
