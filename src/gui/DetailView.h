#pragma once

#include "storage/StorageTypes.h"

#include <QRegularExpression>
#include <QTextBrowser>

namespace salkku::gui {

// Everything a page says, readable: the header fields, people and organisations as tables, each sub-area as a
// block, the remaining sections in page order, and where it came from. Page text is only ever inserted as
// plain text (never HTML), no resource is loaded from it, and only http(s) and mailto links open, in the
// user's browser or mail program.
class DetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    void showPage(const storage::StoredPage &page);
    // The page's header and one sub-area.
    void showSubArea(const storage::StoredPage &page, int number);
    void showMessage(const QString &message);

    // Marks the words of a search in what is shown (word starts, case aside, "a" also matching "ä" and "å",
    // "o" also "ö"); an empty text removes the marks. Returns how many places were marked.
    int markSearch(const QString &typed);
    static QRegularExpression searchPattern(const QString &typed);

    // Whether a link may be opened: http, https and mailto only.
    static bool isSafeLink(const QUrl &url);
    // The page a link to another page of the portfolio ("salkku-page:12") names, or 0.
    static qint64 pageOfLink(const QUrl &url);

signals:
    // A link to another page of the portfolio was clicked: a project's practice, a practice's project.
    void pageRequested(qint64 pageId);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void openLink(const QUrl &url);

    QString m_search;
};

} // namespace salkku::gui
