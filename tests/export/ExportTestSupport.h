#pragma once

#include "export/ReportDocument.h"
#include "storage/PortfolioStore.h"

#include <QHash>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QGuiApplication;

namespace salkku::testing {

// One QGuiApplication for the test program (fonts need one; the offscreen platform, set by ctest).
QGuiApplication &guiApplication();

// What poppler-utils (pdftotext, pdfinfo, pdffonts) say about a PDF. A missing tool fails the test.
class PdfFile
{
public:
    explicit PdfFile(const QString &path) : m_path(path) {}

    // The text (reading order), or with -layout; pages 1-based, 0: all.
    QString text(int firstPage = 0, int lastPage = 0) const;
    QString layoutText(int firstPage = 0, int lastPage = 0) const;
    int pageCount() const;
    QSizeF pageSize() const; // points, of the first page
    QString fonts() const;   // pdffonts' table

    struct Word
    {
        int page = 0;
        QRectF box;
        QString text;
    };
    QList<Word> words() const; // pdftotext -bbox

private:
    QString m_path;
};

// Runs a program and returns its standard output; fails the test when it cannot run or exits non-zero.
QString runTool(const QString &program, const QStringList &arguments);

// Whitespace (and line ends) collapsed to single spaces: PDF text wraps where the page ends.
QString flat(const QString &text);

// The position of each needle in the haystack, one after the other; -1 from the first that is missing.
// Reports which one is missing or out of order.
::testing::AssertionResult appearInOrder(const QString &haystack, const QStringList &needles);

// A portfolio of the sample pages (data/samples) and, when SALKKU_SEED_DIR is set, the seed pages: fails
// when the variable names a missing folder.
class ExportPortfolio
{
public:
    ExportPortfolio();
    storage::PortfolioStore &store() { return *m_store; }
    QString path() const;
    bool hasSeeds() const { return m_seeds; }
    // The id of the page imported from the seed file whose name begins with prefix ("000"); 0 if none.
    qint64 seed(const QString &prefix) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::PortfolioStore> m_store;
    bool m_seeds = false;
    QHash<QString, qint64> m_seedIds;
};

// A stored page made from a record (no portfolio needed).
storage::StoredPage storedPage(const core::PageRecord &record, qint64 id = 1);

} // namespace salkku::testing
