#include "DataFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace salkku::exporting {

namespace {

QString subdirectory(const QString &name)
{
    const QString data = DataFiles::directory();
    return data.isEmpty() ? QString() : QDir(data).filePath(name);
}

} // namespace

QStringList DataFiles::candidates(const QString &executableFolder)
{
    // SALKKU_DATA_FROM_BIN: the data folder relative to the bin folder ("../share/salkku"), from the install
    // layout (GNUInstallDirs); relative, so the tree can move.
    QStringList folders{
        QDir::cleanPath(QDir(executableFolder).filePath(QStringLiteral(SALKKU_DATA_FROM_BIN)))};
    const QStringList dataFolders = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &folder : dataFolders) {
        const QString candidate = QDir::cleanPath(QDir(folder).filePath(QStringLiteral("salkku")));
        if (!folders.contains(candidate))
            folders.append(candidate);
    }
    return folders;
}

QString DataFiles::directory()
{
    const QStringList folders = candidates(QCoreApplication::applicationDirPath());
    for (const QString &folder : folders) {
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return QString();
}

QString DataFiles::translationsDirectory()
{
    return subdirectory(QStringLiteral("translations"));
}

QString DataFiles::samplesDirectory()
{
    return subdirectory(QStringLiteral("samples"));
}

QStringList DataFiles::sampleDigests()
{
    const QString folder = samplesDirectory();
    if (folder.isEmpty())
        return {};
    QStringList digests;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            digests.append(QString::fromLatin1(hash.result().toHex()));
    }
    digests.sort();
    return digests;
}

} // namespace salkku::exporting
