#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace salkku::gui {

// The coordinator's small dialogs. Each is opened with open() and read when accepted (never exec()), so that
// tests fill them in and accept them like a user.

// Tags of the selected items, as in Calibre: the tags they have (uncheck to remove) and new ones to add
// (completed from the tags in use; several at once separated by commas).
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(const QString &what, const QStringList &current, const QStringList &known, QWidget *parent);

    QStringList added() const;
    QStringList removed() const;
    void setNewTags(const QString &text); // tests: as typed
    void uncheck(const QString &tag);     // tests: as clicked

private:
    void addTyped();

    QStringList m_current;
    QListWidget *m_list;
    QLineEdit *m_edit;
};

// A plain-text note.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &title, const QString &what, const QString &text, QWidget *parent);
    QString text() const;
    void setText(const QString &text);

private:
    QPlainTextEdit *m_edit;
};

// The follow-up date, or none.
class FollowUpDateDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDateDialog(const QString &what, std::optional<QDate> current, QDate today, QWidget *parent);
    std::optional<QDate> date() const;
    void setDate(std::optional<QDate> date);

private:
    QDateEdit *m_edit;
    QCheckBox *m_none;
};

// The name notes are signed with.
class AuthorDialog : public QDialog
{
    Q_OBJECT

public:
    AuthorDialog(const QString &author, QWidget *parent);
    QString author() const;
    void setAuthor(const QString &author);

private:
    QLineEdit *m_edit;
};

} // namespace salkku::gui
