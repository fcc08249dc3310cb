#include "mediafilefetcher.h"

#include "flipletmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace Ferry {

MediaFileFetcher::MediaFileFetcher(QString baseDir, RetrySpec retry, const std::atomic_bool *cancel)
    : m_baseDir(std::move(baseDir)), m_http(retry, cancel)
{}

QString MediaFileFetcher::localPath(const FlipletFileColumn &column, const QString &value) const
{
    QString path = value.trimmed();
    if (path.startsWith(u"file://"))
        path = QUrl(path).toLocalFile();
    const QString dir = columnDirectory(column);
    if (dir.isEmpty()) {
        if (QDir::isAbsolutePath(path))
            return QDir::cleanPath(path);
        return QDir::cleanPath(QDir(m_baseDir.isEmpty() ? QDir::currentPath() : m_baseDir).absoluteFilePath(path));
    }
    // With a directory, a path is joined to it as Fliplet Agent joins them (path.join), unless it is already a
    // full path into the directory.
    if (QDir::isAbsolutePath(path) && insideDirectory(column, QDir::cleanPath(path)))
        return QDir::cleanPath(path);
    return QDir::cleanPath(dir + u'/' + path);
}

QString MediaFileFetcher::columnDirectory(const FlipletFileColumn &column) const
{
    if (column.directory.trimmed().isEmpty())
        return {};
    QString dir = column.directory;
    if (QDir::isRelativePath(dir))
        dir = QDir(m_baseDir.isEmpty() ? QDir::currentPath() : m_baseDir).absoluteFilePath(dir);
    return QDir::cleanPath(dir);
}

bool MediaFileFetcher::insideDirectory(const FlipletFileColumn &column, const QString &path) const
{
    const QString dir = columnDirectory(column);
    if (dir.isEmpty())
        return true;
    return path == dir || path.startsWith(dir.endsWith(u'/') ? dir : dir + u'/');
}

Result<FetchedFile> MediaFileFetcher::fetch(const FlipletFileColumn &column, const QString &value)
{
    return column.type == FlipletFileColumn::Type::Remote ? fetchRemote(column, value) : fetchLocal(column, value);
}

Result<FetchedFile> MediaFileFetcher::fetchLocal(const FlipletFileColumn &column, const QString &value)
{
    FetchedFile out;
    out.location = localPath(column, value);
    if (!insideDirectory(column, out.location))
        // A column with a directory holds names of files in it: a row cannot send any other file of the computer.
        return Error{ErrorCode::InvalidConfig,
                     tr("the path %1 leads out of the column's directory %2: fix the path in the row, or remove the "
                        "column's directory if its rows hold full paths")
                         .arg(value.trimmed(), columnDirectory(column)),
                     {}};
    const QFileInfo info(out.location);
    if (!info.exists())
        return Error{
            ErrorCode::NotFound,
            tr("the file %1 does not exist: fix the path in the row, or the column's directory").arg(out.location),
            {}};
    if (!info.isFile())
        return Error{ErrorCode::InvalidConfig, tr("%1 is not a file").arg(out.location), {}};
    if (info.size() > m_maxFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     tr("the file %1 is larger than %2 MiB, which Ferry does not upload")
                         .arg(out.location)
                         .arg(m_maxFileBytes >> 20),
                     {}};
    QFile file(out.location);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("cannot read the file %1 (%2): check its permissions").arg(out.location, file.errorString()),
                     {}};
    out.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Io, tr("reading the file %1 failed (%2)").arg(out.location, file.errorString()), {}};
    out.name = info.fileName();
    out.md5 = md5Hex(out.bytes);
    return out;
}

Result<FetchedFile> MediaFileFetcher::fetchRemote(const FlipletFileColumn &column, const QString &value)
{
    FetchedFile out;
    out.location = value.trimmed();
    const QUrl url(out.location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("'%1' is not an http:// or https:// URL (a remote file column holds URLs; use type: local for "
                        "paths)")
                         .arg(out.location),
                     {}};
    // Messages show the URL without its query and user info: a signed download link's signature stays out of
    // logs and the run history.
    out.location = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    HttpRequest r;
    r.url = url;
    // Only the column's own headers: this client never carries the Fliplet token.
    for (const auto &[name, headerValue] : column.headers)
        r.headers.append({name.toUtf8(), headerValue.toUtf8()});
    if (auto ok = checkHeaders(r); !ok)
        return ok.error();
    // A download link often redirects to another site (a CDN, signed storage): followed, without the headers.
    r.redirectsWithoutHeaders = true;
    r.maxBodyBytes = m_maxFileBytes;
    auto sent = m_http.send(r);
    if (!sent) {
        if (sent.error().code == ErrorCode::Cancelled)
            return sent.error();
        return Error{sent.error().code, tr("downloading %1 failed: %2").arg(out.location, sent.error().message), {}};
    }
    const HttpResponse &response = *sent;
    if (response.status < 200 || response.status > 299)
        return Error{response.status == 404 ? ErrorCode::NotFound : ErrorCode::Server,
                     response.status == 401 || response.status == 403
                         ? tr("the file's host refused %1: HTTP %2; set the headers it needs (headers: in the file "
                              "column)")
                               .arg(out.location)
                               .arg(response.status)
                         : tr("downloading %1 failed: HTTP %2").arg(out.location).arg(response.status),
                     {}};
    out.bytes = response.body;
    out.md5 = md5Hex(out.bytes);
    // The URL's last path segment, plus the extension its Content-Type has (when the name lacks it).
    QString name = QFileInfo(url.path()).fileName();
    if (name.isEmpty())
        name = QStringLiteral("file");
    QString type = QString::fromLatin1(response.header("Content-Type")).section(u';', 0, 0).trimmed().toLower();
    if (!type.isEmpty()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForName(type);
        const QString suffix = mime.isValid() ? mime.preferredSuffix() : QString();
        if (!suffix.isEmpty() && !mime.suffixes().contains(QFileInfo(name).suffix().toLower()))
            name += u'.' + suffix;
    }
    out.name = name;
    return out;
}

} // namespace Ferry
