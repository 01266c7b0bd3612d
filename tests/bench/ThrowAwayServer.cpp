#include "ThrowAwayServer.h"

#include <QFile>
#include <QProcess>

namespace salkku::bench {

namespace {

constexpr int kScriptTimeoutMs = 120000;

core::Result<void> runScript(const QString &action, const QString &state)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("sh"), {QStringLiteral(SALKKU_POSTGRES_CLUSTER_SCRIPT), action, state});
    if (!script.waitForFinished(kScriptTimeoutMs) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0)
        return core::Error{QStringLiteral(SALKKU_POSTGRES_CLUSTER_SCRIPT), 0,
                           QStringLiteral("could not %1 a PostgreSQL cluster: %2")
                               .arg(action, QString::fromLocal8Bit(script.readAll()).trimmed())};
    return {};
}

} // namespace

core::Result<std::unique_ptr<ThrowAwayServer>> ThrowAwayServer::start(const QString &stateFolder)
{
    SALKKU_TRY(runScript(QStringLiteral("start"), stateFolder));
    QFile file(stateFolder + QStringLiteral("/address"));
    if (!file.open(QIODevice::ReadOnly)) {
        (void)runScript(QStringLiteral("stop"), stateFolder);
        return core::Error{file.fileName(), 0, QStringLiteral("the cluster wrote no address")};
    }
    qputenv("PGPASSFILE", (stateFolder + QStringLiteral("/pgpass")).toLocal8Bit());
    return std::unique_ptr<ThrowAwayServer>(
        new ThrowAwayServer(stateFolder, QString::fromUtf8(file.readAll()).trimmed()));
}

ThrowAwayServer::ThrowAwayServer(QString state, QString adminAddress)
    : m_state(std::move(state)), m_adminAddress(std::move(adminAddress))
{}

ThrowAwayServer::~ThrowAwayServer()
{
    (void)runScript(QStringLiteral("stop"), m_state);
}

QString ThrowAwayServer::address(const QString &database) const
{
    return m_adminAddress.left(m_adminAddress.lastIndexOf(u'/') + 1) + database;
}

} // namespace salkku::bench
