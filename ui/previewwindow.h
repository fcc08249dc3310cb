// The preview window (a dry run you can act on, like FreeFileSync's compare → synchronize): it prepares the
// job on its own thread with progress and Cancel, then shows the plan: counts per action that double as
// filters, a table of every change (key, action, reason, changed fields) with the selected change's fields
// before → after, a search, changes excluded and included back, and "Apply this plan", which runs exactly
// the plan shown (the delete safeguard asks first; a target changed since is refused by the engine and
// said here). Then the outcome. The plan can be exported as CSV or JSON.
#pragma once

#include "run/preparedrun.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace Ferry {

class JobRun;
class PlanModel;
class RunController;

class PreviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWindow)

public:
    PreviewWindow(const JobSpec &job, RunController *runs, QWidget *parent = nullptr);
    ~PreviewWindow() override;

    const JobSpec &job() const { return m_job; }
    PlanModel *planModel() const { return m_planModel; }
    // Prepares the plan (again).
    void start();
    void applyPlan();
    // Writes the plan shown (with its exclusions) to path, as CSV or JSON by the name's suffix.
    bool exportPlan(const QString &path, QString *error = nullptr);

signals:
    void applied(const Ferry::RunReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Page { Working, Plan };
    void showPage(Page page);
    void handlePrepared(const Ferry::RunReport &report);
    void handleFinished(const Ferry::RunReport &report);
    void handleProgress(const QString &jobId);
    void updateCounts();
    void updateDetails();
    void showMessage(const QString &text, bool error);
    void excludeSelected(bool excluded);
    void askExportPath();
    RunReport planReport() const; // the plan shown, exclusions applied, as a dry run's report

    JobSpec m_job;
    RunController *m_runs;
    QPointer<JobRun> m_run;
    PlanModel *m_planModel;
    bool m_applied = false;

    QLabel *m_titleLabel;
    QLabel *m_messageLabel;
    QStackedWidget *m_pages;
    QLabel *m_phaseLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    std::map<int, QToolButton *> m_actionButtons; // by ChangeAction
    QLabel *m_unchangedLabel;
    QLineEdit *m_searchEdit;
    QTableView *m_table;
    QTableWidget *m_details;
    QLabel *m_summaryLabel;
    QPushButton *m_excludeButton;
    QPushButton *m_includeButton;
    QPushButton *m_exportButton;
    QPushButton *m_previewAgainButton;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
};

} // namespace Ferry
