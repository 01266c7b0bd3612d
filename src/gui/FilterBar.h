#pragma once

#include "storage/StorageTypes.h"

#include <QComboBox>
#include <QWidget>

#include <memory>

namespace Ui {
class FilterBar;
}

namespace salkku::gui {

// Group-by choice and the filters (region, years from–to, funder, topic) that combine with the search.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The values the filters offer (from the portfolio); keeps the current choices where they still exist.
    void setChoices(const QStringList &regions, const QStringList &funders, const QStringList &topics);

    storage::Grouping grouping() const;
    void setGrouping(storage::Grouping grouping);
    // The filter without the search text.
    storage::BrowseFilter filter() const;
    void clear();

signals:
    void groupingChanged(storage::Grouping grouping);
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillGroupings();
    static void setItems(QComboBox *combo, const QStringList &items, const QString &anyText);

    std::unique_ptr<Ui::FilterBar> m_ui;
    bool m_filling = false;
};

} // namespace salkku::gui
