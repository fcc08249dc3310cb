#include "sqlitetable.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "sqlintrospection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace Ferry {

namespace {

const QString PathField = QStringLiteral("target.path");
const QString TableField = QStringLiteral("target.table");

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

char asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char>(c - u'A' + u'a') : static_cast<char>(c);
}

// SQLite's identifier rule: equal ignoring the case of ASCII letters only ("Name" is "name", "É" is not "é").
bool sameColumnName(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x != y && (x >= 0x80 || y >= 0x80 || asciiLower(x) != asciiLower(y)))
            return false;
    }
    return true;
}

bool hasColumn(const QStringList &columns, const QString &name)
{
    return std::any_of(columns.cbegin(), columns.cend(), [&](const QString &c) { return sameColumnName(c, name); });
}
} // namespace

QString sqlIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

class SqliteTableBatch final : public TargetBatch
{
public:
    SqliteTableBatch(SqliteTable &target, const Plan &plan) : m_target(target), m_plan(plan), m_columns(plan.columns)
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
        if (auto r = m_target.prepareTable(m_columns); !r)
            return r.error();
        QSqlDatabase db = m_target.m_connection->database();
        const QString table = sqlIdentifier(m_target.m_spec.table);
        QStringList names, marks, sets;
        for (const QString &c : m_columns) {
            names.append(sqlIdentifier(c));
            marks.append(QStringLiteral("?"));
            sets.append(sqlIdentifier(c) + QStringLiteral(" = ?"));
        }
        if (!db.transaction())
            return failure(db.lastError().text());
        QSqlQuery insert(db), update(db), remove(db);
        bool ok =
            insert.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u','))) &&
            update.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(table, sets.join(QStringLiteral(", ")))) &&
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
        QString error = ok ? QString() : insert.lastError().text() + update.lastError().text();
        for (const Change *c : m_changes) {
            if (!ok)
                break;
            QSqlQuery *q = c->action == ChangeAction::Insert   ? &insert
                           : c->action == ChangeAction::Update ? &update
                                                               : &remove;
            if (c->action != ChangeAction::Delete)
                for (int i = 0; i < m_columns.size(); ++i)
                    q->addBindValue(m_plan.source->rows.bindValue(c->sourceRow, i));
            if (c->action != ChangeAction::Insert)
                q->addBindValue(m_plan.remoteId(*c));
            ok = q->exec();
            if (!ok)
                error = SqliteTable::tr("row %1: %2").arg(m_plan.key(*c), q->lastError().text());
            else if (m_target.m_reportIds) // the record's rowid, the id updates and deletes address it by
                m_outcomes.push_back(RowOutcome{false,
                                                {},
                                                c->action == ChangeAction::Insert
                                                    ? QString::number(insert.lastInsertId().toLongLong())
                                                    : m_plan.remoteIdText(*c)});
        }
        if (!ok) {
            db.rollback();
            m_outcomes.clear();
            return failure(error);
        }
        if (!db.commit()) {
            m_outcomes.clear();
            return failure(db.lastError().text());
        }
        return {};
    }

    const std::vector<RowOutcome> *outcomes() const override
    {
        return m_target.m_reportIds && m_outcomes.size() == m_changes.size() ? &m_outcomes : nullptr;
    }

private:
    Error failure(const QString &text) const
    {
        return Error{ErrorCode::Io,
                     SqliteTable::tr("writing to the table failed, nothing of this batch was applied: %1").arg(text),
                     m_target.describe()};
    }

    SqliteTable &m_target;
    const Plan &m_plan;
    QStringList m_columns;
    qsizetype m_maxRows;
    std::vector<const Change *> m_changes;
    std::vector<RowOutcome> m_outcomes; // Target::setReportIds(): each change's rowid
};

SqliteTable::SqliteTable(SqliteTargetSpec spec, const QString &baseDir)
    : m_spec(std::move(spec)), m_path(QDir(baseDir).absoluteFilePath(m_spec.path))
{}

SqliteTable::~SqliteTable() = default;

QString SqliteTable::describe() const
{
    return tr("SQLite table %1 in %2").arg(m_spec.table, m_path);
}

Capabilities SqliteTable::capabilities() const
{
    Capabilities c = Capability::BatchCommit | Capability::Delete | Capability::CreateTable | Capability::TypedColumns |
                     Capability::LimitedSample;
    if (SqlInterrupt::supported(QStringLiteral("sqlite")))
        c |= Capability::Interrupt;
    return c;
}

Result<std::unique_ptr<SqlConnection>> SqliteTable::openForReading() const
{
    if (!QFileInfo(m_path).isFile())
        return Error{ErrorCode::NotFound,
                     QFileInfo::exists(m_path) ? tr("the target database path is not a file: check the path")
                                               : tr("the target database file does not exist: check the path, or set "
                                                    "create_table: true to let Ferry create it"),
                     m_path, PathField};
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = m_path;
    auto connection = SqlConnection::open(p, /*readOnly=*/true);
    if (!connection) {
        Error e = connection.error();
        e.field = PathField;
        return e;
    }
    return connection;
}

Result<ConnectionInfo> SqliteTable::test(const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    ConnectionInfo info;
    info.database = m_path;
    info.object = m_spec.table;
    if (!QFileInfo::exists(m_path) && m_spec.createTable) {
        info.server = QStringLiteral("SQLite");
        info.rowCount = 0;
        info.notes.append(tr("the database file does not exist yet: the first run creates it"));
        info.summary = tr("SQLite, file %1 (not created yet)").arg(m_path);
        return info;
    }
    FERRY_TRY(connection, openForReading());
    if (!QFileInfo(m_path).isWritable())
        return Error{ErrorCode::Io, tr("Ferry may not write to the target database file: check its permissions"),
                     m_path, PathField};
    const SqlServerInfo server = sqlServerInfo(*connection);
    info.server = server.server;
    QSqlQuery q(connection->database());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(sqlIdentifier(m_spec.table))))
        return Error{ErrorCode::Io, tr("cannot read the table's columns: %1").arg(q.lastError().text()), describe(),
                     TableField};
    while (q.next())
        info.columns.append(q.value(1).toString());
    if (info.columns.isEmpty()) {
        if (!m_spec.createTable) {
            FERRY_TRY(tables, sqlTables(*connection, cancel));
            QStringList names;
            for (const TableInfo &t : tables)
                if (!t.view)
                    names.append(t.name);
            return Error{ErrorCode::NotFound,
                         names.isEmpty()
                             ? tr("the table %1 does not exist, and the file has no tables: create it, or set "
                                  "create_table: true")
                                   .arg(m_spec.table)
                             : tr("the table %1 does not exist (the file has %2): check its name, or set "
                                  "create_table: true")
                                   .arg(m_spec.table, names.join(QStringLiteral(", "))),
                         describe(), TableField};
        }
        info.rowCount = 0;
        info.notes.append(tr("the table does not exist yet: the first run creates it"));
        info.summary = tr("%1, file %2: table %3 (not created yet)").arg(info.server, m_path, m_spec.table);
        return info;
    }
    QSqlQuery count(connection->database());
    if (!sqlExec(count, *connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(sqlIdentifier(m_spec.table)),
                 cancel) ||
        !count.next()) {
        Error e = sqlQueryError(count.lastError(), describe(), TableField, cancel);
        return e;
    }
    info.rowCount = count.value(0).toLongLong();
    info.summary = tr("%1, file %2: table %3 holds %4 record(s) of %5", nullptr,
                      static_cast<int>(std::min<qint64>(info.rowCount, INT_MAX)))
                       .arg(info.server, m_path, m_spec.table)
                       .arg(info.rowCount)
                       .arg(tr("%n column(s)", nullptr, static_cast<int>(info.columns.size())));
    return info;
}

Result<SchemaInfo> SqliteTable::discover(const std::atomic_bool *cancel)
{
    SchemaInfo schema;
    if (!QFileInfo::exists(m_path) && m_spec.createTable)
        return schema; // nothing there yet
    FERRY_TRY(connection, openForReading());
    FERRY_TRY(tables, sqlTables(*connection, cancel));
    schema.tables = std::move(tables);
    if (schema.table(m_spec.table))
        schema.current = m_spec.table;
    return schema;
}

Result<RecordSet> SqliteTable::sample(qsizetype n, const std::atomic_bool *cancel)
{
    RecordSet out;
    if (!QFileInfo::exists(m_path) && m_spec.createTable)
        return out; // nothing there yet
    FERRY_TRY(connection, openForReading());
    QSqlQuery q(connection->database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY rowid LIMIT %2")
                            .arg(sqlIdentifier(m_spec.table))
                            .arg(std::max<qsizetype>(n, 0));
    if (!sqlExec(q, *connection, sql, cancel)) {
        Error e = sqlQueryError(q.lastError(), describe(), TableField, cancel);
        if (e.code == ErrorCode::NotFound && m_spec.createTable)
            return out; // created on the first run
        if (e.code == ErrorCode::NotFound)
            e.message = tr("the table %1 does not exist: check its name, or set create_table: true").arg(m_spec.table);
        return e;
    }
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        out.columns.append(record.fieldName(i));
    out.rows = RowSet(static_cast<int>(out.columns.size()));
    while (q.next()) {
        out.rows.beginRow();
        for (int i = 0; i < out.columns.size(); ++i)
            out.rows.addVariant(q.value(i));
        out.rows.endRow();
        if ((out.rows.size() & 0xfff) == 0 && cancelled(cancel))
            return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    }
    return out;
}

Result<void> SqliteTable::open()
{
    if (!QFileInfo::exists(m_path) && !m_spec.createTable)
        return Error{ErrorCode::Connection,
                     tr("the target database file does not exist: check the path, or set create_table: true"), m_path,
                     PathField};
    // A file that does not exist yet is created by the first write, never here: a dry run writes nothing.
    if (!QFileInfo::exists(m_path))
        return {};
    if (auto r = connect(); !r)
        return r;
    if (auto r = readColumns(); !r)
        return r;
    if (m_existingColumns.isEmpty() && !m_spec.createTable)
        return Error{ErrorCode::InvalidConfig,
                     tr("the table does not exist: create it, or set create_table: true in the job"), describe(),
                     TableField};
    return {};
}

Result<void> SqliteTable::connect()
{
    if (m_connection)
        return {};
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = m_path;
    auto connection = SqlConnection::open(p, /*readOnly=*/false);
    if (!connection) {
        Error e = connection.error();
        e.field = PathField;
        return e;
    }
    m_connection = std::move(connection).value();
    return {};
}

Result<void> SqliteTable::readColumns()
{
    // Read every time: another process may have created or altered the table since this one looked.
    m_existingColumns.clear();
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(sqlIdentifier(m_spec.table))))
        return Error{ErrorCode::Io, tr("cannot read the table's columns: %1").arg(q.lastError().text()), describe()};
    while (q.next())
        m_existingColumns.append(q.value(1).toString());
    return {};
}

Result<TargetSnapshot> SqliteTable::index(const QStringList &columns)
{
    // Checked here, before any run plans: SQLite could not hold both columns.
    for (qsizetype i = 0; i < columns.size(); ++i)
        for (qsizetype j = i + 1; j < columns.size(); ++j)
            if (sameColumnName(columns[i], columns[j]))
                return Error{ErrorCode::InvalidConfig,
                             tr("the columns '%1' and '%2' are one column in SQLite, which ignores the case of "
                                "column names: rename one in the query or the mapping")
                                 .arg(columns[i], columns[j]),
                             describe()};
    TargetSnapshot snapshot;
    snapshot.columns = columns;
    snapshot.rows = RowSet(static_cast<int>(columns.size()));
    if (!m_connection && QFileInfo::exists(m_path))
        if (auto r = connect(); !r)
            return r.error();
    if (!m_connection)
        return snapshot; // the file is created on the first write
    if (auto r = readColumns(); !r)
        return r.error();
    if (m_existingColumns.isEmpty())
        return snapshot; // created on first write
    QStringList select{QStringLiteral("rowid")};
    QList<bool> present;
    for (const QString &c : columns) {
        present.append(hasColumn(m_existingColumns, c));
        if (present.back())
            select.append(sqlIdentifier(c));
    }
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(select.join(u','), sqlIdentifier(m_spec.table))))
        return Error{ErrorCode::Io, tr("cannot read the table: %1").arg(q.lastError().text()), describe()};
    while (q.next()) {
        snapshot.ids.push_back(q.value(0).toLongLong());
        int field = 1;
        snapshot.rows.beginRow();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (present[i])
                snapshot.rows.addVariant(q.value(field++));
            else
                snapshot.rows.addNull();
        }
        snapshot.rows.endRow();
    }
    return snapshot;
}

Result<void> SqliteTable::prepareTable(const QStringList &columns)
{
    if (!m_connection) {
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return Error{ErrorCode::Io, tr("cannot create the folder of the target database"), m_path, PathField};
        if (auto r = connect(); !r)
            return r;
        if (auto r = readColumns(); !r)
            return r;
    }
    QSqlQuery q(m_connection->database());
    if (m_existingColumns.isEmpty()) {
        QStringList defs;
        for (const QString &c : columns)
            defs.append(sqlIdentifier(c));
        // Not "IF NOT EXISTS": a table someone else made since the plan was read must not be written blind.
        if (!q.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                        .arg(sqlIdentifier(m_spec.table), defs.join(QStringLiteral(", ")))))
            return Error{ErrorCode::Io, tr("cannot create the table: %1").arg(q.lastError().text()), describe()};
        m_existingColumns = columns;
        RunEvents::info(lcSqliteTarget, tr("created table %1").arg(m_spec.table));
        return {};
    }
    QStringList missing;
    for (const QString &c : columns)
        if (!hasColumn(m_existingColumns, c))
            missing.append(c);
    if (missing.isEmpty())
        return {};
    if (!m_spec.createTable)
        return Error{ErrorCode::InvalidConfig,
                     tr("the table lacks the column(s) %1: add them, or set create_table: true to let Ferry add them")
                         .arg(missing.join(QStringLiteral(", "))),
                     describe()};
    for (const QString &c : missing) {
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(sqlIdentifier(m_spec.table), sqlIdentifier(c))))
            return Error{ErrorCode::Io, tr("cannot add column %1: %2").arg(c, q.lastError().text()), describe()};
        m_existingColumns.append(c);
    }
    return {};
}

std::unique_ptr<TargetBatch> SqliteTable::newBatch(const Plan &plan)
{
    return std::make_unique<SqliteTableBatch>(*this, plan);
}

} // namespace Ferry
