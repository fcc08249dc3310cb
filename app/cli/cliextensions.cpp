// ferry-cli hook test and module call: working on extensions (docs/extensions.md, "Working on extensions").
#include "cli.h"

#include "connectors/jsonrecords.h"
#include "core/logging.h"
#include "core/values.h"
#include "extensions/extensionhost.h"
#include "run/hooktest.h"
#include "secrets/keychain.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ferry::Cli {

namespace {

QJsonObject errorObject(const Error &e)
{
    QJsonObject o{{QStringLiteral("code"), errorCodeName(e.code)},
                  {QStringLiteral("message"), SecretMask::mask(e.message)}};
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    return o;
}

// A row as the hook sees it: a JSON object (the same conversion HookRunner sends).
QJsonObject record(const RecordSet &set, qsizetype row)
{
    return QJsonDocument::fromJson(JsonRecords::object(set.rows, row, set.columns)).object();
}

QString compact(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString levelName(QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
    case QtFatalMsg:
        return QStringLiteral("error");
    default:
        return QStringLiteral("info");
    }
}

// The field-level difference of two records: [{field, before, after}], a field absent on one side has no key.
QJsonArray fieldChanges(const QJsonObject &before, const QJsonObject &after)
{
    QJsonArray out;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out.append(QJsonObject{{QStringLiteral("field"), it.key()}, {QStringLiteral("before"), it.value()}});
        else if (after.value(it.key()) != it.value())
            out.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                   {QStringLiteral("before"), it.value()},
                                   {QStringLiteral("after"), after.value(it.key())}});
    }
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()))
            out.append(QJsonObject{{QStringLiteral("field"), it.key()}, {QStringLiteral("after"), it.value()}});
    return out;
}

// A column a hook added is null on the rows it did not set: such a null is no change.
QJsonObject withoutAddedNulls(QJsonObject after, const QJsonObject &before)
{
    for (auto it = after.begin(); it != after.end();) {
        if (it.value().isNull() && !before.contains(it.key()))
            it = after.erase(it);
        else
            ++it;
    }
    return after;
}

// 1-based line and column of a byte offset.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// A JSON file's value, or the message naming the file, the line and the column.
std::optional<QJsonValue> readJsonFile(const QString &path, const QString &option, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = CliText::tr("ferry-cli: cannot read %1 (%2): %3\n").arg(path, option, f.errorString());
        return std::nullopt;
    }
    const QByteArray text = f.readAll();
    QJsonParseError parse{};
    // Wrapped so that any JSON value (a number, a string) is a document; offsets shift by the one '['.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "\n]", &parse);
    if (parse.error != QJsonParseError::NoError || doc.array().size() != 1) {
        const auto [line, column] = lineColumn(text, std::max<qsizetype>(0, parse.offset - 1));
        error = parse.error != QJsonParseError::NoError
                    ? CliText::tr("ferry-cli: %1 (%2) is not valid JSON: %3 at line %4, column %5\n")
                          .arg(path, option, parse.errorString())
                          .arg(line)
                          .arg(column)
                    : CliText::tr("ferry-cli: %1 (%2) must hold one JSON value\n").arg(path, option);
        return std::nullopt;
    }
    return doc.array().at(0);
}

} // namespace

int hookTest(const Options &options, const QString &hook, const std::atomic_bool *cancel)
{
    const auto loaded = loadOne(options, QStringLiteral("hook test"));
    if (!loaded)
        return InvalidConfig;
    const JobSpec &job = *loaded;
    CheckOptions check;
    check.cancel = cancel;
    check.secretStore = secretStoreWithKeychain();
    auto test = HookTest::run(job, hook, options.sampleRows, check);
    QJsonObject out{{QStringLiteral("file"), job.sourcePath},
                    {QStringLiteral("id"), job.id},
                    {QStringLiteral("job"), job.name},
                    {QStringLiteral("hook"), hook}};
    if (!test) {
        const Error &e = test.error();
        printErr(QStringLiteral("[error] %1: %2\n").arg(job.name, e.toString()));
        if (options.json) {
            out.insert(QStringLiteral("status"), QStringLiteral("failed"));
            out.insert(QStringLiteral("error"), errorObject(e));
            printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + u'\n');
        }
        return e.code == ErrorCode::InvalidConfig ? InvalidConfig : Failed;
    }

    // Each record before -> after, in the order of the hook's answer; the records it dropped where they were.
    QJsonArray records;
    int changed = 0, unchanged = 0, dropped = 0, added = 0, errors = 0;
    std::vector<bool> isDropped(static_cast<size_t>(test->before.rows.size()), false);
    for (const qsizetype d : test->dropped)
        isDropped[static_cast<size_t>(d)] = true;
    qsizetype nextBefore = 0;
    const auto emitDropped = [&](qsizetype upTo) {
        for (; nextBefore < upTo; ++nextBefore) {
            if (!isDropped[static_cast<size_t>(nextBefore)])
                continue;
            ++dropped;
            records.append(QJsonObject{{QStringLiteral("row"), nextBefore + 1},
                                       {QStringLiteral("status"), QStringLiteral("dropped")},
                                       {QStringLiteral("before"), record(test->before, nextBefore)}});
        }
    };
    for (size_t i = 0; i < test->origins.size(); ++i) {
        const qsizetype origin = test->origins[i];
        const qsizetype row = static_cast<qsizetype>(i);
        QJsonObject r;
        const QJsonObject before = origin >= 0 ? record(test->before, origin) : QJsonObject();
        const QJsonObject after = withoutAddedNulls(record(test->after, row), before);
        if (origin >= 0) {
            emitDropped(origin);
            nextBefore = std::max(nextBefore, origin + 1);
            r.insert(QStringLiteral("row"), origin + 1);
            r.insert(QStringLiteral("before"), before);
        }
        r.insert(QStringLiteral("after"), after);
        const SourceRowError *error = test->after.rowError(row);
        const QJsonArray changes = origin >= 0 ? fieldChanges(before, after) : QJsonArray();
        if (error) {
            ++errors;
            r.insert(QStringLiteral("status"), QStringLiteral("error"));
            r.insert(QStringLiteral("error"), error->message);
        } else if (origin < 0) {
            ++added;
            r.insert(QStringLiteral("status"), QStringLiteral("added"));
        } else if (!changes.isEmpty()) {
            ++changed;
            r.insert(QStringLiteral("status"), QStringLiteral("changed"));
        } else {
            ++unchanged;
            r.insert(QStringLiteral("status"), QStringLiteral("unchanged"));
        }
        if (!changes.isEmpty())
            r.insert(QStringLiteral("changes"), changes);
        records.append(r);
    }
    emitDropped(test->before.rows.size());

    const int exitCode = !test->pageFailures.isEmpty() ? Failed : errors > 0 ? RowErrors : Success;
    if (options.json) {
        QJsonArray console;
        for (const ExtensionLogLine &l : test->console)
            console.append(QJsonObject{{QStringLiteral("level"), levelName(l.level)},
                                       {QStringLiteral("tag"), l.tag},
                                       {QStringLiteral("message"), l.message}});
        out.insert(QStringLiteral("status"), exitCode == Failed ? QStringLiteral("failed") : QStringLiteral("passed"));
        out.insert(QStringLiteral("records"), records);
        out.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("records"), test->before.rows.size()},
                                                         {QStringLiteral("changed"), changed},
                                                         {QStringLiteral("unchanged"), unchanged},
                                                         {QStringLiteral("dropped"), dropped},
                                                         {QStringLiteral("added"), added},
                                                         {QStringLiteral("errors"), errors}});
        out.insert(QStringLiteral("pageFailures"), QJsonArray::fromStringList(test->pageFailures));
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(test->warnings));
        out.insert(QStringLiteral("console"), console);
        printData(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n'); // records are data: never masked
        return exitCode;
    }

    QString text;
    for (const QJsonValue &v : std::as_const(records)) {
        const QJsonObject r = v.toObject();
        const QString status = r.value(u"status").toString();
        const QString name =
            r.contains(u"row") ? CliText::tr("record %1").arg(r.value(u"row").toInt()) : CliText::tr("new record");
        if (status == u"dropped") {
            text += CliText::tr("%1: dropped %2\n").arg(name, compact(r.value(u"before")));
        } else if (status == u"added") {
            text += CliText::tr("%1: added %2\n").arg(name, compact(r.value(u"after")));
        } else if (status == u"unchanged") {
            text += CliText::tr("%1: unchanged\n").arg(name);
        } else if (status == u"error") {
            text += CliText::tr("%1: error: %2\n").arg(name, r.value(u"error").toString());
        } else {
            text += CliText::tr("%1: changed\n").arg(name);
        }
        for (const QJsonValue &c : r.value(u"changes").toArray()) {
            const QJsonObject o = c.toObject();
            const QString field = o.value(u"field").toString();
            if (!o.contains(u"before"))
                text += CliText::tr("  + %1: %2\n").arg(field, compact(o.value(u"after")));
            else if (!o.contains(u"after"))
                text += CliText::tr("  - %1: %2\n").arg(field, compact(o.value(u"before")));
            else
                text +=
                    CliText::tr("  %1: %2 → %3\n").arg(field, compact(o.value(u"before")), compact(o.value(u"after")));
        }
    }
    if (!test->console.isEmpty()) {
        text += CliText::tr("console:\n");
        for (const ExtensionLogLine &l : test->console)
            text += QStringLiteral("  [%1] %2\n").arg(l.tag.isEmpty() ? levelName(l.level) : l.tag, l.message);
    }
    printData(text.toUtf8());
    for (const QString &w : std::as_const(test->warnings))
        printErr(QStringLiteral("[warning] %1\n").arg(w));
    for (const QString &f : std::as_const(test->pageFailures))
        printErr(QStringLiteral("[error] %1\n").arg(f));
    printOut(CliText::tr("%1 on %n record(s) of %2: %3 changed, %4 unchanged, %5 dropped, %6 added, %7 with errors\n",
                         nullptr, static_cast<int>(test->before.rows.size()))
                 .arg(hook, job.name)
                 .arg(changed)
                 .arg(unchanged)
                 .arg(dropped)
                 .arg(added)
                 .arg(errors));
    return exitCode;
}

int moduleCall(const ModuleCallOptions &options, const std::atomic_bool *cancel)
{
    const QFileInfo module(options.file);
    if (!module.isFile()) {
        printErr(CliText::tr("ferry-cli: module call: no module file %1: give the path of a JavaScript file\n")
                     .arg(options.file));
        return InvalidConfig;
    }
    if (options.method.isEmpty()) {
        printErr(CliText::tr("ferry-cli: module call needs FILE METHOD (e.g. module call module.js get --in "
                             "in.json)\n"));
        return InvalidConfig;
    }
    // in.json: an array holds the arguments (spread); any other value is the one argument. No --in: none.
    QByteArray args = "[]";
    if (!options.input.isEmpty()) {
        QString error;
        const auto in = readJsonFile(options.input, QStringLiteral("--in"), error);
        if (!in) {
            printErr(error);
            return InvalidConfig;
        }
        args = QJsonDocument(in->isArray() ? in->toArray() : QJsonArray{*in}).toJson(QJsonDocument::Compact);
    }
    std::optional<QJsonValue> account;
    if (!options.account.isEmpty()) {
        QString error;
        account = readJsonFile(options.account, QStringLiteral("--account"), error);
        if (!account) {
            printErr(error);
            return InvalidConfig;
        }
    }

    ExtensionHostOptions hostOptions;
    hostOptions.workingDirectory = module.absolutePath();
    hostOptions.timeoutSetting = QStringLiteral("--timeout");
    // The module's console output and the host's stderr: stderr, tagged with the method.
    hostOptions.log = [](const ExtensionLogLine &line) {
        printErr(QStringLiteral("[%1] %2\n").arg(line.tag, line.message));
    };
    ExtensionHost host(hostOptions);
    const QString file = module.absoluteFilePath();
    const int timeoutMs = options.timeoutSeconds * 1000;
    const auto failed = [&](const QString &method, const Error &e) {
        if (e.code == ErrorCode::NotFound) { // Node.js missing: the message says what to install
            printErr(CliText::tr("ferry-cli: module call: %1\n").arg(e.message));
            return Failed;
        }
        printErr(CliText::tr("ferry-cli: module call: %1 failed: %2\n").arg(method, e.message));
        return e.code == ErrorCode::InvalidConfig ? InvalidConfig : Failed;
    };

    const QByteArray initArgs =
        QJsonDocument(QJsonArray{account ? *account : QJsonValue(QJsonObject())}).toJson(QJsonDocument::Compact);
    if (options.method != u"init") {
        auto init =
            host.callWithArguments(file, QStringLiteral("init"), initArgs, QStringLiteral("init"), timeoutMs, cancel);
        // A module without init is fine: the host says which functions it exports instead.
        if (!init && !(init.error().code == ErrorCode::InvalidConfig &&
                       init.error().message.contains(QStringLiteral("exports no function 'init'"))))
            return failed(QStringLiteral("init"), init.error());
    } else if (account && options.input.isEmpty()) {
        args = initArgs;
    }
    auto result = host.callWithArguments(file, options.method, args, options.method, timeoutMs, cancel);
    host.stop();
    if (!result)
        return failed(options.method, result.error());
    const QByteArray value = result->isObject()  ? QJsonDocument(result->toObject()).toJson(QJsonDocument::Indented)
                             : result->isArray() ? QJsonDocument(result->toArray()).toJson(QJsonDocument::Indented)
                                                 : compact(*result).toUtf8() + '\n';
    printData(value);
    return Success;
}

} // namespace Ferry::Cli
