// The connector registry: its type ids and fields, and that a form built from the fields writes jobs
// the job reader accepts as they are (every field round-trips through a saved and reloaded job file, with
// no unknown-key warning, and the integer ranges are the reader's), that check() finds what a form must
// not let through, and that the factories go through it.
#include "connectors/connectorfactory.h"
#include "connectors/connectorregistry.h"
#include "connectors/flipletdatasource.h"
#include "connectors/sqlitetable.h"
#include "connectors/sqlsource.h"
#include "job/jobfile.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace Ferry;

namespace {

const ConnectorRegistry &registry()
{
    return ConnectorRegistry::instance();
}

// A value for the field that differs from its default, in the type a form holds.
QVariant example(const ConnectorType &type, const ConnectorField &f)
{
    switch (f.type) {
    case FieldType::Text:
        if (f.key == u"item_path") // the REST target's record path holds the id's place
            return QStringLiteral("/example/{id}");
        if (f.key == u"headers") // the web targets' "Name: value" entries
            return QStringLiteral("X-Example: example-headers; X-Other: 2");
        return QStringLiteral("example-") + f.key;
    case FieldType::Integer:
        return qlonglong(f.minimum + 1);
    case FieldType::Boolean:
        return !f.defaultValue.toBool();
    case FieldType::Secret:
        return QStringLiteral("env:FERRY_EXAMPLE_") + f.key.toUpper();
    case FieldType::FilePath:
        return QStringLiteral("data/") + f.key + QStringLiteral(".sqlite");
    case FieldType::Choice:     // the last: the first is usually the default (no authentication, one page)
        if (f.key == u"format") // JSON files: json, whose records pointer applies (ndjson ignores it)
            return f.choices.value(0).value;
        return f.choices.value(f.choices.size() - 1).value;
    case FieldType::ChoiceList: {
        QStringList all;
        for (const FieldChoice &c : f.choices)
            all.append(c.value);
        return all;
    }
    case FieldType::Query:
        if (f.checkValue) // the Fliplet source's filter: JSON
            return QStringLiteral(R"({"Status":"active"})");
        return QStringLiteral("SELECT id, name\nFROM people");
    case FieldType::Url:
        for (const auto &fixed : type.fixedKeys) // SQL sources and SQL table targets: a URL of their driver
            if (fixed.first == u"driver")
                return fixed.second + QStringLiteral("://reporting@db.example.org:6543/crm");
        return QStringLiteral("https://api.example.org/") + f.key;
    case FieldType::KeyValues:
        return QVariantList{QVariant(QStringList{QStringLiteral("X-Example"), QStringLiteral("one")}),
                            QVariant(QStringList{QStringLiteral("Accept"), QStringLiteral("application/json")})};
    case FieldType::FileColumns: // a local column with its directory, a remote one with its headers
        return QVariantList{
            QVariantMap{{QStringLiteral("column"), QStringLiteral("Photo")},
                        {QStringLiteral("type"), QStringLiteral("local")},
                        {QStringLiteral("directory"), QStringLiteral("photos")}},
            QVariantMap{{QStringLiteral("column"), QStringLiteral("Cv")},
                        {QStringLiteral("type"), QStringLiteral("remote")},
                        {QStringLiteral("headers"), QVariantList{QVariant(QStringList{QStringLiteral("Authorization"),
                                                                                      QStringLiteral("Bearer 1")})}}}};
    }
    return {};
}

QVariantMap examples(const ConnectorType &type)
{
    QVariantMap values;
    for (const ConnectorField &f : type.fields)
        values.insert(f.key, example(type, f));
    for (const ConnectorField &f : type.fields) // fields that do not apply with these values are left out
        if (!f.appliesWith(values))
            values.remove(f.key);
    return values;
}

JobSpec baseJob()
{
    JobSpec job;
    job.id = QStringLiteral("registry-test");
    job.name = QStringLiteral("Registry test");
    job.rules.keyColumns = {QStringLiteral("id")};
    return job;
}

// A section's keys; a block whose keys are fields of their own (auth: → auth.type, auth.token) is listed by them.
QSet<QString> yamlKeys(const YAML::Node &map, const ConnectorType &type)
{
    QSet<QString> keys;
    for (const auto &kv : map) {
        const QString key = QString::fromStdString(kv.first.as<std::string>());
        if (kv.second.IsMap() && !type.field(key)) {
            for (const auto &inner : kv.second)
                keys.insert(key + u'.' + QString::fromStdString(inner.first.as<std::string>()));
            continue;
        }
        keys.insert(key);
    }
    return keys;
}

} // namespace

class TestConnectorRegistry : public QObject
{
    Q_OBJECT
private slots:
    void typeIds();
    void fieldsAreDescribed();
    void typeIdsOfJobs();
    void everyFieldRoundTripsThroughAJobFile();
    void integerRangesAreTheReaders();
    void bundledJobReadsIntoFields();
    void checkFindsProblems();
    void applyRefusesProblemsAndResetsTheSide();
    void factoriesGoThroughTheRegistry();
    void capabilitiesMatchTheConnectors();
    void unknownTypes();
};

void TestConnectorRegistry::typeIds()
{
    QStringList sources, targets;
    for (const ConnectorType *t : registry().types(ConnectorRole::Source))
        sources.append(t->id);
    for (const ConnectorType *t : registry().types(ConnectorRole::Target))
        targets.append(t->id);
    QCOMPARE(sources, (QStringList{"sql/sqlite", "sql/postgres", "sql/mysql", "sql/mssql", "fliplet/source", "csv",
                                   "json", "http", "module/source"}));
    QCOMPARE(targets, (QStringList{"fliplet", "sqlite", "sqltable/sqlite", "sqltable/postgres", "sqltable/mysql",
                                   "sqltable/mssql", "rest", "webhook", "module/target"}));
    QVERIFY(!registry().find(QStringLiteral("sql/oracle")));
    QCOMPARE(registry().find(QStringLiteral("fliplet"))->role, ConnectorRole::Target);
}

void TestConnectorRegistry::fieldsAreDescribed()
{
    for (const ConnectorRole role : {ConnectorRole::Source, ConnectorRole::Target}) {
        for (const ConnectorType *t : registry().types(role)) {
            QVERIFY(!t->displayLabel().isEmpty() && t->displayLabel() != t->id);
            QVERIFY(!t->displayDescription().isEmpty());
            QVERIFY(!t->fixedKeys.isEmpty() && t->fixedKeys.first().first == u"type");
            QVERIFY(t->select);
            QSet<QString> keys;
            for (const ConnectorField &f : t->fields) {
                QVERIFY2(!keys.contains(f.key), qPrintable(t->id + u' ' + f.key));
                keys.insert(f.key);
                QVERIFY(f.read && f.write);
                QVERIFY2(f.label && !f.displayLabel().isEmpty(), qPrintable(f.key));
                QCOMPARE(f.secret, f.type == FieldType::Secret);
                QVERIFY(f.requiredUnless.isEmpty() || t->field(f.requiredUnless));
                if (f.type == FieldType::Integer) {
                    QVERIFY(f.minimum < f.maximum);
                    if (f.defaultValue.isValid())
                        QVERIFY(f.defaultValue.toLongLong() >= f.minimum && f.defaultValue.toLongLong() <= f.maximum);
                }
                if (f.type == FieldType::Choice || f.type == FieldType::ChoiceList)
                    QVERIFY(!f.choices.isEmpty());
            }
        }
    }
    const ConnectorType *postgres = registry().find(QStringLiteral("sql/postgres"));
    QStringList keys;
    for (const ConnectorField &f : postgres->fields)
        keys.append(f.key);
    QCOMPARE(keys, (QStringList{"url", "host", "port", "database", "username", "password", "options", "query"}));
    QCOMPARE(postgres->field(QStringLiteral("port"))->defaultValue.toInt(), 5432);
    QCOMPARE(postgres->field(QStringLiteral("password"))->path(ConnectorRole::Source),
             QStringLiteral("source.password"));
    QCOMPARE(postgres->field(QStringLiteral("host"))->requiredUnless, QStringLiteral("url"));
    QCOMPARE(fieldTypeName(postgres->field(QStringLiteral("query"))->type), QStringLiteral("query"));
    const ConnectorType *fliplet = registry().find(QStringLiteral("fliplet"));
    QVERIFY(fliplet->field(QStringLiteral("datasource_id"))->suggestedByDiscover);
    QCOMPARE(fliplet->field(QStringLiteral("auth_token"))->path(ConnectorRole::Target),
             QStringLiteral("target.auth_token"));
    // The web targets have the HTTP connectors' auth and transport fields, under target.
    for (const char *web : {"rest", "webhook"}) {
        const ConnectorType *t = registry().find(QLatin1String(web));
        QVERIFY(t->field(QStringLiteral("auth.type")) && t->field(QStringLiteral("transport.rate_limit")));
        QCOMPARE(t->field(QStringLiteral("auth.client_secret"))->path(ConnectorRole::Target),
                 QStringLiteral("target.auth.client_secret"));
        QVERIFY(t->field(QStringLiteral("auth.client_secret"))->secret);
    }
}

void TestConnectorRegistry::typeIdsOfJobs()
{
    JobSpec job;
    job.sql.driver = QStringLiteral("mysql");
    QCOMPARE(ConnectorRegistry::sourceTypeId(job), QStringLiteral("sql/mysql"));
    job.sql.driver.clear();
    job.sql.url = QStringLiteral("postgresql://u@h/d");
    QCOMPARE(ConnectorRegistry::sourceTypeId(job), QStringLiteral("sql/postgres"));
    job.sql.url = QStringLiteral("sqlserver://u@h/d");
    QCOMPARE(ConnectorRegistry::sourceTypeId(job), QStringLiteral("sql/mssql"));
    job.targetKind = TargetKind::Sqlite;
    QCOMPARE(ConnectorRegistry::targetTypeId(job), QStringLiteral("sqlite"));
    job.targetKind = TargetKind::Fliplet;
    QCOMPARE(ConnectorRegistry::targetTypeId(job), QStringLiteral("fliplet"));
}

void TestConnectorRegistry::everyFieldRoundTripsThroughAJobFile()
{
    QTemporaryDir dir;
    for (const ConnectorType *source : registry().types(ConnectorRole::Source)) {
        for (const ConnectorType *target : registry().types(ConnectorRole::Target)) {
            const QString where = source->id + QStringLiteral(" -> ") + target->id;
            const QVariantMap sourceValues = examples(*source);
            const QVariantMap targetValues = examples(*target);
            QVERIFY2(source->check(sourceValues).isEmpty(), qPrintable(where));
            QVERIFY2(target->check(targetValues).isEmpty(), qPrintable(where));
            JobSpec job = baseJob();
            QVERIFY(source->apply(job, sourceValues));
            QVERIFY(target->apply(job, targetValues));
            QCOMPARE(source->values(job), sourceValues);

            auto text = saveJobText(job);
            QVERIFY2(text, qPrintable(where));
            auto loaded = loadJobText(*text, dir.filePath(QStringLiteral("job.yml")));
            QVERIFY2(loaded, qPrintable(where + u' ' + (loaded ? QString() : loaded.error().toString())));
            QVERIFY2(loaded->warnings.isEmpty(), qPrintable(where + u' ' + loaded->warnings.join(u'\n')));
            QVERIFY2(loaded->job.sameAs(job), qPrintable(where + u'\n' + QString::fromUtf8(*text)));
            QCOMPARE(source->values(loaded->job), sourceValues);
            QCOMPARE(target->values(loaded->job), targetValues);
            QCOMPARE(ConnectorRegistry::sourceTypeId(loaded->job), source->id);
            QCOMPARE(ConnectorRegistry::targetTypeId(loaded->job), target->id);

            // The file's keys are the fields' and the fixed ones, no others.
            const YAML::Node root = YAML::Load(text->toStdString());
            for (const auto &[type, section] : {std::pair{source, "source"}, std::pair{target, "target"}}) {
                QSet<QString> expected;
                for (const auto &fixed : type->fixedKeys) {
                    expected.insert(fixed.first);
                    QCOMPARE(QString::fromStdString(root[section][fixed.first.toStdString()].as<std::string>()),
                             fixed.second);
                }
                const QVariantMap values = type->values(loaded->job);
                for (const ConnectorField &f : type->fields)
                    if (f.appliesWith(values))
                        expected.insert(f.key);
                QCOMPARE(yamlKeys(root[section], *type), expected);
            }
        }
    }
}

void TestConnectorRegistry::integerRangesAreTheReaders()
{
    QTemporaryDir dir;
    const ConnectorType *sqliteSource = registry().find(QStringLiteral("sql/sqlite"));
    for (const ConnectorRole role : {ConnectorRole::Source, ConnectorRole::Target}) {
        for (const ConnectorType *t : registry().types(role)) {
            for (const ConnectorField &f : t->fields) {
                if (f.type != FieldType::Integer)
                    continue;
                for (const qint64 bound : {f.minimum, f.maximum}) {
                    QVariantMap values = examples(*t);
                    values.insert(f.key, qlonglong(bound));
                    JobSpec job = baseJob();
                    QVERIFY(t->apply(job, values));
                    if (role == ConnectorRole::Target)
                        QVERIFY(sqliteSource->apply(job, examples(*sqliteSource)));
                    else
                        QVERIFY(registry()
                                    .find(QStringLiteral("sqlite"))
                                    ->apply(job, examples(*registry().find(QStringLiteral("sqlite")))));
                    auto text = saveJobText(job);
                    QVERIFY(text);
                    const QString name = dir.filePath(QStringLiteral("job.yml"));
                    if (auto ok = loadJobText(*text, name); !ok)
                        QFAIL(qPrintable(t->id + u' ' + f.key + u' ' + ok.error().toString()));
                    // One past the bound: the reader refuses it, and so does check().
                    const qint64 outside = bound == f.minimum ? bound - 1 : bound + 1;
                    if (outside == 0)
                        continue; // 0 is how a job file says "unset" (the default), as an empty field does
                    // A key inside a block (transport.timeout_ms) is written under the block, by its last part.
                    const QByteArray yamlKey = f.key.section(u'.', -1).toUtf8();
                    const QByteArray written = yamlKey + ": " + QByteArray::number(bound);
                    QVERIFY2(text->contains(written), text->constData());
                    QByteArray beyond = *text;
                    beyond.replace(written, yamlKey + ": " + QByteArray::number(outside));
                    QVERIFY2(!loadJobText(beyond, name),
                             qPrintable(t->id + u' ' + f.key + u' ' + QString::number(outside)));
                    values.insert(f.key, qlonglong(outside));
                    const QList<Error> problems = t->check(values);
                    QCOMPARE(problems.size(), 1);
                    QCOMPARE(problems[0].field, f.path(role));
                }
            }
        }
    }
}

void TestConnectorRegistry::bundledJobReadsIntoFields()
{
    auto loaded = loadJobFile(QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/jobs/full.yml"));
    QVERIFY(loaded);
    const JobSpec &job = loaded->job;
    const ConnectorType *source = registry().find(ConnectorRegistry::sourceTypeId(job));
    const ConnectorType *target = registry().find(ConnectorRegistry::targetTypeId(job));
    QVERIFY(source && target);
    QCOMPARE(source->id, QStringLiteral("sql/postgres"));
    const QVariantMap s = source->values(job);
    QCOMPARE(s.value(QStringLiteral("url")).toString(),
             QStringLiteral("postgres://reporting@db.internal:5433/crm?sslmode=require"));
    QCOMPARE(s.value(QStringLiteral("password")).toString(), QStringLiteral("env:CRM_PASSWORD"));
    QVERIFY(!s.contains(QStringLiteral("host")));
    QVERIFY(source->check(s).isEmpty());
    const QVariantMap t = target->values(job);
    QCOMPARE(t.value(QStringLiteral("datasource_id")).toString(), QStringLiteral("4711"));
    QCOMPARE(t.value(QStringLiteral("run_hooks")).toStringList(), (QStringList{"insert", "update"}));
    QCOMPARE(t.value(QStringLiteral("merge")), QVariant(true));
    QCOMPARE(t.value(QStringLiteral("batch_bytes")).toLongLong(), 4194304);
    QVERIFY(target->check(t).isEmpty());
    // Written back through the fields, the job is the same, except that it now names its driver.
    JobSpec again = job;
    QVERIFY(source->apply(again, s));
    QVERIFY(target->apply(again, t));
    QCOMPARE(again.sql.driver, QStringLiteral("postgres"));
    again.sql.driver.clear();
    QVERIFY(again.sameAs(job));
}

void TestConnectorRegistry::checkFindsProblems()
{
    const ConnectorType *postgres = registry().find(QStringLiteral("sql/postgres"));
    const auto fields = [](const QList<Error> &problems) {
        QStringList out;
        for (const Error &e : problems) {
            out.append(e.field);
            if (e.code != ErrorCode::InvalidConfig || e.message.isEmpty())
                out.append(QStringLiteral("(bad error)"));
        }
        return out;
    };
    QCOMPARE(fields(postgres->check({})), (QStringList{"source.host", "source.query"}));
    QCOMPARE(fields(postgres->check({{"url", "postgres://u@h/d"}, {"query", "SELECT 1"}})), QStringList());
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "  "}})), QStringList{"source.query"});
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "SELECT 1"}, {"port", 70000}})),
             QStringList{"source.port"});
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "SELECT 1"}, {"port", "five"}})),
             QStringList{"source.port"});
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "SELECT 1"}, {"password", "hunter2"}})),
             QStringList{"source.password"});
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "SELECT 1"}, {"password", "file:/run/pw"}})),
             QStringList());
    QCOMPARE(fields(postgres->check({{"host", "h"}, {"query", "SELECT 1"}, {"hostname", "x"}})),
             QStringList{"source.hostname"});
    const ConnectorType *fliplet = registry().find(QStringLiteral("fliplet"));
    QCOMPARE(
        fields(fliplet->check({{"datasource_id", "1"}, {"auth_token", "env:T"}, {"run_hooks", QStringList{"delete"}}})),
        QStringList{"target.run_hooks"});
    QCOMPARE(fields(fliplet->check({{"datasource_id", "1"}, {"auth_token", "env:T"}, {"merge", "yes"}})),
             QStringList{"target.merge"});
    QCOMPARE(fields(fliplet->check({})), (QStringList{"target.datasource_id", "target.auth_token"}));
    const QList<Error> problems = fliplet->check({{"auth_token", "env:T"}});
    QVERIFY2(problems.value(0).message.contains(fliplet->field(QStringLiteral("datasource_id"))->displayLabel()),
             qPrintable(problems.value(0).message));
}

void TestConnectorRegistry::applyRefusesProblemsAndResetsTheSide()
{
    JobSpec job = baseJob();
    const ConnectorType *postgres = registry().find(QStringLiteral("sql/postgres"));
    QVERIFY(postgres->apply(job, {{"host", "db"}, {"port", 5433}, {"query", "SELECT 1"}}));
    QCOMPARE(job.sql.port, 5433);
    const JobSpec before = job;
    auto refused = postgres->apply(job, {{"host", "db"}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("source.query"));
    QVERIFY(job.sameAs(before));
    // Another type takes the whole side: nothing of the old one stays.
    QVERIFY(registry().find(QStringLiteral("sql/sqlite"))->apply(job, {{"path", "a.db"}, {"query", "SELECT 2"}}));
    QCOMPARE(job.sql.driver, QStringLiteral("sqlite"));
    QCOMPARE(job.sql.host, QStringLiteral("a.db"));
    QCOMPARE(job.sql.port, 0);
    QVERIFY(registry().find(QStringLiteral("sqlite"))->apply(job, {{"path", "o.db"}, {"table", "t"}}));
    QCOMPARE(job.targetKind, TargetKind::Sqlite);
    QCOMPARE(job.sqlite.batchRows, 0);
}

void TestConnectorRegistry::factoriesGoThroughTheRegistry()
{
    JobSpec job = baseJob();
    job.sourcePath = QStringLiteral("/jobs/job.yml");
    QVERIFY(registry().find(QStringLiteral("sql/sqlite"))->apply(job, {{"path", "in.db"}, {"query", "SELECT 1"}}));
    QVERIFY(registry().find(QStringLiteral("sqlite"))->apply(job, {{"path", "out.db"}, {"table", "t"}}));
    auto source = createSource(job, {});
    QVERIFY(source);
    QVERIFY(dynamic_cast<SqlSource *>(source->get()));
    QCOMPARE((*source)->describe(), QStringLiteral("sqlite:/jobs/in.db"));
    auto target = createTarget(job, {}, nullptr);
    QVERIFY(target);
    QVERIFY(dynamic_cast<SqliteTable *>(target->get()));
    QVERIFY((*target)->describe().contains(QStringLiteral("/jobs/out.db")));

    QVERIFY(registry().find(QStringLiteral("fliplet"))->apply(job, {{"datasource_id", "12"}, {"auth_token", "env:T"}}));
    JobSecrets secrets;
    secrets.values.insert(QStringLiteral("target.auth_token"), QStringLiteral("us--token"));
    auto fliplet = createTarget(job, secrets, nullptr);
    QVERIFY(fliplet);
    auto *ds = dynamic_cast<FlipletDataSource *>(fliplet->get());
    QVERIFY(ds);
    QCOMPARE(ds->baseUrl(), QStringLiteral("https://us.api.fliplet.com")); // the token reached it
}

void TestConnectorRegistry::capabilitiesMatchTheConnectors()
{
    JobSpec job = baseJob();
    for (const ConnectorType *t : registry().types(ConnectorRole::Source)) {
        QVERIFY(t->apply(job, examples(*t)));
        auto source = registry().createSource(job, {});
        QVERIFY2(source, qPrintable(t->id));
        QCOMPARE((*source)->capabilities(), t->capabilities);
    }
    for (const ConnectorType *t : registry().types(ConnectorRole::Target)) {
        QVERIFY(t->apply(job, examples(*t)));
        auto target = registry().createTarget(job, {}, nullptr);
        QVERIFY2(target, qPrintable(t->id));
        QCOMPARE((*target)->capabilities(), t->capabilities);
    }
    QVERIFY(registry().find(QStringLiteral("sqlite"))->capabilities.testFlag(Capability::CreateTable));
    QVERIFY(!registry().find(QStringLiteral("fliplet"))->capabilities.testFlag(Capability::CreateTable));
}

void TestConnectorRegistry::unknownTypes()
{
    JobSpec job = baseJob();
    job.sql.driver = QStringLiteral("oracle");
    job.sql.host = QStringLiteral("h");
    auto source = createSource(job, {});
    QVERIFY(!source);
    QCOMPARE(source.error().code, ErrorCode::InvalidConfig);
    QVERIFY(source.error().message.contains(QStringLiteral("oracle")));
    job.sql.driver.clear();
    job.sql.url = QStringLiteral("ftp://h/x");
    source = createSource(job, {});
    QVERIFY(!source);
    QVERIFY(source.error().message.contains(QStringLiteral("URL")));
}

QTEST_GUILESS_MAIN(TestConnectorRegistry)
#include "tst_connectorregistry.moc"
