// The client of Ferry's extension host: a Node.js child process (host/extension-host.js) that runs user
// JavaScript (job hooks, connector modules) outside Ferry's own process. One call at a time: "call function
// F of file M with these options (JSON), get its result (JSON) or its error". Calls block the calling thread
// (waitForReadyRead with a deadline: no event loop needed), so a run's worker thread uses it directly.
//
// The process is started on the first call and restarted on the next call after it crashed, exited, or was
// killed for a time-out or a cancel. It gets only the environment Node needs (PATH, HOME, LANG, TZ,
// NODE_PATH), never Ferry's secrets or the parent's other variables, and a heap cap (--max-old-space-size).
// Create, use and destroy it on one thread.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QDeadlineTimer;
class QProcess;

namespace Ferry {

struct ExtensionLogLine
{
    QtMsgType level = QtInfoMsg;
    QString tag; // the hook or method whose code printed it
    QString message;
};

// What callRaw() may ask besides the options.
struct ExtensionCallExtras
{
    // More names for options' members, (alias, name): integrator.io's preMap reads options.data, Ferry sends
    // preMapData. The host adds them (the same value, not a copy).
    QList<std::pair<QString, QString>> aliases;
    // An options array of records (preSavePage's "data"): origins, when not null, then gets for each record
    // of the result's data the index in that array of the record it is (the same object: kept, changed in
    // place, reordered), or -1 for a record the function made. Left empty when the result has no data array.
    QString track;
    std::vector<qsizetype> *origins = nullptr;
};

struct ExtensionHostOptions
{
    int memoryMb = 512;       // --max-old-space-size
    QString workingDirectory; // empty: the caller's
    QString timeoutSetting;   // the setting a time-out message names ("hooks.timeout"); empty: none
    // Where log lines go (console.* of user code, the host's stderr); null: RunEvents of the calling thread.
    std::function<void(const ExtensionLogLine &)> log;
};

class ExtensionHost
{
public:
    // How a call failed: the code of its Error.
    //   Server    the user's function threw, rejected or called back with an error (message: its stack)
    //   Timeout   no answer in time: the host was killed (restarted on the next call)
    //   Io        the host died during the call (process.exit, out of memory, a crash; restarted next call)
    //   NotFound  Node.js is not installed (or FERRY_NODE names nothing)
    //   InvalidConfig  the file cannot be loaded (a syntax error, a missing package) or lacks the function
    //   Cancelled the cancel flag was set (the host was killed)
    explicit ExtensionHost(ExtensionHostOptions options = {});
    ~ExtensionHost();
    Q_DISABLE_COPY_MOVE(ExtensionHost)

    // Calls function of file (an absolute path, require()d by the host) with options, which must be one JSON
    // value (an object) in compact form. tag names the call in log lines and messages ("preMap").
    [[nodiscard]] Result<QJsonValue> call(const QString &file, const QString &function, const QByteArray &optionsJson,
                                          const QString &tag, int timeoutMs, const std::atomic_bool *cancel = nullptr);

    // The same, for functions that take arguments of their own (a connector module's patch(id, value)): argsJson
    // is a JSON array, spread as the arguments (a callback follows them).
    [[nodiscard]] Result<QJsonValue> callWithArguments(const QString &file, const QString &function,
                                                       const QByteArray &argsJson, const QString &tag, int timeoutMs,
                                                       const std::atomic_bool *cancel = nullptr);

    using RawCall = ExtensionCallExtras;
    // call(), with the result as the JSON text the host sent (compact, as JSON.stringify writes it): a page of a
    // thousand records is read straight from it (HookPage) rather than through a QJsonDocument.
    [[nodiscard]] Result<QByteArray> callRaw(const QString &file, const QString &function,
                                             const QByteArray &optionsJson, const QString &tag, int timeoutMs,
                                             const std::atomic_bool *cancel = nullptr, const RawCall &extra = {});

    // Reads the values file exports under names (not functions; nothing is called): a JSON object holding
    // those it exports ({"accountFields": [...]}). The module is require()d by the host, never in Ferry.
    [[nodiscard]] Result<QJsonValue> describe(const QString &file, const QStringList &names, int timeoutMs,
                                              const std::atomic_bool *cancel = nullptr);

    // Stops the host (it is started again by the next call).
    void stop();
    bool isRunning() const;
    // The process id of the running host (0 when none): tests see a restart.
    qint64 processId() const;
    // How many times a host process was started.
    int starts() const { return m_starts; }

    // The Node.js program: FERRY_NODE when set, else `node` (or `nodejs`) on PATH; empty when there is none.
    static QString nodeProgram();
    // The environment the host gets: only these variables of the caller's.
    static QStringList passedEnvironment();

private:
    Result<void> start(const QString &forFile, const std::atomic_bool *cancel);
    // key: "options" or "args", with its JSON. Returns the result's JSON text.
    Result<QByteArray> send(const QString &file, const QString &function, const char *key, const QByteArray &json,
                            const QString &tag, int timeoutMs, const std::atomic_bool *cancel,
                            const RawCall &extra = {});
    // Reads one line from the host's stdout; errors for time-out, death or cancel.
    Result<QByteArray> readLine(const QDeadlineTimer &deadline, const QString &what, int timeoutMs,
                                const std::atomic_bool *cancel);
    // Reads lines up to the next message of the protocol (after its 0x1E) and returns its JSON; what comes
    // before it on its line, and lines without one, are output that went around the host's capture: logged.
    Result<QByteArray> readMessage(const QDeadlineTimer &deadline, const QString &what, int timeoutMs,
                                   const std::atomic_bool *cancel);
    void logStray(const QString &tag, QByteArrayView text);
    void drainStderr();
    void flushStderrToLog(const QString &tag);
    void emitLog(const ExtensionLogLine &line);
    QString crashDetail();
    void kill();
    void killGroup();

    ExtensionHostOptions m_options;
    std::unique_ptr<QProcess> m_process;
    qint64 m_group = 0; // the host's process group (its pid): what it starts is killed with it
    QByteArray m_stdout;
    qsizetype m_scanned = 0; // m_stdout's bytes known to hold no line end
    QByteArray m_stderr;
    qint64 m_nextId = 1;
    int m_starts = 0;
};

} // namespace Ferry
