#include "FilterBar.h"

#include "ui_FilterBar.h"

#include <QEvent>
#include <QSignalBlocker>

namespace salkku::gui {

namespace {

constexpr int kNoYear = 1989; // the spin boxes' "any" value, shown as "–"
constexpr int kLastYear = 2100;

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
    setItems(m_ui->regionCombo, {}, tr("All"));
    setItems(m_ui->funderCombo, {}, tr("All"));
    setItems(m_ui->topicCombo, {}, tr("All"));
    for (QComboBox *combo : {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo}) {
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
    if (m_ui->yearFromSpin->value() != kNoYear)
        filter.yearFrom = m_ui->yearFromSpin->value();
    if (m_ui->yearToSpin->value() != kNoYear)
        filter.yearTo = m_ui->yearToSpin->value();
    return filter;
}

void FilterBar::clear()
{
    m_filling = true;
    for (QComboBox *combo : {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo})
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
        for (QComboBox *combo : {m_ui->regionCombo, m_ui->funderCombo, m_ui->topicCombo})
            combo->setItemText(0, tr("All"));
    }
    QWidget::changeEvent(event);
}

} // namespace salkku::gui
