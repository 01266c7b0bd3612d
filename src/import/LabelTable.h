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
    Locality, // a practice page's place: region; the text is also kept as a section
    Authors,  // a practice page's authors: actors; the text is also kept as a section
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
};

// The field labels of Innokylä pages, kept as data (LabelTable.cpp). A label is a whole line: a line that
// only begins with a label's words is body text.
class LabelTable
{
public:
    // The label this line is, for a page of this kind, or nullptr. Case, surrounding white space, a trailing
    // colon and NO-BREAK SPACEs do not matter.
    static const LabelSpec *find(const QString &line, core::PageKind kind);

    // True if the line carries a label valid for the kind (used to recognise the kind).
    static bool isNameLabel(const QString &line, core::PageKind kind);

    // Page furniture that is not content: "icon/chevron-down Created with Sketch. Perustiedot",
    // "Kirjoita hakusi ja paina Enter.", "Lue myös".
    static bool isChrome(const QString &line);
    // True for the tab line that opens the labelled part of a page ("... Created with Sketch. Perustiedot").
    static bool isTabLine(const QString &line);
};

} // namespace salkku::importer
