#include "GroupOverviewModel.h"

#include "core/UserLayer.h"

#include <QLocale>

namespace salkku::models {

namespace {

QString followUpText(const core::FollowUp &followUp)
{
    QStringList parts;
    if (followUp.status != core::FollowUpStatus::None)
        parts.append(core::followUpStatusLabel(followUp.status));
    if (followUp.due)
        parts.append(QLocale().toString(*followUp.due, QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

} // namespace

GroupOverviewModel::GroupOverviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupOverviewModel::setPages(const QList<storage::PageSummary> &pages)
{
    beginResetModel();
    m_pages = pages;
    endResetModel();
}

int GroupOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pages.size());
}

int GroupOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::PageSummary &page = m_pages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(page, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == SubAreas ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PageIdRole:
        return page.id;
    case SortRole:
        return sortValue(page, index.column());
    default:
        return {};
    }
}

QVariant GroupOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Project");
    case Years:
        return tr("Years");
    case Funders:
        return tr("Funders");
    case SubAreas:
        return tr("Sub-areas");
    case Tags:
        return tr("Tags");
    case FollowUp:
        return tr("Follow-up");
    default:
        return {};
    }
}

void GroupOverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_pages.isEmpty()) // the follow-up's words and dates
        emit dataChanged(index(0, FollowUp), index(rowCount() - 1, FollowUp));
}

QString GroupOverviewModel::text(const storage::PageSummary &page, int column) const
{
    switch (column) {
    case Name:
        return page.name;
    case Years:
        return core::yearsText(page.startYear, page.endYear);
    case Funders:
        return page.funders.join(QStringLiteral(", "));
    case SubAreas:
        return page.subAreaCount > 0 ? QString::number(page.subAreaCount) : QString();
    case Tags:
        return page.tags.join(QStringLiteral(", "));
    case FollowUp:
        return followUpText(page.followUp);
    default:
        return {};
    }
}

// Undated projects and empty cells sort last in ascending order. Collation keys are bytes: as Latin-1 text
// each byte is one UTF-16 unit, so the proxy's plain string comparison keeps their order (a QByteArray would
// be compared as UTF-8 text, and a key's high bytes are not).
QVariant GroupOverviewModel::sortValue(const storage::PageSummary &page, int column) const
{
    constexpr int kNone = 1'000'000;
    const QString last(1, QChar(0xffff)); // after any key
    switch (column) {
    case Years: { // as shown: by the first year, then the last
        const int first = page.startYear.value_or(page.endYear.value_or(kNone));
        return qint64{first} * 10'000 + page.endYear.value_or(first);
    }
    case SubAreas:
        return page.subAreaCount;
    case FollowUp: // by date, then by status
        if (!page.followUp.isSet())
            return last;
        return (page.followUp.due ? page.followUp.due->toString(Qt::ISODate) : QStringLiteral("9999")) +
               QString::number(static_cast<int>(page.followUp.status));
    default: {
        const QString shown = text(page, column);
        return shown.isEmpty() ? last : QString::fromLatin1(m_collator.sortKey(shown));
    }
    }
}

} // namespace salkku::models
