// The job editor's Extensions page: the job's JavaScript hooks (docs/extensions.md). A hook file (relative to
// the job file's folder), which hooks to call, their time-out and page size, and settings as JSON checked as
// they are typed (a parse error named by line and column; saving refused meanwhile). "Test on sample rows"
// reads the source's first rows (ConnectorProbe) and runs one pre-planning hook on them (HookProbe), both off
// the GUI thread and cancellable, then shows before → after per row and what the hook printed.
#pragma once

#include "jobeditorpage.h"

#include "hookprobe.h"
#include "secrets/jobsecrets.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Ferry {

class ConnectorProbe;
class HookSampleModel;
struct ProbeResult;

class JobEditorExtensionsPage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorExtensionsPage)

public:
    JobEditorExtensionsPage(ConnectorProbe *probe, QWidget *parent = nullptr);
    ~JobEditorExtensionsPage() override;

    QString title() const override { return tr("Extensions"); }
    QString iconName() const override { return QStringLiteral("list-add"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override { return path.startsWith(u"hooks"); }
    QList<ValidationIssue> formIssues() const override;

    // The whole job as the form describes it, and the secrets typed and not saved yet (for the sample).
    void setJobContext(std::function<JobSpec()> job, std::function<JobSecrets()> typedSecrets);

    QLineEdit *fileLineEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QCheckBox *hookCheckBox(const QString &hook) const;
    QSpinBox *timeoutSpinBox() const { return m_timeout; }
    QSpinBox *pageSizeSpinBox() const { return m_pageSize; }
    QPlainTextEdit *settingsTextEdit() const { return m_settings; }
    QComboBox *testHookComboBox() const { return m_testHook; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelTestButton() const { return m_cancelTest; }
    QLabel *testStatusLabel() const { return m_testStatus; }
    QTableView *sampleTableView() const { return m_table; }
    QPlainTextEdit *logTextEdit() const { return m_log; }
    HookSampleModel *sampleModel() const { return m_model; }
    HookProbe *hookProbe() const { return m_hookProbe; }
    bool isTesting() const { return m_sampleRequest || m_hookRequest; }

    // "Test on sample rows" with the hook picked; cancels a test still running.
    void testOnSample();
    void cancelTest();

    // The JSON parse error of text as "line L, column C: reason" (empty: valid), for tests and the form.
    static QString settingsError(const QString &text, QJsonObject *settings = nullptr);

private:
    void handleBrowse();
    void handleProbeFinished(const ProbeResult &result);
    void handleHookFinished(const HookSample &sample);
    void updateEmptyState();
    void setTesting(bool testing, const QString &status);
    QString jobFolder() const;

    ConnectorProbe *m_probe;
    HookProbe *m_hookProbe;
    HookSampleModel *m_model;
    std::function<JobSpec()> m_job;
    std::function<JobSecrets()> m_typedSecrets;
    QString m_jobPath;  // the job file (relative hook files start at its folder); empty: not saved yet
    HooksSpec m_loaded; // what the job had (settings kept while the text is invalid, memory_mb)
    quint64 m_sampleRequest = 0;
    quint64 m_hookRequest = 0;
    QString m_testedHook;

    QLabel *m_emptyLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QList<QCheckBox *> m_hooks;
    QSpinBox *m_timeout;
    QSpinBox *m_pageSize;
    QPlainTextEdit *m_settings;
    QComboBox *m_testHook;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QLabel *m_testStatus;
    QTableView *m_table;
    QPlainTextEdit *m_log;
};

} // namespace Ferry
