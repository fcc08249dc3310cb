#include "jobeditorpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ferry {

QLabel *FieldIssues::newMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("issueLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void FieldIssues::setMessage(QLabel *label, const QList<ValidationIssue> &issues)
{
    if (issues.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    QStringList lines;
    for (const ValidationIssue &i : issues) {
        const bool error = i.severity == ValidationIssue::Error;
        lines.append(QStringLiteral("<img src=\":/icons/24/%1.png\" width=\"16\" height=\"16\"> "
                                    "<span style=\"color:%2\">%3</span>")
                         .arg(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"),
                              error ? QStringLiteral("#c62828") : QStringLiteral("#9a6700"),
                              i.message.toHtmlEscaped()));
    }
    label->setText(lines.join(QStringLiteral("<br>")));
    label->show();
}

QWidget *FieldIssues::wrap(const QString &path, QWidget *field, QWidget *cell)
{
    auto *box = new QWidget;
    // As tall as its content: a form must not hand its spare height to a multi-line field.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(cell ? cell : field);
    QLabel *message = newMessageLabel(box);
    layout->addWidget(message);
    add(path, field, message);
    return box;
}

void FieldIssues::add(const QString &path, QWidget *field, QLabel *message)
{
    m_slots.insert(path, Slot{field, message});
}

QWidget *FieldIssues::field(const QString &path) const
{
    return m_slots.value(path).field;
}

QString FieldIssues::message(const QString &path) const
{
    const Slot s = m_slots.value(path);
    return s.field && s.message && !s.message->isHidden() ? s.field->accessibleDescription() : QString();
}

QList<ValidationIssue> FieldIssues::show(const QList<ValidationIssue> &issues)
{
    QHash<QString, QList<ValidationIssue>> byPath;
    QList<ValidationIssue> rest;
    for (const ValidationIssue &i : issues) {
        if (m_slots.contains(i.field))
            byPath[i.field].append(i);
        else
            rest.append(i);
    }
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (!it->message)
            continue;
        const QList<ValidationIssue> mine = byPath.value(it.key());
        setMessage(it->message, mine);
        if (it->field) {
            QStringList texts;
            for (const ValidationIssue &i : mine)
                texts.append(i.message);
            // A screen reader reads the reason with the field.
            it->field->setAccessibleDescription(texts.join(u'\n'));
            it->field->setProperty("hasIssue", !mine.isEmpty());
        }
    }
    return rest;
}

JobEditorPage::JobEditorPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    m_content->setContentsMargins(12, 8, 12, 8);
    m_pageMessage = FieldIssues::newMessageLabel(inner);
    m_pageMessage->setObjectName(QStringLiteral("pageIssueLabel"));
    m_content->addWidget(m_pageMessage);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
}

QFormLayout *JobEditorPage::newForm() const
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

QLabel *JobEditorPage::buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLabel *JobEditorPage::helpLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("helpLabel"));
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

void JobEditorPage::alignLabels()
{
    // The page's forms (its own and the connector's) share one label column, so their fields line up.
    QList<QFormLayout *> forms;
    for (QLayout *l : findChildren<QLayout *>())
        if (auto *form = qobject_cast<QFormLayout *>(l);
            form && form->parentWidget() && !form->parentWidget()->inherits("QGroupBox"))
            forms.append(form);
    int widest = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : std::as_const(forms))
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                item->widget()->setMinimumWidth(0);
                widest = std::max(widest, item->widget()->sizeHint().width());
                labels.append(item->widget());
            }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

void JobEditorPage::showEvent(QShowEvent *event)
{
    alignLabels();
    QWidget::showEvent(event);
}

void JobEditorPage::showIssues(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> mine;
    for (const ValidationIssue &i : issues)
        if (ownsField(i.field))
            mine.append(i);
    FieldIssues::setMessage(m_pageMessage, m_issues.show(mine));
}

QString JobEditorPage::issueText(const QString &path) const
{
    return m_issues.message(path);
}

} // namespace Ferry
