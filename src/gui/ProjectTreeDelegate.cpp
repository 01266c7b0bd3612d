#include "ProjectTreeDelegate.h"

#include "core/UserLayer.h"
#include "models/ProjectTreeModel.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace salkku::gui {

using models::ProjectTreeModel;

namespace {

constexpr int kChipPadding = 5;
constexpr int kChipGap = 4;

QColor statusColor(core::FollowUpStatus status)
{
    switch (status) {
    case core::FollowUpStatus::Following:
        return {0xd6, 0xe8, 0xfb};
    case core::FollowUpStatus::ToCheck:
        return {0xfc, 0xdf, 0xb0};
    case core::FollowUpStatus::Done:
        return {0xd4, 0xef, 0xd4};
    case core::FollowUpStatus::None:
        break;
    }
    return {0xe8, 0xe8, 0xe8};
}

} // namespace

QList<ProjectTreeDelegate::Chip> ProjectTreeDelegate::chips(const QModelIndex &index)
{
    QList<Chip> chips;
    const auto status =
        static_cast<core::FollowUpStatus>(index.data(ProjectTreeModel::FollowUpStatusRole).toInt());
    const QDate due = index.data(ProjectTreeModel::FollowUpDueRole).toDate();
    QStringList followUp;
    if (status != core::FollowUpStatus::None)
        followUp.append(core::followUpStatusLabel(status));
    if (due.isValid())
        followUp.append(QLocale().toString(due, QLocale::ShortFormat));
    if (!followUp.isEmpty())
        chips.append({followUp.join(QStringLiteral(" · ")), statusColor(status), QColor(0x30, 0x30, 0x30)});
    for (const QString &tag : index.data(ProjectTreeModel::TagsRole).toStringList())
        chips.append({u'#' + tag, QColor(0xe6, 0xe9, 0xf2), QColor(0x2b, 0x3a, 0x67)});
    return chips;
}

void ProjectTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QList<Chip> labels = chips(index);
    if (labels.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString name = index.data(ProjectTreeModel::LabelRole).toString();
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, selection, focus
    const QRect text =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(0, 0, -3, 0);
    const QFontMetrics metrics(item.font);
    // The labels from the right, as many as fit in half of the row; the name gets the rest.
    int used = 0;
    qsizetype shown = 0;
    for (; shown < labels.size(); ++shown) {
        const int width = metrics.horizontalAdvance(labels[shown].text) + 2 * kChipPadding + kChipGap;
        if (used + width > text.width() / 2)
            break;
        used += width;
    }
    painter->save();
    painter->setFont(item.font);
    painter->setPen(
        item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect = text.adjusted(2, 0, -used, 0);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setRenderHint(QPainter::Antialiasing);
    int x = text.right() - used + kChipGap;
    const int height = std::min(text.height() - 2, metrics.height() + 2);
    for (qsizetype i = 0; i < shown; ++i) {
        const int width = metrics.horizontalAdvance(labels[i].text) + 2 * kChipPadding;
        const QRectF chip(x, text.center().y() - height / 2.0 + 0.5, width, height);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.5, height / 2.5);
        painter->fillPath(path, labels[i].background);
        painter->setPen(labels[i].foreground);
        painter->drawText(chip, Qt::AlignCenter, labels[i].text);
        x += width + kChipGap;
    }
    painter->restore();
}

} // namespace salkku::gui
