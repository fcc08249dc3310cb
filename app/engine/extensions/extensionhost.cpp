#include "extensionhost.h"

#include "core/jsoncursor.h"
#include "core/runevents.h"
#include "core/values.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace Ferry {

namespace {

Q_LOGGING_CATEGORY(lcExtensions, "ferry.extensions")

class ExtensionHostText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ExtensionHost)
};

constexpr int StartTimeoutMs = 15000;
constexpr qsizetype MaxStderrKept = 16 * 1024;
constexpr qsizetype MaxStrayLogged = 2048; // of a line of output that went around the capture
constexpr char RecordSeparator = '\x1e';   // starts each message of the protocol

QByteArray hostScript()
{
    QFile f(QStringLiteral(":/ferry/extensions/extension-host.js"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QtMsgType levelOf(const QString &level)
{
    if (level == u"debug")
        return QtDebugMsg;
    if (level == u"warning")
        return QtWarningMsg;
    if (level == u"error")
        return QtCriticalMsg;
    return QtInfoMsg;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, ExtensionHostText::tr("cancelled"), {}};
}

} // namespace

ExtensionHost::ExtensionHost(ExtensionHostOptions options) : m_options(std::move(options)) {}

ExtensionHost::~ExtensionHost()
{
    stop();
}

QString ExtensionHost::nodeProgram()
{
    const QString configured = qEnvironmentVariable("FERRY_NODE");
    if (!configured.isEmpty()) {
        const QFileInfo info(configured);
        if (info.isAbsolute())
            return info.isFile() && info.isExecutable() ? configured : QString();
        return QStandardPaths::findExecutable(configured);
    }
    QString found = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    return found;
}

QStringList ExtensionHost::passedEnvironment()
{
    // What Node needs to find programs and modules and to format dates; nothing of Ferry's (tokens,
    // passwords in env: references) and nothing else of the caller's.
    return {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG"), QStringLiteral("LC_ALL"),
            QStringLiteral("TZ"), QStringLiteral("TMPDIR"), QStringLiteral("NODE_PATH"),
            // Where certificates are and which proxy to use, so that a module's fetch works where Ferry's does.
            QStringLiteral("NODE_EXTRA_CA_CERTS"), QStringLiteral("SSL_CERT_FILE"), QStringLiteral("SSL_CERT_DIR"),
            QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("NO_PROXY"),
            QStringLiteral("http_proxy"), QStringLiteral("https_proxy"), QStringLiteral("no_proxy")};
}

bool ExtensionHost::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ExtensionHost::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

void ExtensionHost::killGroup()
{
    // What the user's code started (child_process) goes with the host: the group outlives its leader.
    if (m_group > 0)
        ::kill(static_cast<pid_t>(-m_group), SIGKILL);
    m_group = 0;
}

void ExtensionHost::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        killGroup();
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    killGroup();
    m_process.reset();
    m_stdout.clear();
    m_scanned = 0;
    m_stderr.clear();
}

void ExtensionHost::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->closeWriteChannel(); // the host exits at the end of its input
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
    killGroup();
    m_process.reset();
    m_stdout.clear();
    m_scanned = 0;
    m_stderr.clear();
}

void ExtensionHost::emitLog(const ExtensionLogLine &line)
{
    if (m_options.log) {
        m_options.log(line);
        return;
    }
    const QString text = line.tag.isEmpty() ? line.message : QStringLiteral("[%1] %2").arg(line.tag, line.message);
    RunEvents::log(line.level, lcExtensions, text);
}

void ExtensionHost::drainStderr()
{
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > MaxStderrKept)
        m_stderr = m_stderr.right(MaxStderrKept);
}

void ExtensionHost::flushStderrToLog(const QString &tag)
{
    drainStderr();
    if (m_stderr.isEmpty())
        return;
    for (const QByteArray &line : m_stderr.split('\n'))
        if (!line.trimmed().isEmpty())
            emitLog(ExtensionLogLine{QtWarningMsg, tag, QString::fromUtf8(line)});
    m_stderr.clear();
}

QString ExtensionHost::crashDetail()
{
    drainStderr();
    QString how;
    if (m_process && m_process->state() == QProcess::NotRunning) {
        if (m_process->exitStatus() == QProcess::CrashExit)
            how = ExtensionHostText::tr("it was killed or crashed");
        else
            how = ExtensionHostText::tr("it exited with code %1").arg(m_process->exitCode());
    } else {
        how = ExtensionHostText::tr("its output ended");
    }
    const QString err = QString::fromUtf8(m_stderr).trimmed();
    if (err.contains(u"heap out of memory"))
        how +=
            ExtensionHostText::tr("; it ran out of memory (the cap is %1 MB: hooks.memory_mb)").arg(m_options.memoryMb);
    return err.isEmpty() ? how : how + QStringLiteral(":\n") + err;
}

Result<void> ExtensionHost::start(const QString &forFile, const std::atomic_bool *cancel)
{
    const QString node = nodeProgram();
    if (node.isEmpty()) {
        const QString configured = qEnvironmentVariable("FERRY_NODE");
        return Error{ErrorCode::NotFound,
                     configured.isEmpty()
                         ? ExtensionHostText::tr("%1 needs Node.js, which is not installed ('node' is not on PATH): "
                                                 "install it (sudo apt-get install nodejs) or set FERRY_NODE to the "
                                                 "node program")
                               .arg(forFile)
                         : ExtensionHostText::tr("%1 needs Node.js, but FERRY_NODE names '%2', which is not a program: "
                                                 "install Node.js (sudo apt-get install nodejs) or correct FERRY_NODE")
                               .arg(forFile, configured),
                     {}};
    }
    const QByteArray script = hostScript();
    if (script.isEmpty())
        return Error{ErrorCode::Internal, ExtensionHostText::tr("the extension host script is missing from Ferry"), {}};

    const QProcessEnvironment parent = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : passedEnvironment())
        if (parent.contains(name))
            env.insert(name, parent.value(name));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setChildProcessModifier([] {
        // In the child, before node starts (async-signal-safe calls only): a process group of its own, so that
        // a time-out or a cancel kills what the user's code started too; and killed when the thread that started
        // it ends, so that a Ferry killed or crashed mid-call leaves no host running (a worker thread that ends
        // meanwhile costs a restart, as after a crash).
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_process->setProcessEnvironment(env);
    if (!m_options.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_options.workingDirectory);
    // The script travels as an argument: no file to write, to keep private or to go stale.
    m_process->start(node, {QStringLiteral("--max-old-space-size=%1").arg(m_options.memoryMb), QStringLiteral("-e"),
                            QString::fromUtf8(script)});
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return Error{ErrorCode::NotFound,
                     ExtensionHostText::tr("%1 needs Node.js, but %2 could not be started (%3): install Node.js (sudo "
                                           "apt-get install nodejs) or set FERRY_NODE to the node program")
                         .arg(forFile, node, why),
                     {}};
    }
    ++m_starts;
    m_group = m_process->processId();
    const QDeadlineTimer deadline(StartTimeoutMs);
    auto line = readMessage(deadline, ExtensionHostText::tr("the extension host's start"), StartTimeoutMs, cancel);
    if (!line) {
        Error e = line.error();
        kill();
        return e;
    }
    const QJsonObject ready = QJsonDocument::fromJson(*line).object();
    if (!ready.value(QStringLiteral("ready")).toBool()) {
        kill();
        return Error{ErrorCode::Io,
                     ExtensionHostText::tr("the extension host (%1) did not start properly: it said '%2'")
                         .arg(node, QString::fromUtf8(line->left(200))),
                     {}};
    }
    qCDebug(lcExtensions).noquote() << "extension host started:" << node
                                    << ready.value(QStringLiteral("node")).toString() << "pid"
                                    << m_process->processId();
    return {};
}

Result<QByteArray> ExtensionHost::readLine(const QDeadlineTimer &deadline, const QString &what, int timeoutMs,
                                           const std::atomic_bool *cancel)
{
    for (;;) {
        // A long line comes in many reads: each looks for its end only in what the last ones added.
        if (const qsizetype nl = m_stdout.indexOf('\n', m_scanned); nl >= 0) {
            QByteArray line = m_stdout.left(nl);
            m_stdout.remove(0, nl + 1);
            m_scanned = 0;
            return line;
        }
        m_scanned = m_stdout.size();
        if (cancelled(cancel)) {
            kill();
            return cancelledError();
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_stdout += m_process->readAllStandardOutput();
            if (m_stdout.contains('\n'))
                continue;
            const QString detail = crashDetail();
            kill();
            return Error{ErrorCode::Io,
                         ExtensionHostText::tr("the extension host stopped during %1 (%2); it is restarted for the "
                                               "next call")
                             .arg(what, detail),
                         {}};
        }
        if (deadline.hasExpired()) {
            kill();
            const int seconds = std::max(1, timeoutMs / 1000);
            const QString message =
                m_options.timeoutSetting.isEmpty()
                    ? ExtensionHostText::tr("%1 did not answer within %n second(s) (an endless loop, or a callback "
                                            "never called?); the extension host was stopped and is restarted for the "
                                            "next call",
                                            nullptr, seconds)
                          .arg(what)
                    : ExtensionHostText::tr("%1 did not answer within %n second(s) (%2; an endless loop, or a callback "
                                            "never called?); the extension host was stopped and is restarted for the "
                                            "next call",
                                            nullptr, seconds)
                          .arg(what, m_options.timeoutSetting);
            return Error{ErrorCode::Timeout, message, {}};
        }
        const int slice = static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 1, 100));
        m_process->waitForReadyRead(slice);
        m_stdout += m_process->readAllStandardOutput();
        drainStderr();
    }
}

Result<QByteArray> ExtensionHost::readMessage(const QDeadlineTimer &deadline, const QString &what, int timeoutMs,
                                              const std::atomic_bool *cancel)
{
    for (;;) {
        auto line = readLine(deadline, what, timeoutMs, cancel);
        if (!line)
            return line.error();
        const qsizetype start = line->indexOf(RecordSeparator);
        if (start < 0) {
            logStray(what, *line);
            continue;
        }
        if (start > 0)
            logStray(what, QByteArrayView(*line).first(start)); // output without a line end, then the message
        return line->mid(start + 1);
    }
}

void ExtensionHost::logStray(const QString &tag, QByteArrayView text)
{
    // Output that went around the host's capture (a native module, a child process writing to fd 1).
    if (text.trimmed().isEmpty())
        return;
    QString message = QString::fromUtf8(text.first(std::min(text.size(), MaxStrayLogged)));
    if (text.size() > MaxStrayLogged)
        message +=
            ExtensionHostText::tr("… (%n more byte(s))", nullptr, static_cast<int>(text.size() - MaxStrayLogged));
    emitLog(ExtensionLogLine{QtInfoMsg, tag, message});
}

namespace {

// The value of JSON text (any value, scalars included: QJsonDocument holds only objects and arrays).
Result<QJsonValue> parsedValue(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return Error{
            ErrorCode::Server,
            ExtensionHostText::tr("the extension host's answer is not JSON (%1)").arg(parseError.errorString()),
            {}};
    return doc.array().at(0);
}

// A line of the host's output, read by its top-level fields only (a result of megabytes is not parsed here).
struct HostLine
{
    bool protocol = false; // a JSON object: else output that went around the host's capture
    qint64 id = -1;
    std::string_view result, error, log, origins; // their JSON text; empty when absent
};

HostLine readHostLine(const QByteArray &line)
{
    HostLine out;
    JsonCursor in(line.constData(), line.constData() + line.size());
    std::string key;
    try {
        in.object(key, [&](std::string_view name) {
            if (name == "id") {
                JsonCursor::Value v;
                in.value(v);
                out.id = v.type == JsonCursor::Value::Int ? v.i : -1;
            } else if (name == "result") {
                out.result = in.raw();
            } else if (name == "error") {
                out.error = in.raw();
            } else if (name == "log") {
                out.log = in.raw();
            } else if (name == "origins") {
                out.origins = in.raw();
            } else {
                in.skip();
            }
        });
        if (!in.atEnd())
            return {};
    } catch (const JsonSyntaxError &) {
        return {};
    }
    out.protocol = true;
    return out;
}

// A JavaScript stack without the frames of Node.js itself and of the host ("at … (node:internal/…)", "at
// Socket.emit (node:events:524:28)", "at handle ([eval]:102:21)") and without blank lines: the message and the
// user's own frames.
QString trimmedStack(const QString &stack)
{
    QStringList kept;
    for (const QString &line : stack.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(u"at ") && (t.contains(u"(node:") || t.startsWith(u"at node:") || t.contains(u"[eval]")))
            continue;
        kept.append(line);
    }
    return kept.join(u'\n');
}

QJsonObject objectOf(std::string_view json)
{
    return QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size()))).object();
}

} // namespace

Result<QJsonValue> ExtensionHost::call(const QString &file, const QString &function, const QByteArray &optionsJson,
                                       const QString &tag, int timeoutMs, const std::atomic_bool *cancel)
{
    FERRY_TRY(raw, callRaw(file, function, optionsJson, tag, timeoutMs, cancel));
    return parsedValue(raw);
}

Result<QByteArray> ExtensionHost::callRaw(const QString &file, const QString &function, const QByteArray &optionsJson,
                                          const QString &tag, int timeoutMs, const std::atomic_bool *cancel,
                                          const RawCall &extra)
{
    return send(file, function, "options", optionsJson.isEmpty() ? QByteArray("{}") : optionsJson, tag, timeoutMs,
                cancel, extra);
}

Result<QJsonValue> ExtensionHost::callWithArguments(const QString &file, const QString &function,
                                                    const QByteArray &argsJson, const QString &tag, int timeoutMs,
                                                    const std::atomic_bool *cancel)
{
    FERRY_TRY(raw,
              send(file, function, "args", argsJson.isEmpty() ? QByteArray("[]") : argsJson, tag, timeoutMs, cancel));
    return parsedValue(raw);
}

Result<QJsonValue> ExtensionHost::describe(const QString &file, const QStringList &names, int timeoutMs,
                                           const std::atomic_bool *cancel)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
    FERRY_TRY(raw, send(file, QString(), "describe", json, QStringLiteral("describe"), timeoutMs, cancel));
    return parsedValue(raw);
}

Result<QByteArray> ExtensionHost::send(const QString &file, const QString &function, const char *key,
                                       const QByteArray &json, const QString &tag, int timeoutMs,
                                       const std::atomic_bool *cancel, const RawCall &extra)
{
    if (extra.origins)
        extra.origins->clear();
    if (cancelled(cancel))
        return cancelledError();
    if (!isRunning()) {
        kill();
        if (auto r = start(file, cancel); !r)
            return r.error();
    }
    const qint64 id = m_nextId++;
    QByteArray request;
    request.reserve(json.size() + file.size() + 128);
    request += "{\"id\":";
    request += QByteArray::number(id);
    request += ",\"file\":";
    Values::appendJsonString(request, file);
    request += ",\"function\":";
    Values::appendJsonString(request, function);
    request += ",\"tag\":";
    Values::appendJsonString(request, tag);
    if (!extra.aliases.isEmpty()) {
        request += ",\"aliases\":{";
        for (qsizetype i = 0; i < extra.aliases.size(); ++i) {
            if (i)
                request += ',';
            Values::appendJsonString(request, extra.aliases.at(i).first);
            request += ':';
            Values::appendJsonString(request, extra.aliases.at(i).second);
        }
        request += '}';
    }
    if (!extra.track.isEmpty()) {
        request += ",\"track\":";
        Values::appendJsonString(request, extra.track);
    }
    request += ",\"";
    request += key;
    request += "\":";
    request += json;
    request += "}\n";

    const QString what = tag.isEmpty() ? function : tag;
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    m_process->write(request);
    // Written while the host's output is read meanwhile (waitForBytesWritten reads both pipes too).
    while (m_process->bytesToWrite() > 0) {
        if (cancelled(cancel)) {
            kill();
            return cancelledError();
        }
        if (m_process->state() != QProcess::Running || deadline.hasExpired())
            break; // readLine says which
        m_process->waitForBytesWritten(static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
    }
    for (;;) {
        auto line = readMessage(deadline, what, timeoutMs, cancel);
        if (!line)
            return line.error();
        const HostLine message = readHostLine(*line);
        if (!message.protocol) {
            logStray(what, *line); // not JSON after all: cannot come from the host
            continue;
        }
        if (!message.log.empty()) {
            const QJsonObject l = objectOf(message.log);
            emitLog(ExtensionLogLine{levelOf(l.value(QStringLiteral("level")).toString()),
                                     l.value(QStringLiteral("tag")).toString(),
                                     l.value(QStringLiteral("message")).toString()});
            continue;
        }
        if (message.id != id)
            continue; // a late answer to a call that was given up on cannot happen (the host is killed then)
        flushStderrToLog(what);
        if (!message.error.empty()) {
            const QJsonObject e = objectOf(message.error);
            const QString text = e.value(QStringLiteral("message")).toString();
            const QString stack = e.value(QStringLiteral("stack")).toString();
            QString full = trimmedStack(stack.isEmpty() ? text : stack.contains(text) ? stack : text + u'\n' + stack);
            const QString code = e.value(QStringLiteral("code")).toString();
            const bool fileAtFault = code == u"load-failed" || code == u"missing-function";
            return Error{fileAtFault ? ErrorCode::InvalidConfig : ErrorCode::Server, full, {}};
        }
        if (extra.origins && !message.origins.empty()) {
            JsonCursor in(message.origins.data(), message.origins.data() + message.origins.size());
            try {
                in.array([&] {
                    JsonCursor::Value v;
                    in.value(v);
                    extra.origins->push_back(v.type == JsonCursor::Value::Int ? v.i : -1);
                });
            } catch (const JsonSyntaxError &) {
                extra.origins->clear();
            }
        }
        if (message.result.empty())
            return QByteArray("null");
        return QByteArray(message.result.data(), static_cast<qsizetype>(message.result.size()));
    }
}

} // namespace Ferry
