// Fliplet media for a Fliplet target's file columns, over the target's own API client (same token, retries,
// backoff and errors): the organization's folder "Files uploaded from DIS" (looked up once per run, created
// only when a file is uploaded), its files by checksum, and multipart uploads (docs/fliplet-api.md, media).
#pragma once

#include "core/result.h"
#include "httpclient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace Ferry {

class FlipletDataSource;

struct MediaFile
{
    qint64 id = 0;
    QString url;
    friend bool operator==(const MediaFile &, const MediaFile &) = default;
};

class FlipletMedia final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletMedia)
public:
    // The folder Fliplet Agent uploads to; Ferry uses the same one, so files uploaded by either are reused.
    static inline const QString FolderName = QStringLiteral("Files uploaded from DIS");

    explicit FlipletMedia(FlipletDataSource &api);
    Q_DISABLE_COPY_MOVE(FlipletMedia)

    // GET v1/organizations/, GET v1/media/?organizationId= (the folder), and when the folder exists,
    // GET v1/media?folderId=&organizationId= (its files by checksum). Reads only: a missing folder is
    // created by the first upload. Once per run; later calls return at once.
    Result<void> load();
    bool folderExists() const { return m_folderId > 0; }
    qint64 organizationId() const { return m_organizationId; }

    // The file of the folder whose checksum (or clientChecksum) is this md5 (lower-case hex).
    std::optional<MediaFile> find(const QByteArray &md5) const;
    qsizetype fileCount() const { return m_files.size(); }

    // POST v1/media/files?folderId=&name=&organizationId= (multipart: files, checksum), after creating the
    // folder if it is missing (POST v1/media/folders, once). The file is then found by its checksum.
    Result<MediaFile> upload(const QString &name, const QByteArray &bytes, const QByteArray &md5);

private:
    Result<QJsonObject> getJson(const QString &path, const QString &what);
    Result<void> createFolder();
    // The folder "Files uploaded from DIS" (m_folderId), if the organization has it.
    Result<bool> findFolder();
    // The folder's files, by checksum, into m_files.
    Result<void> loadFiles();
    // A write that must not happen twice (creating the folder, an upload): sent once per attempt, and after an
    // attempt whose answer was lost, landed() looks whether the server did it before trying again. The 2xx
    // answer, or none when landed() found the write done.
    Result<std::optional<HttpResponse>> sendWrite(const HttpRequest &request, const QString &what,
                                                  const std::function<Result<bool>()> &landed);
    Error malformed(const QString &request, const QString &what) const;

    FlipletDataSource &m_api;
    bool m_loaded = false;
    qint64 m_organizationId = 0;
    qint64 m_folderId = 0;
    qint64 m_folderOrganizationId = 0;
    QHash<QByteArray, MediaFile> m_files; // by checksum and by clientChecksum
};

// Lower-case hex md5 of bytes, as the media API's checksums are written.
QByteArray md5Hex(QByteArrayView bytes);

} // namespace Ferry
