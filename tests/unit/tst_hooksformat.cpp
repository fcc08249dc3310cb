// The `hooks:` section of a job file: read, written and read back the same, its checks with field paths
// (hooks.file, hooks.calls[i], hooks.timeout …) and its file rebased when the job moves.
#include "job/hooksformat.h"
#include "job/jobfile.h"
#include "job/jobstore.h"
#include "job/validate.h"
#include "job/yamlfields.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace Ferry;

namespace {

QByteArray jobText(const QByteArray &hooks)
{
    return "ferry: 1\n"
           "id: hooked\n"
           "source: {type: sql, driver: sqlite, path: in.sqlite, query: SELECT 1 AS id}\n"
           "target: {type: sqlite, path: out.sqlite, table: t, create_table: true}\n"
           "sync: {key: id}\n" +
           hooks;
}

const ValidationIssue *issue(const QList<ValidationIssue> &issues, const QString &field, const QString &message)
{
    for (const ValidationIssue &i : issues)
        if (i.field == field && i.message.contains(message))
            return &i;
    return nullptr;
}

} // namespace

class TestHooksFormat : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("hooks")));
        QFile f(m_dir->filePath(QStringLiteral("hooks/contacts.js")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exports.preMap = (o, cb) => cb(null, o.preMapData.map((d) => ({data: d})));\n");
    }

    void readWriteRoundTrip()
    {
        const QString name = m_dir->filePath(QStringLiteral("job.yml"));
        auto loaded = loadJobText(jobText("hooks:\n"
                                          "  file: hooks/contacts.js\n"
                                          "  calls: [preSavePage, preMap, postMap, postSubmit, postAggregate]\n"
                                          "  settings: {country: GB, prefixes: ['+44', '0'], strict: true, n: 3, none: "
                                          "null, text: '18', x: 1.5,\n"
                                          "             nested: {a: [1, {b: c}]}}\n"
                                          "  timeout: 12\n"
                                          "  page_size: 250\n"
                                          "  memory_mb: 256\n"),
                                  name);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
        const HooksSpec &h = loaded->job.hooks;
        QCOMPARE(h.file, QStringLiteral("hooks/contacts.js"));
        QCOMPARE(h.calls, HooksSpec::hookNames());
        QCOMPARE(h.settings.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
        QCOMPARE(h.settings.value(QStringLiteral("prefixes")).toArray().at(0).toString(), QStringLiteral("+44"));
        QCOMPARE(h.settings.value(QStringLiteral("strict")).toBool(), true);
        QCOMPARE(h.settings.value(QStringLiteral("n")).toInt(), 3);
        QVERIFY(h.settings.value(QStringLiteral("none")).isNull());
        QCOMPARE(h.settings.value(QStringLiteral("text")).toString(), QStringLiteral("18")); // quoted: text
        QCOMPARE(h.settings.value(QStringLiteral("x")).toDouble(), 1.5);
        QCOMPARE(h.timeoutMs(), 12000);
        QCOMPARE(h.effectivePageSize(), 250);
        QCOMPARE(h.effectiveMemoryMb(), 256);
        QCOMPARE(hooksFilePath(loaded->job), m_dir->filePath(QStringLiteral("hooks/contacts.js")));

        auto saved = saveJobText(loaded->job);
        QVERIFY(saved);
        QVERIFY2(saved->contains("hooks:"), saved->constData());
        auto again = loadJobText(*saved, name);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->job.sameAs(loaded->job));
        QCOMPARE(again->job.hooks, loaded->job.hooks);
    }

    void defaults()
    {
        auto loaded = loadJobText(jobText("hooks: {file: hooks/contacts.js, calls: preMap}\n"),
                                  m_dir->filePath(QStringLiteral("job.yml")));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->job.hooks.calls, QStringList{QStringLiteral("preMap")});
        QCOMPARE(loaded->job.hooks.timeoutMs(), 30000);
        QCOMPARE(loaded->job.hooks.effectivePageSize(), HooksSpec::DefaultPageSize);
        // a job without hooks writes none
        auto plain = loadJobText(jobText(""), m_dir->filePath(QStringLiteral("job.yml")));
        QVERIFY(plain);
        QVERIFY(plain->job.hooks.isEmpty());
        QVERIFY(!saveJobText(plain->job)->contains("hooks"));
    }

    void fieldPaths_data()
    {
        QTest::addColumn<QByteArray>("hooks");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QByteArray("hooks: {file: hooks/nope.js, calls: [preMap]}\n") << "hooks.file"
                                      << "does not exist";
        QTest::newRow("no file") << QByteArray("hooks: {calls: [preMap]}\n") << "hooks.file"
                                 << "have no file";
        QTest::newRow("mjs") << QByteArray("hooks: {file: hooks/x.mjs, calls: [preMap]}\n") << "hooks.file"
                             << "CommonJS";
        QTest::newRow("unknown hook") << QByteArray("hooks: {file: hooks/contacts.js, calls: [preMap, preMapp]}\n")
                                      << "hooks.calls[1]"
                                      << "'preMapp' is not a hook Ferry calls";
        QTest::newRow("timeout 0") << QByteArray("hooks: {file: hooks/contacts.js, calls: [preMap], timeout: 0}\n")
                                   << "hooks.timeout"
                                   << "from 1 to 3600 seconds";
        QTest::newRow("timeout big") << QByteArray(
                                            "hooks: {file: hooks/contacts.js, calls: [preMap], timeout: 99999}\n")
                                     << "hooks.timeout"
                                     << "from 1 to 3600 seconds";
        QTest::newRow("page size") << QByteArray("hooks: {file: hooks/contacts.js, calls: [preMap], page_size: -3}\n")
                                   << "hooks.page_size"
                                   << "from 1 to";
        QTest::newRow("memory") << QByteArray("hooks: {file: hooks/contacts.js, calls: [preMap], memory_mb: 4}\n")
                                << "hooks.memory_mb"
                                << "from 16 to";
    }
    void fieldPaths()
    {
        QFETCH(QByteArray, hooks);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString name = m_dir->filePath(QStringLiteral("job.yml"));
        // the reader refuses the file, pointing at the key
        auto loaded = loadJobText(jobText(hooks), name);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().toString().contains(message), qPrintable(loaded.error().toString()));
        QVERIFY2(loaded.error().toString().contains(name + u':'), qPrintable(loaded.error().toString()));
        // validate() names the field
        JobSpec job;
        job.id = QStringLiteral("x");
        job.sourcePath = name;
        job.sql.driver = QStringLiteral("sqlite");
        job.sql.host = QStringLiteral("in.sqlite");
        job.sql.query = QStringLiteral("SELECT 1");
        job.targetKind = TargetKind::Sqlite;
        job.sqlite.path = QStringLiteral("out.sqlite");
        job.sqlite.table = QStringLiteral("t");
        job.rules.keyColumns = {QStringLiteral("id")};
        // the hooks as the file says them, without the reader's refusal
        YAML::Node node = YAML::Load(hooks.toStdString());
        QStringList warnings;
        YamlFields f(name, &warnings);
        QVERIFY(readHooks(f, node, job));
        const QList<ValidationIssue> issues = validate(job);
        const ValidationIssue *i = issue(issues, field, message);
        QVERIFY2(i, qPrintable(field + u' ' + message));
        QCOMPARE(i->severity, ValidationIssue::Error);
    }

    void warnings()
    {
        auto loaded = loadJobText(jobText("hooks: {file: hooks/contacts.js, calls: [preMap, preMap], extra: 1}\n"),
                                  m_dir->filePath(QStringLiteral("job.yml")));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        const QString all = loaded->warnings.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("listed twice")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("extra")), qPrintable(all));
        auto none =
            loadJobText(jobText("hooks: {file: hooks/contacts.js}\n"), m_dir->filePath(QStringLiteral("job.yml")));
        QVERIFY(none);
        QVERIFY2(none->warnings.join(u'\n').contains(QStringLiteral("no hook is called")),
                 qPrintable(none->warnings.join(u'\n')));
    }

    void settingsMustBeAMap()
    {
        auto loaded = loadJobText(jobText("hooks: {file: hooks/contacts.js, calls: [preMap], settings: [1, 2]}\n"),
                                  m_dir->filePath(QStringLiteral("job.yml")));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("'settings' must be a map")),
                 qPrintable(loaded.error().toString()));
    }

    void rebasedWithTheJob()
    {
        // Saved into another folder (export, the job folder), the hook file keeps pointing at the same file.
        const QString name = m_dir->filePath(QStringLiteral("job.yml"));
        auto loaded = loadJobText(jobText("hooks: {file: hooks/contacts.js, calls: [preMap]}\n"), name);
        QVERIFY(loaded);
        QTemporaryDir other;
        const QString moved = other.filePath(QStringLiteral("moved.yml"));
        JobStore store(other.path());
        auto saved = store.save(loaded->job, moved);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
        auto back = loadJobFile(moved);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(hooksFilePath(back->job), m_dir->filePath(QStringLiteral("hooks/contacts.js")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_APPLESS_MAIN(TestHooksFormat)
#include "tst_hooksformat.moc"
