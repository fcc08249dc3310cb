// End-to-end: ferry-cli runs a job whose preMap hook (tests/data/hooks/contacts.js, through Node.js)
// normalises phone numbers and drops test records, from SQLite into the Fliplet API emulator; the second
// run changes nothing. The hook's console output is in the log, a record it refuses is a row error, and the
// extension host sees none of the run's secrets.
#include "clitestcase.h"
#include "flipletemulator.h"
#include "jsonserver.h"

#include <QJsonArray>

using namespace Ferry::Testing;

namespace {
const QString Token = QStringLiteral("eu--hooks-e2e-token-0123456789");
constexpr qint64 DataSource = 321;
} // namespace

class TestCliHooks : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_emulator = std::make_unique<FlipletEmulator>(Token);
        m_emulator->addDataSource(DataSource);
        QVERIFY(m_emulator->start());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("hooks")));
        QVERIFY(QFile::copy(QStringLiteral(FERRY_TEST_DATA "/hooks/contacts.js"),
                            m_dir->filePath(QStringLiteral("hooks/contacts.js"))));
    }
    void cleanup()
    {
        m_emulator.reset();
        m_dir.reset();
    }
    void sqliteThroughHooksIntoFliplet();
    void postSubmitSeesTheRecordsAndNewEntryIds();
    void postSubmitSeesTheIdsARestServiceGave();

private:
    QString job(const QString &calls = QStringLiteral("preMap, postAggregate")) const
    {
        const QString path = m_dir->filePath(QStringLiteral("contacts.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: contacts-hooked\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: contacts.sqlite\n"
                               "  query: SELECT id, email, full_name, phone FROM contacts ORDER BY id\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %1\n"
                               "  auth_token: {secret: env:FERRY_HOOKS_TOKEN}\n"
                               "mapping:\n"
                               "  - {from: id, to: ID}\n"
                               "  - {from: email, to: Email}\n"
                               "  - {from: full_name, to: Name}\n"
                               "  - {from: phone, to: Phone}\n"
                               "sync: {mode: replace, key: ID}\n"
                               "hooks:\n"
                               "  file: hooks/contacts.js\n"
                               "  calls: [%3]\n"
                               "  settings: {country: GB, envDump: %2, submitDump: %4}\n"
                               "  page_size: 3\n")
                    .arg(DataSource)
                    .arg(m_dir->filePath(QStringLiteral("env.json")), calls,
                         m_dir->filePath(QStringLiteral("submit.ndjson")))
                    .toUtf8());
        return path;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_HOOKS_TOKEN"), Token);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    QStringList runArgs(const QString &job) const
    {
        return {QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
    }
    // Phone by name, as the data source holds them.
    QMap<QString, QString> phones() const
    {
        QMap<QString, QString> out;
        for (const auto &[id, data] : m_emulator->entries(DataSource)) {
            out.insert(data.value(u"Name").toString(),
                       data.value(u"Phone").isNull() ? QStringLiteral("null") : data.value(u"Phone").toString());
        }
        return out;
    }

    // Each change postSubmit saw (tests/data/hooks/contacts.js, settings.submitDump): {pre, post, response},
    // over its pages; empty when a call's three arrays were not row for row.
    static QList<QJsonObject> submitted(const QString &dumpPath)
    {
        QList<QJsonObject> out;
        QFile dump(dumpPath);
        if (!dump.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : dump.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject call = QJsonDocument::fromJson(line).object();
            const QJsonArray pre = call[u"preMapData"].toArray(), post = call[u"postMapData"].toArray(),
                             response = call[u"responseData"].toArray();
            if (pre.size() != response.size() || post.size() != response.size())
                return QList<QJsonObject>();
            for (qsizetype i = 0; i < response.size(); ++i)
                out.append(QJsonObject{{QStringLiteral("pre"), pre[i]},
                                       {QStringLiteral("post"), post[i]},
                                       {QStringLiteral("response"), response[i]}});
        }
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestCliHooks::sqliteThroughHooksIntoFliplet()
{
    {
        SourceDb db(m_dir->filePath(QStringLiteral("contacts.sqlite")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER, email TEXT, full_name TEXT, phone TEXT)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO contacts VALUES "
                                       "(1, 'ann@example.invalid', 'Ann', '020 7946 0001'),"
                                       "(2, 'qa@test.example', 'Quality', '020 7946 0002'),"
                                       "(3, 'bob@example.invalid', 'Bob', '+44 (0)20-7946-0003'),"
                                       "(4, 'cy@example.invalid', 'Test Cy', '0207946 0004'),"
                                       "(5, 'dee@example.invalid', 'Dee', NULL),"
                                       "(6, 'eve@example.invalid', 'Eve', '0044 20 7946 0006'),"
                                       "(7, 'fay@example.invalid', 'Fay', 'call me')")));
    }
    const QString file = job();
    CliResult first = runCli(runArgs(file), env());
    QCOMPARE(first.exitCode, 1); // one row error: Fay's phone
    QCOMPARE(first.json().value(u"inserted").toInt(), 4);
    QCOMPARE(first.json().value(u"failed").toInt(), 1);
    QMap<QString, QString> expected{{QStringLiteral("Ann"), QStringLiteral("+442079460001")},
                                    {QStringLiteral("Bob"), QStringLiteral("+4402079460003")},
                                    {QStringLiteral("Dee"), QStringLiteral("null")},
                                    {QStringLiteral("Eve"), QStringLiteral("+442079460006")}};
    QCOMPARE(phones(), expected);
    QVERIFY2(first.err.contains("[preMap] page 0: 1 test record(s) dropped"), first.err.constData());
    QVERIFY2(first.out.contains("preMap: 'call me' is not a phone number (phone)"), first.out.constData()); // in errors

    // The host got none of the run's secrets (the token is an env: reference of the job).
    QFile dump(m_dir->filePath(QStringLiteral("env.json")));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QJsonObject seen = QJsonDocument::fromJson(dump.readAll()).object();
    QVERIFY(!seen.value(u"env").toObject().contains(QStringLiteral("FERRY_HOOKS_TOKEN")));
    QVERIFY(!seen.value(u"env").toObject().contains(QStringLiteral("FERRY_FLIPLET_API_URL")));
    QVERIFY(!QJsonDocument(seen).toJson().contains(Token.toUtf8()));
    QCOMPARE(seen.value(u"data").toObject().value(u"counts").toObject().value(u"inserted").toInt(), 4);

    // Converges: the second run finds the hooked rows in place.
    m_emulator->clearRequests();
    CliResult second = runCli(runArgs(file), env());
    QCOMPARE(second.exitCode, 1); // Fay still fails
    QCOMPARE(second.json().value(u"unchanged").toInt(), 4);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
    QCOMPARE(second.json().value(u"deleted").toInt(), 0);
    int writes = 0;
    for (const auto &r : m_emulator->requests())
        writes += r.method != "GET";
    QCOMPARE(writes, 0);
    QCOMPARE(phones(), expected);
}

// postSubmit gets each record as the mapping got it (source field names, after preMap) next to the mapped one,
// and in responseData the entry id Fliplet gave each new record, or the id of the entry an update changed.
void TestCliHooks::postSubmitSeesTheRecordsAndNewEntryIds()
{
    {
        SourceDb db(m_dir->filePath(QStringLiteral("contacts.sqlite")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER, email TEXT, full_name TEXT, phone TEXT)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO contacts VALUES "
                                       "(1, 'ann@example.invalid', 'Ann', '020 7946 0001'),"
                                       "(2, 'qa@test.example', 'Quality', '020 7946 0002'),"
                                       "(3, 'bob@example.invalid', 'Bob', NULL),"
                                       "(4, 'dee@example.invalid', 'Dee', NULL),"
                                       "(5, 'eve@example.invalid', 'Eve', '0044 20 7946 0006')")));
    }
    // A record the source lacks (replace mode deletes it): the new entries' ids are not the first ones.
    const qint64 zed =
        m_emulator->insertEntry(DataSource, QJsonObject{{QStringLiteral("ID"), 99}, {QStringLiteral("Name"), "Zed"}});
    const QString file = job(QStringLiteral("preMap, postSubmit"));
    const QString dumpPath = m_dir->filePath(QStringLiteral("submit.ndjson"));
    // Entry id by ID, as the data source holds them.
    const auto entryIds = [&] {
        QMap<int, QString> out;
        for (const auto &[id, data] : m_emulator->entries(DataSource))
            out.insert(data.value(u"ID").toInt(), QString::number(id));
        return out;
    };

    CliResult first = runCli(runArgs(file) << QStringLiteral("--allow-mass-delete"), env()); // Zed: 1 of 1
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), 4); // 'Quality' is a test record preMap drops
    QCOMPARE(first.json().value(u"deleted").toInt(), 1);
    QList<QJsonObject> seen = submitted(dumpPath);
    QCOMPARE(seen.size(), 5);
    const QMap<int, QString> ids = entryIds();
    int inserts = 0;
    for (const QJsonObject &s : seen) {
        const QJsonObject pre = s[u"pre"].toObject(), post = s[u"post"].toObject(),
                          response = s[u"response"].toObject();
        if (response[u"action"].toString() == u"delete") { // no source record; the entry it removed
            QVERIFY(s[u"pre"].isNull());
            QCOMPARE(post[u"Name"].toString(), QStringLiteral("Zed"));
            QCOMPARE(response[u"id"].toString(), QString::number(zed));
            continue;
        }
        ++inserts;
        // the record as the mapping got it: the source's field names, the phone as preMap left it
        QCOMPARE(pre[u"id"], post[u"ID"]);
        QCOMPARE(pre[u"full_name"], post[u"Name"]);
        QCOMPARE(pre[u"phone"], post[u"Phone"]);
        QVERIFY(!pre.contains(QStringLiteral("Name")));
        QCOMPARE(response[u"action"].toString(), QStringLiteral("insert"));
        QCOMPARE(response[u"statusCode"].toInt(), 200);
        // the id Fliplet gave the new entry
        QVERIFY(ids.contains(post[u"ID"].toInt()));
        QCOMPARE(response[u"id"].toString(), ids.value(post[u"ID"].toInt()));
    }
    QCOMPARE(inserts, 4);
    QCOMPARE(seen[0][u"pre"].toObject()[u"phone"].toString(), QStringLiteral("+442079460001"));

    // An update: the id of the entry it changed.
    {
        SourceDb db(m_dir->filePath(QStringLiteral("contacts.sqlite")));
        QVERIFY(db.exec(QStringLiteral("UPDATE contacts SET full_name = 'Bobby' WHERE id = 3")));
    }
    QFile::remove(dumpPath);
    CliResult second = runCli(runArgs(file), env());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 1);
    seen = submitted(dumpPath);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0][u"pre"].toObject()[u"full_name"].toString(), QStringLiteral("Bobby"));
    QCOMPARE(seen[0][u"response"].toObject()[u"action"].toString(), QStringLiteral("update"));
    QCOMPARE(seen[0][u"response"].toObject()[u"id"].toString(), ids.value(3));
}

// The same into a REST service (the real json-server): a new record's id is the one the service answered with.
void TestCliHooks::postSubmitSeesTheIdsARestServiceGave()
{
    FERRY_REQUIRE_JSON_SERVER();
    JsonServer server;
    QVERIFY(
        server.start(m_dir->filePath(QStringLiteral("db.json")),
                     QJsonObject{{QStringLiteral("contacts"),
                                  QJsonArray{QJsonObject{{QStringLiteral("id"), 500}, {QStringLiteral("code"), 3}}}}}));
    {
        SourceDb db(m_dir->filePath(QStringLiteral("contacts.sqlite")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER, email TEXT, full_name TEXT, phone TEXT)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO contacts VALUES "
                                       "(1, 'ann@example.invalid', 'Ann', '020 7946 0001'),"
                                       "(2, 'qa@test.example', 'Quality', NULL),"
                                       "(3, 'bob@example.invalid', 'Bob', NULL),"
                                       "(4, 'dee@example.invalid', 'Dee', NULL)")));
    }
    const QString dumpPath = m_dir->filePath(QStringLiteral("submit.ndjson"));
    const QString file = m_dir->filePath(QStringLiteral("rest.yml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("ferry: 1\n"
                               "id: contacts-rest\n"
                               "source: {type: sql, driver: sqlite, path: contacts.sqlite, query: 'SELECT id, email, "
                               "full_name, phone FROM contacts ORDER BY id'}\n"
                               "target: {type: rest, base_url: '%1', list_path: /contacts}\n"
                               "mapping:\n"
                               "  - {from: id, to: code}\n"
                               "  - {from: full_name, to: name}\n"
                               "  - {from: phone, to: tel}\n"
                               "sync: {mode: update, key: code}\n"
                               "hooks: {file: hooks/contacts.js, calls: [preMap, postSubmit], settings: {submitDump: "
                               "'%2'}, page_size: 2}\n")
                    .arg(server.url(), dumpPath)
                    .toUtf8());
    }
    CliResult run = runCli(runArgs(file), env());
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(u"inserted").toInt(), 2); // Quality dropped by preMap
    QCOMPARE(run.json().value(u"updated").toInt(), 1);
    QMap<int, QString> ids; // code -> id, as the service holds them
    for (const QJsonValue &v : server.collection(QStringLiteral("contacts")))
        ids.insert(v[u"code"].toInt(), QString::number(v[u"id"].toInt()));
    QCOMPARE(ids.size(), 3);
    const QList<QJsonObject> seen = submitted(dumpPath);
    QCOMPARE(seen.size(), 3);
    QStringList actions;
    for (const QJsonObject &s : seen) {
        const QJsonObject pre = s[u"pre"].toObject(), post = s[u"post"].toObject(),
                          response = s[u"response"].toObject();
        actions.append(response[u"action"].toString());
        QCOMPARE(pre[u"id"], post[u"code"]);
        QCOMPARE(pre[u"full_name"], post[u"name"]);
        QVERIFY(!pre.contains(QStringLiteral("name")));
        QCOMPARE(response[u"statusCode"].toInt(), 200);
        QCOMPARE(response[u"id"].toString(), ids.value(post[u"code"].toInt()));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("insert")}));
    QCOMPARE(ids.value(3), QStringLiteral("500")); // the record updated in place
}

QTEST_GUILESS_MAIN(TestCliHooks)
#include "tst_clihooks.moc"
