#pragma once

#include "storage/StorageTypes.h"

#include <QComboBox>
#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class FilterBar;
}

namespace salkku::gui {

// Group-by choice and the filters (region, years from–to, funder, topic, the coordinator's tag and follow-up)
// that combine with the search.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The values the filters offer (from the portfolio); keeps the current choices where they still exist.
    void setChoices(const QStringList &regions, const QStringList &funders, const QStringList &topics);

    // The coordinator's tags under the current filter, shown as "name (count)".
    void setTagCounts(const QList<storage::TagCount> &tags);
    // Shows only pages with this tag ("" for any); the tag stays offered even where no page shows it.
    void setTag(const QString &tag);
    // The follow-up choice: any, a status, or due (a follow-up date on or before today).
    void setFollowUp(std::optional<core::FollowUpStatus> status, bool due = false);
    // Where "today" comes from for the due filter (tests: a fixed day).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

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
    void fillFollowUps();
    static void setItems(QComboBox *combo, const QStringList &items, const QString &anyText);

    std::unique_ptr<Ui::FilterBar> m_ui;
    bool m_filling = false;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace salkku::gui
