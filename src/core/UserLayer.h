#pragma once

#include "PageRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A coordinator's own layer over the imported pages: tags, notes, follow-up and collections. It hangs on a
// page's identity (kind, part, name, region), never on a row, so that a re-import, a removal to the trash and
// back, or another portfolio keeps it.
namespace salkku::core {

// Where a project stands in the coordinator's follow-up.
enum class FollowUpStatus
{
    None,      // ei seurannassa
    Following, // seurannassa
    ToCheck,   // tarkistettava
    Done,      // valmis
};

QString followUpStatusKey(FollowUpStatus status); // "none", "following", "to-check", "done"
std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key);
QString followUpStatusLabel(FollowUpStatus status); // translated, for people
QList<FollowUpStatus> followUpStatuses();           // in the order above

struct FollowUp
{
    FollowUpStatus status = FollowUpStatus::None;
    std::optional<QDate> due; // the follow-up date
    bool isSet() const { return status != FollowUpStatus::None || due.has_value(); }
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

// A plain-text note on a page (subArea 0) or on one of its sub-areas.
struct Note
{
    qint64 id = 0; // in one portfolio; 0 in an exchange file
    int subArea = 0;
    QString text;
    QString author;
    QDateTime created; // UTC
    QDateTime modified;
    friend bool operator==(const Note &, const Note &) = default;
};

// A page as the layer names it: what makes two exports the same page.
struct PageIdentity
{
    PageKind kind = PageKind::Project;
    PagePart part = PagePart::Main;
    QString name;
    QString region;
    friend bool operator==(const PageIdentity &, const PageIdentity &) = default;
};

// Everything of the layer about one page or sub-area.
struct AnnotatedItem
{
    PageIdentity page;
    int subArea = 0;
    QString subAreaTitle; // the sub-area's title when it was annotated
    QStringList tags;
    QList<Note> notes;
    FollowUp followUp; // pages only
    friend bool operator==(const AnnotatedItem &, const AnnotatedItem &) = default;
};

struct CollectionEntry
{
    PageIdentity page;
    int subArea = 0;
    friend bool operator==(const CollectionEntry &, const CollectionEntry &) = default;
};

struct CollectionContents
{
    QString name;
    QList<CollectionEntry> entries; // in the collection's order
    friend bool operator==(const CollectionContents &, const CollectionContents &) = default;
};

// The whole layer of a portfolio, as exported and imported (see UserLayerJson).
struct UserLayer
{
    QList<AnnotatedItem> items;
    QList<CollectionContents> collections;
    friend bool operator==(const UserLayer &, const UserLayer &) = default;
};

// A tag as typed, tidied: surrounding space and a leading '#' dropped, inner runs of space made one, NFC.
QString normalizedTag(const QString &typed);

} // namespace salkku::core
