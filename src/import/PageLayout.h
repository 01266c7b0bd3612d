#pragma once

#include "PageLines.h"
#include "core/PageRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace salkku::importer {

// How a page's text is laid out, which decides how it is read.
enum class LayoutStyle
{
    Labelled, // labels as whole lines, each followed by its value (project and practice pages, polku tabs)
    PracticeList, // a project's list of practices (…/toimintamallit)
    Article,      // a news or blog page: a title, headed paragraphs
    Fragment,     // a Kehittämisen polku tab saved from the middle: prose only, no title, no labels
};

struct PageLayout
{
    core::PageKind kind = core::PageKind::Project;
    core::PagePart part = core::PagePart::Main;
    LayoutStyle style = LayoutStyle::Labelled;
};

// Recognises the kind of Innokylä page a text is by its layout. See docs/innokyla-format.md.
namespace PageLayouts {

// The page's layout, or nothing when the text shows no sign of Innokylä.
std::optional<PageLayout> detect(const QList<Line> &lines);

// A line that can be a page's title: begins with a letter or a digit, is short, and does not end a sentence
// with a full stop, comma, colon or semicolon ("Miten Innokylää kannattaa hyödyntää?" can be).
bool isTitleLike(const QString &line);

// The first non-blank line, if it is title-like; else nullptr.
const Line *titleLine(const QList<Line> &lines);

// How many different words of Finnish social- and health-care development work the text uses
// ("toimintamalli", "hyvinvointialue", "asiakas", …), plus the regions it names: a measure of whether a text
// without labels is an Innokylä page at all.
int vocabularySigns(const QList<Line> &lines);

// The sentence a project's list of practices begins with, or the one that says the list is empty.
bool isPracticeListChrome(const QString &line);
// "Tähän kokonaisuuteen ei ole vielä liitetty yhtään toimintamallia."
bool isEmptyPracticeList(const QString &line);

// A "Kuva" line: the next line is an image's caption.
bool isImageLine(const QString &line);

} // namespace PageLayouts

} // namespace salkku::importer
