#include "jobeditorgeneralpage.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ferry {

JobEditorGeneralPage::JobEditorGeneralPage(QWidget *parent) : JobEditorPage(parent)
{
    QFormLayout *form = newForm();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. CRM contacts to the app"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_issues.wrap(QStringLiteral("name"), m_name));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the job is for (optional)"));
    form->addRow(buddyLabel(tr("&Description:"), m_description),
                 m_issues.wrap(QStringLiteral("description"), m_description));

    m_id = new QLabel(this);
    m_id->setObjectName(QStringLiteral("idLabel"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setToolTip(tr("The id keys the job's run history and stays the same when the job is renamed"));
    form->addRow(new QLabel(tr("Id:"), this), m_issues.wrap(QStringLiteral("id"), m_id));

    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevelComboBox"));
    m_logLevel->addItem(tr("Information (default)"), QString());
    m_logLevel->addItem(tr("Debug: every request and batch"), QStringLiteral("debug"));
    m_logLevel->addItem(tr("Warnings and errors only"), QStringLiteral("warning"));
    m_logLevel->setAccessibleName(tr("Log level"));
    form->addRow(buddyLabel(tr("&Log level:"), m_logLevel), m_issues.wrap(QStringLiteral("log_verbosity"), m_logLevel));

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(new QLabel(tr("File:"), this), m_file);

    contentLayout()->addLayout(form);
    contentLayout()->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &JobEditorPage::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &JobEditorPage::changed);
    connect(m_logLevel, &QComboBox::currentIndexChanged, this, &JobEditorPage::changed);
}

void JobEditorGeneralPage::load(const JobSpec &job)
{
    const QSignalBlocker b1(m_name), b2(m_description), b3(m_logLevel);
    m_name->setText(job.name);
    m_description->setPlainText(job.description);
    m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(job.logVerbosity)));
    if (m_logLevel->findData(job.logVerbosity) < 0 && !job.logVerbosity.isEmpty()) {
        m_logLevel->addItem(job.logVerbosity, job.logVerbosity);
        m_logLevel->setCurrentIndex(m_logLevel->count() - 1);
    }
}

void JobEditorGeneralPage::apply(JobSpec &job) const
{
    job.name = m_name->text().trimmed();
    job.description = m_description->toPlainText().trimmed();
    job.logVerbosity = m_logLevel->currentData().toString();
}

bool JobEditorGeneralPage::ownsField(const QString &path) const
{
    return path == u"name" || path == u"id" || path == u"description" || path == u"log_verbosity" || path.isEmpty();
}

QList<ValidationIssue> JobEditorGeneralPage::formIssues() const
{
    if (m_name->text().trimmed().isEmpty())
        return {ValidationIssue{QStringLiteral("name"),
                                tr("the job has no name: give it one (it names the job's file too)"),
                                ValidationIssue::Error}};
    return {};
}

void JobEditorGeneralPage::setIdText(const QString &id, bool provisional)
{
    m_id->setText(provisional ? tr("%1 (given when the job is saved)").arg(id) : id);
}

void JobEditorGeneralPage::setFilePath(const QString &path)
{
    m_file->setText(path.isEmpty() ? tr("A new file in the job folder, named after the job")
                                   : QDir::toNativeSeparators(path));
}

} // namespace Ferry
