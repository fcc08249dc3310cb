#include "mediafilefetcher.h"

#include "flipletmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace Ferry {

namespace {

// Files larger than this are refused rather than read into memory (Fliplet media takes far less).
constexpr qint64 MaxFileBytes = qint64(512) << 20;

} // namespace

MediaFileFetcher::MediaFileFetcher(QString baseDir, RetrySpec retry, const std::atomic_bool *cancel)
    : m_baseDir(std::move(baseDir)), m_http(retry, cancel)
{}

QString MediaFileFetcher::localPath(const FlipletFileColumn &column, const QString &value) const
{
    QString path = value.trimmed();
    if (path.startsWith(u"file://"))
        path = QUrl(path).toLocalFile();
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    QString dir = column.directory;
    if (dir.isEmpty() || QDir::isRelativePath(dir))
        dir = QDir(m_baseDir.isEmpty() ? QDir::currentPath() : m_baseDir).absoluteFilePath(dir);
    return QDir::cleanPath(QDir(dir).absoluteFilePath(path));
}

Result<FetchedFile> MediaFileFetcher::fetch(const FlipletFileColumn &column, const QString &value)
{
    return column.type == FlipletFileColumn::Type::Remote ? fetchRemote(column, value) : fetchLocal(column, value);
}

Result<FetchedFile> MediaFileFetcher::fetchLocal(const FlipletFileColumn &column, const QString &value)
{
    FetchedFile out;
    out.location = localPath(column, value);
    const QFileInfo info(out.location);
    if (!info.exists())
        return Error{
            ErrorCode::NotFound,
            tr("the file %1 does not exist: fix the path in the row, or the column's directory").arg(out.location),
            {}};
    if (!info.isFile())
        return Error{ErrorCode::InvalidConfig, tr("%1 is not a file").arg(out.location), {}};
    if (info.size() > MaxFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     tr("the file %1 is larger than %2 MiB, which Ferry does not upload")
                         .arg(out.location)
                         .arg(MaxFileBytes >> 20),
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
    FERRY_TRY(response, m_http.send(r));
    if (response.status < 200 || response.status > 299)
        return Error{response.status == 404 ? ErrorCode::NotFound : ErrorCode::Server,
                     response.status == 401 || response.status == 403
                         ? tr("the file's host refused %1: HTTP %2; set the headers it needs (headers: in the file "
                              "column)")
                               .arg(out.location)
                               .arg(response.status)
                         : tr("downloading %1 failed: HTTP %2").arg(out.location).arg(response.status),
                     {}};
    if (response.body.size() > MaxFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     tr("the file at %1 is larger than %2 MiB, which Ferry does not upload")
                         .arg(out.location)
                         .arg(MaxFileBytes >> 20),
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
