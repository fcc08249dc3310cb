#include "statestore.h"

#include "core/logging.h"
#include "core/runevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Ferry {

namespace {

class StateStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::StateStore)
};

constexpr int SchemaVersion = 4;
constexpr int BusyTimeoutMs = 15000; // writers hold the lock for milliseconds; waiting long is harmless

// Each step takes the schema one version up; a new database goes through all of them. A step that shipped
// is never edited: add one.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        {
            // 1: runs and the journal.
            "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL, "
            "status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, inserted INTEGER DEFAULT 0, "
            "updated INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0, "
            "skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, message TEXT)",
            "CREATE INDEX IF NOT EXISTS runs_job ON runs(job_id, id)",
            "CREATE TABLE IF NOT EXISTS journal (run_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
            "count INTEGER NOT NULL, changes BLOB NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (run_id, seq))",
        },
        {
            // 2: owners and heartbeats (milliseconds since the epoch), job leases, retention.
            "ALTER TABLE runs ADD COLUMN owner_pid INTEGER",
            "ALTER TABLE runs ADD COLUMN owner_host TEXT",
            "ALTER TABLE runs ADD COLUMN owner_token TEXT",
            "ALTER TABLE runs ADD COLUMN owner_machine TEXT",
            "ALTER TABLE runs ADD COLUMN owner_start INTEGER",
            "ALTER TABLE runs ADD COLUMN heartbeat_at INTEGER",
            "ALTER TABLE runs ADD COLUMN journal_pruned INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX runs_running ON runs(job_id) WHERE status = 'running'",
            "CREATE INDEX runs_started ON runs(started_at)",
            "CREATE TABLE leases (job_id TEXT PRIMARY KEY, owner_pid INTEGER NOT NULL, owner_host TEXT NOT NULL, "
            "owner_token TEXT NOT NULL, owner_machine TEXT NOT NULL, owner_start INTEGER NOT NULL, "
            "acquired_at INTEGER NOT NULL, heartbeat_at INTEGER NOT NULL)",
        },
        {
            // 3: the rows a run could not write, with their reasons (retention drops them with the journal).
            // action: ChangeAction's value, as the journal stores it.
            "CREATE TABLE failures (run_id INTEGER NOT NULL, n INTEGER NOT NULL, action INTEGER NOT NULL, "
            "row_key TEXT NOT NULL, reason TEXT NOT NULL, batch INTEGER NOT NULL, PRIMARY KEY (run_id, n))",
        },
        {
            // 4: what Ferry last wrote to a job's target, by key (RememberedRecord): the remote id a REST API
            // gave, the content hash and the values (a webhook's index). scope: the target it belongs to.
            "CREATE TABLE remote_records (job_id TEXT NOT NULL, scope TEXT NOT NULL, row_key TEXT NOT NULL, "
            "remote_id TEXT NOT NULL, hash INTEGER NOT NULL, record_values BLOB NOT NULL, "
            "written_at INTEGER NOT NULL, PRIMARY KEY (job_id, row_key))",
        },
    };
    return steps;
}

const QString OwnerColumns =
    QStringLiteral("owner_pid, owner_host, owner_token, owner_machine, owner_start, heartbeat_at");
const QString RunColumns =
    QStringLiteral("id, job_id, status, started_at, finished_at, inserted, updated, deleted, unchanged, skipped, "
                   "failed, message, owner_pid, owner_host, heartbeat_at, journal_pruned");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// "10:02" today, else "2024-05-03 10:02" (local time).
QString clockText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.date() == QDate::currentDate() ? t.toString(QStringLiteral("HH:mm"))
                                            : t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void bindCounts(QSqlQuery &q, const Counts &c)
{
    q.addBindValue(c.inserted);
    q.addBindValue(c.updated);
    q.addBindValue(c.deleted);
    q.addBindValue(c.unchanged);
    q.addBindValue(c.skipped);
    q.addBindValue(c.failed);
}

// BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a transaction that reads
// and then writes cannot fail halfway because another process wrote in between. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin() { return m_open = run(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commit()
    {
        if (!run(QStringLiteral("COMMIT")))
            return false;
        m_open = false;
        return true;
    }
    const QString &error() const { return m_error; }

private:
    bool run(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// --- Processes ---------------------------------------------------------------------------------------------

enum class ProcessState { Gone, Running, Unknown };

struct ProcessProbe
{
    ProcessState state = ProcessState::Unknown;
    qint64 start = 0; // Linux: clock ticks after boot (0: unknown)
};

ProcessProbe probeProcess(qint64 pid)
{
    if (pid <= 0)
        return {};
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so fields count from the last ')'.
        const QByteArray text = stat.readAll();
        const qsizetype paren = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(paren + 2).split(' ');
        if (paren > 0 && fields.size() > 19) {
            if (fields[0] == "Z" || fields[0] == "X")
                return {ProcessState::Gone, 0};                      // dead, not yet reaped
            return {ProcessState::Running, fields[19].toLongLong()}; // field 22: starttime
        }
    } else if (QFileInfo::exists(QStringLiteral("/proc/self/stat"))) {
        return {ProcessState::Gone, 0};
    }
#endif
#ifdef Q_OS_UNIX
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)
        return {ProcessState::Running, 0};
    if (errno == ESRCH)
        return {ProcessState::Gone, 0};
#endif
    return {};
}

StoreOwner thisProcess()
{
    static const StoreOwner self = [] {
        StoreOwner o;
        o.pid = QCoreApplication::applicationPid();
        o.host = QSysInfo::machineHostName();
        QString machine = QString::fromLatin1(QSysInfo::machineUniqueId());
        if (machine.isEmpty()) // no machine id (some containers): the host name stands in
            machine = QStringLiteral("host-") + o.host;
        o.machine = machine + u':' + QString::fromLatin1(QSysInfo::bootUniqueId());
        o.processStart = probeProcess(o.pid).start;
        return o;
    }();
    StoreOwner o = self;
    o.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return o;
}

// --- Permissions -------------------------------------------------------------------------------------------

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser |
                                               QFileDevice::ExeUser;
constexpr QFileDevice::Permissions OwnerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions OthersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                               QFileDevice::WriteOther | QFileDevice::ExeOther;

// Takes group and world access away from an existing file or folder; warns when that fails.
void keepPrivate(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || !(info.permissions() & OthersAny))
        return;
    if (!QFile::setPermissions(path, info.permissions() & OwnerOnly))
        RunEvents::warning(lcStore, QCoreApplication::translate("Ferry::StateStore",
                                                                "%1 can be read by other users of this computer and "
                                                                "Ferry cannot change that; make it private (chmod go= "
                                                                "\"%1\")")
                                        .arg(path));
}

// The state folder, created 0700 (whatever the umask); an existing one is made private.
Result<QString> privateFolder(const QString &dir)
{
    const Error cannot{ErrorCode::Io,
                       StateStoreText::tr("cannot create the state folder; pass a writable folder with --state"), dir};
    if (dir.isEmpty())
        return cannot;
    const QString path = QDir(dir).absolutePath();
    if (QFileInfo(path).isDir()) {
        keepPrivate(path);
        return path;
    }
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent) || !QDir().mkdir(path, OwnerOnly)) {
        if (!QFileInfo(path).isDir()) // another process may have made it meanwhile
            return cannot;
    }
    QFile::setPermissions(path, OwnerOnly); // the umask may have taken some of the owner's bits
    keepPrivate(path);
    return path;
}

// --- The journal's blobs: per change, action (1 byte), key length (4) and UTF-8 key, remote id (8), hash (8).

void putRaw(QByteArray &out, const void *p, size_t n)
{
    out.append(static_cast<const char *>(p), static_cast<qsizetype>(n));
}

QByteArray encodeJournal(const Plan &plan, const std::vector<const Change *> &changes)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(changes.size()) * 32);
    for (const Change *c : changes) {
        const QByteArray key = plan.keyUtf8(*c);
        const auto action = static_cast<char>(c->action);
        const auto keyLength = static_cast<quint32>(key.size());
        qint64 remoteId = plan.hasRemoteId(*c) ? plan.remoteId(*c) : -1;
        if (remoteId >= 0 && !plan.target->idTexts.isEmpty()) { // text ids: kept when they are integers
            bool integer = false;
            remoteId = plan.remoteIdText(*c).toLongLong(&integer);
            if (!integer)
                remoteId = -1;
        }
        const quint64 hash = c->action == ChangeAction::Delete ? 0 : plan.source->rows.hashRow(c->sourceRow);
        putRaw(out, &action, 1);
        putRaw(out, &keyLength, 4);
        out.append(key);
        putRaw(out, &remoteId, 8);
        putRaw(out, &hash, 8);
    }
    return out;
}

template <typename F> bool decodeJournal(const QByteArray &blob, qint64 runId, F &&visit)
{
    const char *p = blob.constData();
    const char *end = p + blob.size();
    while (p < end) {
        if (end - p < 21)
            return false;
        JournalEntry e;
        e.action = static_cast<ChangeAction>(*p);
        quint32 keyLength;
        std::memcpy(&keyLength, p + 1, 4);
        p += 5;
        if (end - p < static_cast<qint64>(keyLength) + 16)
            return false;
        e.key = QString::fromUtf8(p, keyLength);
        p += keyLength;
        std::memcpy(&e.remoteId, p, 8);
        std::memcpy(&e.hash, p + 8, 8);
        p += 16;
        e.runId = runId;
        visit(std::move(e));
    }
    return true;
}

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.jobId = q.value(1).toString();
    r.status = q.value(2).toString();
    r.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.counts = Counts{q.value(5).toLongLong(),
                      q.value(6).toLongLong(),
                      q.value(7).toLongLong(),
                      q.value(8).toLongLong(),
                      q.value(9).toLongLong(),
                      q.value(10).toLongLong(),
                      0};
    r.message = q.value(11).toString();
    r.ownerPid = q.value(12).toLongLong();
    r.ownerHost = q.value(13).toString();
    if (!q.value(14).isNull())
        r.heartbeatAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
    r.journalKept = q.value(15).toInt() == 0;
    return r;
}

} // namespace

// An owner as a row names it (OwnerColumns), with its heartbeat.
struct StateStore::OwnerRow
{
    StoreOwner owner;
    qint64 heartbeatMs = 0;

    static OwnerRow read(const QSqlQuery &q, int first)
    {
        OwnerRow r;
        r.owner.pid = q.value(first).toLongLong();
        r.owner.host = q.value(first + 1).toString();
        r.owner.token = q.value(first + 2).toString();
        r.owner.machine = q.value(first + 3).toString();
        r.owner.processStart = q.value(first + 4).toLongLong();
        r.heartbeatMs = q.value(first + 5).toLongLong();
        return r;
    }
};

// --- JobLease ------------------------------------------------------------------------------------------------

// Renews a lease from a thread of its own, on a connection of its own, while the run's thread blocks in
// long reads and writes.
struct JobLease::Heartbeat
{
    SqlConnectionParams params;
    QString jobId;
    QString token;
    std::chrono::milliseconds interval{10000};
    std::atomic_bool *lost = nullptr;

    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::unique_ptr<QThread> thread;

    void run()
    {
        auto connection = SqlConnection::open(params, /*readOnly=*/false);
        if (!connection) {
            qCWarning(lcStore).noquote() << QCoreApplication::translate("Ferry::StateStore",
                                                                        "cannot renew the lease of job %1: %2")
                                                .arg(jobId, connection.error().toString());
            return;
        }
        QSqlQuery(connection.value()->database()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
        std::unique_lock lock(mutex);
        while (!wake.wait_for(lock, interval, [this] { return stop; })) {
            lock.unlock();
            beat(connection.value()->database());
            lock.lock();
        }
    }

    void beat(const QSqlDatabase &db)
    {
        const qint64 now = nowMs();
        QSqlQuery lease(db);
        lease.prepare(QStringLiteral("UPDATE leases SET heartbeat_at = ? WHERE job_id = ? AND owner_token = ?"));
        lease.addBindValue(now);
        lease.addBindValue(jobId);
        lease.addBindValue(token);
        if (!lease.exec()) {
            qCWarning(lcStore).noquote()
                << StateStoreText::tr("cannot renew the lease of job %1: %2").arg(jobId, lease.lastError().text());
            return;
        }
        if (lease.numRowsAffected() == 0 && !lost->exchange(true))
            qCWarning(lcStore).noquote() << StateStoreText::tr(
                                                "another process took over the lease of job %1 (it judged this "
                                                "one gone); this run stops after its current batch")
                                                .arg(jobId);
        QSqlQuery run(db);
        run.prepare(QStringLiteral(
            "UPDATE runs SET heartbeat_at = ? WHERE status = 'running' AND job_id = ? AND owner_token = ?"));
        run.addBindValue(now);
        run.addBindValue(jobId);
        run.addBindValue(token);
        run.exec();
    }
};

JobLease::JobLease(StateStore &store, QString jobId)
    : m_store(store), m_jobId(std::move(jobId)), m_heartbeat(std::make_unique<Heartbeat>())
{}

JobLease::~JobLease()
{
    {
        std::lock_guard lock(m_heartbeat->mutex);
        m_heartbeat->stop = true;
    }
    m_heartbeat->wake.notify_all();
    if (m_heartbeat->thread)
        m_heartbeat->thread->wait();
    m_store.releaseLease(*this);
}

// --- StateStore ----------------------------------------------------------------------------------------------

QString StateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

StateStore::StateStore(std::unique_ptr<SqlConnection> connection)
    : m_connection(std::move(connection)), m_owner(thisProcess())
{}

StateStore::~StateStore() = default;

Error StateStore::failure(const QString &what, const QString &detail) const
{
    return Error{ErrorCode::Io, StateStoreText::tr("the state database failed while %1: %2").arg(what, detail),
                 databasePath()};
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString &dir)
{
    FERRY_TRY(folder, privateFolder(dir));
    const QString file = QDir(folder).absoluteFilePath(QStringLiteral("state.sqlite"));
    if (!QFileInfo::exists(file)) {
        // SQLite gives the -wal and -shm files the database's mode: create it private.
        QFile create(file);
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerReadWrite))
            create.close();
    }
    keepPrivate(file);
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = file;
    FERRY_TRY(connection, SqlConnection::open(p, /*readOnly=*/false));
    std::unique_ptr<StateStore> store(new StateStore(std::move(connection)));
    if (auto r = store->migrate(); !r)
        return r.error();
    keepPrivate(file + QStringLiteral("-wal"));
    keepPrivate(file + QStringLiteral("-shm"));
    if (auto r = store->closeAbandonedRuns(); !r)
        return r.error();
    return store;
}

Result<void> StateStore::migrate()
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const auto version = [&q]() -> int {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return -1;
        const int v = q.value(0).toInt();
        q.finish();
        return v;
    };
    int v = version();
    if (v < 0)
        return failure(StateStoreText::tr("opening"), q.lastError().text());
    if (v > SchemaVersion)
        return Error{ErrorCode::Io, StateStoreText::tr("the state database was written by a newer Ferry; update Ferry"),
                     databasePath()};
    if (v == SchemaVersion)
        return {};

    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("upgrading its tables"), t.error());
    v = version(); // another process (or thread) may have upgraded it meanwhile
    if (v < 0)
        return failure(StateStoreText::tr("upgrading its tables"), q.lastError().text());
    if (v >= SchemaVersion)
        return {};
    const int from = v;
    for (; v < SchemaVersion; ++v) {
        for (const char *statement : migrations()[static_cast<size_t>(v)])
            if (!q.exec(QString::fromLatin1(statement)))
                return failure(StateStoreText::tr("upgrading its tables"), q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return failure(StateStoreText::tr("upgrading its tables"), q.lastError().text());
    }
    if (!t.commit())
        return failure(StateStoreText::tr("upgrading its tables"), t.error());
    if (from > 0)
        qCInfo(lcStore).noquote()
            << StateStoreText::tr("upgraded the state database from schema %1 to %2").arg(from).arg(v);
    return {};
}

bool StateStore::ownerGone(const OwnerRow &row, qint64 now) const
{
    const StoreOwner &o = row.owner;
    if (o.token.isEmpty())
        return true; // recorded before runs had owners (schema 1): that Ferry is gone
    if (o.token == m_owner.token)
        return false;
    const qsizetype colon = o.machine.indexOf(u':');
    const qsizetype myColon = m_owner.machine.indexOf(u':');
    const QStringView machine = QStringView(o.machine).left(colon);
    if (colon > 0 && machine == QStringView(m_owner.machine).left(myColon)) {
        if (QStringView(o.machine).mid(colon + 1) != QStringView(m_owner.machine).mid(myColon + 1))
            return true; // this machine rebooted since
        const ProcessProbe p = probeProcess(o.pid);
        if (p.state == ProcessState::Gone)
            return true;
        // The same process, verifiably: alive, however old its heartbeat (a stopped or suspended process
        // would write again when it resumes).
        if (p.state == ProcessState::Running && o.processStart && p.start)
            return p.start != o.processStart; // else the pid was reused
    }
    return now - row.heartbeatMs > m_liveness.staleAfter.count();
}

Result<void> StateStore::closeAbandonedRuns()
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM runs WHERE status = 'running'").arg(OwnerColumns)))
        return failure(StateStoreText::tr("closing interrupted runs"), q.lastError().text());
    const qint64 now = nowMs();
    std::vector<std::pair<qint64, OwnerRow>> gone;
    while (q.next()) {
        OwnerRow owner = OwnerRow::read(q, 1);
        if (ownerGone(owner, now))
            gone.emplace_back(q.value(0).toLongLong(), std::move(owner));
    }
    q.finish();
    if (gone.empty())
        return {};
    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("closing interrupted runs"), t.error());
    // Only if the run did not beat meanwhile.
    q.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', finished_at = ?, message = ? WHERE id = ? "
                             "AND status = 'running' AND coalesce(heartbeat_at, 0) = ?"));
    for (const auto &[id, owner] : gone) {
        q.addBindValue(owner.heartbeatMs ? isoFromMs(owner.heartbeatMs) : nowIso());
        q.addBindValue(owner.owner.pid ? StateStoreText::tr("process %1 on %2 stopped before the run finished")
                                             .arg(owner.owner.pid)
                                             .arg(owner.owner.host)
                                       : StateStoreText::tr("Ferry stopped before the run finished"));
        q.addBindValue(id);
        q.addBindValue(owner.heartbeatMs);
        if (!q.exec())
            return failure(StateStoreText::tr("closing interrupted runs"), q.lastError().text());
    }
    if (!t.commit())
        return failure(StateStoreText::tr("closing interrupted runs"), t.error());
    return {};
}

Result<std::unique_ptr<JobLease>> StateStore::acquireLease(const QString &jobId)
{
    QSqlDatabase db = m_connection->database();
    const QString what = StateStoreText::tr("taking the lease of job %1").arg(jobId);
    WriteTransaction t(db);
    if (!t.begin())
        return failure(what, t.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, acquired_at FROM leases WHERE job_id = ?").arg(OwnerColumns));
    q.addBindValue(jobId);
    if (!q.exec())
        return failure(what, q.lastError().text());
    const qint64 now = nowMs();
    if (q.next()) {
        const OwnerRow holder = OwnerRow::read(q, 0);
        const qint64 since = q.value(6).toLongLong();
        q.finish();
        if (!ownerGone(holder, now))
            return Error{ErrorCode::AlreadyRunning,
                         StateStoreText::tr(
                             "job %1 is already running in process %2 on host %3 since %4; wait for it or stop it")
                             .arg(jobId)
                             .arg(holder.owner.pid)
                             .arg(holder.owner.host, clockText(since)),
                         {}};
        RunEvents::warning(lcStore,
                           StateStoreText::tr("job %1: taking over the lease of process %2 on host %3, which is gone "
                                              "(last heard of at %4)")
                               .arg(jobId)
                               .arg(holder.owner.pid)
                               .arg(holder.owner.host, clockText(holder.heartbeatMs)));
        QSqlQuery runs(db);
        runs.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', finished_at = ?, message = ? WHERE "
                                    "status = 'running' AND job_id = ? AND owner_token = ?"));
        runs.addBindValue(isoFromMs(holder.heartbeatMs));
        runs.addBindValue(StateStoreText::tr("process %1 on %2 stopped before the run finished")
                              .arg(holder.owner.pid)
                              .arg(holder.owner.host));
        runs.addBindValue(jobId);
        runs.addBindValue(holder.owner.token);
        if (!runs.exec())
            return failure(what, runs.lastError().text());
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO leases (job_id, %1, acquired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(OwnerColumns));
    q.addBindValue(jobId);
    q.addBindValue(m_owner.pid);
    q.addBindValue(m_owner.host);
    q.addBindValue(m_owner.token);
    q.addBindValue(m_owner.machine);
    q.addBindValue(m_owner.processStart);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return failure(what, q.lastError().text());
    if (!t.commit())
        return failure(what, t.error());

    std::unique_ptr<JobLease> lease(new JobLease(*this, jobId));
    JobLease::Heartbeat &h = *lease->m_heartbeat;
    h.params = m_connection->params();
    h.jobId = jobId;
    h.token = m_owner.token;
    h.interval = m_liveness.heartbeatInterval;
    h.lost = &lease->m_lost;
    h.thread.reset(QThread::create([&h] { h.run(); }));
    h.thread->setObjectName(QStringLiteral("ferry-lease"));
    h.thread->start();
    return lease;
}

void StateStore::releaseLease(const JobLease &lease)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("DELETE FROM leases WHERE job_id = ? AND owner_token = ?"));
    q.addBindValue(lease.jobId());
    q.addBindValue(m_owner.token);
    if (!q.exec())
        RunEvents::warning(lcStore, failure(StateStoreText::tr("releasing the lease of job %1").arg(lease.jobId()),
                                            q.lastError().text())
                                        .toString());
}

Result<qint64> StateStore::beginRun(const JobLease &lease)
{
    Q_ASSERT(&lease.m_store == this);
    if (lease.lost())
        return Error{
            ErrorCode::AlreadyRunning,
            StateStoreText::tr("another process took over the lease of job %1; nothing was written").arg(lease.jobId()),
            {}};
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("INSERT INTO runs (job_id, status, started_at, %1) VALUES (?, 'running', ?, ?, ?, ?, "
                             "?, ?, ?)")
                  .arg(OwnerColumns));
    q.addBindValue(lease.jobId());
    q.addBindValue(nowIso());
    q.addBindValue(m_owner.pid);
    q.addBindValue(m_owner.host);
    q.addBindValue(m_owner.token);
    q.addBindValue(m_owner.machine);
    q.addBindValue(m_owner.processStart);
    q.addBindValue(nowMs());
    if (!q.exec())
        return failure(StateStoreText::tr("starting a run"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

QByteArray StateStore::journalRecord(const Plan &plan, const std::vector<const Change *> &changes)
{
    return encodeJournal(plan, changes);
}

Result<void> StateStore::recordBatch(qint64 runId, const Plan &plan, const std::vector<const Change *> &changes,
                                     const Counts &progress)
{
    return recordBatch(runId, encodeJournal(plan, changes), static_cast<qsizetype>(changes.size()), progress);
}

Result<void> StateStore::recordBatch(qint64 runId, const QByteArray &journal, qsizetype changeCount,
                                     const Counts &progress)
{
    QSqlDatabase db = m_connection->database();
    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("recording a batch"), t.error());
    const qint64 now = nowMs();
    QSqlQuery insert(db), run(db), lease(db);
    insert.prepare(QStringLiteral("INSERT INTO journal (run_id, seq, count, changes, recorded_at) VALUES "
                                  "(?, (SELECT coalesce(max(seq), 0) + 1 FROM journal WHERE run_id = ?), ?, ?, ?)"));
    insert.addBindValue(runId);
    insert.addBindValue(runId);
    insert.addBindValue(static_cast<qint64>(changeCount));
    insert.addBindValue(journal);
    insert.addBindValue(nowIso());
    run.prepare(QStringLiteral("UPDATE runs SET inserted = ?, updated = ?, deleted = ?, unchanged = ?, skipped = ?, "
                               "failed = ?, heartbeat_at = ? WHERE id = ?"));
    bindCounts(run, progress);
    run.addBindValue(now);
    run.addBindValue(runId);
    lease.prepare(QStringLiteral("UPDATE leases SET heartbeat_at = ? WHERE owner_token = ? AND job_id = "
                                 "(SELECT job_id FROM runs WHERE id = ?)"));
    lease.addBindValue(now);
    lease.addBindValue(m_owner.token);
    lease.addBindValue(runId);
    for (QSqlQuery *q : {&insert, &run, &lease})
        if (!q->exec())
            return failure(StateStoreText::tr("recording a batch"), q->lastError().text());
    if (!t.commit())
        return failure(StateStoreText::tr("recording a batch"), t.error());
    return {};
}

Result<void> StateStore::recordFailures(qint64 runId, const std::vector<FailureRecord> &failures)
{
    if (failures.empty())
        return {};
    QSqlDatabase db = m_connection->database();
    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("recording failed rows"), t.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM failures WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return failure(StateStoreText::tr("recording failed rows"), q.lastError().text());
    qint64 n = q.value(0).toLongLong();
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO failures (run_id, n, action, row_key, reason, batch) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const FailureRecord &f : failures) {
        if (n >= maxFailuresPerRun)
            break;
        q.addBindValue(runId);
        q.addBindValue(++n);
        q.addBindValue(static_cast<int>(f.action));
        q.addBindValue(f.key);
        q.addBindValue(SecretMask::mask(f.reason));
        q.addBindValue(f.batch);
        if (!q.exec())
            return failure(StateStoreText::tr("recording failed rows"), q.lastError().text());
    }
    if (!t.commit())
        return failure(StateStoreText::tr("recording failed rows"), t.error());
    return {};
}

Result<void> StateStore::remember(const QString &jobId, const QString &scope,
                                  const std::vector<RememberedRecord> &written, const QStringList &deleted)
{
    if (written.empty() && deleted.isEmpty())
        return {};
    QSqlDatabase db = m_connection->database();
    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("remembering written records"), t.error());
    QSqlQuery upsert(db), drop(db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO remote_records (job_id, scope, row_key, remote_id, hash, "
                                  "record_values, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    for (const RememberedRecord &r : written) {
        upsert.addBindValue(jobId);
        upsert.addBindValue(scope);
        upsert.addBindValue(r.key);
        upsert.addBindValue(r.remoteId.isNull() ? QStringLiteral("") : r.remoteId); // null binds as NULL
        upsert.addBindValue(static_cast<qint64>(r.hash));
        upsert.addBindValue(r.values);
        upsert.addBindValue(now);
        if (!upsert.exec())
            return failure(StateStoreText::tr("remembering written records"), upsert.lastError().text());
    }
    drop.prepare(QStringLiteral("DELETE FROM remote_records WHERE job_id = ? AND row_key = ?"));
    for (const QString &key : deleted) {
        drop.addBindValue(jobId);
        drop.addBindValue(key);
        if (!drop.exec())
            return failure(StateStoreText::tr("remembering written records"), drop.lastError().text());
    }
    if (!t.commit())
        return failure(StateStoreText::tr("remembering written records"), t.error());
    return {};
}

Result<std::vector<RememberedRecord>> StateStore::remembered(const QString &jobId, const QString &scope)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    // Memory of another target (the job's target changed) means nothing for this one.
    q.prepare(QStringLiteral("SELECT 1 FROM remote_records WHERE job_id = ? AND scope <> ? LIMIT 1"));
    q.addBindValue(jobId);
    q.addBindValue(scope);
    if (!q.exec())
        return failure(StateStoreText::tr("reading remembered records"), q.lastError().text());
    if (q.next()) {
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM remote_records WHERE job_id = ? AND scope <> ?"));
        q.addBindValue(jobId);
        q.addBindValue(scope);
        if (!q.exec())
            return failure(StateStoreText::tr("reading remembered records"), q.lastError().text());
    }
    q.prepare(QStringLiteral("SELECT row_key, remote_id, hash, record_values FROM remote_records WHERE job_id = ? "
                             "ORDER BY rowid"));
    q.addBindValue(jobId);
    if (!q.exec())
        return failure(StateStoreText::tr("reading remembered records"), q.lastError().text());
    std::vector<RememberedRecord> out;
    while (q.next())
        out.push_back(RememberedRecord{q.value(0).toString(), q.value(1).toString(),
                                       static_cast<quint64>(q.value(2).toLongLong()), q.value(3).toByteArray()});
    return out;
}

Result<void> StateStore::forgetJob(const QString &jobId)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("DELETE FROM remote_records WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        return failure(StateStoreText::tr("forgetting a job's records"), q.lastError().text());
    return {};
}

Result<void> StateStore::finishRun(qint64 runId, const QString &status, const Counts &counts, const QString &message)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, inserted = ?, updated = ?, deleted = ?, "
                             "unchanged = ?, skipped = ?, failed = ?, message = ?, heartbeat_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(nowIso());
    bindCounts(q, counts);
    q.addBindValue(SecretMask::mask(message)); // callers mask it too: a message is never stored unmasked
    q.addBindValue(nowMs());
    q.addBindValue(runId);
    if (!q.exec())
        return failure(StateStoreText::tr("finishing a run"), q.lastError().text());
    q.prepare(QStringLiteral("SELECT job_id FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (q.exec() && q.next()) {
        const QString jobId = q.value(0).toString();
        q.finish();
        if (auto r = pruneRuns(&jobId); !r) // the run is recorded: pruning can wait for the next one
            RunEvents::warning(lcStore, r.error().toString());
    }
    return {};
}

Result<void> StateStore::prune()
{
    return pruneRuns(nullptr);
}

Result<void> StateStore::pruneRuns(const QString *jobId)
{
    // Reads first, and takes the write lock only when there is something to delete (most calls delete
    // nothing, or one run). Deleting by id is safe against other writers: finished runs never change.
    const Retention r = m_retention;
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    std::vector<qint64> drop, dropJournal;
    if (r.maxRunsPerJob > 0 || r.maxJournalsPerJob > 0) {
        q.prepare(QStringLiteral("SELECT id, journal_pruned, row_number() OVER (PARTITION BY job_id ORDER BY id "
                                 "DESC) FROM runs WHERE status <> 'running'%1")
                      .arg(jobId ? QStringLiteral(" AND job_id = ?") : QString()));
        if (jobId)
            q.addBindValue(*jobId);
        if (!q.exec())
            return failure(StateStoreText::tr("pruning old runs"), q.lastError().text());
        while (q.next()) {
            const qint64 n = q.value(2).toLongLong();
            if (r.maxRunsPerJob > 0 && n > r.maxRunsPerJob)
                drop.push_back(q.value(0).toLongLong());
            else if (r.maxJournalsPerJob > 0 && n > r.maxJournalsPerJob && q.value(1).toInt() == 0)
                dropJournal.push_back(q.value(0).toLongLong());
        }
    }
    if (r.maxAge.count() > 0) {
        q.prepare(QStringLiteral("SELECT id FROM runs WHERE started_at < ? AND status <> 'running'"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-r.maxAge.count()).toString(Qt::ISODateWithMs));
        if (!q.exec())
            return failure(StateStoreText::tr("pruning old runs"), q.lastError().text());
        while (q.next())
            drop.push_back(q.value(0).toLongLong());
    }
    q.finish();
    if (drop.empty() && dropJournal.empty())
        return {};
    std::sort(drop.begin(), drop.end());
    drop.erase(std::unique(drop.begin(), drop.end()), drop.end());

    WriteTransaction t(db);
    if (!t.begin())
        return failure(StateStoreText::tr("pruning old runs"), t.error());
    QSqlQuery journal(db), failures(db), run(db), mark(db);
    journal.prepare(QStringLiteral("DELETE FROM journal WHERE run_id = ?"));
    failures.prepare(QStringLiteral("DELETE FROM failures WHERE run_id = ?"));
    run.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    mark.prepare(QStringLiteral("UPDATE runs SET journal_pruned = 1 WHERE id = ?"));
    const auto exec = [](QSqlQuery &statement, qint64 id) {
        statement.addBindValue(id);
        return statement.exec();
    };
    const auto errors = [&] {
        return journal.lastError().text() + failures.lastError().text() + run.lastError().text() +
               mark.lastError().text();
    };
    for (qint64 id : drop)
        if (!exec(journal, id) || !exec(failures, id) || !exec(run, id))
            return failure(StateStoreText::tr("pruning old runs"), errors());
    for (qint64 id : dropJournal)
        if (!std::binary_search(drop.begin(), drop.end(), id) &&
            (!exec(journal, id) || !exec(failures, id) || !exec(mark, id)))
            return failure(StateStoreText::tr("pruning old runs"), errors());
    if (!t.commit())
        return failure(StateStoreText::tr("pruning old runs"), t.error());
    qCDebug(lcStore).noquote() << StateStoreText::tr("pruned %1 old run(s) and the journal of %2 more")
                                      .arg(drop.size())
                                      .arg(dropJournal.size());
    return {};
}

Result<std::vector<RunRecord>> StateStore::runs(const QString &jobId, int limit) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE job_id = ? ORDER BY id DESC LIMIT ?").arg(RunColumns));
    q.addBindValue(jobId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return failure(StateStoreText::tr("listing runs"), q.lastError().text());
    std::vector<RunRecord> out;
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

Result<std::optional<RunRecord>> StateStore::lastRun(const QString &jobId) const
{
    FERRY_TRY(last, runs(jobId, 1));
    if (last.empty())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(std::move(last.front()));
}

Result<std::vector<RunRecord>> StateStore::lastRuns() const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM runs WHERE id IN (SELECT max(id) FROM runs GROUP BY job_id) "
                               "ORDER BY job_id")
                    .arg(RunColumns)))
        return failure(StateStoreText::tr("listing runs"), q.lastError().text());
    std::vector<RunRecord> out;
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

Result<std::vector<BatchRecord>> StateStore::batches(qint64 runId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT seq, count, recorded_at FROM journal WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return failure(StateStoreText::tr("reading the journal"), q.lastError().text());
    std::vector<BatchRecord> out;
    while (q.next())
        out.push_back(BatchRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                  QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<std::vector<FailureRecord>> StateStore::failures(qint64 runId, qint64 limit) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(
        QStringLiteral("SELECT action, row_key, reason, batch FROM failures WHERE run_id = ? ORDER BY n LIMIT ?"));
    q.addBindValue(runId);
    q.addBindValue(limit < 0 ? qint64(-1) : limit);
    if (!q.exec())
        return failure(StateStoreText::tr("reading failed rows"), q.lastError().text());
    std::vector<FailureRecord> out;
    while (q.next())
        out.push_back(FailureRecord{static_cast<ChangeAction>(q.value(0).toInt()), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Result<std::vector<JournalEntry>> StateStore::journal(qint64 runId, qint64 offset, qint64 limit) const
{
    // Batches are counted first, so a page of a large run decodes only the batches it covers.
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, count FROM journal WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return failure(StateStoreText::tr("reading the journal"), q.lastError().text());
    std::vector<std::pair<qint64, qint64>> batches;
    while (q.next())
        batches.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();

    const qint64 begin = std::max<qint64>(offset, 0);
    const qint64 end = limit < 0 ? std::numeric_limits<qint64>::max() : begin + limit;
    std::vector<JournalEntry> out;
    qint64 position = 0;
    q.prepare(QStringLiteral("SELECT changes FROM journal WHERE run_id = ? AND seq = ?"));
    for (const auto &[seq, count] : batches) {
        if (position >= end)
            break;
        if (position + count <= begin) {
            position += count;
            continue;
        }
        q.addBindValue(runId);
        q.addBindValue(seq);
        if (!q.exec() || !q.next())
            return failure(StateStoreText::tr("reading the journal"), q.lastError().text());
        const bool intact = decodeJournal(q.value(0).toByteArray(), runId, [&](JournalEntry e) {
            if (position >= begin && position < end)
                out.push_back(std::move(e));
            ++position;
        });
        if (!intact)
            return failure(StateStoreText::tr("reading the journal"),
                           StateStoreText::tr("a journal record is damaged"));
    }
    return out;
}

} // namespace Ferry
