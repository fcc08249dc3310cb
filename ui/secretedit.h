// A secret field of a job form (a password, an API token): where the secret is kept (the OS keychain, a
// file only the user can read, an environment variable) and the value typed, hidden unless revealed. The
// job file gets only the reference; the typed value goes to its store when the job is saved, and straight to
// the engine for Test connection before that. When the keychain is unusable it says which backend failed
// and why, and the file and the variable are offered only by the user's explicit choice.
#pragma once

#include "job/jobspec.h"
#include "secretsaver.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Ferry {

class SecretEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretEdit)

public:
    // path: "source.password"; what: "the password", for messages.
    SecretEdit(const QString &path, const QString &what, const KeychainStatus &keychain, QWidget *parent = nullptr);

    const QString &path() const { return m_path; }
    // What the job holds. An inline value (an imported Fliplet Agent file) becomes a typed value that must
    // be given a place before the job can be saved.
    void setSecret(const SecretRef &ref);
    // The reference for the job file; jobId names the keychain entry ("" while the job has none yet).
    QString reference(const QString &jobId) const;
    // What saving has to store (a value typed, or a variable named), if anything.
    std::optional<SecretWrite> pendingWrite() const;
    // The value typed, for a test before saving (empty: none).
    QString typedValue() const;
    // What keeps the form from being saved (no place chosen for a typed value), or empty.
    QString problem() const;
    // Once saved: the reference now in the job; the typed value is forgotten.
    void setSaved(const QString &reference);
    // The keychain probe's answer: an unusable keychain is no longer offered, and says why.
    void setKeychainStatus(const KeychainStatus &status);

    QComboBox *storageComboBox() const { return m_storage; }
    QLineEdit *valueLineEdit() const { return m_value; }
    QLineEdit *locationLineEdit() const { return m_location; }

signals:
    void changed();

private:
    enum Choice { None = -1 };
    std::optional<SecretStorage> storage() const;
    void setStorage(std::optional<SecretStorage> storage);
    void updateMode();
    QString keychainReason() const;

    QString m_path;
    QString m_what;
    KeychainStatus m_keychain;
    QString m_keptReference; // the job's reference, while nothing new is typed
    QComboBox *m_storage;
    QLineEdit *m_value;
    QToolButton *m_reveal;
    QLineEdit *m_location;
    QLabel *m_hint;
};

} // namespace Ferry
