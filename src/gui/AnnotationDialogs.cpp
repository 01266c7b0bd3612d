#include "AnnotationDialogs.h"

#include "core/UserLayer.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace salkku::gui {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    // Named here too: Qt's own translations are not on every system.
    buttons->button(QDialogButtonBox::Ok)->setText(TagsDialog::tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(TagsDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Completes the tag being typed after the last comma, keeping those before it.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(const QStringList &tags, QObject *parent) : QCompleter(tags, parent) {}

    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString typed = edit ? edit->text() : QString();
        const qsizetype comma = typed.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
        return before + QCompleter::pathFromIndex(index);
    }
};

QStringList splitTags(const QString &typed)
{
    QStringList tags;
    for (const QString &part : typed.split(u',', Qt::SkipEmptyParts))
        if (const QString tag = core::normalizedTag(part); !tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    return tags;
}

} // namespace

TagsDialog::TagsDialog(const QString &what, const QStringList &current, const QStringList &known,
                       QWidget *parent)
    : QDialog(parent), m_current(current), m_list(new QListWidget(this)), m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Tags"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Tags of %1 (uncheck a tag to remove it):").arg(what), this));
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleName(tr("Tags"));
    for (const QString &tag : current) {
        auto *item = new QListWidgetItem(tag, m_list);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_edit->setObjectName(QStringLiteral("tagEdit"));
    m_edit->setAccessibleName(tr("New tags"));
    m_edit->setPlaceholderText(tr("New tags, separated by commas"));
    auto *completer = new TagCompleter(known, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &TagsDialog::addTyped);
    row->addWidget(m_edit, 1);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(okCancel(this));
    m_edit->setFocus();
    resize(420, 320);
}

void TagsDialog::addTyped()
{
    for (const QString &tag : splitTags(m_edit->text())) {
        if (!m_list->findItems(tag, Qt::MatchFixedString).isEmpty())
            continue;
        auto *item = new QListWidgetItem(tag, m_list);
        item->setCheckState(Qt::Checked);
    }
    m_edit->clear();
}

QStringList TagsDialog::added() const
{
    QStringList tags = splitTags(m_edit->text());
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked && !m_current.contains(item->text()) &&
            !tags.contains(item->text()))
            tags.append(item->text());
    }
    return tags;
}

QStringList TagsDialog::removed() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Unchecked && m_current.contains(item->text()))
            tags.append(item->text());
    }
    return tags;
}

void TagsDialog::setNewTags(const QString &text)
{
    m_edit->setText(text);
}

void TagsDialog::uncheck(const QString &tag)
{
    for (QListWidgetItem *item : m_list->findItems(tag, Qt::MatchFixedString))
        item->setCheckState(Qt::Unchecked);
}

NoteDialog::NoteDialog(const QString &title, const QString &what, const QString &text, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Note on %1 (plain text):").arg(what), this));
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_edit->setAccessibleName(tr("Note"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlainText(text);
    layout->addWidget(m_edit, 1);
    layout->addWidget(okCancel(this));
    m_edit->setFocus();
    resize(520, 340);
}

QString NoteDialog::text() const
{
    return m_edit->toPlainText();
}

void NoteDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

FollowUpDateDialog::FollowUpDateDialog(const QString &what, std::optional<QDate> current, QDate today,
                                       QWidget *parent)
    : QDialog(parent), m_edit(new QDateEdit(this)), m_none(new QCheckBox(tr("&No follow-up date"), this))
{
    setWindowTitle(tr("Follow-up date"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("When to follow up %1:").arg(what), this));
    m_edit->setObjectName(QStringLiteral("followUpDate"));
    m_edit->setAccessibleName(tr("Follow-up date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDate(current.value_or(today.addDays(14)));
    m_none->setObjectName(QStringLiteral("noFollowUpDate"));
    connect(m_none, &QCheckBox::toggled, m_edit, &QWidget::setDisabled);
    layout->addWidget(m_edit);
    layout->addWidget(m_none);
    layout->addWidget(okCancel(this));
    setMinimumWidth(380);
}

std::optional<QDate> FollowUpDateDialog::date() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return m_edit->date();
}

void FollowUpDateDialog::setDate(std::optional<QDate> date)
{
    m_none->setChecked(!date);
    if (date)
        m_edit->setDate(*date);
}

AuthorDialog::AuthorDialog(const QString &author, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QFormLayout(this);
    m_edit->setObjectName(QStringLiteral("authorEdit"));
    m_edit->setText(author);
    m_edit->setMinimumWidth(240);
    layout->addRow(tr("&Notes are signed by:"), m_edit);
    layout->addRow(okCancel(this));
}

QString AuthorDialog::author() const
{
    return m_edit->text().simplified();
}

void AuthorDialog::setAuthor(const QString &author)
{
    m_edit->setText(author);
}

} // namespace salkku::gui
