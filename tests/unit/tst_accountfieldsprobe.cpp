// AccountFieldsProbe and ModuleAccountFields (the job editor's form for a connector module's account, Qt Core
// only): a real module file read through a real Node.js extension host, its accountFields checked (types,
// secrets, help; each malformed entry refused with a message naming the module and the entry), a module
// without accountFields, one that throws when loaded, a missing file, and the asynchronous probe delivering
// only its newest request.
#include "accountfieldsprobe.h"
#include "moduleaccountfields.h"

#include "extensions/extensionhost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

QString module(const char *name)
{
    return QStringLiteral(FERRY_TEST_DATA "/modules/") + QLatin1String(name);
}

QJsonValue exportsOf(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAccountFieldsProbe : public QObject
{
    Q_OBJECT

private slots:
    void hostDescribesValuesOnly();
    void readsARealModulesFields();
    void readsTheExamplesFields();
    void refusesMalformedFields();
    void parseChecksEachKey_data();
    void parseChecksEachKey();
    void moduleWithoutAccountFields();
    void moduleThatThrows();
    void missingFile();
    void nodeMissing();
    void probeDeliversTheNewestRequest();
};

void TestAccountFieldsProbe::hostDescribesValuesOnly()
{
    // The host's describe request: exported values by name; functions and names not exported left out; nothing
    // is called (init would throw).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.js"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("exports.accountFields = [{name: 'a'}];\n"
            "exports.version = 3;\n"
            "exports.init = async () => { throw new Error('called'); };\n");
    f.close();
    ExtensionHost host;
    auto r = host.describe(
        file,
        {QStringLiteral("accountFields"), QStringLiteral("version"), QStringLiteral("init"), QStringLiteral("missing")},
        10000);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(QJsonDocument(r->toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"accountFields":[{"name":"a"}],"version":3})"));
    // Functions stay callable afterwards on the same host.
    auto called = host.callWithArguments(file, QStringLiteral("init"), "[]", QStringLiteral("init"), 10000);
    QVERIFY(!called);
    QVERIFY(called.error().message.contains(QStringLiteral("called")));
}

void TestAccountFieldsProbe::readsARealModulesFields()
{
    const AccountFieldsResult r =
        AccountFieldsProbe::run(module("described-account.js"), QStringLiteral("target.file"));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.fields.size(), 5);
    QCOMPARE(r.fields[0], (ModuleAccountField{QStringLiteral("url"), AccountFieldType::Url, false,
                                              QStringLiteral("The service address, e.g. https://api.example.com")}));
    QCOMPARE(r.fields[1].name, QStringLiteral("workspace"));
    QCOMPARE(r.fields[1].type, AccountFieldType::Text); // no type: text
    QCOMPARE(r.fields[2].type, AccountFieldType::Number);
    QCOMPARE(r.fields[3].type, AccountFieldType::Boolean);
    QCOMPARE(r.fields[4], (ModuleAccountField{QStringLiteral("api_key"), AccountFieldType::Text, true,
                                              QStringLiteral("The API key (Settings > API)")}));
}

void TestAccountFieldsProbe::readsTheExamplesFields()
{
    const AccountFieldsResult r = AccountFieldsProbe::run(
        QStringLiteral(FERRY_SOURCE_DIR "/resources/examples/modules/json-server.js"), QStringLiteral("source.file"));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QStringList names;
    for (const ModuleAccountField &f : r.fields)
        names.append(f.name);
    QCOMPARE(names, (QStringList{"url", "collection", "updated_field", "token"}));
    QVERIFY(r.fields[3].secret);
    QVERIFY(!r.fields[0].secret);
}

void TestAccountFieldsProbe::refusesMalformedFields()
{
    const AccountFieldsResult r =
        AccountFieldsProbe::run(module("bad-account-fields.js"), QStringLiteral("target.file"));
    QVERIFY(!r.ok());
    QVERIFY(r.fields.isEmpty());
    QCOMPARE(r.error->field, QStringLiteral("target.file"));
    QCOMPARE(r.error->code, ErrorCode::InvalidConfig);
    QVERIFY2(r.error->message.startsWith(QStringLiteral("bad-account-fields.js: accountFields[1] ")),
             qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QStringLiteral("has no name")), qPrintable(r.error->message));
}

void TestAccountFieldsProbe::parseChecksEachKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("not an array") << QByteArray(R"({"accountFields": {"name": "url"}})")
                                  << QStringLiteral("m.js exports accountFields as {\"name\":\"url\"}, not an array");
    QTest::newRow("entry not an object") << QByteArray(R"({"accountFields": ["url"]})")
                                         << QStringLiteral("m.js: accountFields[0] is \"url\", not an object");
    QTest::newRow("name not text") << QByteArray(R"({"accountFields": [{"name": 3}]})")
                                   << QStringLiteral("m.js: accountFields[0] ({\"name\":3}) has no name");
    QTest::newRow("empty name") << QByteArray(R"({"accountFields": [{"name": " "}]})")
                                << QStringLiteral("m.js: accountFields[0] ({\"name\":\" \"}) has no name");
    QTest::newRow("unknown type") << QByteArray(R"({"accountFields": [{"name": "a"}, {"name": "b", "type": "date"}]})")
                                  << QStringLiteral("m.js: accountFields[1] ('b') has the type \"date\"");
    QTest::newRow("secret not boolean") << QByteArray(R"({"accountFields": [{"name": "a", "secret": "yes"}]})")
                                        << QStringLiteral("m.js: accountFields[0] ('a') has secret: \"yes\"");
    QTest::newRow("help not text") << QByteArray(R"({"accountFields": [{"name": "a", "help": ["x"]}]})")
                                   << QStringLiteral("m.js: accountFields[0] ('a') has help: [\"x\"]");
    QTest::newRow("name twice") << QByteArray(R"({"accountFields": [{"name": "a"}, {"name": "a"}]})")
                                << QStringLiteral("m.js: accountFields[1] names 'a' a second time");
    QTest::newRow("empty list") << QByteArray(R"({"accountFields": []})") << QString();
    QTest::newRow("null type and help") << QByteArray(
                                               R"({"accountFields": [{"name": "a", "type": null, "help": null}]})")
                                        << QString();
}

void TestAccountFieldsProbe::parseChecksEachKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto r = ModuleAccountFields::parse(exportsOf(json.constData()), QStringLiteral("/x/m.js"),
                                              QStringLiteral("source.file"));
    if (message.isEmpty()) {
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().message));
        return;
    }
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
    QCOMPARE(r.error().field, QStringLiteral("source.file"));
    QCOMPARE(r.error().context, QStringLiteral("/x/m.js"));
}

void TestAccountFieldsProbe::moduleWithoutAccountFields()
{
    const AccountFieldsResult r = AccountFieldsProbe::run(module("echoaccount.js"), QStringLiteral("source.file"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->code, ErrorCode::NotFound);
    QVERIFY2(r.error->message.startsWith(QStringLiteral("echoaccount.js exports no accountFields")),
             qPrintable(r.error->message));
}

void TestAccountFieldsProbe::moduleThatThrows()
{
    const AccountFieldsResult r = AccountFieldsProbe::run(module("throws-on-load.js"), QStringLiteral("target.file"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->field, QStringLiteral("target.file"));
    QVERIFY2(r.error->message.contains(QStringLiteral("throws-on-load.js could not be loaded")),
             qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QStringLiteral("ACME_REGION is not set")), qPrintable(r.error->message));
    QVERIFY2(!r.error->message.contains(u'\n'), qPrintable(r.error->message)); // one line: the stack is left out
}

void TestAccountFieldsProbe::missingFile()
{
    const AccountFieldsResult r = AccountFieldsProbe::run(module("no-such-module.js"), QStringLiteral("target.file"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->code, ErrorCode::NotFound);
    QCOMPARE(r.error->field, QStringLiteral("target.file"));
    QVERIFY2(r.error->message.contains(QStringLiteral("does not exist")), qPrintable(r.error->message));
}

void TestAccountFieldsProbe::nodeMissing()
{
    qputenv("FERRY_NODE", "/nonexistent/node");
    const AccountFieldsResult r =
        AccountFieldsProbe::run(module("described-account.js"), QStringLiteral("target.file"));
    qunsetenv("FERRY_NODE");
    QVERIFY(!r.ok());
    QVERIFY(r.fields.isEmpty());
    QCOMPARE(r.error->code, ErrorCode::NotFound);
    QCOMPARE(r.error->field, QStringLiteral("target.file"));
    QVERIFY2(r.error->message.contains(QStringLiteral("Node.js")), qPrintable(r.error->message));
}

void TestAccountFieldsProbe::probeDeliversTheNewestRequest()
{
    AccountFieldsProbe probe;
    QSignalSpy finished(&probe, &AccountFieldsProbe::finished);
    QSignalSpy busy(&probe, &AccountFieldsProbe::busyChanged);
    probe.start(module("echoaccount.js"), QStringLiteral("target.file"));
    const quint64 second = probe.start(module("described-account.js"), QStringLiteral("target.file"));
    QVERIFY(probe.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(probe.waitForDone(20000));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1); // the first request was dropped
    const auto r = finished.at(0).at(0).value<AccountFieldsResult>();
    QCOMPARE(r.id, second);
    QVERIFY(r.ok());
    QCOMPARE(r.fields.size(), 5);
    QVERIFY(!probe.isBusy());
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestAccountFieldsProbe)
#include "tst_accountfieldsprobe.moc"
