// The job editor's pages share this base: each page loads its part of a JobSpec, writes it back, claims the
// field paths it shows (validate()'s paths: "source.query", "schedule.cron" …) and shows each issue in a
// message under its field (FieldIssues), the rest in a message at the top of the page.
#pragma once

#include "job/validate.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Ferry {

// Messages under fields, by field path.
class FieldIssues
{
public:
    // A cell for a form row: the field (or cell, when the field sits in a larger widget) with its message
    // under it. The message is hidden until an issue names path.
    QWidget *wrap(const QString &path, QWidget *field, QWidget *cell = nullptr);
    void add(const QString &path, QWidget *field, QLabel *message);
    void clear() { m_slots.clear(); }
    bool contains(const QString &path) const { return m_slots.contains(path); }
    QWidget *field(const QString &path) const;
    // Shows the issues whose path is known here; returns the others.
    QList<ValidationIssue> show(const QList<ValidationIssue> &issues);
    // The text of the message shown under path (empty: none).
    QString message(const QString &path) const;

    static QLabel *newMessageLabel(QWidget *parent);
    static void setMessage(QLabel *label, const QList<ValidationIssue> &issues);

private:
    struct Slot
    {
        QPointer<QWidget> field;
        QPointer<QLabel> message;
    };
    QHash<QString, Slot> m_slots;
};

class JobEditorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorPage)

public:
    explicit JobEditorPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    virtual void load(const JobSpec &job) = 0;
    virtual void apply(JobSpec &job) const = 0;
    // Whether an issue with this path belongs on this page.
    virtual bool ownsField(const QString &path) const = 0;
    // Problems only the form can see (a value that is not a number, a secret with nowhere to keep it).
    virtual QList<ValidationIssue> formIssues() const { return {}; }

    // Shows the page's issues (those it owns) beside their fields.
    virtual void showIssues(const QList<ValidationIssue> &issues);
    // The widget an issue's path names (for focusing it), or null.
    virtual QWidget *fieldWidget(const QString &path) const { return m_issues.field(path); }
    // The message shown for path (tests, accessibility).
    virtual QString issueText(const QString &path) const;

signals:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    // Gives the labels of the page's forms one width, so that fields line up across forms.
    void alignLabels();
    // The page's content, in a scroll area, under a title and a message for issues without a field of their
    // own.
    QVBoxLayout *contentLayout() const { return m_content; }
    QFormLayout *newForm() const;
    // A label for a form row, with its buddy (mnemonics reach the field).
    static QLabel *buddyLabel(const QString &text, QWidget *buddy);
    static QLabel *helpLabel(const QString &text);

    FieldIssues m_issues;

private:
    QVBoxLayout *m_content;
    QLabel *m_pageMessage;
};

} // namespace Ferry
