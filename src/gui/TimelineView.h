#pragma once

#include "models/TimelineModel.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPointer>

#include <vector>

class QPainter;

namespace salkku::gui {

// The timeline: a year axis on top (it stays while the rows scroll), then per region a header row with the
// number of projects and one lane per project — its name on the left, a bar from its start year to its end
// year (whole years, both included) on the right, over a grid of years. Projects that give no year are listed
// in their own group with "no years given" instead of a bar. The current project is highlighted.
//
// Rows have one height (from the font) and groups are few, so every position is arithmetic: painting, hit
// testing and scrolling cost the same with 100 000 projects as with ten, and only the visible rows are read
// from the model.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // The model is not owned (nullptr: empty). The view follows its resets.
    void setModel(models::TimelineModel *model);
    models::TimelineModel *model() const { return m_model; }

    // The highlighted project (0: none).
    qint64 currentProject() const { return m_currentId; }
    // Viewport coordinates, whether or not the rectangle is scrolled into view; empty for a project that is
    // not in the model. visualRect: the project's bar, or the "no years given" text of a project without
    // years. rowRect: the project's whole row.
    QRect visualRect(qint64 pageId) const;
    QRect rowRect(qint64 pageId) const;
    // The project whose row is at a point of the viewport (0: none: a group header, the axis, empty space).
    qint64 projectAt(const QPoint &viewportPosition) const;
    int rowHeight() const { return m_rowHeight; }

    QDate today() const { return m_today; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Highlights a project and scrolls it into view; emits nothing. An id that is not in the model (0 for
    // none) removes the highlight and returns false.
    bool selectProject(qint64 pageId);

signals:
    // The user clicked a project's row or bar, or pressed Enter on the current project.
    void projectActivated(qint64 pageId);
    // The user made another project current (a click, the arrow keys, Page Up/Down, Home, End).
    void currentProjectChanged(qint64 pageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    class Axis;

    // A group's place: the top of its header (content coordinates), its projects, and the number of the first
    // of them counting every project of the view in order ("ordinal").
    struct GroupPlace
    {
        int top = 0;
        int count = 0;
        int firstOrdinal = 0;
    };

    // What is at a height of the content: a group's header (row -1) or one of its projects.
    struct Place
    {
        int group = -1;
        int row = -1;
    };

    struct Colors;

    void modelChanged();
    void updateMetrics();
    void updateLayout();
    void updateScrollBars();
    void placeAxis();
    void retranslate();

    Place placeAt(int contentY) const;
    int ordinalOf(qint64 pageId) const;
    Place placeOfOrdinal(int ordinal) const;
    QModelIndex indexOfOrdinal(int ordinal) const;
    int rowTop(int ordinal) const; // content coordinates
    int contentHeight() const;
    int yearX(int year) const; // viewport coordinates
    QRect barArea() const;     // viewport coordinates: right of the names
    QRect barRect(const QRect &row, int start, int end) const;
    QRect undatedTextRect(const QRect &row) const;
    int pinnedHeaderGroup() const;
    int pinnedHeaderY(int group) const;

    void setCurrentOrdinal(int ordinal, bool byUser);
    void moveCurrent(int delta);
    enum class ScrollHint
    {
        Nearest,
        Center,
    };
    void scrollToOrdinal(int ordinal, ScrollHint hint);

    Colors colors() const;
    void paintGrid(QPainter &painter, const Colors &colors, int bottom) const;
    void paintHeader(QPainter &painter, const Colors &colors, const QRect &rect, int group) const;
    void paintProject(QPainter &painter, const Colors &colors, const QRect &rect, const QModelIndex &index,
                      bool current) const;
    void paintToday(QPainter &painter, const Colors &colors, int bottom) const;
    void paintAxis(QPainter &painter, const QRect &rect) const;

    QPointer<models::TimelineModel> m_model;
    Axis *m_axis = nullptr;
    std::vector<GroupPlace> m_groups;
    int m_projectCount = 0;
    int m_firstYear = 0;
    int m_yearCount = 0; // 0: no project gives a year
    QDate m_today;

    qint64 m_currentId = 0;
    int m_currentOrdinal = -1;
    bool m_scrollPending = false; // scroll to the current project once the view has a size

    // From the font.
    int m_rowHeight = 0;
    int m_headerHeight = 0;
    int m_axisHeight = 0;
    int m_padding = 0;
    int m_minYearWidth = 0;
    int m_maxYearWidth = 0;
    // From the width.
    int m_nameWidth = 0;
    int m_yearWidth = 0;
};

} // namespace salkku::gui
