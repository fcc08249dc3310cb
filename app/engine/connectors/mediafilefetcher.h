// Reads the files of a Fliplet target's file columns: local paths (absolute, or relative to the column's
// directory, itself relative to the job's folder) and remote URLs, fetched with the column's own headers on
// a client of their own that never carries the Fliplet token.
#pragma once

#include "core/result.h"
#include "httpclient.h"
#include "job/flipletfilecolumn.h"
#include "job/jobspec.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Ferry {

struct FetchedFile
{
    QString name;     // as Fliplet Agent names it: the path's file name, or the URL's plus the type's extension
    QString location; // the absolute path, or the URL without its query, for messages
    QByteArray bytes;
    QByteArray md5; // lower-case hex
};

class MediaFileFetcher final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::MediaFileFetcher)
public:
    // baseDir: the job file's folder (relative directories start there); empty: the working directory.
    MediaFileFetcher(QString baseDir, RetrySpec retry, const std::atomic_bool *cancel);
    Q_DISABLE_COPY_MOVE(MediaFileFetcher)

    // The file a cell names. Errors say what is wrong with the path or URL (the caller names row and column).
    Result<FetchedFile> fetch(const FlipletFileColumn &column, const QString &value);

    // Files larger than this are refused (512 MiB; Fliplet media takes far less). Tests set a smaller limit.
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    // Where a local value points (absolute, cleaned).
    QString localPath(const FlipletFileColumn &column, const QString &value) const;
    // Whether a local path (as localPath() gives it) lies in the column's directory, when the column has one. A
    // path outside it is refused: rows name files in the directory, not any file of the computer.
    bool insideDirectory(const FlipletFileColumn &column, const QString &path) const;

private:
    QString columnDirectory(const FlipletFileColumn &column) const; // absolute, cleaned; empty: none
    Result<FetchedFile> fetchLocal(const FlipletFileColumn &column, const QString &value);
    Result<FetchedFile> fetchRemote(const FlipletFileColumn &column, const QString &value);

    QString m_baseDir;
    HttpClient m_http; // no Fliplet header is ever added to its requests
    qint64 m_maxFileBytes = qint64(512) << 20;
};

} // namespace Ferry
