#pragma once

#include <QStyledItemDelegate>

namespace salkku::gui {

// The tree's rows: a project's tags and follow-up status as small labels at the right end of its row, so
// that a long name is shortened rather than what the coordinator put on it.
class ProjectTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    struct Chip
    {
        QString text;
        QColor background;
        QColor foreground;
    };
    // The labels of a row: its follow-up (status and date) first, then its tags.
    static QList<Chip> chips(const QModelIndex &index);
};

} // namespace salkku::gui
