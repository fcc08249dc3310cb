#include "importdialog.h"

#include "jobdescription.h"
#include "secrets/keychain.h"
#include "secrets/secretwriter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ferry {

namespace {

bool hasInlineSecret(const JobSpec &job)
{
    return job.sql.password.isInline() || job.fliplet.authToken.isInline() || job.flipletSource.authToken.isInline() ||
           !urlPassword(job.sql.url).isEmpty();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ImportDialog::ImportDialog(const QStringList &files, const JobStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import jobs"));
    resize(820, 560);

    const std::vector<JobStoreEntry> existing = m_store.scan();
    for (const QString &file : files) {
        Item item;
        item.file = file;
        auto loaded = loadJobFile(file);
        if (loaded) {
            item.loaded = std::move(loaded.value());
            for (const JobStoreEntry &e : existing)
                if (e.loaded && e.loaded->job.id == item.loaded->job.id)
                    item.idTaken = true;
        } else {
            item.error = loaded.error();
        }
        m_items.push_back(std::move(item));
    }

    auto *intro = new QLabel(tr("Ferry reads each file and shows what it becomes. Nothing is saved until you "
                                "choose Import."),
                             this);
    intro->setWordWrap(true);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("importFilesTreeWidget"));
    m_files->setHeaderLabels({tr("File"), tr("Format"), tr("Job"), tr("Import")});
    m_files->setRootIsDecorated(false);
    m_files->setAccessibleName(tr("Files to import"));
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("importDetailsTextBrowser"));
    m_details->setAccessibleName(tr("What the selected file becomes"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_files);
    split->addWidget(m_details);
    split->setStretchFactor(1, 1);

    auto *secrets = new QGroupBox(tr("Secrets in these files"), this);
    m_secretsLabel = new QLabel(tr("These files hold a plaintext API token or database password. Ferry keeps "
                                   "secrets out of job files; keep them in:"),
                                secrets);
    m_secretsLabel->setWordWrap(true);
    m_keychainRadio = new QRadioButton(tr("The &keychain of this desktop (recommended)"), secrets);
    m_keychainRadio->setObjectName(QStringLiteral("keychainRadioButton"));
    m_fileRadio = new QRadioButton(tr("A &private file in my configuration folder (readable only by me)"), secrets);
    m_fileRadio->setObjectName(QStringLiteral("secretFileRadioButton"));
    m_keychainStatusLabel = new QLabel(tr("Checking the keychain…"), secrets);
    m_keychainStatusLabel->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainStatusLabel->setWordWrap(true);
    m_keychainRadio->setChecked(true);
    auto *secretsLayout = new QVBoxLayout(secrets);
    secretsLayout->addWidget(m_secretsLabel);
    secretsLayout->addWidget(m_keychainRadio);
    secretsLayout->addWidget(m_keychainStatusLabel);
    secretsLayout->addWidget(m_fileRadio);
    secrets->setVisible(hasPlaintextSecrets());

    m_replaceCheck =
        new QCheckBox(tr("&Replace jobs that have the same id (otherwise they are imported as new jobs)"), this);
    m_replaceCheck->setObjectName(QStringLiteral("replaceCheckBox"));
    m_replaceCheck->setVisible(std::any_of(m_items.begin(), m_items.end(), [](const Item &i) { return i.idTaken; }));
    connect(m_replaceCheck, &QCheckBox::toggled, this, &ImportDialog::fillTable);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(secrets);
    layout->addWidget(m_replaceCheck);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);

    connect(m_files, &QTreeWidget::currentItemChanged, this, &ImportDialog::showDetails);
    fillTable();
    m_files->setCurrentItem(m_files->topLevelItem(0));

    if (hasPlaintextSecrets()) {
        // The probe may take a moment (or a prompt): the dialog stays usable meanwhile.
        m_importButton->setEnabled(false);
        Keychain::checkAsync(this, [this](KeychainStatus status) {
            handleKeychainStatus(status.usable, status.error ? status.error->message : QString());
        });
    }
}

bool ImportDialog::hasPlaintextSecrets() const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const Item &i) { return i.loaded && hasInlineSecret(i.loaded->job); });
}

void ImportDialog::handleKeychainStatus(bool usable, const QString &why)
{
    m_keychainRadio->setEnabled(usable);
    if (usable) {
        m_keychainStatusLabel->setText(tr("The keychain (%1) is ready.").arg(Keychain::backendName()));
    } else {
        m_keychainStatusLabel->setText(tr("The keychain cannot be used: %1").arg(why));
        m_fileRadio->setChecked(true);
    }
    fillTable();
}

void ImportDialog::fillTable()
{
    const int current = m_files->currentIndex().row();
    m_files->clear();
    bool any = false;
    for (const Item &item : m_items) {
        auto *row = new QTreeWidgetItem(m_files);
        row->setText(0, QFileInfo(item.file).fileName());
        row->setToolTip(0, QDir::toNativeSeparators(item.file));
        if (!item.loaded) {
            row->setText(3, tr("Cannot be read"));
            continue;
        }
        row->setText(1, item.loaded->format == JobFileFormat::FlipletAgent ? tr("Fliplet Agent") : tr("Ferry"));
        row->setText(2, item.loaded->job.name);
        row->setText(3, item.idTaken ? (m_replaceCheck->isChecked() ? tr("Replaces the job of the same id")
                                                                    : tr("New job (its id is taken)"))
                                     : tr("New job"));
        any = true;
    }
    m_files->header()->resizeSections(QHeaderView::ResizeToContents);
    if (current >= 0)
        m_files->setCurrentItem(m_files->topLevelItem(current));
    m_importButton->setEnabled(
        any && (!hasPlaintextSecrets() || m_keychainStatusLabel->text() != tr("Checking the keychain…")));
}

void ImportDialog::showDetails()
{
    const int row = m_files->currentIndex().row();
    if (row < 0 || row >= int(m_items.size())) {
        m_details->clear();
        return;
    }
    const Item &item = m_items[size_t(row)];
    QString text;
    if (!item.loaded) {
        text = tr("<p><b>This file cannot be imported:</b> %1</p>").arg(html(item.error->toString()));
        m_details->setHtml(text);
        return;
    }
    const JobSpec &job = item.loaded->job;
    text += tr("<p><b>%1</b> becomes a job that syncs <b>%2</b>.</p>")
                .arg(html(job.name), html(JobDescription::sourceToTarget(job)));
    text += QStringLiteral("<ul>");
    if (job.sourceKind == SourceKind::Sql)
        text += tr("<li>Query: <code>%1</code></li>").arg(html(job.sql.query.simplified()));
    text += tr("<li>Key: %1; mode: %2</li>")
                .arg(html(job.rules.keyColumns.isEmpty() ? tr("none (every row is appended)")
                                                         : job.rules.keyColumns.join(QStringLiteral(", "))),
                     html(syncModeName(job.rules.mode)));
    if (!job.rules.timestampColumn.isEmpty())
        text += tr("<li>Updates when <code>%1</code> is newer</li>").arg(html(job.rules.timestampColumn));
    if (!job.rules.deleteColumn.isEmpty())
        text += tr("<li>Deletes rows marked in <code>%1</code></li>").arg(html(job.rules.deleteColumn));
    text += tr("<li>Schedule: %1</li>").arg(html(JobDescription::schedule(job)));
    if (hasInlineSecret(job))
        text += tr("<li>Its plaintext secrets move to the place chosen below; the job refers to them.</li>");
    text += QStringLiteral("</ul>");
    if (item.loaded->warnings.isEmpty()) {
        text += tr("<p>Everything in the file carries over.</p>");
    } else {
        text += tr("<p><b>What does not carry over:</b></p><ul>");
        for (const QString &w : item.loaded->warnings)
            text += QStringLiteral("<li>") + html(w) + QStringLiteral("</li>");
        text += QStringLiteral("</ul>");
    }
    m_details->setHtml(text);
}

void ImportDialog::startImport()
{
    m_importButton->setEnabled(false);
    m_resultLabel->setText(tr("Importing…"));
    m_resultLabel->show();
    const SecretDestination destination = m_keychainRadio->isChecked() && m_keychainRadio->isEnabled()
                                              ? SecretDestination::Keychain
                                              : SecretDestination::File;
    const bool replace = m_replaceCheck->isChecked();
    std::vector<Item> items = m_items;
    const JobStore store = m_store;
    // The keychain may prompt; the job folder is written on the same thread, after the secrets.
    auto *watcher = new QFutureWatcher<std::pair<QStringList, QStringList>>(this);
    connect(watcher, &QFutureWatcher<std::pair<QStringList, QStringList>>::finished, this, [this, watcher] {
        const auto [ids, failures] = watcher->result();
        watcher->deleteLater();
        handleImported(ids, failures);
    });
    watcher->setFuture(QtConcurrent::run([items, destination, replace, store] {
        QStringList ids;
        QStringList failures;
        const std::vector<JobStoreEntry> existing = store.scan();
        for (const Item &item : items) {
            if (!item.loaded)
                continue;
            JobSpec job = item.loaded->job;
            QString path;
            if (item.idTaken) {
                if (replace) {
                    for (const JobStoreEntry &e : existing)
                        if (e.loaded && e.loaded->job.id == job.id)
                            path = e.path;
                } else {
                    job.name = ImportDialog::tr("%1 (imported)").arg(job.name);
                    job.id = store.newIdFor(job.name);
                }
            }
            if (hasInlineSecret(job)) {
                auto moved = SecretWriter::moveInlineSecrets(job, destination);
                if (!moved) {
                    failures.append(
                        QStringLiteral("%1: %2").arg(QFileInfo(item.file).fileName(), moved.error().message));
                    continue;
                }
                job = std::move(moved.value());
            }
            auto saved = store.save(job, path);
            if (!saved) {
                failures.append(QStringLiteral("%1: %2").arg(QFileInfo(item.file).fileName(), saved.error().message));
                continue;
            }
            ids.append(job.id);
        }
        return std::make_pair(ids, failures);
    }));
}

void ImportDialog::handleImported(const QStringList &ids, const QStringList &failures)
{
    m_importedIds = ids;
    if (failures.isEmpty()) {
        emit importFinished(true);
        accept();
        return;
    }
    m_resultLabel->setText(tr("Imported %n job(s). Not imported:", nullptr, int(ids.size())) + u'\n' +
                           failures.join(u'\n'));
    m_resultLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1c22; }"));
    emit importFinished(false);
}

} // namespace Ferry
