#include "sqltable.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "sqlintrospection.h"
#include "sqlsource.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace Ferry {

namespace {

const QString TableField = QStringLiteral("target.table");
constexpr qsizetype MaxStatementBytes = 4 * 1024 * 1024;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// The server's own words, first line, without the driver's "Unable to execute statement".
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

bool has(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

int pluralCount(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, INT_MAX));
}

} // namespace

// One batch: its deletes by key, then its inserts and updates as upserts (plain inserts without a key), in
// one transaction, several rows per statement.
class SqlTableBatch final : public TargetBatch
{
public:
    SqlTableBatch(SqlTable &target, const Plan &plan) : m_target(target), m_plan(plan)
    {
        m_maxRows = target.m_spec.batchRows > 0 ? target.m_spec.batchRows : 5000;
    }

    bool add(const Change &change) override
    {
        if (!m_changes.empty() && static_cast<qsizetype>(m_changes.size()) >= m_maxRows)
            return false;
        m_changes.push_back(&change);
        return true;
    }

    Result<void> commit() override
    {
        if (cancelled(m_target.m_cancel))
            return Error{ErrorCode::Cancelled, SqlTable::tr("cancelled"), m_target.describe()};
        if (auto r = m_target.prepareTable(m_plan); !r)
            return r.error();
        std::vector<const Change *> writes, deletes;
        for (const Change *c : m_changes)
            (c->action == ChangeAction::Delete ? deletes : writes).push_back(c);
        if ((!deletes.empty() || hasUpdates(writes)) && m_plan.keyColumns.empty())
            return Error{ErrorCode::InvalidConfig,
                         SqlTable::tr("updating or deleting rows of a SQL table needs a key: set sync.key"),
                         m_target.describe(), QStringLiteral("sync.key")};
        QSqlDatabase db = m_target.m_connection->database();
        if (!db.transaction())
            return m_target.writeError(db.lastError(), QString());
        QSqlError failed;
        const bool ok = run(deletes, writes, &failed, nullptr);
        if (!ok) {
            db.rollback();
            // Which row the server refused: row by row in a transaction of their own, rolled back too.
            QString rowKey;
            if (failed.type() != QSqlError::ConnectionError && m_changes.size() > 1 && db.transaction()) {
                const Change *culprit = nullptr;
                QSqlError rowError;
                if (!run(deletes, writes, &rowError, &culprit) && culprit) {
                    rowKey = m_plan.key(*culprit);
                    failed = rowError;
                }
                db.rollback();
            } else if (m_changes.size() == 1) {
                rowKey = m_plan.key(*m_changes.front());
            }
            return m_target.writeError(failed, rowKey);
        }
        if (!db.commit())
            return m_target.writeError(db.lastError(), QString());
        if (m_target.m_reportIds && !m_plan.keyColumns.empty()) {
            // Rows are addressed by their key (the table may have no id column, or one the server fills): the
            // key stands for the record's id, for inserts as for updates and deletes.
            m_outcomes.reserve(m_changes.size());
            for (const Change *c : m_changes)
                m_outcomes.push_back(RowOutcome{false, {}, m_plan.key(*c)});
        }
        return {};
    }

    const std::vector<RowOutcome> *outcomes() const override
    {
        return m_outcomes.size() == m_changes.size() && !m_outcomes.empty() ? &m_outcomes : nullptr;
    }

private:
    static bool hasUpdates(const std::vector<const Change *> &writes)
    {
        return std::any_of(writes.begin(), writes.end(),
                           [](const Change *c) { return c->action == ChangeAction::Update; });
    }

    QStringList keyNames() const
    {
        QStringList key;
        for (int k : m_plan.keyColumns)
            key.append(m_plan.columns[k]);
        return key;
    }

    bool run(const std::vector<const Change *> &deletes, const std::vector<const Change *> &writes, QSqlError *error,
             const Change **culprit)
    {
        const SqlDialect &d = *m_target.m_dialect;
        const QString table = m_target.table();
        const QStringList key = keyNames();
        const int keyCount = static_cast<int>(key.size());
        const int columnCount = static_cast<int>(m_plan.columns.size());
        const int perStatement = culprit ? 1 : 1000;
        // Deletes: by the key of the target row they remove.
        const int deleteRows = std::max(1, std::min(perStatement, d.maxParameters() / std::max(keyCount, 1)));
        for (size_t start = 0; start < deletes.size(); start += static_cast<size_t>(deleteRows)) {
            const int n = static_cast<int>(std::min<size_t>(static_cast<size_t>(deleteRows), deletes.size() - start));
            QSqlQuery *q = m_target.statement(d.remove(table, key, n), error);
            if (!q)
                return fail(*error, error, culprit, deletes[start]);
            int p = 0;
            for (int i = 0; i < n; ++i) {
                const Change &c = *deletes[start + static_cast<size_t>(i)];
                for (int k : m_plan.keyColumns)
                    q->bindValue(p++, d.bindValue(m_plan.target->rows, c.targetRow, k));
            }
            if (!exec(*q))
                return fail(q->lastError(), error, culprit, deletes[start]);
        }
        // Inserts and updates.
        const bool upsert = !key.isEmpty();
        // Statements of a few MiB at most: servers refuse larger ones (MariaDB's max_allowed_packet is 16 MiB).
        const RowSet &rows = m_plan.source->rows;
        const qsizetype rowBytes = rows.isEmpty() ? 1 : std::max<qsizetype>(1, rows.byteSize() / rows.size());
        const int byBytes = static_cast<int>(std::clamp<qsizetype>(MaxStatementBytes / rowBytes, 1, 1000));
        const int writeRows =
            std::max(1, std::min({perStatement, byBytes, d.maxParameters() / std::max(columnCount, 1)}));
        for (size_t start = 0; start < writes.size(); start += static_cast<size_t>(writeRows)) {
            if (cancelled(m_target.m_cancel)) {
                *error = QSqlError(SqlTable::tr("cancelled"), {}, QSqlError::UnknownError);
                return false;
            }
            const int n = static_cast<int>(std::min<size_t>(static_cast<size_t>(writeRows), writes.size() - start));
            const QString sql = upsert ? d.upsert(table, m_plan.columns, key, n) : d.insert(table, m_plan.columns, n);
            QSqlQuery *q = m_target.statement(sql, error);
            if (!q)
                return fail(*error, error, culprit, writes[start]);
            int p = 0;
            for (int i = 0; i < n; ++i) {
                const Change &c = *writes[start + static_cast<size_t>(i)];
                for (int col = 0; col < columnCount; ++col)
                    q->bindValue(p++, d.bindValue(m_plan.source->rows, c.sourceRow, col));
            }
            if (!exec(*q))
                return fail(q->lastError(), error, culprit, writes[start]);
        }
        return true;
    }

    // Runs a prepared statement; cancelling stops it on the server (PostgreSQL, MySQL, SQLite).
    bool exec(QSqlQuery &q)
    {
        const SqlCancelWatch watch(*m_target.m_connection, m_target.m_cancel);
        return q.exec();
    }

    static bool fail(QSqlError e, QSqlError *error, const Change **culprit, const Change *change)
    {
        *error = std::move(e);
        if (culprit)
            *culprit = change;
        return false;
    }

    SqlTable &m_target;
    const Plan &m_plan;
    qsizetype m_maxRows;
    std::vector<const Change *> m_changes;
    std::vector<RowOutcome> m_outcomes; // Target::setReportIds(): each change's key
};

SqlTable::SqlTable(SqlTargetSpec spec, SqlConnectionParams params, QStringList key, const std::atomic_bool *cancel)
    : m_spec(std::move(spec)), m_params(std::move(params)), m_key(std::move(key)), m_cancel(cancel),
      m_dialect(SqlDialect::create(m_params.kind))
{
    Q_ASSERT(m_dialect); // sqlConnectionParams() accepts only the kinds SqlDialect knows
}

SqlTable::~SqlTable()
{
    m_statements.clear(); // before the connection they run on
}

QString SqlTable::tableName() const
{
    return m_spec.schema.isEmpty() ? m_spec.table : m_spec.schema + u'.' + m_spec.table;
}

QString SqlTable::table() const
{
    return m_dialect->qualified(m_params.kind == u"sqlite" ? QString() : m_spec.schema, m_spec.table);
}

QString SqlTable::describe() const
{
    return tr("table %1 at %2").arg(tableName(), m_params.describe());
}

Capabilities SqlTable::capabilities() const
{
    Capabilities c = Capability::BatchCommit | Capability::Upsert | Capability::Delete | Capability::CreateTable |
                     Capability::TypedColumns | Capability::LimitedSample;
    if (SqlInterrupt::supported(m_params.kind))
        c |= Capability::Interrupt;
    return c;
}

bool SqlTable::fileMissing() const
{
    return m_params.kind == u"sqlite" && !QFileInfo::exists(m_params.database);
}

Error SqlTable::asTargetError(Error e) const
{
    if (e.field.startsWith(QLatin1String("source.query")))
        e.field = TableField;
    else if (e.field.startsWith(QLatin1String("source.")))
        e.field = QStringLiteral("target.") + e.field.mid(7);
    if (e.context.isEmpty())
        e.context = describe();
    return e;
}

Result<void> SqlTable::connect()
{
    if (m_connection)
        return {};
    if (fileMissing() && !m_spec.createTable)
        return Error{ErrorCode::NotFound,
                     tr("the SQLite database file does not exist: check the path, or set create_table: true to let "
                        "Ferry create it"),
                     m_params.database, QStringLiteral("target.path")};
    if (m_params.kind == u"sqlite" && !QDir().mkpath(QFileInfo(m_params.database).absolutePath()))
        return Error{ErrorCode::Io, tr("cannot create the folder of the target database"), m_params.database,
                     QStringLiteral("target.path")};
    auto connection = SqlConnection::open(m_params, /*readOnly=*/false);
    if (!connection)
        return asTargetError(connection.error());
    m_connection = std::move(connection).value();
    if (m_params.kind == u"postgres") {
        // A naive date-time written to a timestamptz column is read as UTC, as Ferry compares it (core/rowset.h),
        // not in whatever zone the server's configuration names.
        QSqlQuery q(m_connection->database());
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    return {};
}

Result<void> SqlTable::readTable(const std::atomic_bool *cancel)
{
    m_table.reset();
    FERRY_TRY(tables, sqlTables(*m_connection, cancel));
    // sqlTables() leaves the connection's default schema empty.
    QString current;
    if (!m_spec.schema.isEmpty() && m_params.kind != u"sqlite") {
        QSqlQuery q(m_connection->database());
        const QString sql = m_params.kind == u"postgres" ? QStringLiteral("SELECT current_schema()")
                            : m_params.kind == u"mysql"  ? QStringLiteral("SELECT DATABASE()")
                                                         : QStringLiteral("SELECT SCHEMA_NAME()");
        if (q.exec(sql) && q.next())
            current = q.value(0).toString();
    }
    const QString schema = m_params.kind == u"sqlite" || m_spec.schema == current ? QString() : m_spec.schema;
    const bool exactCase = m_params.kind == u"postgres";
    for (const TableInfo &t : tables) {
        if (t.view || t.schema != schema)
            continue;
        if (t.name == m_spec.table || (!exactCase && t.name.compare(m_spec.table, Qt::CaseInsensitive) == 0)) {
            m_table = t;
            if (t.name == m_spec.table)
                break;
        }
    }
    if (!m_table && m_spec.schema.isEmpty() && m_params.kind != u"sqlite" && m_spec.table.contains(u'.')) {
        // "schema.table", as Find tables lists a table outside the default schema.
        for (const TableInfo &t : tables)
            if (!t.view && !t.schema.isEmpty() && t.qualifiedName() == m_spec.table) {
                m_spec.schema = t.schema;
                m_spec.table = t.name;
                m_table = t;
                break;
            }
    }
    return {};
}

Error SqlTable::missingTableError(const QList<TableInfo> &tables) const
{
    QStringList names;
    for (const TableInfo &t : tables)
        if (!t.view)
            names.append(t.qualifiedName());
    if (names.size() > 20)
        names = names.mid(0, 20) << QStringLiteral("…");
    return Error{ErrorCode::NotFound,
                 names.isEmpty() ? tr("the table %1 does not exist, and the database has no tables: create it, or "
                                      "set create_table: true")
                                       .arg(tableName())
                                 : tr("the table %1 does not exist (the database has %2): check its name, or set "
                                      "create_table: true")
                                       .arg(tableName(), names.join(QStringLiteral(", "))),
                 describe(), TableField};
}

Result<bool> SqlTable::keyIsUnique()
{
    if (m_key.isEmpty() || !m_table)
        return true;
    const auto covers = [&](const QStringList &columns) {
        if (columns.size() != m_key.size())
            return false;
        return std::all_of(m_key.begin(), m_key.end(), [&](const QString &k) {
            return std::any_of(columns.begin(), columns.end(),
                               [&](const QString &c) { return m_dialect->sameColumn(c, k); });
        });
    };
    QStringList primary;
    for (const ColumnInfo &c : m_table->columns)
        if (c.primaryKey)
            primary.append(c.name);
    if (covers(primary))
        return true;
    QSqlQuery q(m_connection->database());
    if (!q.prepare(m_dialect->uniqueIndexQuery()))
        return asTargetError(sqlQueryError(q.lastError(), describe(), TableField, nullptr));
    const QVariantList params = m_dialect->uniqueIndexParameters(m_spec.schema, m_table->name);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec())
        return asTargetError(sqlQueryError(q.lastError(), describe(), TableField, nullptr));
    std::map<QString, QStringList> indexes;
    while (q.next())
        indexes[q.value(0).toString()].append(q.value(1).toString());
    return std::any_of(indexes.begin(), indexes.end(), [&](const auto &i) { return covers(i.second); });
}

Error SqlTable::keyNotUniqueError() const
{
    QStringList quoted;
    for (const QString &k : m_key)
        quoted.append(m_dialect->quote(k));
    return Error{ErrorCode::InvalidConfig,
                 tr("the table %1 has no primary key or unique index on the key (%2), which Ferry's upsert needs: "
                    "add one (ALTER TABLE %3 ADD PRIMARY KEY (%4), or CREATE UNIQUE INDEX), or set sync.key to "
                    "columns that have one")
                     .arg(tableName(), m_key.join(QStringLiteral(", ")), table(), quoted.join(QStringLiteral(", "))),
                 describe(), QStringLiteral("sync.key")};
}

Result<ConnectionInfo> SqlTable::test(const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    ConnectionInfo info;
    info.object = tableName();
    if (fileMissing() && m_spec.createTable) {
        info.server = QStringLiteral("SQLite");
        info.database = m_params.database;
        info.rowCount = 0;
        info.notes.append(tr("the database file does not exist yet: the first run creates it"));
        info.summary = tr("SQLite, file %1 (not created yet)").arg(m_params.database);
        return info;
    }
    if (auto r = connect(); !r)
        return r.error();
    const SqlServerInfo server = sqlServerInfo(*m_connection);
    info.server = server.server;
    info.user = server.user;
    info.database = server.database;
    QString reached = info.server;
    if (m_params.kind == u"sqlite")
        reached = tr("%1, file %2").arg(info.server, info.database);
    else if (!info.database.isEmpty() && !info.user.isEmpty())
        reached = tr("%1, database %2 as %3").arg(info.server, info.database, info.user);
    if (auto r = readTable(cancel); !r)
        return asTargetError(r.error());
    if (!m_table) {
        if (!m_spec.createTable) {
            FERRY_TRY(tables, sqlTables(*m_connection, cancel));
            return missingTableError(tables);
        }
        info.rowCount = 0;
        info.notes.append(tr("the table does not exist yet: the first run creates it"));
        info.summary = tr("%1: table %2 (not created yet)").arg(reached, tableName());
        return info;
    }
    info.columns = m_table->columnNames();
    QSqlQuery count(m_connection->database());
    if (!sqlExec(count, *m_connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table()), cancel) || !count.next())
        return asTargetError(sqlQueryError(count.lastError(), describe(), TableField, cancel));
    info.rowCount = count.value(0).toLongLong();
    FERRY_TRY(unique, keyIsUnique());
    if (!unique)
        info.notes.append(keyNotUniqueError().message);
    info.summary = tr("%1: table %2 holds %3 record(s) of %4", nullptr, pluralCount(info.rowCount))
                       .arg(reached, tableName())
                       .arg(info.rowCount)
                       .arg(tr("%n column(s)", nullptr, static_cast<int>(info.columns.size())));
    return info;
}

Result<SchemaInfo> SqlTable::discover(const std::atomic_bool *cancel)
{
    SchemaInfo schema;
    if (fileMissing() && m_spec.createTable)
        return schema; // nothing there yet
    if (auto r = connect(); !r)
        return r.error();
    FERRY_TRY(tables, sqlTables(*m_connection, cancel));
    schema.tables = std::move(tables);
    if (auto r = readTable(cancel); !r)
        return asTargetError(r.error());
    if (m_table)
        schema.current = m_table->qualifiedName();
    return schema;
}

Result<RecordSet> SqlTable::sample(qsizetype n, const std::atomic_bool *cancel)
{
    RecordSet out;
    if (fileMissing() && m_spec.createTable)
        return out;
    if (auto r = connect(); !r)
        return r.error();
    if (auto r = readTable(cancel); !r)
        return asTargetError(r.error());
    if (!m_table) {
        if (m_spec.createTable)
            return out; // created on the first run
        FERRY_TRY(tables, sqlTables(*m_connection, cancel));
        return missingTableError(tables);
    }
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table());
    if (!m_key.isEmpty()) {
        QStringList order;
        for (const QString &k : m_key)
            if (m_table->column(k))
                order.append(m_dialect->quote(k));
        if (!order.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    }
    SqlSource reader(m_params, sql);
    auto rows = reader.sample(n, cancel);
    if (!rows)
        return asTargetError(rows.error());
    return rows;
}

Result<void> SqlTable::open()
{
    if (fileMissing() && m_spec.createTable)
        return {}; // the first write creates the file: a dry run writes nothing
    if (auto r = connect(); !r)
        return r;
    if (auto r = readTable(m_cancel); !r)
        return asTargetError(r.error());
    if (!m_table && !m_spec.createTable) {
        FERRY_TRY(tables, sqlTables(*m_connection, m_cancel));
        return missingTableError(tables);
    }
    return {};
}

Result<TargetSnapshot> SqlTable::index(const QStringList &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        for (qsizetype j = i + 1; j < columns.size(); ++j)
            if (columns[i] != columns[j] && m_dialect->sameColumn(columns[i], columns[j]))
                return Error{ErrorCode::InvalidConfig,
                             tr("the columns '%1' and '%2' are one column in this database, which ignores the case of "
                                "column names: rename one in the query or the mapping")
                                 .arg(columns[i], columns[j]),
                             describe()};
    TargetSnapshot snapshot;
    snapshot.columns = columns;
    snapshot.rows = RowSet(static_cast<int>(columns.size()));
    if (fileMissing() && m_spec.createTable)
        return snapshot;
    if (auto r = connect(); !r)
        return r.error();
    if (auto r = readTable(m_cancel); !r)
        return asTargetError(r.error());
    if (!m_table) {
        if (m_spec.createTable)
            return snapshot; // created by the first write
        FERRY_TRY(tables, sqlTables(*m_connection, m_cancel));
        return missingTableError(tables);
    }
    FERRY_TRY(unique, keyIsUnique());
    if (!unique)
        return keyNotUniqueError();
    QStringList select, order;
    for (const QString &c : columns) {
        const bool present = std::any_of(m_table->columns.begin(), m_table->columns.end(),
                                         [&](const ColumnInfo &t) { return m_dialect->sameColumn(t.name, c); });
        select.append(present ? m_dialect->quote(c) : QStringLiteral("NULL AS ") + m_dialect->quote(c));
    }
    // A stable order, so that the fingerprint of an unchanged table is the same on the next look.
    for (const QString &k : m_key)
        order.append(m_dialect->quote(k));
    if (order.isEmpty())
        for (qsizetype i = 1; i <= columns.size(); ++i)
            order.append(QString::number(i));
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(select.join(QStringLiteral(", ")), table(), order.join(QStringLiteral(", ")));
    SqlSource reader(m_params, sql);
    auto rows = reader.read(sql, m_cancel);
    if (!rows) {
        Error e = asTargetError(rows.error());
        if (e.code == ErrorCode::NotFound)
            e.message = tr("the table %1 no longer exists: check its name, or set create_table: true").arg(tableName());
        return e;
    }
    snapshot.rows = std::move(rows->rows);
    snapshot.ids.resize(static_cast<size_t>(snapshot.rows.size()));
    for (size_t i = 0; i < snapshot.ids.size(); ++i)
        snapshot.ids[i] = static_cast<qint64>(i); // rows are addressed by key; the position is their id
    return snapshot;
}

Result<void> SqlTable::prepareTable(const Plan &plan)
{
    if (m_prepared)
        return {}; // once per run: a table dropped later shows as the next write's error
    if (auto r = connect(); !r)
        return r;
    if (auto r = readTable(m_cancel); !r)
        return asTargetError(r.error());
    const QStringList &columns = plan.columns;
    QStringList missing;
    if (m_table) {
        for (const QString &c : columns)
            if (std::none_of(m_table->columns.begin(), m_table->columns.end(),
                             [&](const ColumnInfo &t) { return m_dialect->sameColumn(t.name, c); }))
                missing.append(c);
        if (missing.isEmpty()) {
            m_prepared = true;
            return {};
        }
        if (!m_spec.createTable)
            return Error{ErrorCode::InvalidConfig,
                         tr("the table %1 lacks the column(s) %2: add them, or set create_table: true to let Ferry "
                            "add them")
                             .arg(tableName(), missing.join(QStringLiteral(", "))),
                         describe(), TableField};
    } else if (!m_spec.createTable) {
        return Error{ErrorCode::NotFound,
                     tr("the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; "
                        "restore it, or set create_table: true to let Ferry create it anew")
                         .arg(tableName()),
                     describe(), TableField};
    }
    // Column types from the values the run writes.
    QList<SqlColumnShape> shapes(columns.size());
    for (int k : plan.keyColumns)
        shapes[k].key = true;
    const RowSet &rows = plan.source->rows;
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns.size(); ++c)
            shapes[c].add(rows, r, c);
    QSqlQuery q(m_connection->database());
    if (!m_table) {
        QStringList key;
        for (int k : plan.keyColumns)
            key.append(columns[k]);
        // Not "IF NOT EXISTS": a table someone else made since the plan was read must not be written blind.
        const QString sql = m_dialect->createTable(table(), columns, shapes, key);
        if (!q.exec(sql))
            return Error{ErrorCode::Io,
                         tr("cannot create the table %1: %2").arg(tableName(), serverText(q.lastError())), describe(),
                         TableField};
        RunEvents::info(lcSql, tr("created table %1").arg(tableName()));
    } else {
        for (const QString &c : missing) {
            const qsizetype i = columns.indexOf(c);
            if (!q.exec(m_dialect->addColumn(table(), c, shapes[i])))
                return Error{ErrorCode::Io, tr("cannot add the column %1: %2").arg(c, serverText(q.lastError())),
                             describe(), TableField};
            RunEvents::info(lcSql, tr("added column %1 to table %2").arg(c, tableName()));
        }
    }
    m_statements.clear(); // statements prepared against the old table
    m_prepared = true;
    return readTable(m_cancel);
}

QSqlQuery *SqlTable::statement(const QString &sql, QSqlError *error)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    if (m_statements.size() > 8) // one per statement size; a run uses two or three
        m_statements.clear();
    auto q = std::make_unique<QSqlQuery>(m_connection->database());
    if (!q->prepare(sql)) {
        *error = q->lastError();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

Error SqlTable::writeError(const QSqlError &error, const QString &rowKey) const
{
    if (cancelled(m_cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled: nothing of this batch was written"), describe()};
    const QString text = serverText(error);
    const QString code = error.nativeErrorCode();
    const QString row = rowKey.isEmpty() ? QString() : tr("row %1: ").arg(rowKey);
    if (error.type() == QSqlError::ConnectionError || code == u"2006" || code == u"2013" || code == u"08006" ||
        has(text, "server closed the connection") || has(text, "gone away") || has(text, "Lost connection"))
        return Error{ErrorCode::Connection,
                     tr("the connection to the database broke while writing (%1): nothing of this batch was written; "
                        "the next run writes it")
                         .arg(text),
                     describe(), QStringLiteral("target.host")};
    if (code == u"42P01" || code == u"1146" || code == u"208" || has(text, "no such table") ||
        (has(text, "relation \"") && has(text, "does not exist")) || has(text, "doesn't exist"))
        return Error{ErrorCode::NotFound,
                     tr("the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; "
                        "restore it, or set create_table: true to let Ferry create it anew (%2)")
                         .arg(tableName(), text),
                     describe(), TableField};
    if (code == u"42501" || code == u"1142" || code == u"229" || has(text, "permission denied") ||
        has(text, "command denied"))
        return Error{ErrorCode::Auth,
                     tr("the database user may not write to the table %1 (%2): grant INSERT, UPDATE and DELETE, or "
                        "connect as another user")
                         .arg(tableName(), text),
                     describe(), QStringLiteral("target.username")};
    if (code == u"42P10" || has(text, "no unique or exclusion constraint"))
        return keyNotUniqueError();
    // The value a column refuses: too long, NULL in a NOT NULL column, out of range, of the wrong type.
    return Error{ErrorCode::Server,
                 tr("%1the database refused the change (%2): nothing of this batch was written; fix the value in the "
                    "source, or the column (its type, length or NOT NULL), then run again")
                     .arg(row, text),
                 describe(), TableField};
}

std::unique_ptr<TargetBatch> SqlTable::newBatch(const Plan &plan)
{
    return std::make_unique<SqlTableBatch>(*this, plan);
}

} // namespace Ferry
