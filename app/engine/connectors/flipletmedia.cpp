#include "flipletmedia.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "flipletdatasource.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Ferry {

namespace {

qint64 idOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 id = v.toString().toLongLong(&ok);
    return ok ? id : 0;
}

// A quoted-string parameter of Content-Disposition: quotes and line breaks cannot appear in it.
QByteArray dispositionName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('"', '_').replace('\r', '_').replace('\n', '_').replace('\\', '_');
    return out;
}

} // namespace

QByteArray md5Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

FlipletMedia::FlipletMedia(FlipletDataSource &api) : m_api(api) {}

Error FlipletMedia::malformed(const QString &request, const QString &what) const
{
    return Error{ErrorCode::Server,
                 tr("the answer to %1 is not what the Fliplet media API sends (%2): is %3 a Fliplet API server? "
                    "Check target.api_url (or FERRY_FLIPLET_API_URL)")
                     .arg(request, what, m_api.baseUrl()),
                 m_api.describe(), QStringLiteral("target.files")};
}

Result<QJsonObject> FlipletMedia::getJson(const QString &path, const QString &what)
{
    FERRY_TRY(response, m_api.get(path, false));
    if (response.status < 200 || response.status > 299)
        return m_api.httpError(response, what, FlipletDataSource::Call::Api);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("GET ") + path, parseError.error != QJsonParseError::NoError
                                                            ? parseError.errorString()
                                                            : tr("not a JSON object"));
    return doc.object();
}

Result<void> FlipletMedia::load()
{
    if (m_loaded)
        return {};
    if (auto ok = m_api.checkRequestable(); !ok)
        return ok.error();
    FERRY_TRY(orgs, getJson(QStringLiteral("v1/organizations/"), tr("listing the organizations (for media files)")));
    const QJsonValue list = orgs.value(u"organizations");
    if (!list.isArray())
        return malformed(QStringLiteral("GET v1/organizations/"), tr("no 'organizations' list"));
    if (list.toArray().isEmpty())
        return Error{ErrorCode::Auth,
                     tr("the Fliplet token belongs to no organization, so it cannot upload media files: use a token "
                        "of a user of the app's organization"),
                     m_api.describe(), QStringLiteral("target.auth_token")};
    m_organizationId = idOf(list.toArray().first().toObject().value(u"id"));
    if (m_organizationId <= 0)
        return malformed(QStringLiteral("GET v1/organizations/"), tr("the organization has no id"));

    FERRY_TRY(folderFound, findFolder());
    if (folderFound)
        if (auto ok = loadFiles(); !ok)
            return ok.error();
    m_loaded = true;
    RunEvents::info(lcFliplet, m_folderId > 0
                                   ? tr("media folder '%1' holds %n file(s) with a checksum", nullptr,
                                        static_cast<int>(m_files.size()))
                                         .arg(FolderName)
                                   : tr("no media folder '%1' yet: the first upload creates it").arg(FolderName));
    return {};
}

Result<bool> FlipletMedia::findFolder()
{
    const QString foldersPath = QStringLiteral("v1/media/?organizationId=%1").arg(m_organizationId);
    FERRY_TRY(folders, getJson(foldersPath, tr("listing the media folders")));
    const QJsonValue folderList = folders.value(u"folders");
    if (!folderList.isArray())
        return malformed(QStringLiteral("GET ") + foldersPath, tr("no 'folders' list"));
    for (const QJsonValue &v : folderList.toArray()) {
        const QJsonObject folder = v.toObject();
        if (folder.value(u"name").toString() != FolderName)
            continue;
        m_folderId = idOf(folder.value(u"id"));
        m_folderOrganizationId = idOf(folder.value(u"organizationId"));
        if (m_folderOrganizationId <= 0)
            m_folderOrganizationId = m_organizationId;
        return m_folderId > 0;
    }
    return false;
}

Result<void> FlipletMedia::loadFiles()
{
    const QString filesPath =
        QStringLiteral("v1/media?folderId=%1&organizationId=%2").arg(m_folderId).arg(m_folderOrganizationId);
    FERRY_TRY(files, getJson(filesPath, tr("listing the media folder '%1'").arg(FolderName)));
    const QJsonValue fileList = files.value(u"files");
    if (!fileList.isArray())
        return malformed(QStringLiteral("GET ") + filesPath, tr("no 'files' list"));
    for (const QJsonValue &v : fileList.toArray()) {
        const QJsonObject file = v.toObject();
        const MediaFile media{idOf(file.value(u"id")), file.value(u"url").toString()};
        if (media.id <= 0 || media.url.isEmpty())
            continue; // not a file Ferry could point a column at
        const QJsonObject metadata = file.value(u"metadata").toObject();
        for (const char16_t *key : {u"checksum", u"clientChecksum"}) {
            const QByteArray sum = metadata.value(QStringView(key)).toString().toLatin1().toLower();
            if (!sum.isEmpty() && !m_files.contains(sum))
                m_files.insert(sum, media);
        }
    }
    return {};
}

Result<std::optional<HttpResponse>> FlipletMedia::sendWrite(const HttpRequest &request, const QString &what,
                                                            const std::function<Result<bool>()> &landed)
{
    HttpClient &http = m_api.m_http;
    if (auto ok = checkHeaders(request); !ok)
        return ok.error();
    const auto cancelled = [&] { return Error{ErrorCode::Cancelled, tr("cancelled"), m_api.describe()}; };
    for (int attempt = 1;; ++attempt) {
        if (http.cancelled())
            return cancelled();
        const HttpOutcome outcome = http.sendOnce(request);
        if (outcome.networkError && http.cancelled())
            return cancelled();
        const int status = outcome.response.status;
        if (!outcome.networkError && status >= 200 && status <= 299)
            return std::optional<HttpResponse>(outcome.response);
        if (outcome.redirected)
            return Error{ErrorCode::Server, outcome.errorText, m_api.describe()};
        const auto failure = [&] {
            return outcome.networkError ? http.networkError(outcome, m_api.describe())
                                        : m_api.httpError(outcome.response, what, FlipletDataSource::Call::Api);
        };
        if (!outcome.retryable())
            return failure();
        bool waited = false;
        if (outcome.outcomeUnknown()) {
            // The answer was lost, but the server may have done it: look before doing it a second time.
            if (!http.waitBeforeRetry(attempt, outcome, what))
                return cancelled();
            waited = true;
            FERRY_TRY(done, landed());
            if (done) {
                RunEvents::warning(lcFliplet, tr("%1: the server did it although its answer was lost; it is not sent "
                                                 "again")
                                                  .arg(what));
                return std::optional<HttpResponse>();
            }
        }
        if (attempt >= http.attempts())
            return failure();
        if (!waited && !http.waitBeforeRetry(attempt, outcome, what))
            return cancelled();
    }
}

std::optional<MediaFile> FlipletMedia::find(const QByteArray &md5) const
{
    const auto it = m_files.constFind(md5.toLower());
    if (it == m_files.constEnd())
        return std::nullopt;
    return *it;
}

Result<void> FlipletMedia::createFolder()
{
    const QJsonObject body{{QStringLiteral("name"), FolderName}, {QStringLiteral("organizationId"), m_organizationId}};
    HttpRequest r =
        m_api.request("POST", QStringLiteral("v1/media/folders"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.idempotent = false;
    const QString what = tr("creating the media folder '%1'").arg(FolderName);
    FERRY_TRY(response, sendWrite(r, what, [this] { return findFolder(); }));
    if (!response) // created although the answer was lost: findFolder() found it
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(response->body);
    QJsonObject folder = doc.object();
    if (folder.contains(u"folder")) // tolerated: the folder wrapped in an envelope
        folder = folder.value(u"folder").toObject();
    m_folderId = idOf(folder.value(u"id"));
    if (m_folderId <= 0)
        return malformed(QStringLiteral("POST v1/media/folders"), tr("no folder id"));
    m_folderOrganizationId = idOf(folder.value(u"organizationId"));
    if (m_folderOrganizationId <= 0)
        m_folderOrganizationId = m_organizationId;
    RunEvents::info(lcFliplet, tr("created the media folder '%1'").arg(FolderName));
    return {};
}

Result<MediaFile> FlipletMedia::upload(const QString &name, const QByteArray &bytes, const QByteArray &md5)
{
    if (!m_loaded)
        if (auto ok = load(); !ok)
            return ok.error();
    if (auto known = find(md5))
        return *known; // uploaded earlier in this run
    if (m_folderId <= 0)
        if (auto ok = createFolder(); !ok)
            return ok.error();

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("folderId"), QString::number(m_folderId));
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    query.addQueryItem(QStringLiteral("organizationId"), QString::number(m_folderOrganizationId));
    const QString path = QStringLiteral("v1/media/files?") + query.query(QUrl::FullyEncoded);

    const QByteArray boundary =
        "ferry-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + QByteArray::number(bytes.size());
    QByteArray body;
    body.reserve(bytes.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"files\"; filename=\"" + dispositionName(name) + "\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += bytes;
    body += "\r\n--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"checksum\"\r\n\r\n";
    body += md5;
    body += "\r\n--" + boundary + "--\r\n";

    HttpRequest r = m_api.request("POST", path, std::move(body));
    r.headers.removeIf([](const auto &h) { return h.first == "Content-Type"; });
    r.headers.append({QByteArrayLiteral("Content-Type"), "multipart/form-data; boundary=" + boundary});
    // Not sent twice: an upload whose answer was lost is looked for in the folder (by its checksum) first.
    r.idempotent = false;
    const QString what = tr("uploading '%1' to Fliplet media").arg(name);
    FERRY_TRY(response, sendWrite(r, what, [this, &md5]() -> Result<bool> {
                  if (auto ok = loadFiles(); !ok)
                      return ok.error();
                  return find(md5).has_value();
              }));
    if (!response)
        return *find(md5);
    const QJsonDocument doc = QJsonDocument::fromJson(response->body);
    const QJsonArray files = doc.object().value(u"files").toArray();
    const MediaFile media{files.isEmpty() ? 0 : idOf(files.first().toObject().value(u"id")),
                          files.isEmpty() ? QString() : files.first().toObject().value(u"url").toString()};
    if (media.id <= 0 || media.url.isEmpty())
        return malformed(QStringLiteral("POST v1/media/files"), tr("no file with an id and a url"));
    m_files.insert(md5.toLower(), media);
    RunEvents::info(lcFliplet, tr("uploaded '%1' to Fliplet media (file %2)").arg(name).arg(media.id));
    return media;
}

} // namespace Ferry
