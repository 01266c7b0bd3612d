// The main window's part for the coordinator's own layer: collections, tags, notes, follow-up, the trash,
// backups and the exchange file. Every annotation write is one small transaction on the GUI thread's
// connection (PortfolioController); the backup runs on a worker with its own connection.
#include "AnnotationDialogs.h"
#include "BackgroundTask.h"
#include "CollectionsPane.h"
#include "GroupOverview.h"
#include "MainWindow.h"
#include "PortfolioController.h"
#include "TrashDialog.h"
#include "core/Comparison.h"
#include "core/UserLayerJson.h"
#include "export/DataFiles.h"
#include "models/CollectionListModel.h"
#include "models/ProjectTreeModel.h"
#include "models/SliceReader.h"
#include "storage/PortfolioStore.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace salkku::gui {

using models::ProjectTreeModel;

namespace {

constexpr int kOverviewLimit = 2000; // projects listed in a group's overview
const auto kAuthorKey = QStringLiteral("notes/author");

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

void MainWindow::setUpLayer()
{
    m_backup = new BackgroundTask(this, this);
    setUpCollections();
    setUpAnnotationActions();
    setUpLayerFiles();
    connect(m_ui->detailView, &DetailView::noteEditRequested, this, &MainWindow::editNote);
    connect(m_ui->detailView, &DetailView::noteRemoveRequested, this, &MainWindow::removeNote);
    connect(m_ui->detailView, &DetailView::subAreaSeen, this, &MainWindow::acknowledgeSubArea);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateLayerActions);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateLayerActions);
}

void MainWindow::setUpCollections()
{
    m_ui->collectionsPane->setModel(m_collections);
    m_ui->sourceSplitter->setStretchFactor(1, 1);
    m_ui->sourceSplitter->setSizes({150, 600});
    connect(m_ui->collectionsPane, &CollectionsPane::collectionChosen, this, &MainWindow::onCollectionChosen);
    connect(m_ui->collectionsPane, &CollectionsPane::newRequested, this, [this] { newCollection({}); });
    connect(m_ui->collectionsPane, &CollectionsPane::renameRequested, this, &MainWindow::renameCollection);
    connect(m_ui->collectionsPane, &CollectionsPane::removeRequested, this, &MainWindow::removeCollection);
    connect(m_collections, &models::CollectionListModel::itemsAdded, this, [this](qint64 id, int count) {
        const QString name =
            m_collections->indexOfCollection(id).data(models::CollectionListModel::NameRole).toString();
        statusBar()->showMessage(tr("Added %n item(s) to “%1”.", nullptr, count).arg(name), 8000);
        if (currentCollection() == id)
            reloadPortfolio();
        showSelection();
    });
    connect(m_collections, &models::CollectionListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_ui->menuAddToCollection, &QMenu::aboutToShow, this, &MainWindow::fillCollectionMenu);
    connect(m_ui->actionNewCollection, &QAction::triggered, this, [this] { newCollection({}); });
    connect(m_ui->actionRemoveFromCollection, &QAction::triggered, this,
            &MainWindow::removeSelectedFromCollection);
}

void MainWindow::setUpAnnotationActions()
{
    auto *statuses = new QActionGroup(this);
    for (const core::FollowUpStatus status : core::followUpStatuses()) {
        QAction *action = m_ui->menuFollowUp->addAction(core::followUpStatusLabel(status));
        action->setData(static_cast<int>(status));
        action->setCheckable(true);
        statuses->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { setFollowUpStatus(status); });
    }
    m_ui->actionMoveToTrash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->projectTree->addAction(m_ui->actionMoveToTrash); // Delete acts in the tree only
    connect(m_ui->actionTags, &QAction::triggered, this, &MainWindow::editTags);
    connect(m_ui->actionAddNote, &QAction::triggered, this, &MainWindow::addNote);
    connect(m_ui->actionFollowUpDate, &QAction::triggered, this, &MainWindow::chooseFollowUpDate);
    connect(m_ui->actionMoveToTrash, &QAction::triggered, this, &MainWindow::moveSelectedToTrash);
    connect(m_ui->actionAuthor, &QAction::triggered, this, &MainWindow::chooseAuthor);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_ui->projectTree->insertActions(
        m_ui->actionMoveToTrash, {separator, m_ui->actionTags, m_ui->actionAddNote,
                                  m_ui->menuFollowUp->menuAction(), m_ui->actionFollowUpDate, separator2,
                                  m_ui->menuAddToCollection->menuAction(), m_ui->actionRemoveFromCollection});
}

void MainWindow::setUpLayerFiles()
{
    connect(m_ui->actionShowTrash, &QAction::triggered, this, &MainWindow::showTrash);
    connect(m_ui->actionRemoveSamples, &QAction::triggered, this, &MainWindow::removeSamplePortfolio);
    connect(m_ui->actionBackup, &QAction::triggered, this, &MainWindow::chooseBackup);
    connect(m_ui->actionExportLayer, &QAction::triggered, this, &MainWindow::chooseExportAnnotations);
    connect(m_ui->actionImportLayer, &QAction::triggered, this, &MainWindow::chooseImportAnnotations);
}

void MainWindow::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_ui->filterBar->setToday([this] { return m_now().toLocalTime().date(); });
}

qint64 MainWindow::currentCollection() const
{
    return m_ui->collectionsPane->currentCollection();
}

void MainWindow::chooseCollection(qint64 id)
{
    m_ui->collectionsPane->choose(id);
}

QList<qint64> MainWindow::selectedPageIds() const
{
    QList<qint64> pages;
    for (const core::ItemRef &item : selectedItems())
        if (!pages.contains(item.pageId))
            pages.append(item.pageId);
    return pages;
}

// "“Name”", "sub-area 2 of “Name”" or "3 items", for a dialog's line.
QString MainWindow::describe(const QList<core::ItemRef> &items) const
{
    if (items.size() != 1)
        return tr("%n selected item(s)", nullptr, static_cast<int>(items.size()));
    storage::PortfolioStore *store = m_portfolio->store();
    auto page = store ? store->page(items.front().pageId) : core::Result<storage::StoredPage>(core::Error{});
    const QString name = page ? core::displayName(page.value().record) : items.front().toString();
    return items.front().subArea > 0 ? tr("sub-area %1 of “%2”").arg(items.front().subArea).arg(name)
                                     : tr("“%1”").arg(name);
}

void MainWindow::confirm(const QString &title, const QString &text, const std::function<void()> &then)
{
    if (!m_interactive) {
        then();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Yes")); // Qt's own translations are not on every system
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [then](int result) {
        if (result == QMessageBox::Yes)
            then();
    });
    box->open();
}

bool MainWindow::reportFailure(const core::Result<void> &result)
{
    if (result)
        return false;
    showError(tr("Cannot save"), result.error().toString());
    return true;
}

void MainWindow::updateLayerActions()
{
    const bool open = m_portfolio->store() != nullptr;
    // A reader of a shared portfolio browses, searches and exports; what would change it is greyed out.
    const bool writable = open && !m_portfolio->store()->readOnly();
    const bool any = writable && !selectedItems().isEmpty();
    for (QAction *action :
         {m_ui->actionTags, m_ui->actionAddNote, m_ui->actionFollowUpDate, m_ui->actionMoveToTrash,
          m_ui->menuFollowUp->menuAction(), m_ui->menuAddToCollection->menuAction()})
        action->setEnabled(any);
    m_ui->actionRemoveFromCollection->setEnabled(any && currentCollection() > 0);
    for (QAction *action : {m_ui->actionNewCollection, m_ui->actionRemoveSamples, m_ui->actionImportLayer})
        action->setEnabled(writable);
    for (QAction *action : {m_ui->actionImportFiles, m_ui->actionImportFolder})
        action->setEnabled(writable || !open);
    for (QAction *action : {m_ui->actionShowTrash, m_ui->actionBackup, m_ui->actionExportLayer})
        action->setEnabled(open);
    m_ui->collectionsPane->setEditable(writable);
    m_ui->detailView->setEditable(writable);
    const QModelIndex current = m_ui->projectTree->currentIndex();
    const int status = current.data(ProjectTreeModel::FollowUpStatusRole).toInt();
    for (QAction *action : m_ui->menuFollowUp->actions())
        action->setChecked(current.data(ProjectTreeModel::KindRole).toInt() ==
                               static_cast<int>(ProjectTreeModel::NodeKind::Project) &&
                           action->data().toInt() == status);
}

// The filter bar's tags (counted under the rest of the filter) and the collections pane's counts.
void MainWindow::refreshLayerChoices()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    storage::BrowseFilter filter = currentFilter();
    filter.tag.clear();
    auto tags = store->coordinator().tagCounts(filter);
    m_ui->filterBar->setTagCounts(tags ? tags.value() : QList<storage::TagCount>());
    m_collections->reload();
}

// After a write: the rows show it at once; a filter that depends on the layer is applied again.
void MainWindow::afterAnnotationChange(const QList<qint64> &pageIds)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    const storage::BrowseFilter filter = m_model->filter();
    // They may have come into the filter or left it; a tree being read may have been read before the change.
    if (isReadingTree() || filter.collection > 0 || !filter.tag.isEmpty() || filter.status || filter.dueBy) {
        placeChangedPages(pageIds);
        m_timelineStale = true;
        syncTimeline();
    } else {
        for (const qint64 pageId : pageIds)
            if (auto annotations = store->coordinator().annotations(pageId))
                m_model->updatePage(pageId, annotations.value().tags, annotations.value().followUp);
    }
    refreshLayerChoices();
    updateStatus();
    showSelection();
    updateLayerActions();
}

void MainWindow::editTags()
{
    storage::PortfolioStore *store = m_portfolio->store();
    const QList<core::ItemRef> items = selectedItems();
    if (!store || items.isEmpty())
        return;
    QStringList current;
    for (const core::ItemRef &item : items) {
        auto annotations = store->coordinator().annotations(item.pageId);
        if (!annotations)
            continue;
        const QStringList tags =
            item.subArea > 0 ? annotations.value().subAreaTags.value(item.subArea) : annotations.value().tags;
        for (const QString &tag : tags)
            if (!current.contains(tag))
                current.append(tag);
    }
    auto known = store->coordinator().tagNames();
    auto *dialog = new TagsDialog(describe(items), current, known ? known.value() : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, items] { applyTags(items, dialog->added(), dialog->removed()); });
    dialog->open();
}

void MainWindow::applyTags(const QList<core::ItemRef> &items, const QStringList &added,
                           const QStringList &removed)
{
    storage::CoordinatorStore &layer = m_portfolio->store()->coordinator();
    QList<qint64> pages;
    for (const core::ItemRef &item : items) {
        for (const QString &tag : added)
            if (reportFailure(layer.addTag(item, tag)))
                return;
        for (const QString &tag : removed)
            if (reportFailure(layer.removeTag(item, tag)))
                return;
        if (!pages.contains(item.pageId))
            pages.append(item.pageId);
    }
    afterAnnotationChange(pages);
}

void MainWindow::addNote()
{
    const QList<core::ItemRef> items = selectedItems();
    if (!m_portfolio->store() || items.isEmpty())
        return;
    const core::ItemRef item = items.front(); // a note is on one item: the first selected
    auto *dialog = new NoteDialog(tr("Add note"), describe({item}), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
        const QString text = dialog->text().trimmed();
        if (text.isEmpty() || !m_portfolio->store())
            return;
        auto added = m_portfolio->store()->coordinator().addNote(item, text, noteAuthor(), m_now());
        if (!added) {
            showError(tr("Cannot save"), added.error().toString());
            return;
        }
        afterAnnotationChange({item.pageId});
    });
    dialog->open();
}

void MainWindow::editNote(qint64 noteId)
{
    const auto note = std::find_if(m_shownAnnotations.notes.cbegin(), m_shownAnnotations.notes.cend(),
                                   [noteId](const core::Note &n) { return n.id == noteId; });
    if (note == m_shownAnnotations.notes.cend() || !m_portfolio->store())
        return;
    const qint64 pageId = m_shownPage;
    auto *dialog = new NoteDialog(tr("Edit note"), describe({{pageId, note->subArea}}), note->text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString basedOn = note->text;
    connect(dialog, &QDialog::accepted, this, [this, dialog, noteId, pageId, basedOn] {
        const QString text = dialog->text().trimmed();
        if (text.isEmpty() || !m_portfolio->store())
            return;
        auto edited =
            m_portfolio->store()->coordinator().editNote(noteId, text, m_now(), basedOn, noteAuthor());
        if (!edited) {
            showError(tr("Cannot save"), edited.error().toString());
            return;
        }
        afterAnnotationChange({pageId});
        if (edited.value().conflict)
            showError(tr("Edit note"),
                      tr("Someone else changed this note while you were editing it. Their text "
                         "was kept, and yours was saved as a new note beside it."));
    });
    dialog->open();
}

void MainWindow::removeNote(qint64 noteId)
{
    const qint64 pageId = m_shownPage;
    confirm(tr("Delete note"), tr("Delete this note? This cannot be undone."), [this, noteId, pageId] {
        if (m_portfolio->store() && !reportFailure(m_portfolio->store()->coordinator().removeNote(noteId)))
            afterAnnotationChange({pageId});
    });
}

void MainWindow::acknowledgeSubArea(int number)
{
    if (m_portfolio->store() && m_shownPage > 0 &&
        !reportFailure(m_portfolio->store()->coordinator().acknowledgeSubArea({m_shownPage, number})))
        afterAnnotationChange({m_shownPage});
}

void MainWindow::setFollowUpStatus(core::FollowUpStatus status)
{
    storage::PortfolioStore *store = m_portfolio->store();
    const QList<qint64> pages = selectedPageIds();
    if (!store)
        return;
    for (const qint64 pageId : pages) {
        auto annotations = store->coordinator().annotations(pageId);
        core::FollowUp followUp = annotations ? annotations.value().followUp : core::FollowUp();
        followUp.status = status;
        if (reportFailure(store->coordinator().setFollowUp(pageId, followUp)))
            return;
    }
    afterAnnotationChange(pages);
}

void MainWindow::chooseFollowUpDate()
{
    storage::PortfolioStore *store = m_portfolio->store();
    const QList<qint64> pages = selectedPageIds();
    if (!store || pages.isEmpty())
        return;
    auto annotations = store->coordinator().annotations(pages.front());
    const std::optional<QDate> current = annotations ? annotations.value().followUp.due : std::nullopt;
    QList<core::ItemRef> items;
    for (const qint64 pageId : pages)
        items.append({pageId, 0});
    auto *dialog = new FollowUpDateDialog(describe(items), current, m_now().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, pages] { setFollowUpDate(pages, dialog->date()); });
    dialog->open();
}

void MainWindow::setFollowUpDate(const QList<qint64> &pageIds, std::optional<QDate> date)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    for (const qint64 pageId : pageIds) {
        auto annotations = store->coordinator().annotations(pageId);
        core::FollowUp followUp = annotations ? annotations.value().followUp : core::FollowUp();
        followUp.due = date;
        if (reportFailure(store->coordinator().setFollowUp(pageId, followUp)))
            return;
    }
    afterAnnotationChange(pageIds);
}

QString MainWindow::noteAuthor() const
{
    const QString author = QSettings().value(kAuthorKey).toString();
    return author.isEmpty() ? systemUserName() : author;
}

void MainWindow::setNoteAuthor(const QString &author)
{
    QSettings().setValue(kAuthorKey, author.simplified());
}

void MainWindow::chooseAuthor()
{
    auto *dialog = new AuthorDialog(noteAuthor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setNoteAuthor(dialog->author()); });
    dialog->open();
}

// Collections.

void MainWindow::onCollectionChosen()
{
    applyFilter(); // the tag counts and collections come with the tree
    updateLayerActions();
    const QString name = m_ui->collectionsPane->currentName();
    if (currentCollection() > 0)
        statusBar()->showMessage(tr("Showing the collection “%1”.").arg(name), 5000);
    else
        statusBar()->clearMessage();
}

qint64 MainWindow::createCollection(const QString &name)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store || name.trimmed().isEmpty())
        return 0;
    auto created = store->coordinator().createCollection(name.trimmed());
    if (!created) {
        showError(tr("Cannot create the collection"), created.error().toString());
        return 0;
    }
    m_collections->reload();
    return created.value();
}

void MainWindow::addToCollection(qint64 collectionId, const QList<core::ItemRef> &items)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store || collectionId <= 0)
        return;
    QList<qint64> pages;
    for (const core::ItemRef &item : items) {
        if (reportFailure(store->coordinator().addToCollection(collectionId, item)))
            break;
        pages.append(item.pageId);
    }
    const QString name =
        m_collections->indexOfCollection(collectionId).data(models::CollectionListModel::NameRole).toString();
    afterAnnotationChange(pages);
    statusBar()->showMessage(
        tr("Added %n item(s) to “%1”.", nullptr, static_cast<int>(pages.size())).arg(name), 8000);
}

void MainWindow::fillCollectionMenu()
{
    m_ui->menuAddToCollection->clear();
    for (const storage::CollectionSummary &collection : m_collections->collections()) {
        QAction *action = m_ui->menuAddToCollection->addAction(
            QStringLiteral("%1 (%2)").arg(collection.name).arg(collection.itemCount));
        const qint64 id = collection.id;
        connect(action, &QAction::triggered, this, [this, id] { addToCollection(id, selectedItems()); });
    }
    if (!m_collections->collections().isEmpty())
        m_ui->menuAddToCollection->addSeparator();
    QAction *create = m_ui->menuAddToCollection->addAction(tr("New collection…"));
    connect(create, &QAction::triggered, this, [this] { newCollection(selectedItems()); });
}

// Asks for a name (QInputDialog, opened, not run); the selected items, if given, go into the new collection.
void MainWindow::newCollection(const QList<core::ItemRef> &addSelected)
{
    if (!m_portfolio->store())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New collection"));
    dialog->setLabelText(tr("Name of the collection:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, addSelected](const QString &name) {
        const qint64 id = createCollection(name);
        if (id > 0 && !addSelected.isEmpty())
            addToCollection(id, addSelected);
    });
    dialog->open();
}

void MainWindow::renameCollection(qint64 id)
{
    if (!m_portfolio->store() || id <= 0)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename collection"));
    dialog->setLabelText(tr("New name of the collection:"));
    dialog->setTextValue(
        m_collections->indexOfCollection(id).data(models::CollectionListModel::NameRole).toString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        if (!name.trimmed().isEmpty() && m_portfolio->store() &&
            !reportFailure(m_portfolio->store()->coordinator().renameCollection(id, name.trimmed())))
            refreshLayerChoices();
    });
    dialog->open();
}

void MainWindow::removeCollection(qint64 id)
{
    const QModelIndex index = m_collections->indexOfCollection(id);
    if (!m_portfolio->store() || id <= 0 || !index.isValid())
        return;
    const QString name = index.data(models::CollectionListModel::NameRole).toString();
    confirm(tr("Delete collection"),
            tr("Delete the collection “%1”? Its projects stay in the portfolio, with their tags and notes.")
                .arg(name),
            [this, id] {
                if (m_portfolio->store() &&
                    !reportFailure(m_portfolio->store()->coordinator().removeCollection(id)))
                    refreshLayerChoices();
            });
}

void MainWindow::removeSelectedFromCollection()
{
    storage::PortfolioStore *store = m_portfolio->store();
    const qint64 collection = currentCollection();
    const QList<core::ItemRef> items = selectedItems();
    if (!store || collection <= 0 || items.isEmpty())
        return;
    QList<qint64> pages;
    for (const core::ItemRef &item : items) {
        if (reportFailure(store->coordinator().removeFromCollection(collection, item)))
            break;
        pages.append(item.pageId);
    }
    afterAnnotationChange(pages);
}

// The trash.

QString MainWindow::trashConsequences(const QList<qint64> &pageIds) const
{
    storage::PortfolioStore *store = m_portfolio->store();
    QStringList lines;
    for (const qint64 pageId : pageIds) {
        auto page = store->page(pageId);
        if (!page)
            continue;
        lines.append(QStringLiteral("• ") + core::displayName(page.value().record));
        for (const storage::PageLink &practice : page.value().practices)
            if (practice.pageId > 0)
                lines.append(QStringLiteral("    ") + tr("with its practice “%1”").arg(practice.name));
        for (const storage::StoredPart &part : page.value().parts)
            lines.append(QStringLiteral("    ") +
                         tr("with its part “%1”").arg(core::displayName(part.record)));
    }
    return lines.join(u'\n');
}

void MainWindow::moveSelectedToTrash()
{
    const QList<qint64> pages = selectedPageIds();
    if (!m_portfolio->store() || pages.isEmpty())
        return;
    confirm(tr("Move to trash"),
            tr("Move to the trash:\n%1\n\nThey leave every list, search and report, and can be restored from "
               "File → Trash with your tags and notes.")
                .arg(trashConsequences(pages)),
            [this, pages] { moveToTrash(pages); });
}

void MainWindow::moveToTrash(const QList<qint64> &pageIds)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    QList<qint64> removed;
    for (const qint64 pageId : pageIds) {
        if (removed.contains(pageId))
            continue; // went with a page before it (a project's practice)
        auto moved = store->coordinator().moveToTrash(pageId, m_now());
        if (!moved) {
            showError(tr("Cannot move to the trash"), moved.error().toString());
            break;
        }
        removed.append(moved.value());
    }
    reloadPortfolio(); // with the tags' counts and the collections
    fillTrash();
    statusBar()->showMessage(tr("Moved %n page(s) to the trash.", nullptr, static_cast<int>(removed.size())),
                             8000);
}

void MainWindow::showTrash()
{
    if (!m_portfolio->store())
        return;
    if (!m_trashDialog) {
        auto *dialog = new TrashDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TrashDialog::restoreRequested, this, &MainWindow::restoreFromTrash);
        connect(dialog, &TrashDialog::emptyRequested, this, &MainWindow::emptyTrash);
        m_trashDialog = dialog;
    }
    fillTrash();
    m_trashDialog->open();
}

void MainWindow::fillTrash()
{
    auto *dialog = qobject_cast<TrashDialog *>(m_trashDialog.data());
    if (!dialog || !m_portfolio->store())
        return;
    auto trash = m_portfolio->store()->coordinator().trash();
    if (!trash)
        statusBar()->showMessage(trash.error().toString());
    dialog->setEntries(trash ? trash.value() : QList<storage::TrashEntry>());
}

void MainWindow::restoreFromTrash(const QList<qint64> &pageIds)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    for (const qint64 pageId : pageIds)
        if (reportFailure(store->coordinator().restore(pageId)))
            break;
    reloadPortfolio(); // with the tags' counts and the collections
    fillTrash();
    statusBar()->showMessage(
        tr("Restored %n page(s) from the trash.", nullptr, static_cast<int>(pageIds.size())), 8000);
}

void MainWindow::emptyTrash()
{
    if (!m_portfolio->store())
        return;
    confirm(
        tr("Empty trash"),
        tr("Delete the pages in the trash for good, with your tags, notes and follow-up on them? This cannot "
           "be undone."),
        [this] {
            auto emptied = m_portfolio->store()->coordinator().emptyTrash();
            if (!emptied) {
                showError(tr("Cannot empty the trash"), emptied.error().toString());
                return;
            }
            fillTrash();
            refreshLayerChoices();
            statusBar()->showMessage(tr("Deleted %n page(s) for good.", nullptr, emptied.value()), 8000);
        });
}

void MainWindow::removeSamplePortfolio()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    const QStringList digests = exporting::DataFiles::sampleDigests();
    if (digests.isEmpty()) {
        showError(tr("Remove the sample portfolio"), tr("The sample portfolio is not installed."));
        return;
    }
    auto pages = store->coordinator().pagesImportedFrom(digests);
    if (!pages) {
        showError(tr("Remove the sample portfolio"), pages.error().toString());
        return;
    }
    if (pages.value().isEmpty()) {
        statusBar()->showMessage(tr("This portfolio has no sample pages."), 8000);
        return;
    }
    const QList<qint64> ids = pages.value();
    confirm(
        tr("Remove the sample portfolio"),
        tr("Move the %n page(s) of the sample portfolio to the trash? Your own pages stay; the samples can "
           "be restored from the trash.",
           nullptr, static_cast<int>(ids.size())),
        [this, ids] { moveToTrash(ids); });
}

// Backup and the exchange file.

void MainWindow::chooseBackup()
{
    if (!m_portfolio->store())
        return;
    const QString suggested =
        QFileInfo(m_portfolio->path()).completeBaseName() + tr("-backup") + QStringLiteral(".sqlite");
    auto *dialog =
        new QFileDialog(this, tr("Back up portfolio"), suggested, tr("Salkku portfolios (*.sqlite)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::backUpTo);
    dialog->open();
}

void MainWindow::backUpTo(const QString &path)
{
    if (!m_portfolio->store() || path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_portfolio->path()).absoluteFilePath()) {
        showError(tr("Back up portfolio"), tr("A backup cannot replace the portfolio itself."));
        emit backedUp(path, false);
        return;
    }
    const QString source = m_portfolio->path();
    m_backup->setInteractive(m_interactive);
    const bool started = m_backup->run<QString>(
        tr("Back up portfolio"), tr("Copying the portfolio to %1…").arg(QDir::toNativeSeparators(path)),
        [source, path](const std::atomic<bool> *, const BackgroundTask::Progress &) -> QString {
            auto store = storage::PortfolioStore::open(source); // this thread's own connection
            if (!store)
                return store.error().toString();
            auto copied = store.value()->backupTo(path);
            return copied ? QString() : copied.error().toString();
        },
        [this, path](const QString &error) {
            if (error.isEmpty())
                statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 15000);
            else
                showError(tr("Backup failed"), error);
            emit backedUp(path, error.isEmpty());
        });
    if (!started)
        statusBar()->showMessage(tr("A backup is already running."), 5000);
}

void MainWindow::chooseExportAnnotations()
{
    if (!m_portfolio->store())
        return;
    auto *dialog = new QFileDialog(this, tr("Export my annotations"), tr("my-annotations.json"),
                                   tr("Annotation files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportAnnotationsTo);
    dialog->open();
}

bool MainWindow::exportAnnotationsTo(const QString &path)
{
    if (!m_portfolio->store())
        return false;
    auto layer = m_portfolio->store()->coordinator().exportLayer();
    if (!layer) {
        showError(tr("Export failed"), layer.error().toString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(core::UserLayerJson::toJson(layer.value())) < 0 ||
        !file.commit()) {
        showError(tr("Export failed"), QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Wrote your annotations on %n item(s) to %1.", nullptr,
                                static_cast<int>(layer.value().items.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             15000);
    return true;
}

void MainWindow::chooseImportAnnotations()
{
    if (!m_portfolio->store())
        return;
    auto *dialog = new QFileDialog(this, tr("Import my annotations"), QString(),
                                   tr("Annotation files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importAnnotationsFrom);
    dialog->open();
}

bool MainWindow::importAnnotationsFrom(const QString &path)
{
    if (!m_portfolio->store())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Import failed"), QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    auto layer = core::UserLayerJson::fromJson(file.readAll(), path);
    auto merged = layer ? m_portfolio->store()->coordinator().importLayer(layer.value())
                        : core::Result<storage::LayerMerge>(layer.error());
    if (!merged) {
        showError(tr("Import failed"), merged.error().toString());
        return false;
    }
    const storage::LayerMerge &m = merged.value();
    const QString summary =
        tr("Merged %1: %2 item(s) in the file; added %3 tag(s), %4 note(s), %5 follow-up(s), "
           "%6 collection(s) and %7 collection entries.")
            .arg(QFileInfo(path).fileName())
            .arg(m.items)
            .arg(m.tagsAdded)
            .arg(m.notesAdded)
            .arg(m.followUpsSet)
            .arg(m.collectionsAdded)
            .arg(m.entriesAdded);
    reloadPortfolio(); // with the tags' counts and the collections
    statusBar()->showMessage(summary, 15000);
    if (m_interactive) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import my annotations"), summary,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->button(QMessageBox::Ok)->setText(tr("OK"));
        box->open();
    }
    return true;
}

// The details: a page with its annotations, a group with its projects.

void MainWindow::showPageWithAnnotations(const QModelIndex &index, const storage::StoredPage &page)
{
    const auto kind = static_cast<ProjectTreeModel::NodeKind>(index.data(ProjectTreeModel::KindRole).toInt());
    auto annotations = m_portfolio->store()->coordinator().annotations(page.id);
    if (!annotations)
        statusBar()->showMessage(annotations.error().toString());
    m_shownPage = page.id;
    m_shownAnnotations = annotations ? annotations.value() : storage::PageAnnotations();
    if (kind == ProjectTreeModel::NodeKind::SubArea)
        m_ui->detailView->showSubArea(page, index.data(ProjectTreeModel::SubAreaNumberRole).toInt(),
                                      m_shownAnnotations);
    else
        m_ui->detailView->showPage(page, m_shownAnnotations);
}

// A group's overview: its title and count at once, its projects once read off the GUI thread (at 10 000
// projects, reading a group's first 2 000 took a third of a second). The same group read again (a reload, a
// language change) keeps what it shows, and where it was scrolled to, until the new rows come.
void MainWindow::showGroupOverview(const QModelIndex &index)
{
    m_shownPage = 0;
    m_shownAnnotations = {};
    Overview next{m_model->grouping(), index.data(ProjectTreeModel::GroupKeyRole).toString(),
                  index.data(ProjectTreeModel::GroupNameRole).toString(),
                  index.data(ProjectTreeModel::CountRole).toInt()};
    GroupOverview *overview = overviewPage();
    const bool same =
        m_overview && m_overview->grouping == next.grouping && m_overview->groupKey == next.groupKey;
    if (same) {
        next.scroll = m_overview->ticket != 0 ? m_overview->scroll : overview->scrollPosition();
        overview->setHeading(next.title, next.total);
    } else {
        overview->showHeading(next.title, next.total);
    }
    m_ui->detailsPage->setCurrentWidget(overview);
    if (m_overviewReader) {
        m_overviewReader->cancel();
        next.ticket = m_overviewReader->request(
            models::SliceReader::Slice{next.grouping, next.groupKey, m_model->filter(), 0, kOverviewLimit});
        m_overview = next;
        return;
    }
    m_overview = next;
    onOverviewReadFailed(0, QString());
}

// The details show something else than a group: the overview's read, if any, is dropped.
void MainWindow::cancelOverview()
{
    if (m_overviewReader && m_overview && m_overview->ticket != 0)
        m_overviewReader->cancel();
    m_overview.reset();
    m_ui->detailsPage->setCurrentWidget(m_ui->detailView);
}

GroupOverview *MainWindow::overviewPage()
{
    if (m_groupOverview)
        return m_groupOverview;
    m_groupOverview = new GroupOverview(m_ui->detailsPage);
    m_groupOverview->setObjectName(QStringLiteral("groupOverview"));
    m_ui->detailsPage->addWidget(m_groupOverview);
    connect(m_groupOverview, &GroupOverview::pageRequested, this, &MainWindow::revealProject);
    return m_groupOverview;
}

void MainWindow::showOverviewRead(quint64 ticket, const QList<storage::PageSummary> &pages)
{
    if (!m_overview || m_overview->ticket != ticket)
        return; // another overview, or none, was asked for since
    showOverview(pages);
}

// The reader could not read (its connection failed): read here, so the details still show the group.
void MainWindow::onOverviewReadFailed(quint64 ticket, const QString &message)
{
    if (!m_overview || m_overview->ticket != ticket)
        return;
    storage::PortfolioStore *store = m_portfolio->store();
    auto pages = store ? store->pagesInGroup(m_overview->grouping, m_overview->groupKey, m_model->filter(), 0,
                                             kOverviewLimit)
                       : core::Result<QList<storage::PageSummary>>(core::Error{QString(), 0, message});
    if (!pages) {
        m_overview.reset();
        m_ui->detailView->showMessage(pages.error().toString());
        m_ui->detailsPage->setCurrentWidget(m_ui->detailView);
        emit overviewRead();
        return;
    }
    if (!message.isEmpty())
        statusBar()->showMessage(message);
    showOverview(pages.value());
}

void MainWindow::showOverview(const QList<storage::PageSummary> &pages)
{
    m_overview->ticket = 0;
    overviewPage()->showPages(pages);
    if (m_overview->scroll >= 0)
        overviewPage()->setScrollPosition(std::exchange(m_overview->scroll, -1));
    emit overviewRead();
}

} // namespace salkku::gui
