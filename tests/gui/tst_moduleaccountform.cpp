// The job editor's form for a connector module's account, offscreen, with real Node.js: a module target whose
// module describes its account (accountFields) shows one labelled input per field, filled from the job's
// account; values filled in are saved to the job file and a secret to the keychain (the test keychain, in
// memory), never into the file; the job reloads into the same form; account values the module does not
// describe stay in the list under the form; a module without accountFields, or with malformed ones, keeps the
// list with a note saying why; choosing the module file reads its fields.
#include "connectorform.h"
#include "jobeditor.h"
#include "jobeditorsourcepage.h"
#include "jobeditortargetpage.h"
#include "keyvalueedit.h"
#include "memorykeychain.h"
#include "moduleaccountedit.h"
#include "secretedit.h"

#include "job/jobfile.h"
#include "job/jobstore.h"
#include "secrets/keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

constexpr int ReadTimeoutMs = 20000;
const QString ApiKey = QStringLiteral("ak-7f3e-very-secret");

using Testing::MemoryKeychain;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QMap<QString, QString> tablePairs(KeyValueEdit *edit)
{
    QMap<QString, QString> out;
    for (const QVariant &p : edit->pairs())
        out.insert(p.toStringList().value(0), p.toStringList().value(1));
    return out;
}

QMap<QString, QString> accountOf(const ModuleSpec &m)
{
    QMap<QString, QString> out;
    for (const auto &[name, value] : m.account)
        out.insert(name, value);
    return out;
}

} // namespace

class TestModuleAccountForm : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void formFromTheModulesFields();
    void malformedFieldsKeepTheList();
    void choosingTheFileReadsItsFields();

private:
    QString writeJob(const QByteArray &yaml);
    std::unique_ptr<JobEditor> openEditor(const QString &path);
    ModuleAccountEdit *accountEdit(ConnectorPage *page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemoryKeychain> m_keychain;
};

void TestModuleAccountForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_shared<MemoryKeychain>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("modules")));
    for (const char *name : {"described-account.js", "echoaccount.js", "bad-account-fields.js"})
        QVERIFY(QFile::copy(QStringLiteral(FERRY_TEST_DATA "/modules/") + QLatin1String(name),
                            m_dir->filePath(QStringLiteral("modules/") + QLatin1String(name))));
}

QString TestModuleAccountForm::writeJob(const QByteArray &yaml)
{
    const QString path = m_dir->filePath(QStringLiteral("job.yml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(yaml);
    return path;
}

std::unique_ptr<JobEditor> TestModuleAccountForm::openEditor(const QString &path)
{
    auto loaded = loadJobFile(path);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error().toString()));
        return {};
    }
    auto editor = std::make_unique<JobEditor>(JobStore(m_dir->filePath(QStringLiteral("jobs"))), loaded->job, path,
                                              nullptr, m_keychain, m_dir->filePath(QStringLiteral("secrets")));
    editor->resize(920, 680);
    editor->show();
    return editor;
}

ModuleAccountEdit *TestModuleAccountForm::accountEdit(ConnectorPage *page)
{
    return child<ModuleAccountEdit>(page, QStringLiteral("accountModuleAccountEdit"));
}

void TestModuleAccountForm::formFromTheModulesFields()
{
    const QString path = writeJob("ferry: 1\n"
                                  "id: described\n"
                                  "name: Described\n"
                                  "source:\n"
                                  "  type: module\n"
                                  "  file: modules/echoaccount.js\n"
                                  "  account: {region: eu}\n"
                                  "target:\n"
                                  "  type: module\n"
                                  "  file: modules/described-account.js\n"
                                  "  account: {url: 'https://api.example.com', extra: keepme}\n"
                                  "sync: {key: name, mode: update}\n");
    auto editor = openEditor(path);
    QVERIFY(editor);
    editor->setCurrentPage(JobEditor::TargetPage);
    ModuleAccountEdit *account = accountEdit(editor->targetPage());
    QVERIFY(account);
    QTRY_VERIFY_WITH_TIMEOUT(!account->isReading() && !account->fields().isEmpty(), ReadTimeoutMs);

    // One labelled input per described field, filled from the job; the help as tooltip and placeholder.
    QCOMPARE(account->fields().size(), 5);
    auto *url = child<QLineEdit>(account, QStringLiteral("accountUrlLineEdit"));
    QVERIFY(url);
    QCOMPARE(url->text(), QStringLiteral("https://api.example.com"));
    QCOMPARE(url->toolTip(), QStringLiteral("The service address, e.g. https://api.example.com"));
    auto *workspace = child<QLineEdit>(account, QStringLiteral("accountWorkspaceLineEdit"));
    QVERIFY(workspace);
    QCOMPARE(workspace->placeholderText(), QStringLiteral("The workspace to read"));
    QVERIFY(workspace->isVisible());
    auto *label = qobject_cast<QLabel *>(
        qobject_cast<QFormLayout *>(workspace->parentWidget()->layout())->labelForField(workspace));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("workspace:"));
    QCOMPARE(label->buddy(), workspace);
    auto *verbose = child<QCheckBox>(account, QStringLiteral("accountVerboseCheckBox"));
    auto *apiKey = child<SecretEdit>(account, QStringLiteral("accountApiKeySecretEdit"));
    QVERIFY(verbose && apiKey);
    QCOMPARE(apiKey->path(), QStringLiteral("target.account.api_key"));
    // The value the module does not describe stays, editable, in the list under the form.
    QCOMPARE(tablePairs(account->otherValues()), (QMap<QString, QString>{{"extra", "keepme"}}));
    QVERIFY(account->noteLabel()->isHidden());

    // The source's module describes nothing: its account stays a list, with a note saying why.
    ModuleAccountEdit *sourceAccount = accountEdit(editor->sourcePage());
    QVERIFY(sourceAccount);
    QTRY_VERIFY_WITH_TIMEOUT(!sourceAccount->isReading() && !sourceAccount->noteLabel()->text().isEmpty(),
                             ReadTimeoutMs);
    QVERIFY(sourceAccount->fields().isEmpty());
    QVERIFY2(sourceAccount->noteLabel()->text().contains(QStringLiteral("echoaccount.js exports no accountFields")),
             qPrintable(sourceAccount->noteLabel()->text()));
    QCOMPARE(tablePairs(sourceAccount->otherValues()), (QMap<QString, QString>{{"region", "eu"}}));

    // Fill the form as a user does.
    QTRY_VERIFY(editor->secretSaver()->keychainChecked());
    QTest::keyClicks(workspace, QStringLiteral("sales"));
    QTest::keyClicks(child<QLineEdit>(account, QStringLiteral("accountPageSizeLineEdit")), QStringLiteral("2x50"));
    QCOMPARE(child<QLineEdit>(account, QStringLiteral("accountPageSizeLineEdit"))->text(),
             QStringLiteral("250")); // a number field takes digits only
    verbose->setChecked(true);
    QCOMPARE(apiKey->storageComboBox()->currentData().toInt(), int(SecretStorage::Keychain));
    QTest::keyClicks(apiKey->valueLineEdit(), ApiKey);
    editor->validateNow();
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));
    QSignalSpy saved(editor.get(), &JobEditor::saved);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, ReadTimeoutMs);
    editor.reset();

    // The secret is in the keychain, the file holds only its reference.
    const QString ref = QStringLiteral("keychain:described/target.account.api_key");
    QCOMPARE(m_keychain->stored().value(ref), ApiKey);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    QVERIFY2(!yaml.contains(ApiKey.toUtf8()), yaml.constData());
    QVERIFY2(yaml.contains(ref.toUtf8()), yaml.constData());
    auto reloaded = loadJobFile(path);
    QVERIFY(reloaded);
    QCOMPARE(accountOf(reloaded->job.moduleTarget), (QMap<QString, QString>{{"url", "https://api.example.com"},
                                                                            {"workspace", "sales"},
                                                                            {"page_size", "250"},
                                                                            {"verbose", "true"},
                                                                            {"extra", "keepme"}}));
    QCOMPARE(reloaded->job.moduleTarget.secrets.size(), 1);
    QCOMPARE(reloaded->job.moduleTarget.secrets[0].first, QStringLiteral("api_key"));
    QCOMPARE(reloaded->job.moduleTarget.secrets[0].second.reference, ref);
    QCOMPARE(accountOf(reloaded->job.moduleSource), (QMap<QString, QString>{{"region", "eu"}}));

    // Opened again: the same form, filled; the secret kept in the keychain; the other value still listed.
    editor = openEditor(path);
    QVERIFY(editor);
    account = accountEdit(editor->targetPage());
    QTRY_VERIFY_WITH_TIMEOUT(!account->isReading() && !account->fields().isEmpty(), ReadTimeoutMs);
    QCOMPARE(child<QLineEdit>(account, QStringLiteral("accountWorkspaceLineEdit"))->text(), QStringLiteral("sales"));
    QCOMPARE(child<QLineEdit>(account, QStringLiteral("accountPageSizeLineEdit"))->text(), QStringLiteral("250"));
    QVERIFY(child<QCheckBox>(account, QStringLiteral("accountVerboseCheckBox"))->isChecked());
    apiKey = child<SecretEdit>(account, QStringLiteral("accountApiKeySecretEdit"));
    QCOMPARE(apiKey->storageComboBox()->currentData().toInt(), int(SecretStorage::Keychain));
    QCOMPARE(apiKey->reference(QStringLiteral("described")), ref);
    QVERIFY(apiKey->valueLineEdit()->text().isEmpty());
    QCOMPARE(tablePairs(account->otherValues()), (QMap<QString, QString>{{"extra", "keepme"}}));
    // Saved unchanged, the job is what it was.
    QVERIFY(editor->job().sameAs(reloaded->job));
}

void TestModuleAccountForm::malformedFieldsKeepTheList()
{
    const QString path = writeJob("ferry: 1\n"
                                  "id: malformed\n"
                                  "source:\n"
                                  "  type: module\n"
                                  "  file: modules/echoaccount.js\n"
                                  "target:\n"
                                  "  type: module\n"
                                  "  file: modules/bad-account-fields.js\n"
                                  "  account: {url: 'http://h:1', token: {secret: env:BAD_TOKEN}}\n"
                                  "sync: {key: name, mode: update}\n");
    auto editor = openEditor(path);
    QVERIFY(editor);
    editor->setCurrentPage(JobEditor::TargetPage);
    ModuleAccountEdit *account = accountEdit(editor->targetPage());
    QVERIFY(account);
    QTRY_VERIFY_WITH_TIMEOUT(!account->isReading() && !account->noteLabel()->text().isEmpty(), ReadTimeoutMs);
    const QString note = account->noteLabel()->text();
    QVERIFY2(note.contains(QStringLiteral("bad-account-fields.js: accountFields[1]")) &&
                 note.contains(QStringLiteral("has no name")),
             qPrintable(note));
    QVERIFY(account->noteLabel()->isVisible());
    QVERIFY(account->fields().isEmpty());
    QVERIFY(child<QLineEdit>(account, QStringLiteral("accountUrlLineEdit")) == nullptr);
    QCOMPARE(tablePairs(account->otherValues()),
             (QMap<QString, QString>{{"url", "http://h:1"}, {"token", "{secret: env:BAD_TOKEN}"}}));
    auto loaded = loadJobFile(path);
    QVERIFY(loaded);
    QVERIFY(editor->job().sameAs(loaded->job)); // nothing lost
}

void TestModuleAccountForm::choosingTheFileReadsItsFields()
{
    JobSpec job = JobEditor::newJob();
    job.targetKind = TargetKind::Module;
    auto editor = std::make_unique<JobEditor>(JobStore(m_dir->filePath(QStringLiteral("jobs"))), job, QString(),
                                              nullptr, m_keychain, m_dir->filePath(QStringLiteral("secrets")));
    editor->show();
    JobEditorTargetPage *target = editor->targetPage();
    auto *type = child<QComboBox>(target, QStringLiteral("targetTypeComboBox"));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("module/target")));
    QCOMPARE(target->type()->id, QStringLiteral("module/target"));
    ModuleAccountEdit *account = accountEdit(target);
    QVERIFY(account);
    QVERIFY(account->fields().isEmpty());
    QSignalSpy read(account, &ModuleAccountEdit::fieldsRead);
    child<QLineEdit>(target, QStringLiteral("fileLineEdit"))
        ->setText(m_dir->filePath(QStringLiteral("modules/described-account.js")));
    QTRY_VERIFY(account->isReading());
    QCOMPARE(account->noteLabel()->text(), QStringLiteral("Reading the module's fields…"));
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, ReadTimeoutMs);
    QCOMPARE(account->fields().size(), 5);
    QVERIFY(account->noteLabel()->isHidden());
    QVERIFY(child<SecretEdit>(account, QStringLiteral("accountApiKeySecretEdit")));
    child<QLineEdit>(account, QStringLiteral("accountUrlLineEdit"))->setText(QStringLiteral("https://x.example"));
    QTRY_VERIFY(editor->secretSaver()->keychainChecked());
    child<SecretEdit>(account, QStringLiteral("accountApiKeySecretEdit"))->valueLineEdit()->setText(ApiKey);

    // Another module: its (missing) description replaces the form; the value typed moves to the list, and the
    // secret typed keeps its secret input (it has no other place than its store).
    child<QLineEdit>(target, QStringLiteral("fileLineEdit"))
        ->setText(m_dir->filePath(QStringLiteral("modules/echoaccount.js")));
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, ReadTimeoutMs);
    QVERIFY2(account->noteLabel()->text().contains(QStringLiteral("echoaccount.js exports no accountFields")),
             qPrintable(account->noteLabel()->text()));
    QCOMPARE(account->fields().size(), 1);
    auto *kept = child<SecretEdit>(account, QStringLiteral("accountApiKeySecretEdit"));
    QVERIFY(kept);
    QCOMPARE(kept->typedValue(), ApiKey);
    QCOMPARE(account->secretEdits(), QList<SecretEdit *>{kept});
    QVERIFY(child<QLineEdit>(account, QStringLiteral("accountUrlLineEdit")) == nullptr);
    QCOMPARE(tablePairs(account->otherValues()), (QMap<QString, QString>{{"url", "https://x.example"}}));
    QCOMPARE(accountOf(editor->job().moduleTarget), (QMap<QString, QString>{{"url", "https://x.example"}}));
}

QTEST_MAIN(TestModuleAccountForm)
#include "tst_moduleaccountform.moc"
