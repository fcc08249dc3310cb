// Module sources and targets in a job file (type: module): read, written and read back the same, their checks
// with field paths (source.file, target.account.NAME, sync.mode …), the account's secrets among the job's
// secret fields, and the registry's form fields reading and writing the account (a secret as {secret: …}).
#include "connectors/connectorregistry.h"
#include "job/jobfile.h"
#include "job/moduleformat.h"
#include "job/validate.h"
#include "secrets/secretstore.h"

#include <QtTest>

using namespace Ferry;

namespace {

const ValidationIssue *issue(const QList<ValidationIssue> &issues, const QString &field, const QString &message)
{
    for (const ValidationIssue &i : issues)
        if (i.field == field && i.message.contains(message))
            return &i;
    return nullptr;
}

} // namespace

class TestModuleFormat : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("modules")));
        QFile f(m_dir->filePath(QStringLiteral("modules/m.js")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exports.init = async () => {};\n");
    }

    void readWriteRoundTrip()
    {
        const QString name = m_dir->filePath(QStringLiteral("job.yml"));
        auto loaded = loadJobText("ferry: 1\n"
                                  "id: m\n"
                                  "source:\n"
                                  "  type: module\n"
                                  "  file: modules/m.js\n"
                                  "  account: {url: 'http://h:1', page: 50, token: {secret: env:M_TOKEN}}\n"
                                  "  timeout: 12\n"
                                  "target:\n"
                                  "  type: module\n"
                                  "  file: modules/m.js\n"
                                  "  account: {key: {secret: file:key.txt}}\n"
                                  "  memory_mb: 64\n"
                                  "sync: {key: code, mode: update}\n",
                                  name);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const JobSpec &job = loaded->job;
        QCOMPARE(job.sourceKind, SourceKind::Module);
        QCOMPARE(job.targetKind, TargetKind::Module);
        QCOMPARE(job.moduleSource.file, QStringLiteral("modules/m.js"));
        QCOMPARE(job.moduleSource.account, (KeyValueList{{QStringLiteral("url"), QStringLiteral("http://h:1")},
                                                         {QStringLiteral("page"), QStringLiteral("50")}}));
        QCOMPARE(job.moduleSource.secrets.size(), 1);
        QCOMPARE(job.moduleSource.secrets[0].second.reference, QStringLiteral("env:M_TOKEN"));
        QCOMPARE(job.moduleSource.timeoutMs(), 12000);
        QCOMPARE(job.moduleTarget.effectiveMemoryMb(), 64);
        QCOMPARE(moduleFilePath(job, job.moduleTarget), m_dir->filePath(QStringLiteral("modules/m.js")));

        // The account's secrets are the job's secret fields, by path; nothing else of the account is.
        QStringList paths;
        for (const SecretField &f : secretFields(job))
            paths << f.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("source.account.token"), QStringLiteral("target.account.key")}));

        auto saved = saveJobText(job);
        QVERIFY(saved);
        QVERIFY2(!saved->contains("M_TOKEN\n") || saved->contains("secret: env:M_TOKEN"), saved->constData());
        auto again = loadJobText(*saved, name);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QVERIFY(again->job.sameAs(job));
        QCOMPARE(again->job.moduleSource, job.moduleSource);
        QCOMPARE(again->job.moduleTarget, job.moduleTarget);
    }

    void checksNameTheirFields()
    {
        JobSpec job;
        job.id = QStringLiteral("m");
        job.sourcePath = m_dir->filePath(QStringLiteral("job.yml"));
        job.sourceKind = SourceKind::Module;
        job.targetKind = TargetKind::Module;
        job.moduleTarget.file = QStringLiteral("modules/missing.js");
        job.moduleTarget.account = {{QStringLiteral("url"), QStringLiteral("a")}};
        job.moduleTarget.secrets = {{QStringLiteral("url"), SecretRef{QStringLiteral("vault:x"), {}}}};
        job.moduleSource.timeoutSeconds = -1;
        job.rules.keyColumns = {QStringLiteral("code")};
        job.rules.mode = SyncMode::Replace;
        const QList<ValidationIssue> issues = validate(job);
        QVERIFY(issue(issues, QStringLiteral("source.file"), QStringLiteral("the module has no file")));
        QVERIFY(issue(issues, QStringLiteral("target.account.url"), QStringLiteral("is given twice")));
        QVERIFY(issue(issues, QStringLiteral("target.account.url"), QStringLiteral("unknown secret reference")));
        QVERIFY(issue(issues, QStringLiteral("source.timeout"), QStringLiteral("from 1 to 3600 seconds")));
        QVERIFY(issue(issues, QStringLiteral("sync.mode"), QStringLiteral("use mode update or append")));

        job.moduleSource.file = QStringLiteral("modules/m.mjs");
        QVERIFY(issue(validate(job), QStringLiteral("source.file"), QStringLiteral("ES module")));
    }

    void registryFormReadsAndWritesTheAccount()
    {
        const ConnectorRegistry &registry = ConnectorRegistry::instance();
        JobSpec job;
        const ConnectorType *target = registry.find(QStringLiteral("module/target"));
        const ConnectorType *source = registry.find(QStringLiteral("module/source"));
        QVERIFY(target && source);
        QCOMPARE(target->role, ConnectorRole::Target);
        QCOMPARE(source->role, ConnectorRole::Source);
        const QVariantList account{QVariant(QStringList{QStringLiteral("url"), QStringLiteral("http://h")}),
                                   QVariant(QStringList{QStringLiteral("token"), QStringLiteral("{secret: env:T}")})};
        QVERIFY(target->apply(
            job, QVariantMap{{QStringLiteral("file"), QStringLiteral("m.js")}, {QStringLiteral("account"), account}}));
        QCOMPARE(job.targetKind, TargetKind::Module);
        QCOMPARE(ConnectorRegistry::targetTypeId(job), QStringLiteral("module/target"));
        QCOMPARE(job.moduleTarget.account, (KeyValueList{{QStringLiteral("url"), QStringLiteral("http://h")}}));
        QCOMPARE(job.moduleTarget.secrets.size(), 1);
        QCOMPARE(job.moduleTarget.secrets[0].second.reference, QStringLiteral("env:T"));
        QCOMPARE(target->values(job).value(QStringLiteral("account")).toList(), account);
        // The file is required.
        QVERIFY(!target->check(QVariantMap{}).isEmpty());
        QCOMPARE(target->check(QVariantMap{}).first().field, QStringLiteral("target.file"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestModuleFormat)
#include "tst_moduleformat.moc"
