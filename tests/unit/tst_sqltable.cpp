// The SQL table target without a server: its job-file section read and written back, validation with field
// paths, the registry's types built on the SQL sources' fields, and the target itself on a SQLite file
// (type: sql, driver: sqlite): the table created with the key as primary key, upserts by key (ON CONFLICT
// really executed), deletes, convergence, a key without a unique index refused.
#include "connectors/connectorregistry.h"
#include "connectors/sqltable.h"
#include "job/jobfile.h"
#include "job/validate.h"
#include "sync/executor.h"
#include "sync/planner.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

const QByteArray JobYaml = R"(ferry: 1
id: copy
source:
  type: sql
  driver: sqlite
  path: in.sqlite
  query: SELECT * FROM t
target:
  type: sql
  driver: postgres
  host: db.example.com
  port: 5433
  database: crm
  username: ferry
  password: {secret: env:TARGET_PW}
  options: sslmode=require
  schema: sales
  table: Contacts "Copy"
  create_table: true
  batch_rows: 200
sync:
  mode: replace
  key: id
)";

const QStringList Cols{QStringLiteral("id"), QStringLiteral("Full Name")};

bool hasIssue(const QList<ValidationIssue> &issues, const QString &field)
{
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue &i) {
        return i.field == field && i.severity == ValidationIssue::Error;
    });
}

} // namespace

class TestSqlTable : public QObject
{
    Q_OBJECT
private slots:
    void readsAndWritesTheSection();
    void refusesAPasswordInTheUrl();
    void validates();
    void registryTypes();
    void sqliteUpsertsAndConverges();
    void sqliteKeyWithoutUniqueIndex();

private:
    static RecordSet rows(const QList<QVariantList> &list)
    {
        RecordSet r;
        r.columns = Cols;
        r.rows = RowSet(static_cast<int>(Cols.size()));
        for (const auto &row : list)
            r.rows.append(row);
        return r;
    }
    static ExecuteResult sync(SqlTable &t, const QList<QVariantList> &list)
    {
        if (auto r = t.open(); !r)
            return ExecuteResult{{}, r.error()};
        auto snapshot = t.index(Cols);
        if (!snapshot)
            return ExecuteResult{{}, snapshot.error()};
        SyncRules r;
        r.mode = SyncMode::Replace;
        r.keyColumns = {QStringLiteral("id")};
        r.safeguard.maxShare = 1.0;
        auto plan = planSync(std::make_shared<const RecordSet>(rows(list)),
                             std::make_shared<const TargetSnapshot>(std::move(snapshot).value()), r);
        if (!plan)
            return ExecuteResult{{}, plan.error()};
        return execute(*plan, t, ExecuteContext{});
    }
    static SqlConnectionParams sqlite(const QString &path)
    {
        SqlSourceSpec spec;
        spec.driver = QStringLiteral("sqlite");
        spec.host = path;
        return *sqlConnectionParams(spec, {}, {});
    }
    static QStringList contents(const QString &path, const QString &sql)
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out.append(q.value(0).toString() + u'|' + q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return out;
    }
};

void TestSqlTable::readsAndWritesTheSection()
{
    auto loaded = loadJobText(JobYaml, QStringLiteral("copy.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    const JobSpec &job = loaded->job;
    QCOMPARE(job.targetKind, TargetKind::Sql);
    const SqlTargetSpec &t = job.sqlTarget;
    QCOMPARE(t.connection.driver, QStringLiteral("postgres"));
    QCOMPARE(t.connection.host, QStringLiteral("db.example.com"));
    QCOMPARE(t.connection.port, 5433);
    QCOMPARE(t.connection.database, QStringLiteral("crm"));
    QCOMPARE(t.connection.username, QStringLiteral("ferry"));
    QCOMPARE(t.connection.password.reference, QStringLiteral("env:TARGET_PW"));
    QCOMPARE(t.connection.options, QStringLiteral("sslmode=require"));
    QCOMPARE(t.schema, QStringLiteral("sales"));
    QCOMPARE(t.table, QStringLiteral("Contacts \"Copy\""));
    QVERIFY(t.createTable);
    QCOMPARE(t.batchRows, 200);
    QCOMPARE(job.sql.driver, QStringLiteral("sqlite")); // the source is its own

    auto text = saveJobText(job);
    QVERIFY(text);
    auto again = loadJobText(*text, QStringLiteral("copy.yml"));
    QVERIFY2(again, qPrintable(*text));
    QVERIFY2(again->job.sameAs(job), qPrintable(*text));

    // type: sqlite files load as they did.
    QByteArray old = JobYaml;
    old.replace(old.indexOf("target:"), old.indexOf("sync:") - old.indexOf("target:"),
                "target:\n  type: sqlite\n  path: out.sqlite\n  table: t\n");
    auto sqlite = loadJobText(old, QStringLiteral("old.yml"));
    QVERIFY(sqlite);
    QCOMPARE(sqlite->job.targetKind, TargetKind::Sqlite);
    QCOMPARE(ConnectorRegistry::targetTypeId(sqlite->job), QStringLiteral("sqlite"));
}

void TestSqlTable::refusesAPasswordInTheUrl()
{
    auto loaded = loadJobText(JobYaml, QStringLiteral("copy.yml"));
    QVERIFY(loaded);
    JobSpec job = loaded->job;
    job.sqlTarget.connection.url = QStringLiteral("postgres://ferry:secret@db.example.com/crm");
    const auto saved = saveJobText(job);
    QVERIFY(!saved);
    QCOMPARE(saved.error().field, QStringLiteral("target.url"));
    QVERIFY(!saved.error().message.contains(QLatin1String("secret@")));
}

void TestSqlTable::validates()
{
    auto loaded = loadJobText(JobYaml, QStringLiteral("copy.yml"));
    QVERIFY(loaded);
    JobSpec job = loaded->job;
    QVERIFY(!hasErrors(validate(job)));
    job.sqlTarget.table.clear();
    QVERIFY(hasIssue(validate(job), QStringLiteral("target.table")));
    job = loaded->job;
    job.sqlTarget.connection.driver = QStringLiteral("oracle");
    QVERIFY(hasIssue(validate(job), QStringLiteral("target.driver")));
    job = loaded->job;
    job.sqlTarget.connection.host.clear();
    QVERIFY(hasIssue(validate(job), QStringLiteral("target.host")));
    job = loaded->job;
    job.sqlTarget.connection.password.reference = QStringLiteral("plain:oops");
    QVERIFY(hasIssue(validate(job), QStringLiteral("target.password")));
    job = loaded->job;
    job.rules.keyColumns.clear(); // replace mode deletes by key
    QVERIFY(hasIssue(validate(job), QStringLiteral("sync.key")));
    job.rules.mode = SyncMode::Append;
    QVERIFY(!hasIssue(validate(job), QStringLiteral("sync.key")));

    // In the file: the issue points at the key.
    QByteArray noTable = JobYaml;
    noTable.replace("  table: Contacts \"Copy\"\n", "");
    auto refused = loadJobText(noTable, QStringLiteral("copy.yml"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("the table is missing")),
             qPrintable(refused.error().message));
}

void TestSqlTable::registryTypes()
{
    const ConnectorRegistry &registry = ConnectorRegistry::instance();
    for (const char *kind : {"postgres", "mysql", "mssql", "sqlite"}) {
        const ConnectorType *t = registry.find(QStringLiteral("sqltable/") + QLatin1String(kind));
        QVERIFY2(t, kind);
        QCOMPARE(t->role, ConnectorRole::Target);
        QVERIFY(t->capabilities.testFlag(Capability::Upsert));
        QVERIFY(t->field(QStringLiteral("table")));
        QVERIFY(t->field(QStringLiteral("table"))->suggestedByDiscover);
        QVERIFY(t->field(QStringLiteral("create_table")));
        QVERIFY(!t->field(QStringLiteral("query")));
        QCOMPARE(bool(t->field(QStringLiteral("schema"))), qstrcmp(kind, "sqlite") != 0);
        // The connection fields are the source's.
        const ConnectorType *source = registry.find(QStringLiteral("sql/") + QLatin1String(kind));
        for (const ConnectorField &f : source->fields)
            if (f.key != u"query")
                QVERIFY2(t->field(f.key), qPrintable(f.key));
    }
    const ConnectorType *pg = registry.find(QStringLiteral("sqltable/postgres"));
    JobSpec job;
    job.sql.host = QStringLiteral("source-host");
    QVERIFY(pg->apply(job, {{QStringLiteral("host"), QStringLiteral("target-host")},
                            {QStringLiteral("port"), 6543},
                            {QStringLiteral("password"), QStringLiteral("env:PW")},
                            {QStringLiteral("table"), QStringLiteral("T")},
                            {QStringLiteral("create_table"), true}}));
    QCOMPARE(job.targetKind, TargetKind::Sql);
    QCOMPARE(job.sqlTarget.connection.driver, QStringLiteral("postgres"));
    QCOMPARE(job.sqlTarget.connection.host, QStringLiteral("target-host"));
    QCOMPARE(job.sqlTarget.connection.port, 6543);
    QCOMPARE(job.sqlTarget.connection.password.reference, QStringLiteral("env:PW"));
    QCOMPARE(job.sql.host, QStringLiteral("source-host"));
    QCOMPARE(ConnectorRegistry::targetTypeId(job), QStringLiteral("sqltable/postgres"));
    QCOMPARE(pg->values(job).value(QStringLiteral("host")).toString(), QStringLiteral("target-host"));
    const QList<Error> problems = pg->check({{QStringLiteral("host"), QStringLiteral("h")}});
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const Error &e) { return e.field == u"target.table"; }));
}

void TestSqlTable::sqliteUpsertsAndConverges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/out.sqlite"));
    SqlTargetSpec spec;
    spec.table = QStringLiteral("select");
    spec.createTable = true;
    spec.batchRows = 2;
    {
        SqlTable t(spec, sqlite(path), {QStringLiteral("id")}, nullptr);
        const auto info = t.test(nullptr);
        QVERIFY(info);
        QVERIFY(info->notes.join(u' ').contains(QLatin1String("the first run creates it")));
        QVERIFY(!QFile::exists(path)); // test() creates nothing
        const auto r = sync(t, {{1, "a"}, {2, "b"}, {3, "c"}});
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.counts.inserted, 3);
    }
    // The key is the primary key.
    QCOMPARE(contents(path, QStringLiteral("SELECT name, pk FROM pragma_table_info('select') ORDER BY cid")),
             (QStringList{"id|1", "Full Name|0"}));
    SqlTable t(spec, sqlite(path), {QStringLiteral("id")}, nullptr);
    const auto r = sync(t, {{1, "a"}, {2, "B"}, {4, "d"}});
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.counts.inserted, 1);
    QCOMPARE(r.counts.updated, 1);
    QCOMPARE(r.counts.deleted, 1);
    QCOMPARE(contents(path, QStringLiteral("SELECT id, \"Full Name\" FROM \"select\" ORDER BY id")),
             (QStringList{"1|a", "2|B", "4|d"}));
    const auto same = sync(t, {{1, "a"}, {2, "B"}, {4, "d"}});
    QVERIFY(!same.error);
    QCOMPARE(same.counts.unchanged, 3);
    QCOMPARE(same.counts.inserted + same.counts.updated + same.counts.deleted, 0);
    const auto sample = t.sample(2, nullptr);
    QVERIFY(sample);
    QCOMPARE(sample->rows.size(), 2);
}

void TestSqlTable::sqliteKeyWithoutUniqueIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER, \"Full Name\" TEXT)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    SqlTargetSpec spec;
    spec.table = QStringLiteral("t");
    SqlTable t(spec, sqlite(path), {QStringLiteral("id")}, nullptr);
    const auto r = sync(t, {{1, "a"}});
    QVERIFY(r.error);
    QCOMPARE(r.error->field, QStringLiteral("sync.key"));
    QVERIFY(r.error->message.contains(QLatin1String("ALTER TABLE \"t\" ADD PRIMARY KEY (\"id\")")));
}

QTEST_GUILESS_MAIN(TestSqlTable)
#include "tst_sqltable.moc"
