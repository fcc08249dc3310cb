// ferry-cli's commands for working on extensions, end to end through the real binary and Node.js:
// hook test (each record before -> after, the console, failures) on the bundled example hooks
// (resources/examples/hooks) and on tests/data/hooks/hook-test.js; the example job run for real; module call
// on tests/data/modules (arguments from in.json, init(account) first, console on stderr, failures).
#include "clitestcase.h"

#include <QJsonArray>

using namespace Ferry::Testing;

class TestCliExtensions : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString examples = QStringLiteral(FERRY_SOURCE_DIR "/resources/examples/hooks/");
        for (const char *f : {"contacts-hooks.js", "contacts.csv", "contacts-job.yml"})
            QVERIFY(QFile::copy(examples + QLatin1String(f), m_dir->filePath(QLatin1String(f))));
        QVERIFY(QFile::copy(QStringLiteral(FERRY_TEST_DATA "/hooks/hook-test.js"),
                            m_dir->filePath(QStringLiteral("hook-test.js"))));
    }
    void cleanup() { m_dir.reset(); }

    void exampleHookTest();
    void exampleHookTestText();
    void exampleJobRuns();
    void postMapAfterTheMapping();
    void preSavePageAddsAndDrops();
    void hookTestFailures();
    void moduleCall();
    void moduleCallFailures();

private:
    QString write(const QString &name, const QByteArray &text) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }
    // The example job with its hooks: section replaced.
    QString jobWithHooks(const QByteArray &hooks) const
    {
        QFile f(m_dir->filePath(QStringLiteral("contacts-job.yml")));
        f.open(QIODevice::ReadOnly);
        QByteArray text = f.readAll();
        text = text.left(text.indexOf("\nhooks:") + 1) + hooks; // the section, not a comment naming it
        return write(QStringLiteral("test-job.yml"), text);
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    static QJsonObject record(const QJsonObject &result, int row)
    {
        for (const QJsonValue &v : result.value(u"records").toArray())
            if (v.toObject().value(u"row").toInt() == row)
                return v.toObject();
        return {};
    }
    QString modules(const char *name) const
    {
        return QStringLiteral(FERRY_TEST_DATA "/modules/") + QLatin1String(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExtensions::exampleHookTest()
{
    const QString job = m_dir->filePath(QStringLiteral("contacts-job.yml"));
    CliResult r = runCli({QStringLiteral("hook"), QStringLiteral("test"), job, QStringLiteral("--hook"),
                          QStringLiteral("preMap"), QStringLiteral("--json")},
                         env());
    QCOMPARE(r.exitCode, 1); // Katherine's "call me" is a row error
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"hook").toString(), QStringLiteral("preMap"));
    const QJsonObject counts = o.value(u"counts").toObject();
    QCOMPARE(counts.value(u"records").toInt(), 8);
    QCOMPARE(counts.value(u"changed").toInt(), 4);
    QCOMPARE(counts.value(u"unchanged").toInt(), 1);
    QCOMPARE(counts.value(u"dropped").toInt(), 2);
    QCOMPARE(counts.value(u"errors").toInt(), 1);

    const QJsonObject ada = record(o, 1);
    QCOMPARE(ada.value(u"status").toString(), QStringLiteral("changed"));
    QCOMPARE(ada.value(u"before").toObject().value(u"phone").toString(), QStringLiteral("020 7946 0958"));
    QCOMPARE(ada.value(u"after").toObject().value(u"phone").toString(), QStringLiteral("+442079460958"));
    const QJsonArray changes = ada.value(u"changes").toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(u"field").toString(), QStringLiteral("phone"));
    QCOMPARE(record(o, 4).value(u"after").toObject().value(u"phone").toString(), QStringLiteral("+441625123456"));
    QCOMPARE(record(o, 6).value(u"after").toObject().value(u"phone").toString(), QStringLiteral("+33145678910"));
    QCOMPARE(record(o, 2).value(u"status").toString(), QStringLiteral("dropped")); // a name starting "test"
    QCOMPARE(record(o, 5).value(u"status").toString(), QStringLiteral("dropped")); // @example.com
    QCOMPARE(record(o, 7).value(u"status").toString(), QStringLiteral("error"));
    QVERIFY(record(o, 7).value(u"error").toString().contains(u"'call me' is not a phone number"));
    QCOMPARE(record(o, 8).value(u"status").toString(), QStringLiteral("unchanged"));
    QCOMPARE(record(o, 1).value(u"before").toObject().value(u"id").toInt(), 1); // typed as the job says

    const QJsonArray console = o.value(u"console").toArray();
    QCOMPARE(console.size(), 1);
    QCOMPARE(console.at(0).toObject().value(u"tag").toString(), QStringLiteral("preMap"));
    QCOMPARE(console.at(0).toObject().value(u"message").toString(), QStringLiteral("page 0: 2 test record(s) dropped"));

    // The settings reach the hook: with FR a national number gets +33.
    const QString fr = jobWithHooks("hooks: {file: contacts-hooks.js, calls: [preMap], settings: {country: FR}}\n");
    r = runCli({QStringLiteral("hook"), QStringLiteral("test"), fr, QStringLiteral("--hook"), QStringLiteral("preMap"),
                QStringLiteral("--json"), QStringLiteral("--sample"), QStringLiteral("3")},
               env());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"counts").toObject().value(u"records").toInt(), 3); // --sample 3
    QCOMPARE(record(r.json(), 1).value(u"after").toObject().value(u"phone").toString(),
             QStringLiteral("+332079460958"));
}

void TestCliExtensions::exampleHookTestText()
{
    CliResult r =
        runCli({QStringLiteral("hook"), QStringLiteral("test"), m_dir->filePath(QStringLiteral("contacts-job.yml")),
                QStringLiteral("--hook"), QStringLiteral("preMap")},
               env());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("record 1: changed\n  phone: \"020 7946 0958\" \xe2\x86\x92 \"+442079460958\"\n"),
             r.out.constData());
    QVERIFY2(r.out.contains("record 5: dropped {"), r.out.constData());
    QVERIFY2(r.out.contains("record 7: error: preMap: 'call me' is not a phone number (phone)"), r.out.constData());
    QVERIFY2(r.out.contains("console:\n  [preMap] page 0: 2 test record(s) dropped"), r.out.constData());
    QVERIFY2(r.out.contains("4 changed, 1 unchanged, 2 dropped, 0 added, 1 with errors"), r.out.constData());
}

void TestCliExtensions::exampleJobRuns()
{
    const QString job = m_dir->filePath(QStringLiteral("contacts-job.yml"));
    const QStringList args{QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                           m_dir->filePath(QStringLiteral("state"))};
    CliResult first = runCli(args, env());
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(first.json().value(u"inserted").toInt(), 5);
    QCOMPARE(first.json().value(u"failed").toInt(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("target"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("contacts-target.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT ID, Phone FROM contacts ORDER BY ID")));
        QMap<int, QString> phones;
        while (q.next())
            phones.insert(q.value(0).toInt(), q.value(1).isNull() ? QStringLiteral("null") : q.value(1).toString());
        const QMap<int, QString> expected{{1, QStringLiteral("+442079460958")},
                                          {3, QStringLiteral("+12025550143")},
                                          {4, QStringLiteral("+441625123456")},
                                          {6, QStringLiteral("+33145678910")},
                                          {8, QStringLiteral("null")}};
        QCOMPARE(phones, expected);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("target"));
    CliResult second = runCli(args, env());
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 5);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
}

void TestCliExtensions::postMapAfterTheMapping()
{
    const QString job = jobWithHooks("hooks: {file: hook-test.js, calls: [postMap]}\n");
    CliResult r =
        runCli({QStringLiteral("hook"), QStringLiteral("test"), job, QStringLiteral("--hook"),
                QStringLiteral("postMap"), QStringLiteral("--json"), QStringLiteral("--sample"), QStringLiteral("2")},
               env());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject ada = record(r.json(), 1);
    // It got the mapped row (Name, not name) and preMapData (email); what it added is a field of its own.
    QCOMPARE(ada.value(u"before").toObject().value(u"Name").toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(ada.value(u"after").toObject().value(u"Name").toString(), QStringLiteral("ADA LOVELACE"));
    QCOMPARE(ada.value(u"after").toObject().value(u"Source").toString(), QStringLiteral("ada@lovelace.co.uk"));
    QCOMPARE(ada.value(u"changes").toArray().size(), 2);
    const QJsonObject console = r.json().value(u"console").toArray().at(0).toObject();
    QCOMPARE(console.value(u"message").toString(), QStringLiteral("postMap got 2 row(s)"));
    QCOMPARE(console.value(u"level").toString(), QStringLiteral("warning"));
}

void TestCliExtensions::preSavePageAddsAndDrops()
{
    const QString job = jobWithHooks("hooks: {file: hook-test.js, calls: [preSavePage]}\n");
    CliResult r = runCli({QStringLiteral("hook"), QStringLiteral("test"), job, QStringLiteral("--hook"),
                          QStringLiteral("preSavePage"), QStringLiteral("--json"), QStringLiteral("--sample"),
                          QStringLiteral("4")},
                         env());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject counts = r.json().value(u"counts").toObject();
    // 4 records in, 3 back: records 1 and 3 as they were (the host knows the objects), one made by the hook.
    QCOMPARE(counts.value(u"added").toInt(), 1);
    QCOMPARE(counts.value(u"dropped").toInt(), 2);
    bool sawAdded = false;
    for (const QJsonValue &v : r.json().value(u"records").toArray())
        sawAdded |= v.toObject().value(u"after").toObject().value(u"name").toString() == u"Added";
    QVERIFY(sawAdded);
}

void TestCliExtensions::hookTestFailures()
{
    const QString contacts = m_dir->filePath(QStringLiteral("contacts-job.yml"));
    // An unknown hook: exit 3, naming the hooks it can run.
    CliResult r = runCli(
        {QStringLiteral("hook"), QStringLiteral("test"), contacts, QStringLiteral("--hook"), QStringLiteral("preMapp")},
        env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("unknown hook 'preMapp': hook test runs preSavePage, preMap or postMap"),
             r.err.constData());
    r = runCli({QStringLiteral("hook"), QStringLiteral("test"), contacts}, env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("hook test needs --hook"), r.err.constData());

    // A hook that throws: exit 2, its message and its stack (file and line).
    const QString throwing = jobWithHooks("hooks: {file: hook-test.js, calls: [preMap], settings: {throw: true}}\n");
    r = runCli({QStringLiteral("hook"), QStringLiteral("test"), throwing, QStringLiteral("--hook"),
                QStringLiteral("preMap"), QStringLiteral("--json")},
               env());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("failed"));
    const QString failure = r.json().value(u"pageFailures").toArray().at(0).toString();
    QVERIFY2(failure.contains(u"preMap failed on page 1 (rows 1-8): Error: preMap refuses this page"),
             qPrintable(failure));
    QVERIFY2(failure.contains(u"hook-test.js:7"), qPrintable(failure));         // the stack names the line
    QCOMPARE(r.json().value(u"counts").toObject().value(u"errors").toInt(), 8); // every row of the page, none lost

    // A hook the file does not export: no page can run, so it stops at once (exit 3, the job is wrong), naming
    // what the file exports and the fix.
    r = runCli(
        {QStringLiteral("hook"), QStringLiteral("test"), contacts, QStringLiteral("--hook"), QStringLiteral("postMap")},
        env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("exports no function 'postMap' (it exports: preMap, preSavePage, normalisePhone): add "
                            "postMap to the hook file, or take it out of hooks.calls"),
             r.err.constData());

    // No Node.js: exit 2 with the install command.
    QProcessEnvironment noNode = env();
    noNode.insert(QStringLiteral("FERRY_NODE"), QStringLiteral("/nonexistent"));
    r = runCli({QStringLiteral("hook"), QStringLiteral("test"), contacts, QStringLiteral("--hook"),
                QStringLiteral("preMap"), QStringLiteral("--json")},
               noNode);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("hooks.file"));
    QVERIFY2(r.err.contains("sudo apt-get install nodejs"), r.err.constData());

    // A job without hooks: exit 3, naming hooks.file.
    const QString none = jobWithHooks("");
    r = runCli({QStringLiteral("hook"), QStringLiteral("test"), none, QStringLiteral("--hook"),
                QStringLiteral("preMap"), QStringLiteral("--json")},
               env());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("hooks.file"));
}

void TestCliExtensions::moduleCall()
{
    const QString module = modules("notes-module.js");
    const QString folder = m_dir->filePath(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(folder));
    const QString account =
        write(QStringLiteral("account.json"), QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder}}).toJson());
    // One value: the one argument.
    const QString in = write(QStringLiteral("in.json"), "{\"title\": \"Buy milk\", \"done\": false}\n");
    CliResult r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("insert"),
                          QStringLiteral("--in"), in, QStringLiteral("--account"), account},
                         env());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("\"1\"\n")); // the result alone on stdout
    QVERIFY2(r.err.contains("[init] init: notes in " + folder.toUtf8()), r.err.constData()); // init(account) first
    QVERIFY2(r.err.contains("[insert] inserted 1"), r.err.constData());

    // An array: the arguments, spread.
    const QString patch = write(QStringLiteral("patch.json"), "[\"1\", {\"done\": true}]");
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("patch"),
                QStringLiteral("--in"), patch, QStringLiteral("--account"), account},
               env());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject patched = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(patched,
             (QJsonObject{{QStringLiteral("title"), QStringLiteral("Buy milk")}, {QStringLiteral("done"), true}}));

    const QString since = write(QStringLiteral("since.json"), "[null]");
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("getUpdates"),
                QStringLiteral("--in"), since, QStringLiteral("--account"), account},
               env());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject updates = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(updates.value(u"nextSync").toString(), QStringLiteral("2"));
    QCOMPARE(updates.value(u"entries").toArray().size(), 1);
    QCOMPARE(updates.value(u"entries").toArray().at(0).toObject().value(u"value").toObject().value(u"done").toBool(),
             true);

    // A module without init, callback style.
    const QString two = write(QStringLiteral("two.json"), "[40, 2]");
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), modules("no-init-module.js"), QStringLiteral("sum"),
                QStringLiteral("--in"), two},
               env());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"sum").toInt(), 42);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCliExtensions::moduleCallFailures()
{
    const QString module = modules("notes-module.js");
    const QString folder = m_dir->filePath(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(folder));
    const QString account =
        write(QStringLiteral("account.json"), QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder}}).toJson());

    // Malformed in.json: exit 3, naming the file, the line and the column; nothing called.
    const QString bad = write(QStringLiteral("bad.json"), "[\n  \"1\",\n  {\"done\": tru}\n]\n");
    CliResult r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("patch"),
                          QStringLiteral("--in"), bad, QStringLiteral("--account"), account},
                         env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(bad.toUtf8() + " (--in) is not valid JSON: "), r.err.constData());
    QVERIFY2(r.err.contains("at line 3, column "), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(folder + QStringLiteral("/notes.json")));

    // A method that throws: exit 2, its message and stack on stderr, nothing on stdout.
    const QString missing = write(QStringLiteral("missing.json"), "\"99\"");
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("get"), QStringLiteral("--in"),
                missing, QStringLiteral("--account"), account},
               env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("module call: get failed: Error: no note 99"), r.err.constData());
    QVERIFY2(r.err.contains("notes-module.js:"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    // init fails (no account): said as init's failure, the method is not called.
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("get"), QStringLiteral("--in"),
                missing},
               env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("init failed: Error: account.folder is missing"), r.err.constData());

    // A method the module does not export: exit 3, as for a wrong file.
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), module, QStringLiteral("remove"),
                QStringLiteral("--account"), account},
               env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("exports no function 'remove'"), r.err.constData());

    // A module file that does not exist: exit 3.
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), m_dir->filePath(QStringLiteral("nope.js")),
                QStringLiteral("get")},
               env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("no module file"), r.err.constData());

    // No Node.js: exit 2 with the install command.
    QProcessEnvironment noNode = env();
    noNode.insert(QStringLiteral("FERRY_NODE"), QStringLiteral("/nonexistent"));
    r = runCli({QStringLiteral("module"), QStringLiteral("call"), modules("no-init-module.js"), QStringLiteral("sum")},
               noNode);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sudo apt-get install nodejs"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliExtensions)
#include "tst_cliextensions.moc"
