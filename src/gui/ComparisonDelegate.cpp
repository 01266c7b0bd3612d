#include "ComparisonDelegate.h"

#include "core/Comparison.h"
#include "models/ComparisonModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace salkku::gui {

using models::ComparisonModel;

void ComparisonDelegate::layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                                const QModelIndex &index, int width) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    QTextOption textOption = document.defaultTextOption();
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(textOption);
    document.setTextWidth(std::max(width, 40));

    QTextCursor cursor(&document);
    const auto aspect = static_cast<core::Aspect>(index.data(ComparisonModel::AspectRole).toInt());
    if (aspect != core::Aspect::Outputs && aspect != core::Aspect::CommonOutputs) {
        QTextCharFormat format;
        if (aspect == core::Aspect::Project || aspect == core::Aspect::SubArea)
            format.setFontWeight(QFont::DemiBold);
        cursor.insertText(index.data(Qt::DisplayRole).toString(), format);
        return;
    }
    const QStringList lines = index.data(ComparisonModel::LinesRole).toStringList();
    const QVariantList common = index.data(ComparisonModel::CommonLinesRole).toList();
    const QColor mark = option.palette.color(QPalette::Highlight);
    QColor background = mark;
    background.setAlpha(40);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTextBlockFormat block;
        block.setIndent(0);
        block.setTextIndent(-option.fontMetrics.horizontalAdvance(QStringLiteral("★ ")));
        block.setLeftMargin(option.fontMetrics.horizontalAdvance(QStringLiteral("★ ")));
        block.setBottomMargin(3);
        const bool shared = common.value(i).toBool();
        if (shared)
            block.setBackground(background);
        if (i > 0)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        QTextCharFormat bullet;
        if (shared) {
            bullet.setForeground(mark);
            bullet.setFontWeight(QFont::Bold);
        }
        cursor.insertText(shared ? QStringLiteral("★ ") : QStringLiteral("• "), bullet);
        QTextCharFormat text;
        if (shared)
            text.setFontWeight(QFont::DemiBold);
        cursor.insertText(lines[i], text);
    }
}

void ComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus only; the text is drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    layOut(document, option, index, area.width());
    painter->save();
    painter->translate(area.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), area.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                                 ? option.palette.color(QPalette::HighlightedText)
                                                 : option.palette.color(QPalette::Text));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ComparisonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    const int width = option.rect.width() > 0 ? option.rect.width() - 2 * kMargin : 280;
    layOut(document, option, index, width);
    return {width + 2 * kMargin, static_cast<int>(std::ceil(document.size().height())) + 2 * kMargin};
}

} // namespace salkku::gui
