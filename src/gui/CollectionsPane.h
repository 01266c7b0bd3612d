#pragma once

#include <QWidget>

class QAction;
class QListView;
class QToolButton;
class QLabel;

namespace salkku::models {
class CollectionListModel;
}

namespace salkku::gui {

// The sources pane above the tree, as in Zotero: the whole portfolio or one collection. Choosing one scopes
// the tree, the comparison's choices, the timeline and the exports to it; tree rows dropped on a collection
// are added to it.
class CollectionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionsPane(QWidget *parent = nullptr);

    void setModel(models::CollectionListModel *model);
    QListView *view() const { return m_view; }
    // The chosen collection; 0: the whole portfolio.
    qint64 currentCollection() const { return m_current; }
    QString currentName() const;
    // Chooses a collection (0: the whole portfolio); emits collectionChosen when that changes the choice.
    void choose(qint64 id);
    // Whether new, rename and remove are offered (not on a read-only portfolio).
    void setEditable(bool editable);

signals:
    void collectionChosen(qint64 id);
    void newRequested();
    void renameRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void reselect();
    void updateButtons();

    models::CollectionListModel *m_model = nullptr;
    QListView *m_view;
    QLabel *m_title;
    QToolButton *m_new;
    QToolButton *m_rename;
    QToolButton *m_remove;
    QAction *m_newAction;
    QAction *m_renameAction;
    QAction *m_removeAction;
    qint64 m_current = 0;
    bool m_editable = true;
};

} // namespace salkku::gui
