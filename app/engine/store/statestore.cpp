#include "statestore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstring>

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

void bindCounts(QSqlQuery &q, const Counts &c)
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
            ("CREATE TABLE IF NOT EXISTS journal (run_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
             "count INTEGER NOT NULL, changes BLOB NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (run_id, seq))"),
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

// Journal blobs: per change, action (1 byte), key length (4) and UTF-8 key, remote id (8), hash (8).
namespace {

void putRaw(QByteArray &out, const void *p, size_t n)
{
    out.append(static_cast<const char *>(p), static_cast<qsizetype>(n));
}

QByteArray encodeJournal(const Plan &plan, const std::vector<const Change *> &changes)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(changes.size()) * 32);
    for (const Change *c : changes) {
        const QByteArray key = plan.key(*c).toUtf8();
        const auto action = static_cast<char>(c->action);
        const auto keyLength = static_cast<quint32>(key.size());
        const qint64 remoteId = plan.hasRemoteId(*c) ? plan.remoteId(*c) : -1;
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

} // namespace

Result<void> StateStore::recordBatch(qint64 runId, const Plan &plan, const std::vector<const Change *> &changes,
                                     const Counts &progress)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return failure(tr("recording a batch"), db.lastError().text());
    QSqlQuery insert(db), run(db);
    insert.prepare(QStringLiteral("INSERT INTO journal (run_id, seq, count, changes, recorded_at) VALUES "
                                  "(?, (SELECT coalesce(max(seq), 0) + 1 FROM journal WHERE run_id = ?), ?, ?, ?)"));
    insert.addBindValue(runId);
    insert.addBindValue(runId);
    insert.addBindValue(static_cast<qint64>(changes.size()));
    insert.addBindValue(encodeJournal(plan, changes));
    insert.addBindValue(now());
    run.prepare(QStringLiteral("UPDATE runs SET inserted = ?, updated = ?, deleted = ?, unchanged = ?, skipped = ?, "
                               "failed = ? WHERE id = ?"));
    bindCounts(run, progress);
    run.addBindValue(runId);
    if (!insert.exec() || !run.exec() || !db.commit()) {
        const QString err = insert.lastError().isValid() ? insert.lastError().text()
                            : run.lastError().isValid()  ? run.lastError().text()
                                                         : db.lastError().text();
        db.rollback();
        return failure(tr("recording a batch"), err);
    }
    return {};
}

Result<void> StateStore::finishRun(qint64 runId, const QString &status, const Counts &counts, const QString &message)
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

Result<std::vector<JournalEntry>> StateStore::journal(qint64 runId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT changes FROM journal WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return failure(tr("reading the journal"), q.lastError().text());
    std::vector<JournalEntry> out;
    while (q.next())
        if (!decodeJournal(q.value(0).toByteArray(), runId, [&out](JournalEntry e) { out.push_back(std::move(e)); }))
            return failure(tr("reading the journal"), tr("a journal record is damaged"));
    return out;
}

Result<std::optional<JournalEntry>> StateStore::lastChange(const QString &jobId, const QString &key) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT journal.run_id, journal.changes FROM journal JOIN runs ON runs.id = "
                             "journal.run_id WHERE runs.job_id = ? ORDER BY journal.run_id DESC, journal.seq DESC"));
    q.addBindValue(jobId);
    if (!q.exec())
        return failure(tr("reading the journal"), q.lastError().text());
    while (q.next()) {
        std::optional<JournalEntry> found;
        decodeJournal(q.value(1).toByteArray(), q.value(0).toLongLong(), [&](JournalEntry e) {
            if (e.key == key)
                found = std::move(e); // the last one in the batch wins
        });
        if (found)
            return found;
    }
    return std::optional<JournalEntry>();
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
        r.counts = Counts{q.value(5).toLongLong(),
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
