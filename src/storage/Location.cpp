#include "Location.h"

#include <QCoreApplication>
#include <QUrl>

namespace salkku::storage {

namespace {

// libpq keywords a Salkku address may carry besides user, host, port and database. Not "password": see
// Location.
const QStringList kAllowedOptions{
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("service"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("gssencmode"),
    QStringLiteral("krbsrvname"),
    QStringLiteral("passfile"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
};

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// The address is not repeated whole: it may hold a password.
core::Error invalid(const QString &why)
{
    return core::Error{
        QStringLiteral("--db"), 0,
        QCoreApplication::translate("salkku::storage", "not a PostgreSQL address: %1").arg(why)};
}

core::Result<void> addOption(Location &location, const QString &key, const QString &value)
{
    if (key == QLatin1String("password"))
        return core::Error{
            QStringLiteral("--db"), 0,
            QCoreApplication::translate("salkku::storage",
                                        "a PostgreSQL address must not hold a password: put it in ~/.pgpass, "
                                        "PGPASSWORD or the service file")};
    if (key == QLatin1String("host"))
        location.host = value;
    else if (key == QLatin1String("port"))
        location.port = value.toInt();
    else if (key == QLatin1String("user"))
        location.user = value;
    else if (key == QLatin1String("dbname"))
        location.database = value;
    else if (kAllowedOptions.contains(key))
        location.options.append(key + u'=' + value);
    else
        return invalid(QCoreApplication::translate("salkku::storage", "unknown setting “%1”").arg(key));
    return {};
}

core::Result<Location> parseUri(const QString &text)
{
    Location location;
    location.backend = Backend::PostgreSQL;
    QString rest = text.mid(text.indexOf(QStringLiteral("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        location.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return core::Error{QStringLiteral("--db"), 0,
                               QCoreApplication::translate(
                                   "salkku::storage",
                                   "a PostgreSQL address must not hold a password: put it in ~/.pgpass, "
                                   "PGPASSWORD or the service file")};
        location.user = decoded(userInfo);
    }
    // host[:port]; an IPv6 address is in brackets.
    qsizetype colon = authority.lastIndexOf(u':');
    if (colon >= 0 && authority.indexOf(u']', colon) < 0) {
        bool ok = false;
        location.port = authority.mid(colon + 1).toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            return invalid(
                QCoreApplication::translate("salkku::storage", "the port must be a number from 1 to 65535"));
        authority.truncate(colon);
    }
    if (authority.startsWith(u'[') && authority.endsWith(u']'))
        authority = authority.mid(1, authority.size() - 2);
    location.host = decoded(authority);
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return invalid(QCoreApplication::translate("salkku::storage", "“%1” is not a setting=value pair")
                               .arg(pair.left(40)));
        SALKKU_TRY(addOption(location, decoded(pair.left(equals)), decoded(pair.mid(equals + 1))));
    }
    return location;
}

// "service=team" or "service=team sslmode=require": libpq's keyword=value form.
core::Result<Location> parseKeywords(const QString &text)
{
    Location location;
    location.backend = Backend::PostgreSQL;
    for (const QString &pair : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return invalid(QCoreApplication::translate("salkku::storage", "“%1” is not a setting=value pair")
                               .arg(pair.left(40)));
        SALKKU_TRY(addOption(location, pair.left(equals), pair.mid(equals + 1)));
    }
    return location;
}

} // namespace

bool Location::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")) ||
           text.startsWith(QLatin1String("service="));
}

Location Location::file(const QString &path)
{
    Location location;
    location.path = path;
    return location;
}

core::Result<Location> Location::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("service=")))
        return parseKeywords(text);
    if (isServerAddress(text))
        return parseUri(text);
    return file(text);
}

QString Location::display() const
{
    if (backend == Backend::SQLite)
        return path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    text += QString::fromUtf8(QUrl::toPercentEncoding(host));
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

} // namespace salkku::storage
