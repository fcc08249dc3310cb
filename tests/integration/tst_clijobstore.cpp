// ferry-cli and the job folder the desktop app shows: import, list, run by name or --all, export.
#include "clitestcase.h"

#include "job/jobfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

class TestCliJobStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importListRunExport();
    void unknownAndAmbiguousNames();
    void importRefusesATakenIdAndInlineSecrets();

private:
    CliResult cli(const QStringList &args) const { return runCli(args, m_env); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs;
    QString m_demo;
    QProcessEnvironment m_env;
};

void TestCliJobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    m_demo = m_dir->filePath(QStringLiteral("demo"));
    QVERIFY(QDir().mkpath(m_demo));
    for (const char *f : {"demo-job.yml", "demo.sqlite"})
        QVERIFY(QFile::copy(QStringLiteral(FERRY_SOURCE_DIR "/resources/demo/") + QLatin1String(f),
                            QDir(m_demo).filePath(QLatin1String(f))));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("FERRY_JOBS_DIR"), m_jobs);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
}

void TestCliJobStore::importListRunExport()
{
    CliResult r = cli({QStringLiteral("import"), QDir(m_demo).filePath(QStringLiteral("demo-job.yml"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("imported 'Demo customers'"));
    QVERIFY(QFile::exists(QDir(m_jobs).filePath(QStringLiteral("demo-customers.yaml"))));

    r = cli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Demo customers\tdemo-customers\t"));

    // By name (any case), with the job's relative paths still pointing at the demo folder.
    r = cli({QStringLiteral("run"), QStringLiteral("demo customers"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("inserted")).toInt(), 9);
    QVERIFY(QFile::exists(QDir(m_demo).filePath(QStringLiteral("demo-target.sqlite"))));
    // --all runs every job of the folder: the same one, now unchanged.
    r = cli({QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("unchanged")).toInt(), 9);

    const QString out = m_dir->filePath(QStringLiteral("exported"));
    r = cli({QStringLiteral("export"), QStringLiteral("demo-customers"), QStringLiteral("--to"), out});
    QCOMPARE(r.exitCode, 0);
    const auto original = loadJobFile(QDir(m_jobs).filePath(QStringLiteral("demo-customers.yaml")));
    const auto exported = loadJobFile(QDir(out).filePath(QStringLiteral("demo-customers.yaml")));
    QVERIFY(original && exported);
    QVERIFY(exported->job.sameAs(original->job));
    // Without a folder, export says what it needs.
    r = cli({QStringLiteral("export"), QStringLiteral("demo-customers")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("--to DIR"));
}

void TestCliJobStore::unknownAndAmbiguousNames()
{
    QCOMPARE(cli({QStringLiteral("import"), QDir(m_demo).filePath(QStringLiteral("demo-job.yml"))}).exitCode, 0);
    CliResult r = cli({QStringLiteral("run"), QStringLiteral("nightly")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("no job named 'nightly'"), r.err.constData());
    // A second job of the same name: the error names both files.
    QFile copy(QDir(m_jobs).filePath(QStringLiteral("again.yaml")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    QFile source(QDir(m_jobs).filePath(QStringLiteral("demo-customers.yaml")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    copy.write(source.readAll().replace("id: demo-customers", "id: another"));
    copy.close();
    r = cli({QStringLiteral("validate"), QStringLiteral("Demo customers")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("again.yaml"));
    QVERIFY(r.err.contains("demo-customers.yaml"));
    // --all with nothing in the folder says so.
    QTemporaryDir empty;
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("FERRY_JOBS_DIR"), empty.path());
    r = runCli({QStringLiteral("run"), QStringLiteral("--all")}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("holds no job files"));
}

void TestCliJobStore::importRefusesATakenIdAndInlineSecrets()
{
    const QString file = QDir(m_demo).filePath(QStringLiteral("demo-job.yml"));
    QCOMPARE(cli({QStringLiteral("import"), file}).exitCode, 0);
    CliResult r = cli({QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("already has the id 'demo-customers'"));

    // A Fliplet Agent config with its token inline is not copied with the token.
    const QString agent = m_dir->filePath(QStringLiteral("agent.yml"));
    QFile f(agent);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("auth_token: eu--abcdef0123456789\ndatasource_id: 123\ndatabase_driver: sqlite\n"
            "database_host: demo/demo.sqlite\nquery: SELECT id FROM customers\nprimary_column: id\n");
    f.close();
    r = cli({QStringLiteral("import"), agent});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("keychain"), r.err.constData());
    QVERIFY(!r.err.contains("abcdef0123456789"));
    QCOMPARE(QDir(m_jobs).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliJobStore)
#include "tst_clijobstore.moc"
