#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

class QTreeView;

namespace salkku::gui {

// Where the coordinator is in the project tree (a ProjectTreeModel's view): the groups open and how many of
// their projects were read, the projects open, the current row and how far the tree is scrolled. Taken before
// the tree is read again under the same search and grouping (a reload, the end of an import) and given back
// after, so that nothing the coordinator had open closes and the details stay on the same page.
class TreeViewState
{
public:
    static TreeViewState of(const QTreeView &view);

    bool isEmpty() const { return m_openGroups.isEmpty() && !m_current; }
    // By group key: the projects read in each open group (BrowseRequest::openGroups).
    const QHash<QString, int> &openGroups() const { return m_openGroups; }
    // The projects open in them, and the current row's project (BrowseRequest::openProjects): their rows are
    // read with the tree, so that a sub-area current is there to be made current again.
    QSet<qint64> projectsToRead() const;
    // Opens the groups and projects that are still there, makes the row current again and scrolls back.
    void restore(QTreeView &view) const;

private:
    // The current row by what it is, not by its place: a group, a project in it, a row under the project.
    struct Current
    {
        QString group;
        qint64 project = 0;
        int childRow = -1;
    };

    QHash<QString, int> m_openGroups;
    QSet<qint64> m_openProjects;
    std::optional<Current> m_current; // none: no row was current (a group's key may be empty: "No region")
    int m_scroll = 0;
};

} // namespace salkku::gui
