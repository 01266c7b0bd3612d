#pragma once

#include "LabelledPageParser.h"
#include "core/PageRecord.h"

namespace salkku::importer {

// Which region a page is about, in the nominative (see docs/innokyla-format.md, "Region"):
//  1. the page's own place fields: "Paikkakunta, maakunta tai hyvinvointialue", then "Toteutuspaikka"
//     (a region or municipality; "Valtakunnallinen" when that is all they say; a specific region wins over
//     "Valtakunnallinen"; several different regions: none);
//  2. the page's name; an article's topics; the contact's organisation;
//  3. the region the text names (not for articles, whose text names regions in passing): one, or one named
//     at least twice as often as any other; several: none;
//  4. nothing named at all: a national page ("Valtakunnallinen").
// Warnings say when the region comes from the text, or is left empty or taken as national.
namespace RegionResolver {

void resolve(core::PageRecord &record, const PlaceValues &places);

} // namespace RegionResolver

} // namespace salkku::importer
