#include "statestore.h"

#include "core/logging.h"
#include "core/values.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::StateStore", text, disambiguation, n);
}

constexpr int SchemaVersion = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void bindCounts(QSqlQuery &q, const RunCounts &c)
{
    q.addBindValue(c.inserted);
    q.addBindValue(c.updated);
    q.addBindValue(c.deleted);
    q.addBindValue(c.unchanged);
    q.addBindValue(c.skipped);
    q.addBindValue(c.failed);
}

} // namespace

QString StateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

StateStore::StateStore(std::unique_ptr<SqlConnection> connection) : m_connection(std::move(connection)) {}

StateStore::~StateStore() = default;

Error StateStore::failure(const QString &what, const QString &detail) const
{
    return Error{ErrorCode::Io, tr("the state database failed while %1: %2").arg(what, detail),
                 m_connection->params().database};
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString &dir)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return Error{ErrorCode::Io, tr("cannot create the state folder; pass a writable folder with --state"), dir};
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = QDir(dir).absoluteFilePath(QStringLiteral("state.sqlite"));
    FERRY_TRY(connection, SqlConnection::open(p, /*readOnly=*/false));
    std::unique_ptr<StateStore> store(new StateStore(std::move(connection)));
    if (auto r = store->migrate(); !r)
        return r.error();
    return store;
}

Result<void> StateStore::migrate()
{
    QSqlQuery q(m_connection->database());
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(tr("opening"), q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return Error{ErrorCode::Io, tr("the state database was written by a newer Ferry; update Ferry"),
                     m_connection->params().database};
    if (version < 1) {
        const char *statements[] = {
            "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL, "
            "status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, inserted INTEGER DEFAULT 0, "
            "updated INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0, "
            "skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, message TEXT)",
            "CREATE INDEX IF NOT EXISTS runs_job ON runs(job_id, id)",
            "CREATE TABLE IF NOT EXISTS row_state (job_id TEXT NOT NULL, row_key TEXT NOT NULL, remote_id TEXT, "
            "hash INTEGER, run_id INTEGER, updated_at TEXT, PRIMARY KEY (job_id, row_key)) WITHOUT ROWID",
            "PRAGMA user_version = 1",
        };
        for (const char *s : statements)
            if (!q.exec(QString::fromLatin1(s)))
                return failure(tr("creating its tables"), q.lastError().text());
    }
    // A process killed mid-run left its run open.
    if (!q.exec(QStringLiteral("UPDATE runs SET status = 'interrupted', finished_at = '%1' WHERE status = 'running'")
                    .arg(now())))
        return failure(tr("closing interrupted runs"), q.lastError().text());
    return {};
}

Result<qint64> StateStore::beginRun(const QString &jobId)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("INSERT INTO runs (job_id, status, started_at) VALUES (?, 'running', ?)"));
    q.addBindValue(jobId);
    q.addBindValue(now());
    if (!q.exec())
        return failure(tr("starting a run"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<void> StateStore::recordBatch(const QString &jobId, qint64 runId, const std::vector<const Change *> &changes,
                                     const RunCounts &progress)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return failure(tr("recording a batch"), db.lastError().text());
    QSqlQuery upsert(db), remove(db), run(db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO row_state (job_id, row_key, remote_id, hash, run_id, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    remove.prepare(QStringLiteral("DELETE FROM row_state WHERE job_id = ? AND row_key = ?"));
    const QString at = now();
    for (const Change *c : changes) {
        if (c->key.isEmpty())
            continue; // keyless appends and deletes have nothing to remember
        bool ok;
        if (c->action == ChangeAction::Delete) {
            remove.addBindValue(jobId);
            remove.addBindValue(c->key);
            ok = remove.exec();
        } else {
            upsert.addBindValue(jobId);
            upsert.addBindValue(c->key);
            upsert.addBindValue(Values::isNull(c->remoteId) ? QVariant() : QVariant(c->remoteId.toString()));
            upsert.addBindValue(static_cast<qint64>(Values::hashRow(c->values)));
            upsert.addBindValue(runId);
            upsert.addBindValue(at);
            ok = upsert.exec();
        }
        if (!ok) {
            const QString err = (c->action == ChangeAction::Delete ? remove : upsert).lastError().text();
            db.rollback();
            return failure(tr("recording a batch"), err);
        }
    }
    run.prepare(QStringLiteral("UPDATE runs SET inserted = ?, updated = ?, deleted = ?, unchanged = ?, skipped = ?, "
                               "failed = ? WHERE id = ?"));
    bindCounts(run, progress);
    run.addBindValue(runId);
    if (!run.exec() || !db.commit()) {
        const QString err = run.lastError().isValid() ? run.lastError().text() : db.lastError().text();
        db.rollback();
        return failure(tr("recording a batch"), err);
    }
    return {};
}

Result<void> StateStore::finishRun(qint64 runId, const QString &status, const RunCounts &counts, const QString &message)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, inserted = ?, updated = ?, deleted = ?, "
                             "unchanged = ?, skipped = ?, failed = ?, message = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(now());
    bindCounts(q, counts);
    q.addBindValue(message);
    q.addBindValue(runId);
    if (!q.exec())
        return failure(tr("finishing a run"), q.lastError().text());
    return {};
}

Result<std::optional<RowState>> StateStore::rowState(const QString &jobId, const QString &key) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT remote_id, hash, run_id FROM row_state WHERE job_id = ? AND row_key = ?"));
    q.addBindValue(jobId);
    q.addBindValue(key);
    if (!q.exec())
        return failure(tr("reading row state"), q.lastError().text());
    if (!q.next())
        return std::optional<RowState>();
    return std::optional<RowState>(
        RowState{q.value(0).toString(), static_cast<quint64>(q.value(1).toLongLong()), q.value(2).toLongLong()});
}

Result<qint64> StateStore::rowCount(const QString &jobId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM row_state WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return failure(tr("counting rows"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<std::vector<RunRecord>> StateStore::runs(const QString &jobId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT id, job_id, status, started_at, finished_at, inserted, updated, deleted, "
                             "unchanged, skipped, failed, message FROM runs WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return failure(tr("listing runs"), q.lastError().text());
    std::vector<RunRecord> out;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toLongLong();
        r.jobId = q.value(1).toString();
        r.status = q.value(2).toString();
        r.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        r.counts = RunCounts{q.value(5).toLongLong(),
                             q.value(6).toLongLong(),
                             q.value(7).toLongLong(),
                             q.value(8).toLongLong(),
                             q.value(9).toLongLong(),
                             q.value(10).toLongLong(),
                             0};
        r.message = q.value(11).toString();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace Ferry
