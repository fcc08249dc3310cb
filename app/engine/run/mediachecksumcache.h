// Remembers the md5 of a job's local file-column files by path, size and modification time
// (<state dir>/media-checksums.sqlite), so an unchanged file already in Fliplet media is not read again on the
// next run. An entry is trusted only when the file's time is the recorded one, its size too, and it was
// hashed at least two seconds after that time (a file written twice within the clock's granularity, the same
// size both times, would otherwise look unchanged). Any problem with the cache only means files are read.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

#include <optional>
#include <vector>

namespace Ferry {

class MediaChecksumCache final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::MediaChecksumCache)
public:
    MediaChecksumCache(QString stateDir, QString jobId);
    ~MediaChecksumCache();
    Q_DISABLE_COPY_MOVE(MediaChecksumCache)

    // The md5 remembered for this file as it is now, or nothing (not remembered, changed, or too recent).
    std::optional<QByteArray> lookup(const QFileInfo &file);
    // Notes a file just hashed; remember() writes what was noted (apply only: a preview writes nothing).
    void note(const QFileInfo &file, const QByteArray &md5);
    void remember();

private:
    bool open(bool create);

    struct Entry
    {
        QString path;
        qint64 size;
        qint64 mtimeMs;
        qint64 hashedAtMs;
        QByteArray md5;
    };
    QString m_file;
    QString m_jobId;
    QString m_connection;
    bool m_opened = false;
    std::vector<Entry> m_noted;
};

} // namespace Ferry
