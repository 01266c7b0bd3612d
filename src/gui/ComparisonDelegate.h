#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace salkku::gui {

// Draws a comparison cell: its text wrapped to the column (long words too, so nothing is clipped); outputs as
// a list, with those shared by other columns starred and highlighted. The text is laid out as plain text,
// never as markup.
class ComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kMargin = 6;

private:
    void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index,
                int width) const;
};

} // namespace salkku::gui
