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

    // The page with the coordinator's own layer about it (tags, follow-up, collections, notes) on top.
    void showPage(const storage::StoredPage &page, const storage::PageAnnotations &annotations = {});
    // The page's header and one sub-area, with what the coordinator has about that sub-area.
    void showSubArea(const storage::StoredPage &page, int number,
                     const storage::PageAnnotations &annotations = {});
    void showMessage(const QString &message);
    // Whether the notes offer Edit and Delete and a retitled sub-area "OK, seen" (not on a read-only
    // portfolio). Applies to what is shown next.
    void setEditable(bool editable) { m_editable = editable; }

    // Marks the words of a search in what is shown (word starts, case aside, "a" also matching "ä" and "å",
    // "o" also "ö"); an empty text removes the marks. Returns how many places were marked.
    int markSearch(const QString &typed);
    static QRegularExpression searchPattern(const QString &typed);

    // Whether a link may be opened: http, https and mailto only.
    static bool isSafeLink(const QUrl &url);
    // The page a link to another page of the portfolio ("salkku-page:12") names, or 0.
    static qint64 pageOfLink(const QUrl &url);
    // The window's own links in the details: "salkku-note-edit:5", "salkku-note-remove:5", "salkku-seen:2".
    static bool isActionLink(const QUrl &url);

signals:
    // A link to another page of the portfolio was clicked: a project's practice, a practice's project.
    void pageRequested(qint64 pageId);
    // The coordinator's links under a note, and "OK, seen" of a sub-area whose title changed.
    void noteEditRequested(qint64 noteId);
    void noteRemoveRequested(qint64 noteId);
    void subAreaSeen(int number);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void openLink(const QUrl &url);

    QString m_search;
    bool m_editable = true;
};

} // namespace salkku::gui
