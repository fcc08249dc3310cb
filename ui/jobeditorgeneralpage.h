// The job editor's General page: the job's name, description, id and log level.
#pragma once

#include "jobeditorpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ferry {

class JobEditorGeneralPage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorGeneralPage)

public:
    explicit JobEditorGeneralPage(QWidget *parent = nullptr);

    QString title() const override { return tr("General"); }
    QString iconName() const override { return QStringLiteral("document-properties"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override;
    QList<ValidationIssue> formIssues() const override;

    // What the id will be (a new job gets one from its name when saved).
    void setIdText(const QString &id, bool provisional);
    void setFilePath(const QString &path);
    QLineEdit *nameLineEdit() const { return m_name; }

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_id;
    QComboBox *m_logLevel;
    QLabel *m_file;
};

} // namespace Ferry
