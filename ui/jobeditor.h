// The job editor: a dialog with a category list on the left and a page per part of the job on the right
// (General, Source, Target, Mapping, Rules, Schedule, Extensions), as KeePassXC's entry editor. One dialog serves New
// and Edit: a job is edited in any order, and every page shows at once what is still missing, so a wizard's
// fixed path would only get in the way of edits.
//
// The form is validated as it is typed (debounced): validate() on the job the form describes, plus what only
// the form can see; each issue appears beside its field, the pages with errors are marked in the list, and
// Save is refused (disabled, the reason in its tooltip) while any error remains. Saving stores typed secrets
// first (SecretSaver, off the GUI thread), then writes the job file atomically through JobStore::save.
#pragma once

#include "job/jobstore.h"
#include "job/validate.h"
#include "secretsaver.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Ferry {

class ConnectorProbe;
class JobEditorExtensionsPage;
class JobEditorGeneralPage;
class JobEditorMappingPage;
class JobEditorPage;
class JobEditorRulesPage;
class JobEditorSchedulePage;
class JobEditorSourcePage;
class JobEditorTargetPage;

class JobEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditor)

public:
    enum Page { GeneralPage, SourcePage, TargetPage, MappingPage, RulesPage, SchedulePage, ExtensionsPage, PageCount };

    // path empty: a new job (saved to a new file of the store, with an id from its name). keychain: null for
    // the system's (probed as the editor opens); secretsDir: where file secrets go (empty: SecretWriter's).
    JobEditor(const JobStore &store, const JobSpec &job, const QString &path, QWidget *parent = nullptr,
              std::shared_ptr<KeychainBackend> keychain = {}, const QString &secretsDir = QString());
    ~JobEditor() override;

    // What a new job starts as: a SQLite file into a Fliplet data source, every column, update mode.
    static JobSpec newJob();

    bool isNew() const { return m_path.isEmpty(); }
    // The job the form describes, as it would be saved (secrets as references).
    JobSpec job() const;
    // Validates now instead of after the typing pause.
    void validateNow();
    const QList<ValidationIssue> &issues() const { return m_issues; }
    bool canSave() const;
    // Why Save is refused (empty when it is not).
    QString saveRefusal() const;
    // Stores typed secrets, then writes the job; saved() follows and the dialog closes. False when refused.
    bool save();

    void setCurrentPage(Page page);
    JobEditorPage *page(Page page) const;
    JobEditorGeneralPage *generalPage() const { return m_general; }
    JobEditorSourcePage *sourcePage() const { return m_source; }
    JobEditorTargetPage *targetPage() const { return m_target; }
    JobEditorMappingPage *mappingPage() const { return m_mapping; }
    JobEditorRulesPage *rulesPage() const { return m_rules; }
    JobEditorSchedulePage *schedulePage() const { return m_schedule; }
    JobEditorExtensionsPage *extensionsPage() const { return m_extensions; }
    QListWidget *categoryList() const { return m_categories; }
    QPushButton *saveButton() const { return m_saveButton; }
    ConnectorProbe *probe() const { return m_probe; }
    SecretSaver *secretSaver() const { return m_secrets; }

    // The job runs now: edits are saved for its next run (said in a banner).
    void setRunning(bool running);
    const QString &savedPath() const { return m_savedPath; }

signals:
    void saved(const QString &path, const QString &jobId);

protected:
    void done(int result) override;

private:
    // While a browser sign-in is in progress, asks whether to cancel it and close. True: go on.
    bool confirmLeavingSignIn();
    void handleChanged();
    void handleSecretsSaved(quint64 id, const QList<Ferry::SecretWriteResult> &results);
    bool writeJob();
    void setSaving(bool saving);
    QString jobId() const;
    void updateSummary();

    JobStore m_store;
    JobSpec m_original;
    QString m_path;
    ConnectorProbe *m_probe;
    SecretSaver *m_secrets;
    QTimer m_validateTimer;
    QList<ValidationIssue> m_issues;
    QList<ValidationIssue> m_saveIssues; // what storing a secret or the file refused, until the next edit
    quint64 m_saveRequest = 0;
    QString m_savedPath;
    mutable QString m_idForName; // a new job's id, derived from its name (cached: it reads the folder)
    mutable QString m_idName;

    QListWidget *m_categories;
    QStackedWidget *m_pages;
    QLabel *m_runningBanner;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    JobEditorGeneralPage *m_general;
    JobEditorSourcePage *m_source;
    JobEditorTargetPage *m_target;
    JobEditorMappingPage *m_mapping;
    JobEditorRulesPage *m_rules;
    JobEditorSchedulePage *m_schedule;
    JobEditorExtensionsPage *m_extensions;
};

} // namespace Ferry
