#include "mediachecksumcache.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Ferry {

namespace {
constexpr qint64 RacyMs = 2000;
std::atomic<int> connections{0};
} // namespace

MediaChecksumCache::MediaChecksumCache(QString stateDir, QString jobId)
    : m_file(stateDir.isEmpty() ? QString() : QDir(stateDir).filePath(QStringLiteral("media-checksums.sqlite"))),
      m_jobId(std::move(jobId)), m_connection(QStringLiteral("ferry-media-checksums-%1").arg(++connections))
{}

MediaChecksumCache::~MediaChecksumCache()
{
    if (m_opened) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool MediaChecksumCache::open(bool create)
{
    if (m_opened)
        return true;
    if (m_file.isEmpty() || (!create && !QFileInfo::exists(m_file)))
        return false;
    if (create && !QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_file);
        if (db.open()) {
            QSqlQuery q(db);
            m_opened = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS checksums (job_id TEXT NOT NULL, "
                                             "path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, "
                                             "hashed_at_ms INTEGER NOT NULL, md5 TEXT NOT NULL, "
                                             "PRIMARY KEY (job_id, path))"));
            if (!m_opened)
                qCDebug(lcEngine).noquote() << "media checksum cache:" << q.lastError().text();
        }
    }
    if (!m_opened)
        QSqlDatabase::removeDatabase(m_connection);
    else
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return m_opened;
}

std::optional<QByteArray> MediaChecksumCache::lookup(const QFileInfo &file)
{
    if (!open(false))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT size, mtime_ms, hashed_at_ms, md5 FROM checksums WHERE job_id = ? AND path = ?"));
    q.addBindValue(m_jobId);
    q.addBindValue(file.absoluteFilePath());
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 mtime = file.lastModified().toMSecsSinceEpoch();
    if (q.value(0).toLongLong() != file.size() || q.value(1).toLongLong() != mtime ||
        q.value(2).toLongLong() < mtime + RacyMs)
        return std::nullopt;
    const QByteArray md5 = q.value(3).toString().toLatin1();
    if (md5.size() != 32)
        return std::nullopt;
    return md5;
}

void MediaChecksumCache::note(const QFileInfo &file, const QByteArray &md5)
{
    m_noted.push_back(Entry{file.absoluteFilePath(), file.size(), file.lastModified().toMSecsSinceEpoch(),
                            QDateTime::currentMSecsSinceEpoch(), md5});
}

void MediaChecksumCache::remember()
{
    if (m_noted.empty() || !open(true))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO checksums (job_id, path, size, mtime_ms, hashed_at_ms, md5) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Entry &e : m_noted) {
        q.addBindValue(m_jobId);
        q.addBindValue(e.path);
        q.addBindValue(e.size);
        q.addBindValue(e.mtimeMs);
        q.addBindValue(e.hashedAtMs);
        q.addBindValue(QString::fromLatin1(e.md5));
        if (!q.exec())
            qCDebug(lcEngine).noquote() << "media checksum cache:" << q.lastError().text();
    }
    db.commit();
    m_noted.clear();
}

} // namespace Ferry
