#include "RecordJson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace salkku::core {

namespace {

// Absent values are null, not "".
QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue year(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const std::optional<QDate> &value)
{
    return value ? QJsonValue(value->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<int> optInt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<QDate> optDate(const QJsonObject &object, const char *key)
{
    const QDate value = QDate::fromString(str(object, key), Qt::ISODate);
    return value.isValid() ? std::optional<QDate>(value) : std::nullopt;
}

QStringList stringList(const QJsonObject &object, const char *key)
{
    QStringList list;
    for (const auto &value : object.value(QLatin1String(key)).toArray())
        list.append(value.toString());
    return list;
}

QJsonArray array(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

} // namespace

namespace {

template <typename T, typename ToJson>
QJsonArray arrayOf(const QList<T> &values, ToJson toJson)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

QJsonObject subAreaJson(const SubArea &subArea)
{
    return QJsonObject{{QStringLiteral("number"), subArea.number},
                       {QStringLiteral("title"), text(subArea.title)},
                       {QStringLiteral("goal"), text(subArea.goal)},
                       {QStringLiteral("outputs"), strings(subArea.outputs)},
                       {QStringLiteral("results"), text(subArea.results)},
                       {QStringLiteral("benefits"), text(subArea.benefits)},
                       {QStringLiteral("impacts"), text(subArea.impacts)}};
}

// Who and where: people, organisations, funders, places, the contact.
void writeParties(const PageRecord &record, QJsonObject &object)
{
    object[u"actors"] = arrayOf(record.actors, [](const Person &person) {
        return QJsonObject{{QStringLiteral("name"), person.name},
                           {QStringLiteral("role"), text(person.role)}};
    });
    object[u"organizations"] = arrayOf(record.organizations, [](const Organization &organization) {
        return QJsonObject{{QStringLiteral("name"), organization.name},
                           {QStringLiteral("role"), organizationRoleKey(organization.role)}};
    });
    object[u"funder"] = text(record.funder);
    object[u"funders"] = strings(record.funders);
    object[u"author"] = text(record.author);
    object[u"places"] = strings(record.places);
    object[u"contact"] = QJsonObject{{QStringLiteral("name"), text(record.contact.name)},
                                     {QStringLiteral("organization"), text(record.contact.organization)},
                                     {QStringLiteral("email"), text(record.contact.email)}};
}

// The page's body: links, topics, sub-areas, sections, the importer's warnings.
void writeContents(const PageRecord &record, QJsonObject &object)
{
    object[u"links"] = arrayOf(record.links, [](const Link &link) {
        return QJsonObject{{QStringLiteral("label"), text(link.label)},
                           {QStringLiteral("url"), text(link.url)}};
    });
    object[u"topics"] = strings(record.topics);
    object[u"phenomena"] = strings(record.phenomena);
    object[u"sub_areas"] = arrayOf(record.subAreas, &subAreaJson);
    object[u"sections"] = arrayOf(record.sections, [](const Section &section) {
        return QJsonObject{{QStringLiteral("heading"), text(section.heading)},
                           {QStringLiteral("text"), section.text},
                           {QStringLiteral("line"), section.line}};
    });
    object[u"warnings"] = arrayOf(record.warnings, [](const Warning &warning) {
        return QJsonObject{{QStringLiteral("line"), warning.line},
                           {QStringLiteral("message"), warning.message}};
    });
}

Result<void> readKind(const QJsonObject &object, PageRecord &record)
{
    const auto kind = pageKindFromKey(str(object, "kind"));
    if (!kind)
        return Error{record.file, 0, QStringLiteral("unknown page kind \"%1\"").arg(str(object, "kind"))};
    record.kind = *kind;
    // Files written before pages had parts are main pages.
    const QString partKey = str(object, "part");
    const auto part = partKey.isEmpty() ? std::optional<PagePart>(PagePart::Main) : pagePartFromKey(partKey);
    if (!part)
        return Error{record.file, 0, QStringLiteral("unknown page part \"%1\"").arg(partKey)};
    record.part = *part;
    return {};
}

Result<void> readParties(const QJsonObject &object, PageRecord &record)
{
    for (const auto &value : array(object, "actors")) {
        const QJsonObject person = value.toObject();
        record.actors.append(Person{str(person, "name"), str(person, "role")});
    }
    for (const auto &value : array(object, "organizations")) {
        const QJsonObject organization = value.toObject();
        const auto role = organizationRoleFromKey(str(organization, "role"));
        if (!role)
            return Error{record.file, 0,
                         QStringLiteral("unknown organisation role \"%1\"").arg(str(organization, "role"))};
        record.organizations.append(Organization{str(organization, "name"), *role});
    }
    record.funder = str(object, "funder");
    record.funders = stringList(object, "funders");
    record.author = str(object, "author");
    record.places = stringList(object, "places");
    const QJsonObject contact = object.value(u"contact").toObject();
    record.contact = Contact{str(contact, "name"), str(contact, "organization"), str(contact, "email")};
    return {};
}

void readContents(const QJsonObject &object, PageRecord &record)
{
    for (const auto &value : array(object, "links")) {
        const QJsonObject link = value.toObject();
        record.links.append(Link{str(link, "label"), str(link, "url")});
    }
    record.topics = stringList(object, "topics");
    record.phenomena = stringList(object, "phenomena");
    for (const auto &value : array(object, "sub_areas")) {
        const QJsonObject subArea = value.toObject();
        record.subAreas.append(SubArea{subArea.value(u"number").toInt(), str(subArea, "title"),
                                       str(subArea, "goal"), stringList(subArea, "outputs"),
                                       str(subArea, "results"), str(subArea, "benefits"),
                                       str(subArea, "impacts")});
    }
    for (const auto &value : array(object, "sections")) {
        const QJsonObject section = value.toObject();
        record.sections.append(
            Section{str(section, "heading"), str(section, "text"), section.value(u"line").toInt()});
    }
    for (const auto &value : array(object, "warnings")) {
        const QJsonObject warning = value.toObject();
        record.warnings.append(Warning{warning.value(u"line").toInt(), str(warning, "message")});
    }
}

} // namespace

QJsonObject RecordJson::toJson(const PageRecord &record)
{
    QJsonObject object;
    object[u"file"] = record.file;
    object[u"kind"] = pageKindKey(record.kind);
    object[u"part"] = pagePartKey(record.part);
    object[u"name"] = text(record.name);
    object[u"region"] = text(record.region);
    object[u"summary"] = text(record.summary);
    object[u"purpose"] = text(record.purpose);
    object[u"timeline"] = QJsonObject{{QStringLiteral("text"), text(record.timeline.text)},
                                      {QStringLiteral("start_year"), year(record.timeline.startYear)},
                                      {QStringLiteral("end_year"), year(record.timeline.endYear)}};
    writeParties(record, object);
    object[u"parent"] = text(record.parent);
    object[u"practices"] = strings(record.practices);
    object[u"created"] = date(record.created);
    object[u"modified"] = date(record.modified);
    writeContents(record, object);
    object[u"truncated"] = record.truncated;
    object[u"encoding"] = text(record.encoding);
    return object;
}

Result<PageRecord> RecordJson::fromJson(const QJsonObject &object)
{
    PageRecord record;
    record.file = str(object, "file");
    SALKKU_TRY(readKind(object, record));
    record.name = str(object, "name");
    record.region = str(object, "region");
    record.summary = str(object, "summary");
    record.purpose = str(object, "purpose");
    const QJsonObject timeline = object.value(u"timeline").toObject();
    record.timeline =
        Timeline{str(timeline, "text"), optInt(timeline, "start_year"), optInt(timeline, "end_year")};
    SALKKU_TRY(readParties(object, record));
    record.parent = str(object, "parent");
    record.practices = stringList(object, "practices");
    record.created = optDate(object, "created");
    record.modified = optDate(object, "modified");
    readContents(object, record);
    record.truncated = object.value(u"truncated").toBool();
    record.encoding = str(object, "encoding");
    return record;
}

QJsonObject RecordJson::errorToJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("file"), error.file},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("line"), error.line},
                                                             {QStringLiteral("message"), error.message}}}};
}

} // namespace salkku::core
