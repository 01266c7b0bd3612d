#include "TimelineView.h"

#include "models/TimelineModel.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace salkku::gui {

using models::TimelineModel;

namespace {

// a + (b − a)·t, channel by channel: shades between two palette colours, so that dark themes work too.
QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](float x, float y) { return static_cast<float>(x + (y - x) * t); };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

// Of two colours, the one that reads better on a background.
QColor readableOn(const QColor &background, const QColor &one, const QColor &other)
{
    const auto distance = [&background](const QColor &c) {
        return std::abs(c.lightnessF() - background.lightnessF());
    };
    return distance(one) >= distance(other) ? one : other;
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

struct TimelineView::Colors
{
    QColor base;
    QColor text;
    QColor muted;
    QColor grid;
    QColor axis;
    QColor axisLine;
    QColor header;
    QColor bar;
    QColor barText;
    QColor current;
    QColor currentText;
    QColor currentBand;
    QColor today;
    QColor todayLine;
};

// The year axis above the viewport: a child of the view, painted by it, so it stays when the rows scroll.
class TimelineView::Axis : public QWidget
{
public:
    explicit Axis(TimelineView *view) : QWidget(view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_view->paintAxis(painter, rect());
    }

private:
    TimelineView *m_view;
};

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent), m_axis(new Axis(this)), m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    retranslate();
    updateMetrics();
    updateLayout();
}

TimelineView::~TimelineView() = default;

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Projects as bars over the years, grouped by region"));
}

void TimelineView::setModel(TimelineModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::modelChanged);
        connect(m_model, &QObject::destroyed, this, &TimelineView::modelChanged);
    }
    modelChanged();
}

void TimelineView::modelChanged()
{
    updateLayout();
    m_currentOrdinal = m_currentId != 0 ? ordinalOf(m_currentId) : -1;
    if (m_currentOrdinal < 0) {
        m_currentId = 0;
        verticalScrollBar()->setValue(0);
    } else {
        scrollToOrdinal(m_currentOrdinal, ScrollHint::Center);
    }
    viewport()->update();
    m_axis->update();
}

// Sizes that follow the font: rows a little over one and a half lines high, so that the names breathe.
void TimelineView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_rowHeight = std::max(metrics.height() + 8, (metrics.height() * 8 + 2) / 5);
    m_headerHeight = m_rowHeight + m_rowHeight / 2;
    m_axisHeight = m_rowHeight + 4;
    m_padding = std::max(4, metrics.height() / 2);
    m_minYearWidth = metrics.horizontalAdvance(QStringLiteral("8888")) + 2 * m_padding;
    m_maxYearWidth = std::max(m_minYearWidth, metrics.height() * 12);
    setViewportMargins(0, m_axisHeight, 0, 0);
    placeAxis();
}

void TimelineView::updateLayout()
{
    m_groups.clear();
    m_projectCount = 0;
    m_yearCount = 0;
    if (m_model) {
        int top = 0;
        const int groups = m_model->rowCount();
        m_groups.reserve(static_cast<size_t>(groups));
        for (int group = 0; group < groups; ++group) {
            const int count = m_model->rowCount(m_model->index(group, 0));
            m_groups.push_back(GroupPlace{top, count, m_projectCount});
            top += m_headerHeight + count * m_rowHeight;
            m_projectCount += count;
        }
        if (const auto years = m_model->yearRange()) {
            m_firstYear = years->first;
            m_yearCount = years->last - years->first + 1;
        }
    }
    const int width = viewport()->width();
    const int averageChar = std::max(1, fontMetrics().averageCharWidth());
    m_nameWidth = std::clamp(width * 2 / 5, averageChar * 16, averageChar * 64);
    m_nameWidth = std::max(std::min(m_nameWidth, width / 2), 0);
    const int barWidth = barArea().width();
    m_yearWidth =
        m_yearCount > 0 ? std::clamp(barWidth / m_yearCount, m_minYearWidth, m_maxYearWidth) : m_minYearWidth;
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    const int height = viewport()->height();
    verticalScrollBar()->setRange(0, std::max(0, contentHeight() - height));
    verticalScrollBar()->setSingleStep(m_rowHeight);
    verticalScrollBar()->setPageStep(std::max(m_rowHeight, height - m_headerHeight));
    const int barWidth = barArea().width();
    horizontalScrollBar()->setRange(0, std::max(0, m_yearCount * m_yearWidth - barWidth));
    horizontalScrollBar()->setSingleStep(m_yearWidth);
    horizontalScrollBar()->setPageStep(std::max(1, barWidth));
}

void TimelineView::placeAxis()
{
    const QRect port = viewport()->geometry();
    m_axis->setGeometry(port.left(), port.top() - m_axisHeight, port.width(), m_axisHeight);
}

int TimelineView::contentHeight() const
{
    if (m_groups.empty())
        return 0;
    const GroupPlace &last = m_groups.back();
    return last.top + m_headerHeight + last.count * m_rowHeight + m_padding;
}

QRect TimelineView::barArea() const
{
    const int width = viewport()->width() - m_nameWidth - m_padding;
    return QRect(m_nameWidth, 0, std::max(0, width), viewport()->height());
}

int TimelineView::yearX(int year) const
{
    return m_nameWidth + (year - m_firstYear) * m_yearWidth - horizontalScrollBar()->value();
}

QRect TimelineView::barRect(const QRect &row, int start, int end) const
{
    const int inset = m_rowHeight / 5;
    // Whole years, both included; a little air between bars that meet at a year boundary.
    const int left = yearX(start) + 2;
    const int right = yearX(end + 1) - 2;
    return QRect(QPoint(left, row.top() + inset), QPoint(right - 1, row.bottom() - inset));
}

QRect TimelineView::undatedTextRect(const QRect &row) const
{
    const QRect area = barArea();
    const int width = fontMetrics().horizontalAdvance(tr("no years given")) + 2 * m_padding;
    return QRect(area.left() + m_padding / 2, row.top(), std::min(width, area.width()), row.height());
}

TimelineView::Place TimelineView::placeAt(int contentY) const
{
    const auto after = std::upper_bound(m_groups.begin(), m_groups.end(), contentY,
                                        [](int y, const GroupPlace &group) { return y < group.top; });
    if (after == m_groups.begin())
        return {};
    const int group = static_cast<int>(after - m_groups.begin()) - 1;
    const GroupPlace &place = m_groups[static_cast<size_t>(group)];
    const int local = contentY - place.top;
    if (local < m_headerHeight)
        return Place{group, -1};
    const int row = (local - m_headerHeight) / m_rowHeight;
    return row < place.count ? Place{group, row} : Place{};
}

TimelineView::Place TimelineView::placeOfOrdinal(int ordinal) const
{
    if (ordinal < 0 || ordinal >= m_projectCount)
        return {};
    const auto after =
        std::upper_bound(m_groups.begin(), m_groups.end(), ordinal,
                         [](int o, const GroupPlace &group) { return o < group.firstOrdinal; });
    // The last group starting at or before the ordinal (an empty group, were there one, is passed over).
    const int group = static_cast<int>(after - m_groups.begin()) - 1;
    return Place{group, ordinal - m_groups[static_cast<size_t>(group)].firstOrdinal};
}

QModelIndex TimelineView::indexOfOrdinal(int ordinal) const
{
    const Place place = placeOfOrdinal(ordinal);
    if (!m_model || place.group < 0)
        return {};
    return m_model->index(place.row, 0, m_model->index(place.group, 0));
}

int TimelineView::ordinalOf(qint64 pageId) const
{
    if (!m_model || pageId == 0)
        return -1;
    const QModelIndex index = m_model->findProject(pageId);
    const int group = index.parent().row();
    if (!index.isValid() || group < 0 || group >= static_cast<int>(m_groups.size()))
        return -1;
    return m_groups[static_cast<size_t>(group)].firstOrdinal + index.row();
}

int TimelineView::rowTop(int ordinal) const
{
    const Place place = placeOfOrdinal(ordinal);
    if (place.group < 0)
        return 0;
    return m_groups[static_cast<size_t>(place.group)].top + m_headerHeight + place.row * m_rowHeight;
}

// The group whose header is drawn at the top while its projects scroll under it; -1 when its own header is
// in view (or there is none).
int TimelineView::pinnedHeaderGroup() const
{
    const int scrollY = verticalScrollBar()->value();
    const Place place = placeAt(scrollY);
    if (place.group < 0 || m_groups[static_cast<size_t>(place.group)].top >= scrollY)
        return -1;
    return place.group;
}

// The next group's header pushes the pinned one up.
int TimelineView::pinnedHeaderY(int group) const
{
    const auto next = static_cast<size_t>(group) + 1;
    if (next >= m_groups.size())
        return 0;
    return std::min(0, m_groups[next].top - verticalScrollBar()->value() - m_headerHeight);
}

qint64 TimelineView::projectAt(const QPoint &position) const
{
    if (!m_model || !viewport()->rect().contains(position))
        return 0;
    const int pinned = pinnedHeaderGroup();
    if (pinned >= 0) {
        const int y = pinnedHeaderY(pinned);
        if (position.y() >= y && position.y() < y + m_headerHeight)
            return 0;
    }
    const Place place = placeAt(position.y() + verticalScrollBar()->value());
    if (place.row < 0)
        return 0;
    return m_model->index(place.row, 0, m_model->index(place.group, 0))
        .data(TimelineModel::PageIdRole)
        .toLongLong();
}

QRect TimelineView::rowRect(qint64 pageId) const
{
    const int ordinal = ordinalOf(pageId);
    if (ordinal < 0)
        return {};
    return QRect(0, rowTop(ordinal) - verticalScrollBar()->value(), viewport()->width(), m_rowHeight);
}

QRect TimelineView::visualRect(qint64 pageId) const
{
    const int ordinal = ordinalOf(pageId);
    if (ordinal < 0)
        return {};
    const QRect row = rowRect(pageId);
    const QModelIndex index = indexOfOrdinal(ordinal);
    const QVariant start = index.data(TimelineModel::StartYearRole);
    if (!start.isValid())
        return undatedTextRect(row);
    return barRect(row, start.toInt(), index.data(TimelineModel::EndYearRole).toInt());
}

bool TimelineView::selectProject(qint64 pageId)
{
    const int ordinal = ordinalOf(pageId);
    if (ordinal < 0) {
        setCurrentOrdinal(-1, false);
        return false;
    }
    setCurrentOrdinal(ordinal, false);
    scrollToOrdinal(ordinal, ScrollHint::Center);
    return true;
}

void TimelineView::setCurrentOrdinal(int ordinal, bool byUser)
{
    if (ordinal == m_currentOrdinal)
        return;
    m_currentOrdinal = ordinal;
    m_currentId = ordinal >= 0 ? indexOfOrdinal(ordinal).data(TimelineModel::PageIdRole).toLongLong() : 0;
    viewport()->update();
    if (byUser)
        emit currentProjectChanged(m_currentId);
}

void TimelineView::moveCurrent(int delta)
{
    if (m_projectCount == 0)
        return;
    int target = 0;
    if (m_currentOrdinal >= 0) {
        target = std::clamp(m_currentOrdinal + delta, 0, m_projectCount - 1);
    } else {
        // Nothing current yet: start from the first project in view.
        const int scrollY = verticalScrollBar()->value();
        for (int y = scrollY + m_headerHeight; y < scrollY + viewport()->height(); y += m_rowHeight) {
            const Place place = placeAt(y);
            if (place.row >= 0) {
                target = m_groups[static_cast<size_t>(place.group)].firstOrdinal + place.row;
                break;
            }
        }
    }
    setCurrentOrdinal(target, true);
    scrollToOrdinal(target, ScrollHint::Nearest);
}

// Vertically: the row below the pinned header and above the bottom; when it has to move, by as little as
// possible (the keyboard) or to the middle (a jump from elsewhere). Horizontally: as much of the bar as fits.
void TimelineView::scrollToOrdinal(int ordinal, ScrollHint hint)
{
    if (ordinal < 0)
        return;
    const int height = viewport()->height();
    if (!isVisible() || height <= 0) {
        m_scrollPending = true;
        return;
    }
    m_scrollPending = false;
    const int top = rowTop(ordinal);
    QScrollBar *vertical = verticalScrollBar();
    const bool above = top - m_headerHeight < vertical->value();
    const bool below = top + m_rowHeight > vertical->value() + height;
    if ((above || below) && hint == ScrollHint::Center)
        vertical->setValue(top - (height - m_rowHeight) / 2);
    else if (above)
        vertical->setValue(top - m_headerHeight);
    else if (below)
        vertical->setValue(top + m_rowHeight - height);

    const QModelIndex index = indexOfOrdinal(ordinal);
    const QVariant start = index.data(TimelineModel::StartYearRole);
    if (!start.isValid() || m_yearCount == 0)
        return;
    const int end = index.data(TimelineModel::EndYearRole).toInt();
    const int left = (start.toInt() - m_firstYear) * m_yearWidth;
    const int right = (end + 1 - m_firstYear) * m_yearWidth;
    const int width = barArea().width();
    QScrollBar *horizontal = horizontalScrollBar();
    if (left < horizontal->value())
        horizontal->setValue(left);
    else if (right > horizontal->value() + width)
        horizontal->setValue(std::min(left, right - width));
}

QSize TimelineView::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return QSize(metrics.averageCharWidth() * 110, m_axisHeight + m_headerHeight + m_rowHeight * 14);
}

QSize TimelineView::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return QSize(metrics.averageCharWidth() * 40, m_axisHeight + m_headerHeight + m_rowHeight * 3);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    placeAxis();
    updateLayout();
    if (m_scrollPending)
        scrollToOrdinal(m_currentOrdinal, ScrollHint::Center);
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_scrollPending)
        scrollToOrdinal(m_currentOrdinal, ScrollHint::Center);
}

// Everything is painted from the scroll values (the pinned header and the axis are not plain scrolled
// pixels).
void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
    m_axis->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateMetrics();
        updateLayout();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
    viewport()->update();
    m_axis->update();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const qint64 pageId = projectAt(event->position().toPoint());
    if (pageId == 0) {
        event->ignore();
        return;
    }
    setCurrentOrdinal(ordinalOf(pageId), true);
    emit projectActivated(pageId);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int page = std::max(1, (viewport()->height() - m_headerHeight) / std::max(1, m_rowHeight) - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        break;
    case Qt::Key_Down:
        moveCurrent(1);
        break;
    case Qt::Key_PageUp:
        moveCurrent(-page);
        break;
    case Qt::Key_PageDown:
        moveCurrent(page);
        break;
    case Qt::Key_Home:
        moveCurrent(-m_projectCount);
        break;
    case Qt::Key_End:
        moveCurrent(m_projectCount);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentId == 0) {
            event->ignore();
            return;
        }
        emit projectActivated(m_currentId);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_model)
        return QAbstractScrollArea::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    const qint64 pageId = projectAt(help->pos());
    if (pageId != 0) {
        text = m_model->findProject(pageId).data(Qt::ToolTipRole).toString();
    } else {
        const int pinned = pinnedHeaderGroup();
        const bool onPinned = pinned >= 0 && help->pos().y() >= pinnedHeaderY(pinned) &&
                              help->pos().y() < pinnedHeaderY(pinned) + m_headerHeight;
        const Place place =
            onPinned ? Place{pinned, -1} : placeAt(help->pos().y() + verticalScrollBar()->value());
        if (place.group >= 0 && place.row < 0) {
            const QModelIndex group = m_model->index(place.group, 0);
            text = group.data(TimelineModel::LabelRole).toString() + u'\n' +
                   group.data(Qt::ToolTipRole).toString();
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal),
                           viewport()); // names stay plain text
    return true;
}

TimelineView::Colors TimelineView::colors() const
{
    const QPalette &p = palette();
    Colors c;
    c.base = p.color(QPalette::Base);
    c.text = p.color(QPalette::Text);
    c.muted = p.color(QPalette::PlaceholderText);
    c.grid = mix(c.base, c.text, 0.09);
    c.axis = p.color(QPalette::Window);
    c.axisLine = mix(c.axis, p.color(QPalette::WindowText), 0.25);
    c.header = mix(c.base, c.text, 0.045);
    const QColor highlight = p.color(QPalette::Highlight);
    c.bar = mix(c.base, highlight, 0.5);
    c.barText = readableOn(c.bar, c.text, c.base);
    c.current = highlight;
    c.currentText = readableOn(highlight, p.color(QPalette::HighlightedText), c.text);
    c.currentBand = mix(c.base, highlight, 0.14);
    c.today = p.color(QPalette::Link);
    c.todayLine = mix(c.base, c.today, 0.6);
    return c;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const Colors c = colors();
    painter.fillRect(event->rect(), c.base);
    if (!m_model || m_groups.empty()) {
        painter.setPen(c.muted);
        painter.drawText(viewport()->rect().adjusted(m_padding, m_padding, -m_padding, -m_padding),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_model && !m_model->lastError().isEmpty() ? m_model->lastError()
                                                                    : tr("No projects to show."));
        return;
    }
    const int scrollY = verticalScrollBar()->value();
    const int height = viewport()->height();
    const int width = viewport()->width();
    const int bottom = std::min(height, contentHeight() - scrollY);
    paintGrid(painter, c, bottom);
    paintToday(painter, c, bottom);

    // Only the rows in view are read and painted.
    for (int group = std::max(0, placeAt(scrollY).group); group < static_cast<int>(m_groups.size());
         ++group) {
        const GroupPlace &place = m_groups[static_cast<size_t>(group)];
        const int headerY = place.top - scrollY;
        if (headerY >= height)
            break;
        if (headerY + m_headerHeight > 0)
            paintHeader(painter, c, QRect(0, headerY, width, m_headerHeight), group);
        const int rowsY = headerY + m_headerHeight;
        const int firstRow = std::max(0, floorDiv(-rowsY, m_rowHeight));
        const int lastRow = std::min(place.count - 1, floorDiv(height - 1 - rowsY, m_rowHeight));
        if (firstRow > lastRow)
            continue;
        const QModelIndex parent = m_model->index(group, 0);
        for (int row = firstRow; row <= lastRow; ++row)
            paintProject(painter, c, QRect(0, rowsY + row * m_rowHeight, width, m_rowHeight),
                         m_model->index(row, 0, parent), place.firstOrdinal + row == m_currentOrdinal);
    }
    const int pinned = pinnedHeaderGroup();
    if (pinned >= 0)
        paintHeader(painter, c, QRect(0, pinnedHeaderY(pinned), width, m_headerHeight), pinned);
}

void TimelineView::paintGrid(QPainter &painter, const Colors &colors, int bottom) const
{
    if (m_yearCount == 0 || bottom <= 0)
        return;
    const QRect area = barArea();
    painter.save();
    painter.setClipRect(area.adjusted(0, 0, 1, 0));
    painter.setPen(colors.grid);
    for (int year = m_firstYear; year <= m_firstYear + m_yearCount; ++year) {
        const int x = yearX(year);
        if (x >= area.left() && x <= area.right() + 1)
            painter.drawLine(x, 0, x, bottom - 1);
    }
    painter.restore();
}

void TimelineView::paintToday(QPainter &painter, const Colors &colors, int bottom) const
{
    if (!m_today.isValid() || m_yearCount == 0 || m_today.year() < m_firstYear ||
        m_today.year() >= m_firstYear + m_yearCount || bottom <= 0)
        return;
    const double within = static_cast<double>(m_today.dayOfYear() - 1) / m_today.daysInYear();
    const int x = yearX(m_today.year()) + static_cast<int>(within * m_yearWidth);
    if (!barArea().contains(QPoint(x, 0)))
        return;
    painter.setPen(QPen(colors.todayLine, 1));
    painter.drawLine(x, 0, x, bottom - 1);
}

void TimelineView::paintHeader(QPainter &painter, const Colors &colors, const QRect &rect, int group) const
{
    // Air above, then a band with the region in bold and the number of projects beside it.
    painter.fillRect(rect, colors.base);
    const QRect band(rect.left(), rect.bottom() - m_rowHeight + 1, rect.width(), m_rowHeight);
    painter.fillRect(band, colors.header);
    painter.setPen(colors.grid);
    painter.drawLine(band.bottomLeft(), band.bottomRight());

    const QModelIndex index = m_model->index(group, 0);
    const QString label = index.data(TimelineModel::LabelRole).toString();
    const QString count = tr("%n project(s)", nullptr, index.data(TimelineModel::CountRole).toInt());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int available = rect.width() - 2 * m_padding;
    const QString shownLabel = boldMetrics.elidedText(label, Qt::ElideRight, available);
    painter.setFont(bold);
    painter.setPen(colors.text);
    const QRect text = band.adjusted(m_padding, 0, -m_padding, 0);
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, shownLabel);
    const int countX = text.left() + boldMetrics.horizontalAdvance(shownLabel) + m_padding;
    painter.setFont(font());
    painter.setPen(colors.muted);
    painter.drawText(QRect(countX, band.top(), std::max(0, text.right() - countX), band.height()),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(count, Qt::ElideRight, std::max(0, text.right() - countX)));
}

void TimelineView::paintProject(QPainter &painter, const Colors &colors, const QRect &rect,
                                const QModelIndex &index, bool current) const
{
    if (current) {
        painter.fillRect(rect, colors.currentBand);
        painter.fillRect(QRect(rect.left(), rect.top(), std::max(3, m_padding / 2), rect.height()),
                         hasFocus() ? colors.current : colors.muted);
    }

    // The name, indented under its region, elided to its column.
    const QRect nameRect(rect.left() + 2 * m_padding, rect.top(), m_nameWidth - 3 * m_padding, rect.height());
    QFont nameFont = font();
    nameFont.setBold(current);
    const QFontMetrics nameMetrics(nameFont);
    painter.setFont(nameFont);
    painter.setPen(colors.text);
    painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                     nameMetrics.elidedText(index.data(TimelineModel::LabelRole).toString(), Qt::ElideRight,
                                            std::max(0, nameRect.width())));
    painter.setFont(font());

    const QRect area = barArea();
    painter.save();
    painter.setClipRect(QRect(area.left(), rect.top(), area.width() + 1, rect.height()));
    const QVariant start = index.data(TimelineModel::StartYearRole);
    if (!start.isValid()) {
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(colors.muted);
        painter.drawText(undatedTextRect(rect).adjusted(m_padding / 2, 0, 0, 0),
                         Qt::AlignVCenter | Qt::AlignLeft, tr("no years given"));
        painter.restore();
        return;
    }
    const int end = index.data(TimelineModel::EndYearRole).toInt();
    const QRect bar = barRect(rect, start.toInt(), end);
    const QColor fill = current ? colors.current : colors.bar;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    const qreal radius = std::min(bar.height() / 2.0, 5.0);
    painter.drawRoundedRect(QRectF(bar), radius, radius);

    // The years on the bar, where they fit in the part that is in view.
    const QRect shown = bar.intersected(area);
    const QString years = core::yearsText(start.toInt(), end);
    if (fontMetrics().horizontalAdvance(years) + 2 * m_padding <= shown.width()) {
        painter.setPen(current ? colors.currentText : colors.barText);
        painter.drawText(shown.adjusted(m_padding, 0, -m_padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         years);
    }
    painter.restore();
}

void TimelineView::paintAxis(QPainter &painter, const QRect &rect) const
{
    const Colors c = colors();
    painter.fillRect(rect, c.axis);
    painter.setPen(c.axisLine);
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());

    painter.setPen(c.muted);
    const QRect title(rect.left() + m_padding, rect.top(), m_nameWidth - 2 * m_padding, rect.height());
    painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(tr("%n project(s)", nullptr, m_projectCount), Qt::ElideRight,
                                              std::max(0, title.width())));
    if (m_yearCount == 0)
        return;

    const QRect area = barArea();
    painter.setClipRect(QRect(area.left(), rect.top(), area.width() + 1, rect.height()));
    const int tick = rect.height() / 4;
    for (int year = m_firstYear; year <= m_firstYear + m_yearCount; ++year) {
        const int x = yearX(year);
        painter.setPen(c.axisLine);
        painter.drawLine(x, rect.bottom() - tick, x, rect.bottom());
        if (year == m_firstYear + m_yearCount)
            break;
        const bool thisYear = m_today.isValid() && m_today.year() == year;
        QFont label = font();
        label.setBold(thisYear);
        painter.setFont(label);
        painter.setPen(thisYear ? c.today : c.text);
        painter.drawText(QRect(x, rect.top(), m_yearWidth, rect.height()), Qt::AlignCenter,
                         QString::number(year));
    }
}

} // namespace salkku::gui
