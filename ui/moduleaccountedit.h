// ModuleAccountEdit: the account of a connector module source or target in the job editor. When the module
// describes its account (exports.accountFields = [{name, type, secret, help}]), one labelled input per field
// (a secret one is a SecretEdit: its value goes to the keychain or another store on save, never into the job
// file); account values the module does not describe stay in a name/value list under them. The fields are read
// off the GUI thread by an AccountFieldsProbe (the module runs in the extension host, never in Ferry); while it
// reads, and when it cannot (Node.js missing, the module throws, no or malformed accountFields), the whole
// account is the name/value list and a one-line note says why. Its value is the account as a name/value list
// (QStringList{name, value}, a secret's value written {secret: REFERENCE}), what the registry's account field
// reads and writes.
#pragma once

#include "accountfieldsprobe.h"
#include "secretsaver.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace Ferry {

class KeyValueEdit;
class SecretEdit;

class ModuleAccountEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleAccountEdit)

public:
    // path: the account's field path ("target.account"; a secret's path is "target.account.NAME");
    // fileField: the module's field path ("target.file"), which failures name.
    ModuleAccountEdit(const QString &path, const QString &fileField, const KeychainStatus &keychain,
                      QWidget *parent = nullptr);

    // The module the account is for; relative paths resolve against baseDir() (the job file's folder). Its
    // fields are read shortly after (a file name being typed is read once it stops changing).
    void setModuleFile(const QString &file);
    void setBaseDir(std::function<QString()> baseDir) { m_baseDir = std::move(baseDir); }

    // The account, described fields first (in the module's order), then the other values. jobId names the
    // keychain entries of secrets typed but not saved yet.
    QVariantList pairs(const QString &jobId) const;
    void setPairs(const QVariantList &pairs);

    QList<SecretEdit *> secretEdits() const;
    void setKeychainStatus(const KeychainStatus &status);

    const QList<ModuleAccountField> &fields() const { return m_fields; }
    bool isReading() const { return m_reading; }
    QWidget *fieldEditor(const QString &name) const { return m_editors.value(name); }
    KeyValueEdit *otherValues() const { return m_others; }
    QLabel *noteLabel() const { return m_note; }

signals:
    void changed();
    // The module's fields were read, or could not be (the note says why).
    void fieldsRead();

private:
    void startReading();
    void handleFieldsRead(const AccountFieldsResult &result);
    // Rebuilds the inputs for fields, keeping the account's values.
    void setFields(const QList<ModuleAccountField> &described);
    void setNote(const QString &text);
    QString fieldValue(const ModuleAccountField &field, const QString &jobId) const;

    QString m_path;
    QString m_fileField;
    KeychainStatus m_keychain;
    std::function<QString()> m_baseDir;
    AccountFieldsProbe *m_probe;
    QTimer m_readTimer;
    QString m_file;     // as the job names it
    QString m_readFile; // the absolute path whose fields are shown (or being read)
    bool m_reading = false;
    QList<ModuleAccountField> m_fields;
    QHash<QString, QWidget *> m_editors; // by field name
    QSet<QString> m_loadedNames;         // names the account held when loaded (a boolean unchecked stays "false")
    QStringList m_loadedOrder;           // the account's order when loaded, which pairs() keeps
    QLabel *m_note;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsForm;
    QLabel *m_othersLabel;
    KeyValueEdit *m_others;
};

} // namespace Ferry
