#include "UserLayerJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::core::UserLayerJson {

namespace {

const QString kFormat = QStringLiteral("salkku-user-layer");
constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("salkku::core", text);
}

QJsonObject pageToJson(const PageIdentity &page)
{
    return QJsonObject{{QStringLiteral("kind"), pageKindKey(page.kind)},
                       {QStringLiteral("part"), pagePartKey(page.part)},
                       {QStringLiteral("name"), page.name},
                       {QStringLiteral("region"), page.region}};
}

QJsonObject noteToJson(const Note &note)
{
    return QJsonObject{{QStringLiteral("text"), note.text},
                       {QStringLiteral("author"), note.author},
                       {QStringLiteral("created"), note.created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("modified"), note.modified.toUTC().toString(Qt::ISODate)}};
}

QJsonObject itemToJson(const AnnotatedItem &item)
{
    QJsonObject object{{QStringLiteral("page"), pageToJson(item.page)}};
    if (item.subArea > 0) {
        object.insert(QStringLiteral("subArea"), item.subArea);
        object.insert(QStringLiteral("subAreaTitle"), item.subAreaTitle);
    }
    if (!item.tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(item.tags));
    if (!item.notes.isEmpty()) {
        QJsonArray notes;
        for (const Note &note : item.notes)
            notes.append(noteToJson(note));
        object.insert(QStringLiteral("notes"), notes);
    }
    if (item.followUp.isSet()) {
        QJsonObject followUp{{QStringLiteral("status"), followUpStatusKey(item.followUp.status)}};
        if (item.followUp.due)
            followUp.insert(QStringLiteral("due"), item.followUp.due->toString(Qt::ISODate));
        object.insert(QStringLiteral("followUp"), followUp);
    }
    return object;
}

QJsonObject collectionToJson(const CollectionContents &collection)
{
    QJsonArray entries;
    for (const CollectionEntry &entry : collection.entries) {
        QJsonObject object{{QStringLiteral("page"), pageToJson(entry.page)}};
        if (entry.subArea > 0)
            object.insert(QStringLiteral("subArea"), entry.subArea);
        entries.append(object);
    }
    return QJsonObject{{QStringLiteral("name"), collection.name}, {QStringLiteral("entries"), entries}};
}

// Reading: each function names the place it reads in its errors.
struct Reader
{
    QString file;

    Error error(const QString &place, const QString &what) const
    {
        return Error{file, 0, QStringLiteral("%1: %2").arg(place, what)};
    }

    Result<QString> text(const QJsonObject &object, const QString &key, const QString &place,
                         bool required) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return QString();
        if (!value.isString())
            return error(place + u'.' + key, tr("expected a string"));
        return value.toString();
    }

    Result<PageIdentity> page(const QJsonValue &value, const QString &place) const
    {
        if (!value.isObject())
            return error(place, tr("expected a page (kind, part, name, region)"));
        const QJsonObject object = value.toObject();
        PageIdentity page;
        auto kind = text(object, QStringLiteral("kind"), place, true);
        SALKKU_TRY(kind);
        const auto knownKind = pageKindFromKey(kind.value());
        if (!knownKind)
            return error(place + QStringLiteral(".kind"), tr("unknown kind \"%1\"").arg(kind.value()));
        page.kind = *knownKind;
        auto part = text(object, QStringLiteral("part"), place, false);
        SALKKU_TRY(part);
        const auto knownPart = part.value().isEmpty() ? PagePart::Main : pagePartFromKey(part.value());
        if (!knownPart)
            return error(place + QStringLiteral(".part"), tr("unknown part \"%1\"").arg(part.value()));
        page.part = *knownPart;
        auto name = text(object, QStringLiteral("name"), place, true);
        SALKKU_TRY(name);
        if (name.value().trimmed().isEmpty())
            return error(place + QStringLiteral(".name"), tr("a page needs a name"));
        page.name = name.value();
        auto region = text(object, QStringLiteral("region"), place, false);
        SALKKU_TRY(region);
        page.region = region.value();
        return page;
    }

    Result<QDateTime> time(const QJsonObject &object, const QString &key, const QString &place) const
    {
        auto value = text(object, key, place, false);
        SALKKU_TRY(value);
        if (value.value().isEmpty())
            return QDateTime();
        QDateTime parsed = QDateTime::fromString(value.value(), Qt::ISODate);
        if (!parsed.isValid())
            return error(place + u'.' + key, tr("not a date and time: %1").arg(value.value()));
        return parsed.toUTC();
    }

    Result<Note> note(const QJsonValue &value, const QString &place, int subArea) const
    {
        if (!value.isObject())
            return error(place, tr("expected a note"));
        const QJsonObject object = value.toObject();
        Note note;
        note.subArea = subArea;
        auto body = text(object, QStringLiteral("text"), place, true);
        SALKKU_TRY(body);
        note.text = body.value();
        auto author = text(object, QStringLiteral("author"), place, false);
        SALKKU_TRY(author);
        note.author = author.value();
        auto created = time(object, QStringLiteral("created"), place);
        SALKKU_TRY(created);
        note.created = created.value();
        auto modified = time(object, QStringLiteral("modified"), place);
        SALKKU_TRY(modified);
        note.modified = modified.value().isValid() ? modified.value() : note.created;
        return note;
    }

    Result<int> subArea(const QJsonObject &object, const QString &place) const
    {
        const QJsonValue value = object.value(QStringLiteral("subArea"));
        if (value.isUndefined())
            return 0;
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt())
            return error(place + QStringLiteral(".subArea"), tr("expected a sub-area number"));
        return value.toInt();
    }

    Result<FollowUp> followUp(const QJsonValue &value, const QString &place) const
    {
        if (value.isUndefined())
            return FollowUp{};
        if (!value.isObject())
            return error(place, tr("expected a follow-up (status, due)"));
        const QJsonObject object = value.toObject();
        FollowUp result;
        auto status = text(object, QStringLiteral("status"), place, false);
        SALKKU_TRY(status);
        if (!status.value().isEmpty()) {
            const auto known = followUpStatusFromKey(status.value());
            if (!known)
                return error(place + QStringLiteral(".status"),
                             tr("unknown status \"%1\"").arg(status.value()));
            result.status = *known;
        }
        auto due = text(object, QStringLiteral("due"), place, false);
        SALKKU_TRY(due);
        if (!due.value().isEmpty()) {
            const QDate date = QDate::fromString(due.value(), Qt::ISODate);
            if (!date.isValid())
                return error(place + QStringLiteral(".due"),
                             tr("not a date (YYYY-MM-DD): %1").arg(due.value()));
            result.due = date;
        }
        return result;
    }

    Result<QStringList> strings(const QJsonValue &value, const QString &place) const
    {
        if (value.isUndefined())
            return QStringList();
        if (!value.isArray())
            return error(place, tr("expected a list of strings"));
        QStringList result;
        for (const QJsonValue entry : value.toArray()) {
            if (!entry.isString())
                return error(place, tr("expected a list of strings"));
            result.append(entry.toString());
        }
        return result;
    }

    Result<AnnotatedItem> item(const QJsonValue &value, const QString &place) const
    {
        if (!value.isObject())
            return error(place, tr("expected an item"));
        const QJsonObject object = value.toObject();
        AnnotatedItem item;
        auto page = this->page(object.value(QStringLiteral("page")), place + QStringLiteral(".page"));
        SALKKU_TRY(page);
        item.page = page.value();
        auto number = subArea(object, place);
        SALKKU_TRY(number);
        item.subArea = number.value();
        auto title = text(object, QStringLiteral("subAreaTitle"), place, false);
        SALKKU_TRY(title);
        item.subAreaTitle = title.value();
        auto tags = strings(object.value(QStringLiteral("tags")), place + QStringLiteral(".tags"));
        SALKKU_TRY(tags);
        item.tags = tags.value();
        const QJsonValue notes = object.value(QStringLiteral("notes"));
        if (!notes.isUndefined() && !notes.isArray())
            return error(place + QStringLiteral(".notes"), tr("expected a list of notes"));
        const QJsonArray noteArray = notes.toArray();
        for (qsizetype i = 0; i < noteArray.size(); ++i) {
            auto note =
                this->note(noteArray[i], QStringLiteral("%1.notes[%2]").arg(place).arg(i), item.subArea);
            SALKKU_TRY(note);
            item.notes.append(note.value());
        }
        auto followUp =
            this->followUp(object.value(QStringLiteral("followUp")), place + QStringLiteral(".followUp"));
        SALKKU_TRY(followUp);
        item.followUp = followUp.value();
        return item;
    }

    Result<CollectionContents> collection(const QJsonValue &value, const QString &place) const
    {
        if (!value.isObject())
            return error(place, tr("expected a collection (name, entries)"));
        const QJsonObject object = value.toObject();
        CollectionContents collection;
        auto name = text(object, QStringLiteral("name"), place, true);
        SALKKU_TRY(name);
        if (name.value().trimmed().isEmpty())
            return error(place + QStringLiteral(".name"), tr("a collection needs a name"));
        collection.name = name.value();
        const QJsonValue entries = object.value(QStringLiteral("entries"));
        if (!entries.isUndefined() && !entries.isArray())
            return error(place + QStringLiteral(".entries"), tr("expected a list of entries"));
        const QJsonArray entryArray = entries.toArray();
        for (qsizetype i = 0; i < entryArray.size(); ++i) {
            const QString entryPlace = QStringLiteral("%1.entries[%2]").arg(place).arg(i);
            if (!entryArray[i].isObject())
                return error(entryPlace, tr("expected an entry (page, subArea)"));
            const QJsonObject entry = entryArray[i].toObject();
            auto page = this->page(entry.value(QStringLiteral("page")), entryPlace + QStringLiteral(".page"));
            SALKKU_TRY(page);
            auto number = subArea(entry, entryPlace);
            SALKKU_TRY(number);
            collection.entries.append(CollectionEntry{page.value(), number.value()});
        }
        return collection;
    }
};

// The 1-based line of a byte offset.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

QByteArray toJson(const UserLayer &layer)
{
    QJsonArray items;
    for (const AnnotatedItem &item : layer.items)
        items.append(itemToJson(item));
    QJsonArray collections;
    for (const CollectionContents &collection : layer.collections)
        collections.append(collectionToJson(collection));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("collections"), collections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<UserLayer> fromJson(const QByteArray &bytes, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{file, lineAt(bytes, parseError.offset),
                     tr("not a JSON file: %1").arg(parseError.errorString())};
    const Reader reader{file};
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error{file, 1,
                     tr("not a Salkku user layer file (\"format\": \"%1\" is missing)").arg(kFormat)};
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return Error{file, 0,
                     tr("this file is of version %1 of the format; this Salkku reads version %2")
                         .arg(root.value(QStringLiteral("version")).toVariant().toString())
                         .arg(kVersion)};
    UserLayer layer;
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto item = reader.item(items[i], QStringLiteral("items[%1]").arg(i));
        SALKKU_TRY(item);
        layer.items.append(item.value());
    }
    const QJsonArray collections = root.value(QStringLiteral("collections")).toArray();
    for (qsizetype i = 0; i < collections.size(); ++i) {
        auto collection = reader.collection(collections[i], QStringLiteral("collections[%1]").arg(i));
        SALKKU_TRY(collection);
        layer.collections.append(collection.value());
    }
    return layer;
}

} // namespace salkku::core::UserLayerJson
