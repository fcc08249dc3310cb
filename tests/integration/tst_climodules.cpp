// Connector modules end to end through ferry-cli, with real Node.js and the real json-server
// (docs/extensions.md, "Connector modules"): SQLite -> the example json-server module as a target (insert, patch,
// delete in replace mode, converging); the module as a source read incrementally across runs, its nextSync
// kept only by confirmed runs (not by a dry run, a run with failed rows or a killed run); a module that throws
// in patch failing that change alone; a missing module file or export named; account secrets resolved. A change
// log naming a record twice and id-only deletes (combined by id, keyed by the id), deletes dropped without
// sync.delete_column keeping nextSync, the cursor and the key -> id memory following the account, numeric ids
// passed back as numbers, a module without init.
#include "clitestcase.h"
#include "connectors/moduleconnection.h"
#include "jsonserver.h"
#include "store/statestore.h"

#include <QDir>
#include <QFileInfo>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

const QString ExampleModule = QStringLiteral(FERRY_SOURCE_DIR "/resources/examples/modules/json-server.js");
const QString TestModules = QStringLiteral(FERRY_SOURCE_DIR "/tests/data/modules/");

QMap<int, QJsonObject> byCode(const QJsonArray &records)
{
    QMap<int, QJsonObject> out;
    for (const QJsonValue &v : records)
        out.insert(v.toObject().value(u"code").toInt(), v.toObject());
    return out;
}

QJsonObject contact(int id, int code, const QString &name, const QString &updatedAt)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("updatedAt"), updatedAt}};
}

// Sends one request to json-server and waits for its answer.
int send(const QString &method, const QUrl &url, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method.toLatin1(), QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestCliModules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void targetInsertPatchDeleteConverges();
    void sourceIncrementalAcrossRuns();
    void failedRowsDoNotAdvanceNextSync();
    void killedRunDoesNotAdvanceNextSync();
    void throwInPatchFailsThatChangeAlone();
    void missingFileAndExportNamed();
    void accountSecretsResolvedForTheModuleAlone();
    void sourceEntriesCombinedById();
    void sourceDeletesKeyedByTheirId();
    void sourceCursorFollowsTheAccount();
    void targetMemoryFollowsTheAccount();
    void targetIdsKeepTheirJsonType();
    void moduleWithoutInitRuns();

private:
    QString writeJob(const QString &name, const QString &text)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text.toUtf8());
        return path;
    }
    // SQLite users -> a module target.
    QString targetJob(const QString &module, const QString &account, const QString &mode = QStringLiteral("replace"))
    {
        return writeJob(QStringLiteral("to-module.yml"),
                        QStringLiteral("ferry: 1\n"
                                       "id: to-module\n"
                                       "name: Users to a module\n"
                                       "source:\n"
                                       "  type: sql\n"
                                       "  driver: sqlite\n"
                                       "  path: users.sqlite\n"
                                       "  query: SELECT id AS code, email, full_name AS name FROM users\n"
                                       "target:\n"
                                       "  type: module\n"
                                       "  file: %1\n"
                                       "  account: %2\n"
                                       "sync:\n"
                                       "  mode: %3\n"
                                       "  key: code\n"
                                       "  delete_safeguard: {max_share: 1}\n")
                            .arg(module, account, mode));
    }
    // The json-server module as a source -> a module or SQLite target.
    QString sourceJob(const QString &url, const QString &target)
    {
        return writeJob(QStringLiteral("from-module.yml"),
                        QStringLiteral("ferry: 1\n"
                                       "id: from-module\n"
                                       "name: Contacts from json-server\n"
                                       "source:\n"
                                       "  type: module\n"
                                       "  file: %1\n"
                                       "  account: {url: '%2', collection: contacts}\n"
                                       "target:\n"
                                       "%3"
                                       "mapping:\n"
                                       "  - {from: code, to: code}\n"
                                       "  - {from: name, to: name}\n"
                                       "sync:\n"
                                       "  mode: update\n"
                                       "  key: code\n")
                            .arg(ExampleModule, url, target));
    }
    QString sqliteTarget() const
    {
        return QStringLiteral("  type: sqlite\n  path: copy.sqlite\n  table: contacts\n  create_table: true\n");
    }
    QString storeTarget(const QString &extra = {}) const
    {
        return QStringLiteral("  type: module\n  file: %1filestore.js\n  account: {path: '%2'%3}\n")
            .arg(TestModules, m_dir->filePath(QStringLiteral("store.json")), extra);
    }
    QStringList runArgs(const QString &job, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                           m_dir->filePath(QStringLiteral("state"))} +
               more;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    // The nextSync kept for the job (null when none).
    QJsonValue keptNextSync(const QString &jobId) const
    {
        const QDir dir(m_dir->filePath(QStringLiteral("state/module-cursors")));
        for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(f.filePath());
            file.open(QIODevice::ReadOnly);
            const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            if (o.value(u"job").toString() == jobId)
                return o.value(u"nextSync");
        }
        return QJsonValue(QJsonValue::Null);
    }
    static QString counts(const QJsonObject &j)
    {
        return QStringLiteral("i%1 u%2 d%3 f%4 =%5")
            .arg(j.value(u"inserted").toInt())
            .arg(j.value(u"updated").toInt())
            .arg(j.value(u"deleted").toInt())
            .arg(j.value(u"failed").toInt())
            .arg(j.value(u"unchanged").toInt());
    }
    // The run's failed rows as the state store keeps them: "key: reason".
    QStringList failureReasons(const CliResult &run) const
    {
        QStringList out;
        auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
        if (!store)
            return {QStringLiteral("no state store: ") + store.error().message};
        auto failures = (*store)->failures(run.json().value(u"run_id").toInteger());
        if (!failures)
            return {failures.error().message};
        for (const FailureRecord &f : *failures)
            out << f.key + QStringLiteral(": ") + f.reason;
        return out;
    }
    QJsonObject storeRecords() const
    {
        QFile f(m_dir->filePath(QStringLiteral("store.json")));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(u"records").toObject();
    }

    // A source job on tests/data/modules/changelog.js (its change log in feed.json) into SQLite; the key through
    // a mapping (code -> ref).
    QString feedJob(const QString &collection, const QString &deleteColumn = {})
    {
        return writeJob(
            QStringLiteral("feed.yml"),
            QStringLiteral("ferry: 1\n"
                           "id: feed\n"
                           "name: Feed\n"
                           "source:\n"
                           "  type: module\n"
                           "  file: %1changelog.js\n"
                           "  account: {path: '%2', collection: %3}\n"
                           "target: {type: sqlite, path: feed.sqlite, table: t, create_table: true}\n"
                           "mapping:\n"
                           "  - {from: code, to: ref}\n"
                           "  - {from: name, to: name}\n"
                           "%4"
                           "sync: {mode: update, key: ref%5}\n")
                .arg(TestModules, m_dir->filePath(QStringLiteral("feed.json")), collection,
                     deleteColumn.isEmpty() ? QString() : QStringLiteral("  - {from: %1, to: %1}\n").arg(deleteColumn),
                     deleteColumn.isEmpty() ? QString() : QStringLiteral(", delete_column: ") + deleteColumn));
    }
    void writeFeed(const QJsonObject &feed)
    {
        QFile f(m_dir->filePath(QStringLiteral("feed.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(feed).toJson());
    }
    // The lastSync of each getUpdates() call changelog.js answered.
    QStringList feedCalls() const
    {
        QFile f(m_dir->filePath(QStringLiteral("feed.json.calls")));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    // Rows of a SQLite file as "a=b" texts.
    QStringList sqliteRows(const QString &file, const QString &sql) const
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir->filePath(file));
            db.open();
            QSqlQuery q(sql, db);
            while (q.next())
                rows << q.value(0).toString() + u'=' + q.value(1).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return rows;
    }
    static QJsonObject entry(const QJsonValue &id, const QString &type, const QJsonValue &value = {})
    {
        QJsonObject e{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}};
        if (value.isObject())
            e.insert(QStringLiteral("value"), value);
        return e;
    }
    static QJsonObject feedAnswer(int nextSync, const QJsonArray &entries)
    {
        return QJsonObject{{QStringLiteral("nextSync"), nextSync}, {QStringLiteral("entries"), entries}};
    }
    static QString warnings(const CliResult &r)
    {
        QStringList out;
        for (const QJsonValue &w : r.json().value(u"warnings").toArray())
            out << w.toString();
        return out.join(u'\n');
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SourceDb> m_db;
};

void TestCliModules::initTestCase()
{
    FERRY_REQUIRE_JSON_SERVER();
}

void TestCliModules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
}

void TestCliModules::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCliModules::targetInsertPatchDeleteConverges()
{
    JsonServer server;
    // One record the source does not have: replace mode deletes it through the module's delete().
    QVERIFY(server.start(m_dir->filePath(QStringLiteral("db.json")),
                         QJsonObject{{QStringLiteral("contacts"),
                                      QJsonArray{contact(100, 999, QStringLiteral("Old"), QStringLiteral("2020"))}}}));
    m_db->addUsers(1, 5);
    const QString job = targetJob(ExampleModule, QStringLiteral("{url: '%1', collection: contacts}").arg(server.url()));

    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i5 u0 d1 f0 =0"));
    QMap<int, QJsonObject> held = byCode(server.collection(QStringLiteral("contacts")));
    QCOMPARE(held.keys(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(held[3].value(u"email").toString(), QStringLiteral("user3@example.invalid"));
    QCOMPARE(held[3].value(u"name").toString(), QStringLiteral("User 3"));
    QVERIFY(!held[3].value(u"updatedAt").toString().isEmpty()); // the module stamps what it writes
    const QJsonValue firstId2 = held[2].value(u"id");

    // Ferry remembers each key's id in the module's records (the state store, like the REST target).
    {
        auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
        QVERIFY(store);
        ModuleSpec spec;
        spec.account = {{QStringLiteral("url"), server.url()},
                        {QStringLiteral("collection"), QStringLiteral("contacts")}};
        auto memory = (*store)->remembered(
            QStringLiteral("to-module"),
            QStringLiteral("module:%1#%2").arg(ExampleModule, ModuleConnection::accountFingerprint(spec)));
        QVERIFY(memory);
        QCOMPARE(memory->size(), size_t(5));
        for (const RememberedRecord &r : *memory)
            QCOMPARE(r.remoteId, QString::number(held[r.key.toInt()].value(u"id").toInt()));
    }

    CliResult again = runCli(runArgs(job), env());
    QVERIFY2(again.exitCode == 0, again.out + again.err);
    QCOMPARE(counts(again.json()), QStringLiteral("i0 u0 d0 f0 =5"));

    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET email = 'changed@example.invalid' WHERE id = 2")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 5")));
    m_db->addUsers(6, 6);
    CliResult changed = runCli(runArgs(job), env());
    QVERIFY2(changed.exitCode == 0, changed.out + changed.err);
    QCOMPARE(counts(changed.json()), QStringLiteral("i1 u1 d1 f0 =3"));
    held = byCode(server.collection(QStringLiteral("contacts")));
    QCOMPARE(held.keys(), (QList<int>{1, 2, 3, 4, 6}));
    QCOMPARE(held[2].value(u"email").toString(), QStringLiteral("changed@example.invalid"));
    QCOMPARE(held[2].value(u"id"), firstId2); // patched in place

    CliResult converged = runCli(runArgs(job), env());
    QVERIFY2(converged.exitCode == 0, converged.out + converged.err);
    QCOMPARE(counts(converged.json()), QStringLiteral("i0 u0 d0 f0 =5"));
}

void TestCliModules::sourceIncrementalAcrossRuns()
{
    JsonServer server;
    QVERIFY(server.start(
        m_dir->filePath(QStringLiteral("db.json")),
        QJsonObject{{QStringLiteral("contacts"),
                     QJsonArray{contact(1, 1, QStringLiteral("Ann"), QStringLiteral("2024-01-01T10:00:00Z")),
                                contact(2, 2, QStringLiteral("Bob"), QStringLiteral("2024-01-02T10:00:00Z")),
                                contact(3, 3, QStringLiteral("Cy"), QStringLiteral("2024-01-03T10:00:00Z"))}}}));
    const QString job = sourceJob(server.url(), sqliteTarget());

    // A dry run reads everything and keeps nothing.
    CliResult dry = runCli(runArgs(job, {QStringLiteral("--dry-run")}), env());
    QVERIFY2(dry.exitCode == 0, dry.out + dry.err);
    QCOMPARE(counts(dry.json()), QStringLiteral("i3 u0 d0 f0 =0"));
    QCOMPARE(keptNextSync(QStringLiteral("from-module")), QJsonValue(QJsonValue::Null));

    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i3 u0 d0 f0 =0"));
    QCOMPARE(keptNextSync(QStringLiteral("from-module")).toString(), QStringLiteral("2024-01-03T10:00:00Z"));

    // One record changed and one added since: only they are read (getUpdates(nextSync)) and written, with the
    // record at nextSync itself (read again: at or after); Ann is not read at all (a full read would count her
    // as unchanged too).
    QCOMPARE(send(QStringLiteral("PATCH"), QUrl(server.url() + QStringLiteral("/contacts/2")),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Bobby")},
                              {QStringLiteral("updatedAt"), QStringLiteral("2024-02-01T00:00:00Z")}}),
             200);
    QCOMPARE(send(QStringLiteral("POST"), QUrl(server.url() + QStringLiteral("/contacts")),
                  contact(4, 4, QStringLiteral("Dee"), QStringLiteral("2024-02-02T00:00:00Z"))),
             201);
    CliResult second = runCli(runArgs(job), env());
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(counts(second.json()), QStringLiteral("i1 u1 d0 f0 =1"));
    QCOMPARE(keptNextSync(QStringLiteral("from-module")).toString(), QStringLiteral("2024-02-02T00:00:00Z"));

    // Nothing new: the record at nextSync itself is read again (at or after) and changes nothing.
    CliResult third = runCli(runArgs(job), env());
    QVERIFY2(third.exitCode == 0, third.out + third.err);
    QCOMPARE(counts(third.json()), QStringLiteral("i0 u0 d0 f0 =1"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    db.setDatabaseName(m_dir->filePath(QStringLiteral("copy.sqlite")));
    QVERIFY(db.open());
    {
        QSqlQuery q(QStringLiteral("SELECT code, name FROM contacts ORDER BY code"), db);
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + u'=' + q.value(1).toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("1=Ann"), QStringLiteral("2=Bobby"), QStringLiteral("3=Cy"),
                                    QStringLiteral("4=Dee")}));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
}

void TestCliModules::failedRowsDoNotAdvanceNextSync()
{
    JsonServer server;
    QVERIFY(server.start(
        m_dir->filePath(QStringLiteral("db.json")),
        QJsonObject{{QStringLiteral("contacts"),
                     QJsonArray{contact(1, 1, QStringLiteral("Ann"), QStringLiteral("2024-01-01T10:00:00Z")),
                                contact(2, 2, QStringLiteral("Bad"), QStringLiteral("2024-01-02T10:00:00Z"))}}}));
    // The target refuses "Bad": that row fails, Ann is written, and nextSync stays where it was.
    const QString refusing = sourceJob(server.url(), storeTarget(QStringLiteral(", refuse_name: Bad")));
    CliResult refused = runCli(runArgs(refusing), env());
    QCOMPARE(refused.json().value(u"status").toString(), QStringLiteral("row-errors"));
    QCOMPARE(counts(refused.json()), QStringLiteral("i1 u0 d0 f1 =0"));
    QCOMPARE(failureReasons(refused), QStringList{QStringLiteral("2: the module refused the insert of key 2: Error: "
                                                                 "the store refuses the name Bad")});
    QCOMPARE(keptNextSync(QStringLiteral("from-module")), QJsonValue(QJsonValue::Null));

    // Once the target accepts it, the same changes are read again: Bad arrives, Ann is unchanged.
    const QString accepting = sourceJob(server.url(), storeTarget());
    CliResult next = runCli(runArgs(accepting), env());
    QVERIFY2(next.exitCode == 0, next.out + next.err);
    QCOMPARE(counts(next.json()), QStringLiteral("i1 u0 d0 f0 =1"));
    QCOMPARE(keptNextSync(QStringLiteral("from-module")).toString(), QStringLiteral("2024-01-02T10:00:00Z"));
    QCOMPARE(storeRecords().size(), 2);
}

void TestCliModules::killedRunDoesNotAdvanceNextSync()
{
    JsonServer server;
    QVERIFY(server.start(
        m_dir->filePath(QStringLiteral("db.json")),
        QJsonObject{{QStringLiteral("contacts"),
                     QJsonArray{contact(1, 1, QStringLiteral("Ann"), QStringLiteral("2024-01-01T10:00:00Z")),
                                contact(2, 2, QStringLiteral("Bob"), QStringLiteral("2024-01-02T10:00:00Z"))}}}));
    // Each insert takes 3 s; the run is killed while the first one is under way.
    const QString slow = sourceJob(server.url(), storeTarget(QStringLiteral(", slow_ms: 3000")));
    const QString marker = m_dir->filePath(QStringLiteral("store.json.inserting"));
    CliResult killed = runCli(runArgs(slow), env(), [&](QProcess &p) {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 60000);
        p.kill();
    });
    QCOMPARE(killed.exitStatus, QProcess::CrashExit);
    QCOMPARE(keptNextSync(QStringLiteral("from-module")), QJsonValue(QJsonValue::Null));

    const QString quick = sourceJob(server.url(), storeTarget());
    CliResult next = runCli(runArgs(quick), env());
    QVERIFY2(next.exitCode == 0, next.out + next.err);
    QCOMPARE(next.json().value(u"inserted").toInt() + next.json().value(u"unchanged").toInt(), 2);
    QCOMPARE(storeRecords().size(), 2);
    QCOMPARE(keptNextSync(QStringLiteral("from-module")).toString(), QStringLiteral("2024-01-02T10:00:00Z"));
}

void TestCliModules::throwInPatchFailsThatChangeAlone()
{
    m_db->addUsers(1, 3);
    const QString store = m_dir->filePath(QStringLiteral("store.json"));
    const QString module = TestModules + QStringLiteral("filestore.js");
    CliResult first = runCli(runArgs(targetJob(module, QStringLiteral("{path: '%1'}").arg(store))), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i3 u0 d0 f0 =0"));

    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Refused' WHERE id = 2")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Fine' WHERE id = 3")));
    CliResult second =
        runCli(runArgs(targetJob(module, QStringLiteral("{path: '%1', refuse_name: Refused}").arg(store))), env());
    QCOMPARE(second.json().value(u"status").toString(), QStringLiteral("row-errors"));
    QCOMPARE(counts(second.json()), QStringLiteral("i0 u1 d0 f1 =1"));
    QCOMPARE(failureReasons(second), QStringList{QStringLiteral("2: the module refused the patch of record r2 (key 2): "
                                                                "Error: the store refuses the name Refused")});
    const QJsonObject records = storeRecords();
    QCOMPARE(records.value(u"r2").toObject().value(u"name").toString(), QStringLiteral("User 2"));
    QCOMPARE(records.value(u"r3").toObject().value(u"name").toString(), QStringLiteral("Fine"));
}

void TestCliModules::missingFileAndExportNamed()
{
    m_db->addUsers(1, 1);
    CliResult missing = runCli(runArgs(targetJob(QStringLiteral("nowhere.js"), QStringLiteral("{}"))), env());
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("the module file " + m_dir->filePath(QStringLiteral("nowhere.js")).toUtf8() +
                                  " does not exist: correct target.file"),
             missing.err);

    CliResult noExport =
        runCli(runArgs(targetJob(TestModules + QStringLiteral("initonly.js"), QStringLiteral("{}"))), env());
    QVERIFY(noExport.exitCode != 0);
    const QByteArray all = noExport.out + noExport.err;
    QVERIFY2(all.contains("initonly.js does not export getUpdates()") && all.contains("target.file"), all);
}

void TestCliModules::accountSecretsResolvedForTheModuleAlone()
{
    const QString job =
        writeJob(QStringLiteral("echo.yml"),
                 QStringLiteral("ferry: 1\n"
                                "id: echo\n"
                                "name: Echo\n"
                                "source:\n"
                                "  type: module\n"
                                "  file: %1echoaccount.js\n"
                                "  account: {region: eu, token: {secret: env:FERRY_MODULE_TOKEN}}\n"
                                "target: {type: sqlite, path: echo.sqlite, table: echo, create_table: true}\n"
                                "sync: {mode: update, key: name}\n")
                     .arg(TestModules));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_MODULE_TOKEN"), QStringLiteral("tok-4242"));
    CliResult r = runCli(runArgs(job), e);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QCOMPARE(counts(r.json()), QStringLiteral("i2 u0 d0 f0 =0"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("echo"));
    db.setDatabaseName(m_dir->filePath(QStringLiteral("echo.sqlite")));
    QVERIFY(db.open());
    {
        QSqlQuery q(QStringLiteral("SELECT name, value, env FROM echo ORDER BY name"), db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString() + u'=' + q.value(1).toString(), QStringLiteral("region=eu"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString() + u'=' + q.value(1).toString(), QStringLiteral("token=tok-4242"));
        QCOMPARE(q.value(2).toString(), QString()); // the host's environment has no FERRY_* variable
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("echo"));
    QVERIFY2(!r.err.contains("tok-4242") && !r.out.contains("tok-4242"), r.out + r.err); // masked in logs

    // Unset: the run stops naming the field.
    CliResult unset = runCli(runArgs(job), env());
    QVERIFY(unset.exitCode != 0);
    QVERIFY2(unset.err.contains("FERRY_MODULE_TOKEN"), unset.err);
}

void TestCliModules::sourceEntriesCombinedById()
{
    // duplicates.js names record 1 twice (insert, then update) and record 3 twice (upsert, then an id-only delete).
    // The latest entry of each id counts: nothing fails, nothing stalls.
    const QString job =
        writeJob(QStringLiteral("dup.yml"),
                 QStringLiteral("ferry: 1\n"
                                "id: dup\n"
                                "name: Duplicates\n"
                                "source: {type: module, file: %1duplicates.js}\n"
                                "target: {type: sqlite, path: dup.sqlite, table: t, create_table: true}\n"
                                "sync: {mode: update, key: code, delete_column: _deleted}\n")
                     .arg(TestModules));
    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(first.json().value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(counts(first.json()), QStringLiteral("i2 u0 d0 f0 =0"));
    QCOMPARE(sqliteRows(QStringLiteral("dup.sqlite"), QStringLiteral("SELECT code, name FROM t ORDER BY code")),
             (QStringList{QStringLiteral("1=second"), QStringLiteral("2=two")}));
    QCOMPARE(keptNextSync(QStringLiteral("dup")), QJsonValue(5));

    CliResult again = runCli(runArgs(job), env());
    QVERIFY2(again.exitCode == 0, again.out + again.err);
    QCOMPARE(counts(again.json()), QStringLiteral("i0 u0 d0 f0 =2"));
}

void TestCliModules::sourceDeletesKeyedByTheirId()
{
    writeFeed(QJsonObject{
        {QStringLiteral("null"),
         feedAnswer(1,
                    {entry(QStringLiteral("1"), QStringLiteral("upsert"),
                           QJsonObject{{QStringLiteral("code"), 1}, {QStringLiteral("name"), QStringLiteral("a")}}),
                     entry(QStringLiteral("2"), QStringLiteral("upsert"),
                           QJsonObject{{QStringLiteral("code"), 2}, {QStringLiteral("name"), QStringLiteral("b")}})})},
        {QStringLiteral("1"), feedAnswer(2, {entry(QStringLiteral("2"), QStringLiteral("delete"))})},
        {QStringLiteral("2"),
         feedAnswer(3, {entry(QStringLiteral("x7"), QStringLiteral("upsert"),
                              QJsonObject{{QStringLiteral("code"), 7}, {QStringLiteral("name"), QStringLiteral("g")}}),
                        entry(QStringLiteral("9"), QStringLiteral("delete"))})}});
    CliResult first = runCli(runArgs(feedJob(QStringLiteral("c1"))), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i2 u0 d0 f0 =0"));
    QCOMPARE(keptNextSync(QStringLiteral("feed")), QJsonValue(1));

    // Without sync.delete_column the delete cannot reach the target: said, naming the setting, and nextSync stays,
    // so the delete is read again.
    CliResult dropped = runCli(runArgs(feedJob(QStringLiteral("c1"))), env());
    QVERIFY2(dropped.exitCode == 0, dropped.out + dropped.err);
    QVERIFY2(warnings(dropped).contains(QStringLiteral("nextSync) is not advanced")) &&
                 warnings(dropped).contains(QStringLiteral("sync.delete_column")),
             dropped.out);
    QCOMPARE(keptNextSync(QStringLiteral("feed")), QJsonValue(1));

    // With it, the id-only delete {id: '2', type: 'delete'} deletes the record whose key (ref, from code) is 2.
    CliResult deleted = runCli(runArgs(feedJob(QStringLiteral("c1"), QStringLiteral("_deleted"))), env());
    QVERIFY2(deleted.exitCode == 0, deleted.out + deleted.err);
    QCOMPARE(deleted.json().value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(counts(deleted.json()), QStringLiteral("i0 u0 d1 f0 =0"));
    QCOMPARE(sqliteRows(QStringLiteral("feed.sqlite"), QStringLiteral("SELECT ref, name FROM t ORDER BY ref")),
             QStringList{QStringLiteral("1=a")});
    QCOMPARE(keptNextSync(QStringLiteral("feed")), QJsonValue(2));
    QCOMPARE(feedCalls(), (QStringList{QStringLiteral("null"), QStringLiteral("1"), QStringLiteral("1")}));

    // A module whose ids are not the keys (id x7, key 7): an id-only delete cannot be placed, and says which.
    CliResult notKey = runCli(runArgs(feedJob(QStringLiteral("c1"), QStringLiteral("_deleted"))), env());
    QVERIFY(notKey.exitCode != 0);
    const QByteArray all = notKey.out + notKey.err;
    QVERIFY2(all.contains("entry 2 (id 9) of getUpdates() is a delete without the key column 'code'") &&
                 all.contains("entry 1 has the id x7 and the key 7"),
             all);
    QCOMPARE(keptNextSync(QStringLiteral("feed")), QJsonValue(2));
    QCOMPARE(sqliteRows(QStringLiteral("feed.sqlite"), QStringLiteral("SELECT ref, name FROM t ORDER BY ref")),
             QStringList{QStringLiteral("1=a")});
}

void TestCliModules::sourceCursorFollowsTheAccount()
{
    // Every answer holds record 1 (so a run without the fix would not stop at an empty answer either).
    const QJsonObject one{{QStringLiteral("code"), 1}, {QStringLiteral("name"), QStringLiteral("a")}};
    writeFeed(QJsonObject{{QStringLiteral("null"), feedAnswer(1, {entry(1, QStringLiteral("upsert"), one)})},
                          {QStringLiteral("1"), feedAnswer(1, {entry(1, QStringLiteral("upsert"), one)})}});
    for (const QString &collection : {QStringLiteral("c1"), QStringLiteral("c1"), QStringLiteral("c2")}) {
        CliResult r = runCli(runArgs(feedJob(collection)), env());
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }
    // The same job pointed at another collection starts from null, not from c1's position.
    QCOMPARE(feedCalls(), (QStringList{QStringLiteral("null"), QStringLiteral("1"), QStringLiteral("null")}));
}

void TestCliModules::targetMemoryFollowsTheAccount()
{
    // filestore.js with hide: email lists records without their email, so Ferry fills it from what it wrote.
    m_db->addUsers(1, 2);
    const QString module = TestModules + QStringLiteral("filestore.js");
    const QString a = m_dir->filePath(QStringLiteral("a.json"));
    CliResult first = runCli(runArgs(targetJob(module, QStringLiteral("{path: '%1', hide: email}").arg(a))), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i2 u0 d0 f0 =0"));
    CliResult again = runCli(runArgs(targetJob(module, QStringLiteral("{path: '%1', hide: email}").arg(a))), env());
    QCOMPARE(counts(again.json()), QStringLiteral("i0 u0 d0 f0 =2"));

    // Another store whose records have the same ids but no email: what was written to the first store is not
    // taken for them, so their email is written.
    const QString b = m_dir->filePath(QStringLiteral("b.json"));
    {
        QFile f(b);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"next": 3, "records": {"r1": {"code": 1, "name": "User 1"}, "r2": {"code": 2, "name": "User 2"}}})");
    }
    CliResult other = runCli(runArgs(targetJob(module, QStringLiteral("{path: '%1', hide: email}").arg(b))), env());
    QVERIFY2(other.exitCode == 0, other.out + other.err);
    QCOMPARE(counts(other.json()), QStringLiteral("i0 u2 d0 f0 =0"));
    QFile f(b);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject records = QJsonDocument::fromJson(f.readAll()).object().value(u"records").toObject();
    QCOMPARE(records.value(u"r1").toObject().value(u"email").toString(), QStringLiteral("user1@example.invalid"));
    QCOMPARE(records.value(u"r2").toObject().value(u"email").toString(), QStringLiteral("user2@example.invalid"));
}

void TestCliModules::targetIdsKeepTheirJsonType()
{
    // numbered.js gives numeric ids and finds records with ===: patch(1), not patch("1").
    m_db->addUsers(1, 3);
    const QString job = targetJob(TestModules + QStringLiteral("numbered.js"),
                                  QStringLiteral("{path: '%1'}").arg(m_dir->filePath(QStringLiteral("numbered.json"))));
    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i3 u0 d0 f0 =0"));

    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Changed' WHERE id = 2")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 3")));
    CliResult second = runCli(runArgs(job), env());
    QVERIFY2(second.exitCode == 0, second.out + second.err + failureReasons(second).join(u'\n').toUtf8());
    QCOMPARE(counts(second.json()), QStringLiteral("i0 u1 d1 f0 =1"));
    QFile f(m_dir->filePath(QStringLiteral("numbered.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(f.readAll()).object().value(u"records").toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).toObject().value(u"id"), QJsonValue(2));
    QCOMPARE(records.at(1).toObject().value(u"value").toObject().value(u"name").toString(), QStringLiteral("Changed"));

    CliResult third = runCli(runArgs(job), env());
    QCOMPARE(counts(third.json()), QStringLiteral("i0 u0 d0 f0 =2"));
}

void TestCliModules::moduleWithoutInitRuns()
{
    // init is optional for a job's module too ("when the module exports init", as module call does).
    const QString job =
        writeJob(QStringLiteral("noinit.yml"), QStringLiteral("ferry: 1\n"
                                                              "id: noinit\n"
                                                              "name: No init\n"
                                                              "source: {type: module, file: %1noinit-source.js}\n"
                                                              "target: {type: sqlite, path: noinit.sqlite, table: t, "
                                                              "create_table: true}\n"
                                                              "sync: {mode: update, key: code}\n")
                                                   .arg(TestModules));
    CliResult r = runCli(runArgs(job), env());
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QCOMPARE(counts(r.json()), QStringLiteral("i1 u0 d0 f0 =0"));
    QCOMPARE(sqliteRows(QStringLiteral("noinit.sqlite"), QStringLiteral("SELECT code, name FROM t")),
             QStringList{QStringLiteral("1=one")});
}

QTEST_GUILESS_MAIN(TestCliModules)
#include "tst_climodules.moc"
