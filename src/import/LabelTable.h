#pragma once

#include "core/PageRecord.h"

#include <QString>

namespace salkku::importer {

// What the text under a label becomes.
enum class FieldRole
{
    Chrome, // a tab name such as "Perustiedot": page furniture, dropped
    Name,
    Summary,
    Purpose,
    Timeline,
    Actors, // people and organisations; the text is also kept as a section
    Funder,
    Websites,    // links; the text is also kept as a section
    Attachments, // links; the text is also kept as a section
    ContactName,
    ContactOrganization,
    ContactEmail,
    Created,
    Modified,
    Topics,
    Phenomena,
    Locality, // a practice page's municipality or region: places and region; also kept as a section
    Place,    // a practice page's place of implementation (Toteutuspaikka): places; also kept as a section
    Authors,  // a practice page's authors: author and actors; the text is also kept as a section
    Parent,   // a practice's project (Toimintamallin kokonaisuus)
    Section,  // prose, kept as a section
};

// Which sub-area aspect a section speaks of (its "Osa-alue N" parts).
enum class SubAreaAspect
{
    None,
    Goal,
    Outputs,
    Impacts,
};

struct LabelSpec
{
    const char16_t *text;
    FieldRole role;
    SubAreaAspect aspect;
    bool project;  // valid on project (kokonaisuus) pages
    bool practice; // valid on practice (toimintamalli) pages
    // A heading of a practice's description or of its Kehittämisen polku tab ("Toimintaympäristö"): a page
    // with these and no name label is a Kehittämisen polku tab.
    bool pathHeading = false;
};

// The field labels of Innokylä pages, kept as data (LabelTable.cpp). A label is a whole line: a line that
// only begins with a label's words is body text.
class LabelTable
{
public:
    // The label this line is, for a page of this kind, or nullptr. Case, surrounding white space, a trailing
    // colon, the " **" that marks a required field on older practice pages and NO-BREAK SPACEs do not
    // matter.
    static const LabelSpec *find(const QString &line, core::PageKind kind);

    // A short line ending in " **" that is no known label ("Kohderyhmä ja asiakasymmärrys **"): the older
    // practice layout marks every field heading so. Its heading, or an empty string.
    static QString starredHeading(const QString &line);
    // The spec of such a heading: a section.
    static const LabelSpec &otherSection();

    // True if the line is a whole-line label (of either kind) that only a practice's description or its
    // Kehittämisen polku tab has.
    static bool isPathHeading(const QString &line);

    // True if the line is the beginning of a label cut off by the end of the file ("Tavoitelt").
    static bool isCutLabel(const QString &line);

    // True if the line carries a label valid for the kind (used to recognise the kind).
    static bool isNameLabel(const QString &line, core::PageKind kind);

    // Page furniture that is not content: "icon/chevron-down Created with Sketch. Perustiedot",
    // "Kirjoita hakusi ja paina Enter.", "Lue myös".
    static bool isChrome(const QString &line);
    // True for a tab line ("icon/chevron-down Created with Sketch. Perustiedot"): the first opens the
    // labelled part of a page; the next ones ("… Toimintamallin kuvaus") head parts of it.
    static bool isTabLine(const QString &line);
    // The tab's name: "Perustiedot", "Toimintamallin kuvaus".
    static QString tabName(const QString &line);
};

} // namespace salkku::importer
