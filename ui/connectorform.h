// The fields of one connector type (a source's or a target's part of a job), built from the connector
// registry's descriptions: a line edit, a number, a check box, a query editor, a file with a chooser, a
// choice, a secret (SecretEdit); fields discover() can suggest values for get an editable list. Reads and
// writes the job through the registry, and reports the problems ConnectorType::check finds.
#pragma once

#include "connectors/connectorregistry.h"
#include "jobeditorpage.h"
#include "secretsaver.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QFormLayout;

namespace Ferry {

class SecretEdit;

class ConnectorForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorForm)

public:
    ConnectorForm(ConnectorRole role, const KeychainStatus &keychain, QWidget *parent = nullptr);

    // Rebuilds the fields for type, leaving out the keys in hidden (shown by another page).
    void setType(const ConnectorType *type, const QStringList &hidden = {});
    const ConnectorType *type() const { return m_type; }
    ConnectorRole role() const { return m_role; }
    // Where secrets obtained in the form (an OAuth2 sign-in's refresh token) are stored, and the job as the
    // editor describes it now (its id names keychain entries, its folder resolves relative paths).
    void setJobContext(SecretSaver *saver, std::function<JobSpec()> job);
    SecretSaver *secretSaver() const { return m_saver; }
    JobSpec contextJob() const { return m_contextJob ? m_contextJob() : JobSpec{}; }
    // Fields keep their natural width instead of filling the row.
    void setCompact(bool compact);

    // The job's values for this type (secrets: their references, or inline values as typed ones).
    void load(const JobSpec &job);
    // Makes the job's side this type with the form's values (secrets as references; jobId names keychain
    // entries). Values a field cannot hold are left out (formIssues() names them).
    void apply(JobSpec &job, const QString &jobId) const;
    // Writes only the fields shown, leaving the rest of the job (and its type) alone.
    void writeFields(JobSpec &job, const QString &jobId) const;
    QVariantMap values(const QString &jobId) const;
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    // check()'s problems and the secret fields' own, as issues with field paths.
    QList<ValidationIssue> formIssues() const;
    // Values typed into secret fields, by path, for tests before saving.
    JobSecrets typedSecrets() const;
    QList<SecretWrite> pendingWrites() const;
    QList<SecretEdit *> secretEdits() const;
    void setKeychainStatus(const KeychainStatus &status);
    void setSaved(const QString &path, const QString &reference);

    // For a field discover() suggests values for: (value, label) pairs.
    void setSuggestions(const QString &key, const QList<QPair<QString, QString>> &suggestions);
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }
    FieldIssues &issues() { return m_issues; }

signals:
    void changed();

private:
    QWidget *makeEditor(const ConnectorField &field);
    // Shows only the fields that apply with the values chosen (auth.token for a bearer token).
    void updateVisibleFields();
    // Tells a connector module's account (ModuleAccountEdit) which module describes it.
    void updateModuleAccounts();

    ConnectorRole m_role;
    KeychainStatus m_keychain;
    const ConnectorType *m_type = nullptr;
    QStringList m_hidden;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_widgets; // by key
    QHash<QString, QWidget *> m_rows;    // the form row's field cell, by key
    QSet<QString> m_loadedKeys;          // fields the job set (a boolean at its default stays unset otherwise)
    FieldIssues m_issues;
    QPointer<SecretSaver> m_saver;
    std::function<JobSpec()> m_contextJob;
};

} // namespace Ferry
