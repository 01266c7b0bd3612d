#pragma once

#include <QString>
#include <QStringList>

namespace salkku::exporting {

// Salkku's data files: the translations both front ends load and the sample portfolio the window imports on
// its first start. They are installed in <prefix>/share/salkku, and a build folder stages them in the same
// place relative to its bin/ (build/app/share/salkku), so the program finds them from where it runs: no path
// of the source or build folder is compiled in, and an installed tree still works when moved elsewhere.
class DataFiles
{
public:
    // The first of candidates(the executable's folder) that is a folder, or empty when none is.
    static QString directory();
    // Where to look, in order: <bin>/../share/salkku (the installed or staged tree the program is in), then
    // salkku in each XDG data folder (QStandardPaths::GenericDataLocation: ~/.local/share, /usr/share, …).
    static QStringList candidates(const QString &executableFolder);
    // directory()'s translations/ and samples/ folders; empty when there is no data folder.
    static QString translationsDirectory();
    static QString samplesDirectory();
    // The SHA-256 (hex) of each file of the sample portfolio: the pages imported from them are the samples,
    // wherever the files were imported from. Empty when there is no data folder.
    static QStringList sampleDigests();
};

} // namespace salkku::exporting
