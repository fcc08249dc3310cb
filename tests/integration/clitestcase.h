// Helpers for end-to-end tests of ferry-cli: a SQLite source the test edits, job files, and runs of the
// real binary (asynchronously, so the in-process emulator keeps answering).
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace Ferry::Testing {

struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.split('\n').value(0)).object(); }
};

inline CliResult runCli(const QStringList &args, const QProcessEnvironment &env,
                        const std::function<void(QProcess &)> &started = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FERRY_CLI), args);
    if (!process.waitForStarted())
        return {};
    if (started)
        started(process);
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(180000))
        process.kill();
    CliResult r;
    r.exitCode = process.exitCode();
    r.exitStatus = process.exitStatus();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// A SQLite database with a users table, opened on a connection of its own.
class SourceDb
{
public:
    explicit SourceDb(const QString &path) : m_name(QStringLiteral("source-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS users (id INTEGER, email TEXT, full_name TEXT, "
                            "updated_at TEXT, deleted_at TEXT)"));
    }
    ~SourceDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    void addUsers(int from, int to)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO users VALUES (?, ?, ?, ?, NULL)"));
        for (int i = from; i <= to; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("user%1@example.invalid").arg(i));
            q.addBindValue(QStringLiteral("User %1").arg(i));
            q.addBindValue(QStringLiteral("2024-01-01 00:00:00"));
            q.exec();
        }
        db.commit();
    }

private:
    QString m_name;
};

} // namespace Ferry::Testing
