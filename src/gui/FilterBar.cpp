#include "FilterBar.h"

#include "ui_FilterBar.h"

#include <QEvent>
#include <QSignalBlocker>

namespace salkku::gui {

namespace {

constexpr int kNoYear = 1989; // the spin boxes' "any" value, shown as "–"
constexpr int kLastYear = 2100;
constexpr int kAnyFollowUp = -1; // the follow-up combo's data for "any"
constexpr int kDue = 100;        // and for "due"

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    for (QSpinBox *spin : {m_ui->yearFromSpin, m_ui->yearToSpin}) {
        spin->setRange(kNoYear, kLastYear);
        spin->setSpecialValueText(QStringLiteral("–"));
        spin->setValue(kNoYear);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                emit filterChanged();
        });
    }
    fillGroupings();
    fillFollowUps();
    setItems(m_ui->tagCombo, {}, tr("All"));
    setItems(m_ui->regionCombo, {}, tr("All"));
    setItems(m_ui->funderCombo, {}, tr("All"));
    setItems(m_ui->topicCombo, {}, tr("All"));
    for (QComboBox *combo :
         {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo, m_ui->tagCombo, m_ui->followUpCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit filterChanged();
        });
    }
    connect(m_ui->groupingCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit groupingChanged(grouping());
    });
    connect(m_ui->clearButton, &QToolButton::clicked, this, &FilterBar::clear);
}

FilterBar::~FilterBar() = default;

void FilterBar::fillGroupings()
{
    const int current = m_ui->groupingCombo->currentIndex();
    m_filling = true;
    m_ui->groupingCombo->clear();
    m_ui->groupingCombo->addItem(tr("Region"), static_cast<int>(storage::Grouping::Region));
    m_ui->groupingCombo->addItem(tr("Maakunta"), static_cast<int>(storage::Grouping::Maakunta));
    m_ui->groupingCombo->addItem(tr("Start year"), static_cast<int>(storage::Grouping::StartYear));
    m_ui->groupingCombo->addItem(tr("Funder"), static_cast<int>(storage::Grouping::Funder));
    m_ui->groupingCombo->addItem(tr("Topic"), static_cast<int>(storage::Grouping::Topic));
    m_ui->groupingCombo->setCurrentIndex(current < 0 ? 0 : current);
    m_filling = false;
}

void FilterBar::fillFollowUps()
{
    const int current = m_ui->followUpCombo->currentIndex();
    const bool filling = m_filling;
    m_filling = true;
    m_ui->followUpCombo->clear();
    m_ui->followUpCombo->addItem(tr("Any"), kAnyFollowUp);
    for (const core::FollowUpStatus status : core::followUpStatuses())
        m_ui->followUpCombo->addItem(core::followUpStatusLabel(status), static_cast<int>(status));
    m_ui->followUpCombo->addItem(tr("Due by today"), kDue);
    m_ui->followUpCombo->setItemData(m_ui->followUpCombo->count() - 1,
                                     tr("Follow-up date today or earlier, and not done"), Qt::ToolTipRole);
    m_ui->followUpCombo->setCurrentIndex(current < 0 ? 0 : current);
    m_filling = filling;
}

void FilterBar::setTagCounts(const QList<storage::TagCount> &tags)
{
    const bool filling = m_filling;
    m_filling = true;
    const QString current = m_ui->tagCombo->currentData().toString();
    m_ui->tagCombo->clear();
    m_ui->tagCombo->addItem(tr("All"), QString());
    for (const storage::TagCount &tag : tags)
        m_ui->tagCombo->addItem(QStringLiteral("%1 (%2)").arg(tag.name).arg(tag.count), tag.name);
    if (!current.isEmpty() && m_ui->tagCombo->findData(current) < 0)
        m_ui->tagCombo->addItem(QStringLiteral("%1 (0)").arg(current), current);
    m_ui->tagCombo->setCurrentIndex(std::max(0, m_ui->tagCombo->findData(current)));
    m_filling = filling;
}

void FilterBar::setTag(const QString &tag)
{
    int index = m_ui->tagCombo->findData(tag);
    if (index < 0) {
        m_ui->tagCombo->addItem(QStringLiteral("%1 (0)").arg(tag), tag);
        index = m_ui->tagCombo->count() - 1;
    }
    m_ui->tagCombo->setCurrentIndex(index);
}

void FilterBar::setFollowUp(std::optional<core::FollowUpStatus> status, bool due)
{
    const int choice = due ? kDue : status ? static_cast<int>(*status) : kAnyFollowUp;
    m_ui->followUpCombo->setCurrentIndex(std::max(0, m_ui->followUpCombo->findData(choice)));
}

void FilterBar::setItems(QComboBox *combo, const QStringList &items, const QString &anyText)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &item : items)
        combo->addItem(item, item);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setChoices(const QStringList &regions, const QStringList &funders, const QStringList &topics)
{
    m_filling = true;
    const storage::BrowseFilter before = filter();
    // The combos keep the width they had when first shown (at least their minimumContentsLength), except the
    // region's, which grows to its names. Not set in the form: setting a combo's size policy makes its popup
    // list at once, and the filter bar's five popups cost the window's first paint a millisecond.
    m_ui->regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setItems(m_ui->regionCombo, regions, tr("All"));
    setItems(m_ui->funderCombo, funders, tr("All"));
    setItems(m_ui->topicCombo, topics, tr("All"));
    m_filling = false;
    if (filter() != before)
        emit filterChanged();
}

storage::Grouping FilterBar::grouping() const
{
    return static_cast<storage::Grouping>(m_ui->groupingCombo->currentData().toInt());
}

void FilterBar::setGrouping(storage::Grouping grouping)
{
    m_ui->groupingCombo->setCurrentIndex(m_ui->groupingCombo->findData(static_cast<int>(grouping)));
}

storage::BrowseFilter FilterBar::filter() const
{
    storage::BrowseFilter filter;
    filter.region = m_ui->regionCombo->currentData().toString();
    filter.funder = m_ui->funderCombo->currentData().toString();
    filter.topic = m_ui->topicCombo->currentData().toString();
    filter.tag = m_ui->tagCombo->currentData().toString();
    const int followUp = m_ui->followUpCombo->currentData().toInt();
    if (followUp == kDue)
        filter.dueBy = m_today();
    else if (followUp != kAnyFollowUp)
        filter.status = static_cast<core::FollowUpStatus>(followUp);
    if (m_ui->yearFromSpin->value() != kNoYear)
        filter.yearFrom = m_ui->yearFromSpin->value();
    if (m_ui->yearToSpin->value() != kNoYear)
        filter.yearTo = m_ui->yearToSpin->value();
    return filter;
}

void FilterBar::clear()
{
    m_filling = true;
    for (QComboBox *combo :
         {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo, m_ui->tagCombo, m_ui->followUpCombo})
        combo->setCurrentIndex(0);
    m_ui->yearFromSpin->setValue(kNoYear);
    m_ui->yearToSpin->setValue(kNoYear);
    m_filling = false;
    emit filterChanged();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillGroupings();
        fillFollowUps();
        for (QComboBox *combo : {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo, m_ui->tagCombo})
            combo->setItemText(0, tr("All"));
    }
    QWidget::changeEvent(event);
}

} // namespace salkku::gui
