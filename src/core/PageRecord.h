#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace salkku::core {

// What kind of Innokylä page a file holds.
enum class PageKind
{
    Project,  // a "kokonaisuus" page (has "Kokonaisuuden nimi")
    Practice, // a "toimintamalli" page (has "Toimintamallin nimi")
    Article,  // a news page: a title, an "Aihe:" line, headed paragraphs
};

QString pageKindKey(PageKind kind); // "project", "practice", "article"
std::optional<PageKind> pageKindFromKey(const QString &key);

// Which part of an Innokylä page a file holds: a project's or practice's main page, a practice's
// *Kehittämisen polku* tab, or a project's list of practices (its …/toimintamallit tab).
enum class PagePart
{
    Main,
    DevelopmentPath,
    PracticeList,
};

QString pagePartKey(PagePart part); // "main", "development-path", "practice-list"
std::optional<PagePart> pagePartFromKey(const QString &key);

// The name under which the tree and the region lists show national pages.
QString nationalRegionName(); // "Valtakunnallinen"

struct Person
{
    QString name;
    QString role; // as written on the page, e.g. "Projektipäällikkö (osa-alue 4)"
    friend bool operator==(const Person &, const Person &) = default;
};

enum class OrganizationRole
{
    Administrator, // hallinnoija
    CoImplementer, // osatoteuttaja
    Partner,       // kumppani, mukana
};

QString organizationRoleKey(OrganizationRole role); // "administrator", "co-implementer", "partner"
std::optional<OrganizationRole> organizationRoleFromKey(const QString &key);

struct Organization
{
    QString name;
    OrganizationRole role = OrganizationRole::Partner;
    friend bool operator==(const Organization &, const Organization &) = default;
};

struct Link
{
    QString label;
    QString url; // empty when the page names a site but the export lost its address
    friend bool operator==(const Link &, const Link &) = default;
};

struct Contact
{
    QString name;
    QString organization;
    QString email;
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Timeline
{
    QString text; // as written, e.g. "Hanke toteutetaan vuosina 2020-2021"
    std::optional<int> startYear;
    std::optional<int> endYear;
    friend bool operator==(const Timeline &, const Timeline &) = default;
};

// The one rule for years, everywhere: "2020–2021", "2021" (one year, or only one end known), or an empty
// string when no year is known.
QString yearsText(std::optional<int> start, std::optional<int> end);
// The same, or the page's own words when it gives no years.
QString yearsText(const Timeline &timeline);

// One sub-area (osa-alue) of a project, gathered from every section that speaks of it.
struct SubArea
{
    int number = 0;
    QString title;
    QString goal;
    QStringList outputs;
    QString results;  // evaluation text about what the sub-area reached ("keskeiset tulokset: ...")
    QString benefits; // "Saavutetut hyödyt"
    QString impacts;  // from "Vaikutukset ja vaikuttavuus"
    friend bool operator==(const SubArea &, const SubArea &) = default;
};

// A headed part of the original page, in page order. Nothing of the page is lost: what is not a scalar field
// stays here.
struct Section
{
    QString heading; // empty for text before the first heading
    QString text;
    int line = 0; // where the heading (or the text) starts
    friend bool operator==(const Section &, const Section &) = default;
};

struct Warning
{
    int line = 0; // 0: about the whole file
    QString message;
    friend bool operator==(const Warning &, const Warning &) = default;
};

// Everything one page says.
struct PageRecord
{
    QString file;
    PageKind kind = PageKind::Project;
    PagePart part = PagePart::Main;
    QString name;   // empty only for a Kehittämisen polku tab saved without its title line
    QString region; // nominative, from the gazetteer; "Valtakunnallinen"; empty for several or none
    QString summary;
    QString purpose;
    Timeline timeline;
    QList<Person> actors;
    QList<Organization> organizations;
    QString funder;        // the funders joined with "; "
    QStringList funders;   // one a line on the page
    QString author;        // Tekijä (joined with "; " when several); never the contact
    QStringList places;    // every value under Toteutuspaikka and Paikkakunta, maakunta tai hyvinvointialue
    QString parent;        // a practice's project (Toimintamallin kokonaisuus), by name
    QStringList practices; // a practice list's practices, by name
    Contact contact;
    std::optional<QDate> created;
    std::optional<QDate> modified;
    QList<Link> links;
    QStringList topics;
    QStringList phenomena;
    QList<SubArea> subAreas;
    QList<Section> sections;
    QList<Warning> warnings;
    bool truncated = false; // the page seems to be cut off (a warning says after which line)
    QString encoding;       // the encoding the file was read in, e.g. "UTF-8"
    friend bool operator==(const PageRecord &, const PageRecord &) = default;
};

// What a page is called where it is listed: its name; a page without one (a Kehittämisen polku tab saved
// without its title) by its file's name.
QString displayName(const PageRecord &record);
QString displayName(const QString &name, const QString &file);

} // namespace salkku::core
