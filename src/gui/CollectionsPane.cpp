#include "CollectionsPane.h"

#include "models/CollectionListModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salkku::gui {

using models::CollectionListModel;

CollectionsPane::CollectionsPane(QWidget *parent)
    : QWidget(parent), m_view(new QListView(this)), m_title(new QLabel(this)), m_new(new QToolButton(this)),
      m_rename(new QToolButton(this)), m_remove(new QToolButton(this)), m_newAction(new QAction(this)),
      m_renameAction(new QAction(this)), m_removeAction(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 2, 0);
    // In the window's own font: a bold face is a second font file read, matched and rasterised before the
    // window's first paint (7 million instructions of its 65, a tenth of the start-up over a bare window).
    header->addWidget(m_title, 1);
    for (QToolButton *button : {m_new, m_rename, m_remove}) {
        button->setAutoRaise(true);
        header->addWidget(button);
    }
    m_new->setObjectName(QStringLiteral("newCollectionButton"));
    m_rename->setObjectName(QStringLiteral("renameCollectionButton"));
    m_remove->setObjectName(QStringLiteral("removeCollectionButton"));
    layout->addLayout(header);
    m_view->setObjectName(QStringLiteral("collectionList"));
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    // The buttons and the list's context menu do the same.
    m_new->setDefaultAction(m_newAction);
    m_rename->setDefaultAction(m_renameAction);
    m_remove->setDefaultAction(m_removeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_newAction, m_renameAction, m_removeAction});
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_newAction, &QAction::triggered, this, &CollectionsPane::newRequested);
    connect(m_renameAction, &QAction::triggered, this, [this] {
        if (m_current > 0)
            emit renameRequested(m_current);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (m_current > 0)
            emit removeRequested(m_current);
    });
    retranslate();
    updateButtons();
}

void CollectionsPane::setModel(CollectionListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CollectionsPane::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &CollectionsPane::reselect);
}

QString CollectionsPane::currentName() const
{
    if (!m_model)
        return {};
    return m_model->indexOfCollection(m_current).data(CollectionListModel::NameRole).toString();
}

void CollectionsPane::choose(qint64 id)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOfCollection(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void CollectionsPane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return; // a reset: reselect() puts it back
    const qint64 id = current.data(CollectionListModel::CollectionIdRole).toLongLong();
    updateButtons();
    if (id == m_current)
        return;
    m_current = id;
    updateButtons();
    emit collectionChosen(id);
}

// After a reset (another portfolio, a collection created or removed): the same collection if it is still
// there, else the whole portfolio.
void CollectionsPane::reselect()
{
    QModelIndex index = m_model->indexOfCollection(m_current);
    if (!index.isValid())
        index = m_model->indexOfCollection(0);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else if (m_current != 0) {
        m_current = 0;
        emit collectionChosen(0);
    }
    updateButtons();
}

void CollectionsPane::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void CollectionsPane::updateButtons()
{
    m_renameAction->setEnabled(m_editable && m_current > 0);
    m_removeAction->setEnabled(m_editable && m_current > 0);
    m_newAction->setEnabled(m_editable && m_model && m_model->rowCount() > 0);
}

void CollectionsPane::retranslate()
{
    m_title->setText(tr("Collections"));
    m_view->setAccessibleName(tr("Collections"));
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("New collection…"));
    m_renameAction->setText(tr("Rename"));
    m_renameAction->setToolTip(tr("Rename the collection… (F2)"));
    m_removeAction->setText(tr("Delete"));
    m_removeAction->setToolTip(tr("Delete the collection (its projects stay in the portfolio)… (Delete)"));
}

void CollectionsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace salkku::gui
