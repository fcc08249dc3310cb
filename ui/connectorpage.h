// ConnectorPage: what the job editor's Source and Target pages share. The connector type, picked from the
// registry, and its form built from the type's fields; Test connection, Find and sample rows run on the
// editor's ConnectorProbe, one check at a time, with a ProbeStatus that shows progress, Cancel and the
// outcome. A change to the form cancels a check in flight (its result would describe other settings), and
// the field a failed check blames is marked beside it until the form changes. Each page lays out the
// buttons and shows what a successful check found.
#pragma once

#include "connectorprobe.h"
#include "connectors/connectorregistry.h"
#include "jobeditorpage.h"
#include "secretsaver.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Ferry {

class ConnectorForm;
class ProbeStatus;

class ConnectorPage : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorPage)

public:
    void apply(JobSpec &job) const override;
    // The form's own issues on this page's fields, and the field a failed check blamed.
    QList<ValidationIssue> formIssues() const override;
    void showIssues(const QList<ValidationIssue> &issues) override;
    QWidget *fieldWidget(const QString &path) const override;
    QString issueText(const QString &path) const override;

    ConnectorForm *form() const { return m_form; }
    // The type picked in the list.
    const ConnectorType *type() const;
    // Secrets typed but not saved yet: the checks use them.
    JobSecrets typedSecrets() const;
    ProbeStatus *status() const { return m_status; }

    void testConnection();
    void sampleRows();
    void cancelCheck();

protected:
    // Puts the type list (with the types of this role) and its description at the top. typeField: the job field
    // the list sets ("source.driver", "target.type").
    ConnectorPage(ConnectorRole role, const QString &typeField, ConnectorProbe *probe, QWidget *parent);
    // Pages build the rest in their own order (the order of creation is the order of Tab): the form, added to
    // the content next; the Test / Find / sample buttons, to be laid out by the page; and m_status. Then
    // connectChecks().
    ConnectorForm *newConnectorForm(const KeychainStatus &keychain);
    void newCheckWidgets();
    void connectChecks();

    // Remembers the job the page edits (what apply() starts from for checks) and selects its type.
    void loadType(const JobSpec &job, const QString &typeId);
    JobSpec currentJob() const;
    Discovers discovers() const;
    void startCheck(ProbeKind kind, const QString &busyText);
    // Called when the form changes; cancels a check in flight.
    virtual void handleFormChanged();
    // A check of this page ended without an error.
    virtual void showProbeResult(const ProbeResult &result) = 0;

    ConnectorRole m_role;
    QFormLayout *m_typeForm; // the type list and its description; pages add rows of their own
    QComboBox *m_type;
    QLabel *m_typeDescription;
    ConnectorForm *m_form = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_discoverButton = nullptr;
    QPushButton *m_sampleButton = nullptr;
    ProbeStatus *m_status = nullptr;

private:
    void handleProbeFinished(const ProbeResult &result);
    void setBusy(bool busy);

    ConnectorProbe *m_probe;
    JobSpec m_base;
    quint64 m_pending = 0;
    QList<ValidationIssue> m_probeIssues; // the field a failed check blames, until the form changes
};

} // namespace Ferry
