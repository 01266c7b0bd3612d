#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace salkku::models {
class ComparisonModel;
}

namespace salkku::gui {

// The Compare tab: the comparison as a table, one column per project or sub-area and one row per aspect, so
// rows keep their height across columns and the columns scroll together. Columns are reordered by dragging
// their headers or with the arrows, and removed with the header's menu, the toolbar or Delete. With nothing
// to compare it says how to start.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    void setModel(models::ComparisonModel *model);
    models::ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The column the user works on (the current cell's), -1 when none.
    int currentColumn() const;

    void moveCurrentLeft();
    void moveCurrentRight();
    void removeCurrent();
    // Copies the current cell's text (Ctrl+C).
    void copyCurrent();

signals:
    void exportPdfRequested();
    void exportCsvRequested();
    void projectActivated(qint64 pageId); // a column's header was double-clicked

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpTable();
    void setUpLayout();
    void setUpActions();
    void retranslate();
    void updateState();
    void fitColumns();
    void onSectionMoved(int logical, int oldVisual, int newVisual);
    void showHeaderMenu(const QPoint &position);
    void selectColumn(int column);

    models::ComparisonModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_left = nullptr;
    QToolButton *m_right = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_csv = nullptr;
    QToolButton *m_pdf = nullptr;
    bool m_movingBack = false; // undoing the header's own move, to move the model's column instead
};

} // namespace salkku::gui
