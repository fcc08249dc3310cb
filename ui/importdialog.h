// Import of job files (Ferry's own, or Fliplet Agent YAML configs unchanged) into the job folder. It shows,
// file by file, what each became (the job's source → target, key, mode and schedule) and what did not
// carry over (the reader's warnings: keys Ferry ignores and why), and what stops a file. Plaintext secrets
// in the files (a Fliplet Agent token, a database password) are moved into the OS keychain, or by the
// user's explicit choice into a private file, and the saved jobs refer to them; a job whose id is taken
// is imported as a new job unless the user chooses to replace the existing one.
#pragma once

#include "job/jobfile.h"
#include "job/jobstore.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTreeWidget;

namespace Ferry {

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QStringList &files, const JobStore &store, QWidget *parent = nullptr);

    // After accept(): the ids of the jobs imported.
    const QStringList &importedIds() const { return m_importedIds; }
    // Runs the import now (the dialog's Import button does this): on a worker thread, since the keychain
    // may ask the user; emits finished(). For tests.
    void startImport();
    bool hasPlaintextSecrets() const;

signals:
    void importFinished(bool ok);

private:
    struct Item
    {
        QString file;
        std::optional<LoadedJob> loaded;
        std::optional<Error> error;
        bool idTaken = false;
    };
    void fillTable();
    void showDetails();
    void handleKeychainStatus(bool usable, const QString &why);
    void handleImported(const QStringList &ids, const QStringList &failures);

    JobStore m_store;
    std::vector<Item> m_items;
    QStringList m_importedIds;

    QTreeWidget *m_files;
    QTextBrowser *m_details;
    QLabel *m_secretsLabel;
    QRadioButton *m_keychainRadio;
    QRadioButton *m_fileRadio;
    QLabel *m_keychainStatusLabel;
    QCheckBox *m_replaceCheck;
    QLabel *m_resultLabel;
    QPushButton *m_importButton;
};

} // namespace Ferry
