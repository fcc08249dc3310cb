// Fliplet media for file columns, against the emulator: the folder looked up once and created only by the
// first upload, files reused by checksum (Fliplet Agent's uploads too), multipart uploads the emulator parses
// and checks, malformed answers; and the file fetcher: local paths (absolute, relative to a directory, itself
// relative to the job's folder), remote URLs with their own headers on a host that never sees the token.
#include "connectors/flipletdatasource.h"
#include "connectors/flipletmedia.h"
#include "connectors/mediafilefetcher.h"
#include "filehost.h"
#include "flipletemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FileHost;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--media-secret-token");

RetrySpec fastRetry()
{
    RetrySpec retry;
    retry.attempts = 2;
    retry.initialDelayMs = 1;
    retry.maxDelayMs = 2;
    return retry;
}

int count(const QList<FlipletEmulator::Request> &requests, const QByteArray &method, const QString &path)
{
    return static_cast<int>(std::count_if(requests.begin(), requests.end(), [&](const FlipletEmulator::Request &r) {
        return r.method == method && r.path == path;
    }));
}
} // namespace

class TestFlipletMedia : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadingReadsOnlyAndFolderIsCreatedOnce();
    void filesAreReusedByChecksumInTheNextRun();
    void agentUploadsAreReused();
    void uploadIsMultipartWithChecksum();
    void wrongChecksumIsRefused();
    void malformedMediaAnswersAreClearErrors();
    void remoteFileHostNeverSeesTheToken();
    void remoteFileErrorsNameTheUrl();
    void localPathsResolveAgainstDirectoryAndJobFolder();
    void lostAnswersDoNotUploadTwice();
    void remoteFilesFollowRedirectsToOtherSitesWithoutHeaders();
    void oversizedRemoteFileIsRefusedWhileDownloading();

private:
    std::unique_ptr<FlipletDataSource> target()
    {
        FlipletTargetSpec spec;
        spec.dataSourceId = QStringLiteral("7");
        spec.apiUrl = m_emulator->baseUrl();
        return std::make_unique<FlipletDataSource>(spec, Token, fastRetry(), nullptr);
    }
    QByteArray get(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestFlipletMedia::init()
{
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(7, QStringLiteral("Users"));
    QVERIFY(m_emulator->start());
}

void TestFlipletMedia::cleanup()
{
    m_emulator.reset();
}

void TestFlipletMedia::loadingReadsOnlyAndFolderIsCreatedOnce()
{
    auto api = target();
    FlipletMedia media(*api);
    QVERIFY(media.load());
    QVERIFY(media.load()); // once per run: the second call asks nothing
    QVERIFY(!media.folderExists());
    const auto requests = m_emulator->requests();
    QCOMPARE(count(requests, "GET", QStringLiteral("/v1/organizations/")), 1);
    QCOMPARE(count(requests, "GET", QStringLiteral("/v1/media/")), 1);
    for (const auto &r : requests)
        QVERIFY2(r.method == "GET", qPrintable(r.path)); // no folder is created by looking
    QCOMPARE(m_emulator->folderCreations(), 0);

    const QByteArray a("first file"), b("second file");
    auto first = media.upload(QStringLiteral("1-a.txt"), a, md5Hex(a));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    auto second = media.upload(QStringLiteral("2-b.txt"), b, md5Hex(b));
    QVERIFY(second);
    auto again = media.upload(QStringLiteral("3-a.txt"), a, md5Hex(a)); // same bytes: the file uploaded above
    QVERIFY(again);
    QCOMPARE(*again, *first);
    QCOMPARE(m_emulator->folderCreations(), 1);
    QCOMPARE(m_emulator->uploadCount(), 2);
    QCOMPARE(m_emulator->mediaFolders().values(), QStringList{FlipletMedia::FolderName});
    QVERIFY(first->id != second->id);
    QCOMPARE(get(first->url), a); // the URL serves the bytes uploaded
    QCOMPARE(get(second->url), b);
}

void TestFlipletMedia::filesAreReusedByChecksumInTheNextRun()
{
    const QByteArray bytes("a photo's bytes");
    MediaFile uploaded;
    {
        auto api = target();
        FlipletMedia media(*api);
        auto r = media.upload(QStringLiteral("9-photo.jpg"), bytes, md5Hex(bytes));
        QVERIFY(r);
        uploaded = *r;
    }
    auto api = target();
    FlipletMedia media(*api);
    QVERIFY(media.load());
    QVERIFY(media.folderExists());
    QCOMPARE(media.fileCount(), 1);
    QCOMPARE(media.find(md5Hex(bytes)), std::optional<MediaFile>(uploaded));
    QCOMPARE(media.find(md5Hex(bytes).toUpper()), std::optional<MediaFile>(uploaded));
    QVERIFY(!media.find(md5Hex("other bytes")));
    QCOMPARE(m_emulator->uploadCount(), 1);
    QCOMPARE(m_emulator->folderCreations(), 1);
}

void TestFlipletMedia::agentUploadsAreReused()
{
    const qint64 folder = m_emulator->addMediaFolder(FlipletMedia::FolderName);
    m_emulator->addMediaFolder(QStringLiteral("Other folder"));
    const qint64 file = m_emulator->addMediaFile(folder, QStringLiteral("1-logo.png"), "png bytes");
    auto api = target();
    FlipletMedia media(*api);
    QVERIFY(media.load());
    const auto found = media.find(md5Hex("png bytes"));
    QVERIFY(found);
    QCOMPARE(found->id, file);
    QVERIFY(found->url.endsWith(QStringLiteral("/1-logo.png")));
    QCOMPARE(count(m_emulator->requests(), "GET", QStringLiteral("/v1/media")), 1); // the folder's listing
}

void TestFlipletMedia::uploadIsMultipartWithChecksum()
{
    auto api = target();
    FlipletMedia media(*api);
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(static_cast<char>(i * 7)); // binary, with \r\n and -- inside
    bytes.append("\r\n--ferry-\r\n");
    const QString name = QStringLiteral("4-r\u00e9sum\u00e9 \"final\".pdf");
    auto r = media.upload(name, bytes, md5Hex(bytes));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    const auto files = m_emulator->mediaFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].name, name); // the name query parameter, decoded
    QCOMPARE(files[0].bytes, bytes);
    QCOMPARE(files[0].checksum, md5Hex(bytes));
    QCOMPARE(files[0].id, r->id);
    for (const auto &req : m_emulator->requests())
        if (req.path == u"/v1/media/files")
            QVERIFY(req.authToken == Token.toUtf8());
}

void TestFlipletMedia::wrongChecksumIsRefused()
{
    auto api = target();
    FlipletMedia media(*api);
    auto r = media.upload(QStringLiteral("x.txt"), "bytes", md5Hex("other bytes"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("HTTP 400")) &&
                 r.error().message.contains(QStringLiteral("checksum")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("x.txt")));
    QCOMPARE(m_emulator->mediaFiles().size(), 0);
}

void TestFlipletMedia::malformedMediaAnswersAreClearErrors()
{
    {
        FlipletEmulator::Fault fault;
        fault.body = "<html>proxy error page</html>";
        m_emulator->queueFault(QStringLiteral("organizations"), fault);
        auto api = target();
        FlipletMedia media(*api);
        auto r = media.load();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Server);
        QCOMPARE(r.error().field, QStringLiteral("target.files"));
        QVERIFY2(r.error().message.contains(QStringLiteral("GET v1/organizations/")) &&
                     r.error().message.contains(m_emulator->baseUrl()),
                 qPrintable(r.error().message));
    }
    {
        m_emulator->addMediaFolder(FlipletMedia::FolderName);
        FlipletEmulator::Fault fault;
        fault.body = "{\"files\": 12}";
        m_emulator->queueFault(QStringLiteral("media"), FlipletEmulator::Fault{}); // the folder listing is fine
        m_emulator->queueFault(QStringLiteral("media"), fault);
        auto api = target();
        FlipletMedia media(*api);
        auto r = media.load();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("no 'files' list")), qPrintable(r.error().message));
    }
    {
        FlipletEmulator::Fault fault;
        fault.status = 401;
        m_emulator->queueFault(QStringLiteral("organizations"), fault);
        auto api = target();
        FlipletMedia media(*api);
        auto r = media.load();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QCOMPARE(r.error().field, QStringLiteral("target.auth_token"));
    }
}

void TestFlipletMedia::remoteFileHostNeverSeesTheToken()
{
    FileHost host;
    QVERIFY(host.start());
    host.setFile(QStringLiteral("/photos/ada"), {"ada's png", "image/png", "authorization", "Bearer file-host-key"});
    host.setFile(QStringLiteral("/docs/cv.pdf"), {"a pdf", "application/pdf", {}, {}});
    MediaFileFetcher fetcher(QString(), fastRetry(), nullptr);
    FlipletFileColumn column;
    column.column = QStringLiteral("Photo");
    column.type = FlipletFileColumn::Type::Remote;
    column.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer file-host-key")}};
    auto photo = fetcher.fetch(column, host.url(QStringLiteral("/photos/ada")));
    QVERIFY2(photo, qPrintable(photo ? QString() : photo.error().message));
    QCOMPARE(photo->bytes, QByteArray("ada's png"));
    QCOMPARE(photo->name, QStringLiteral("ada.png")); // the extension from the Content-Type
    QCOMPARE(photo->md5, md5Hex("ada's png"));
    auto pdf = fetcher.fetch(column, host.url(QStringLiteral("/docs/cv.pdf")));
    QVERIFY(pdf);
    QCOMPARE(pdf->name, QStringLiteral("cv.pdf")); // has its extension already

    // Both clients side by side, as in a run: the Fliplet API gets the token, the file host never does.
    auto api = target();
    FlipletMedia media(*api);
    QVERIFY(media.upload(photo->name, photo->bytes, photo->md5));
    QVERIFY(!host.requests().isEmpty());
    for (const auto &r : host.requests()) {
        QVERIFY2(!r.hasHeader("auth-token"), qPrintable(r.path));
        for (const auto &[name, value] : r.headers)
            QVERIFY2(!value.contains(Token.toUtf8()), name.constData());
    }
    QCOMPARE(host.requests().first().header("authorization"), QByteArray("Bearer file-host-key"));
}

void TestFlipletMedia::remoteFileErrorsNameTheUrl()
{
    FileHost host;
    QVERIFY(host.start());
    host.setFile(QStringLiteral("/private.png"), {"x", "image/png", "authorization", "Bearer right"});
    MediaFileFetcher fetcher(QString(), fastRetry(), nullptr);
    FlipletFileColumn column;
    column.type = FlipletFileColumn::Type::Remote;
    auto missing = fetcher.fetch(column, host.url(QStringLiteral("/gone.png")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY2(missing.error().message.contains(host.url(QStringLiteral("/gone.png"))) &&
                 missing.error().message.contains(QStringLiteral("404")),
             qPrintable(missing.error().message));
    // A signed link's query (its signature) stays out of the message, which reaches logs and the run history.
    auto signedLink = fetcher.fetch(column, host.url(QStringLiteral("/gone.png")) +
                                                QStringLiteral("?X-Amz-Signature=0123abcd&X-Amz-Expires=60"));
    QVERIFY(!signedLink);
    QVERIFY2(signedLink.error().message.contains(host.url(QStringLiteral("/gone.png"))) &&
                 !signedLink.error().message.contains(QStringLiteral("0123abcd")),
             qPrintable(signedLink.error().message));
    auto refused = fetcher.fetch(column, host.url(QStringLiteral("/private.png")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("401")) &&
                 refused.error().message.contains(QStringLiteral("headers")),
             qPrintable(refused.error().message));
    auto notUrl = fetcher.fetch(column, QStringLiteral("photos/ada.png"));
    QVERIFY(!notUrl);
    QVERIFY2(notUrl.error().message.contains(QStringLiteral("type: local")), qPrintable(notUrl.error().message));
}

void TestFlipletMedia::localPathsResolveAgainstDirectoryAndJobFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("jobs/photos")));
    const QString photo = dir.filePath(QStringLiteral("jobs/photos/ada.jpg"));
    QFile f(photo);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("jpeg bytes");
    f.close();
    MediaFileFetcher fetcher(dir.filePath(QStringLiteral("jobs")), fastRetry(), nullptr);
    FlipletFileColumn column;
    column.type = FlipletFileColumn::Type::Local;
    column.directory = QStringLiteral("photos"); // relative: from the job's folder
    auto relative = fetcher.fetch(column, QStringLiteral("ada.jpg"));
    QVERIFY2(relative, qPrintable(relative ? QString() : relative.error().message));
    QCOMPARE(relative->bytes, QByteArray("jpeg bytes"));
    QCOMPARE(relative->name, QStringLiteral("ada.jpg"));
    QCOMPARE(relative->location, photo);
    column.directory = dir.filePath(QStringLiteral("jobs/photos")); // absolute
    QVERIFY(fetcher.fetch(column, QStringLiteral("ada.jpg")));
    QVERIFY(fetcher.fetch(column, photo));                      // a full path into the directory
    QVERIFY(fetcher.fetch(column, QStringLiteral("/ada.jpg"))); // joined, as Fliplet Agent joins paths

    // A row cannot send a file outside the column's directory (a source that others fill is not trusted
    // with every file the user can read).
    QFile secret(dir.filePath(QStringLiteral("jobs/secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("do not upload");
    secret.close();
    for (const QString &escape : {QStringLiteral("../secret.txt"), QStringLiteral("./../../jobs/secret.txt"),
                                  QStringLiteral("/../secret.txt")}) {
        auto refused = fetcher.fetch(column, escape);
        QVERIFY2(!refused, qPrintable(escape));
        QCOMPARE(refused.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(refused.error().message.contains(QStringLiteral("leads out of the column's directory")),
                 qPrintable(refused.error().message));
    }
    auto joined = fetcher.fetch(column, secret.fileName()); // a full path elsewhere is joined to the directory
    QVERIFY(!joined);
    QCOMPARE(joined.error().code, ErrorCode::NotFound);
    column.directory.clear(); // none: the job's folder
    QVERIFY(fetcher.fetch(column, QStringLiteral("photos/ada.jpg")));
    QVERIFY(fetcher.fetch(column, photo)); // absolute paths are taken as they are
    auto missing = fetcher.fetch(column, QStringLiteral("photos/bob.jpg"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY2(missing.error().message.contains(dir.filePath(QStringLiteral("jobs/photos/bob.jpg"))),
             qPrintable(missing.error().message));
}

void TestFlipletMedia::lostAnswersDoNotUploadTwice()
{
    // The server creates the folder and stores the file, but both answers are lost (the connection drops): Ferry
    // looks before trying again, and finds them, instead of creating a second folder and a second file.
    FlipletEmulator::Fault lost;
    lost.applyFirst = true;
    lost.drop = true;
    m_emulator->queueFault(QStringLiteral("media-folders"), lost);
    m_emulator->queueFault(QStringLiteral("media-files"), lost);
    auto api = target();
    FlipletMedia media(*api);
    const QByteArray bytes("a file whose upload answer is lost");
    auto uploaded = media.upload(QStringLiteral("1-lost.txt"), bytes, md5Hex(bytes));
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(m_emulator->folderCreations(), 1);
    QCOMPARE(m_emulator->uploadCount(), 1);
    const auto files = m_emulator->mediaFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(uploaded->id, files[0].id);
    QCOMPARE(uploaded->url, files[0].url);
    QCOMPARE(m_emulator->mediaFolders().size(), 1);

    // A refused upload (not a lost answer) is not retried as if it might have landed: the error names it.
    FlipletEmulator::Fault refused;
    refused.status = 400;
    m_emulator->queueFault(QStringLiteral("media-files"), refused);
    const QByteArray other("another file");
    auto failed = media.upload(QStringLiteral("2-other.txt"), other, md5Hex(other));
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("2-other.txt")), qPrintable(failed.error().message));
    QCOMPARE(m_emulator->uploadCount(), 1);
}

void TestFlipletMedia::remoteFilesFollowRedirectsToOtherSitesWithoutHeaders()
{
    // A download link on one host answers with a redirect to a CDN (another origin): the fetcher follows it, and
    // the column's headers, meant for the first host, stay behind.
    FileHost site, cdn;
    QVERIFY(site.start());
    QVERIFY(cdn.start());
    cdn.setFile(QStringLiteral("/bucket/ada.png"), {"cdn bytes", "image/png", {}, {}});
    site.setFile(QStringLiteral("/download/ada"),
                 {{}, {}, {}, {}, cdn.url(QStringLiteral("/bucket/ada.png?X-Amz-Signature=abc")).toUtf8()});
    site.setFile(QStringLiteral("/loop"), {{}, {}, {}, {}, site.url(QStringLiteral("/loop")).toUtf8()});
    MediaFileFetcher fetcher(QString(), fastRetry(), nullptr);
    FlipletFileColumn column;
    column.type = FlipletFileColumn::Type::Remote;
    column.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer for-the-site-only")}};
    auto fetched = fetcher.fetch(column, site.url(QStringLiteral("/download/ada")));
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(fetched->bytes, QByteArray("cdn bytes"));
    QCOMPARE(site.requests().size(), 1);
    QCOMPARE(site.requests()[0].header("authorization"), QByteArray("Bearer for-the-site-only"));
    QCOMPARE(cdn.requests().size(), 1);
    QVERIFY(!cdn.requests()[0].hasHeader("authorization"));

    auto looping = fetcher.fetch(column, site.url(QStringLiteral("/loop")));
    QVERIFY(!looping);
    QVERIFY2(looping.error().message.contains(site.url(QStringLiteral("/loop"))), qPrintable(looping.error().message));
    QVERIFY2(looping.error().message.contains(QStringLiteral("redirect")), qPrintable(looping.error().message));
}

void TestFlipletMedia::oversizedRemoteFileIsRefusedWhileDownloading()
{
    FileHost host;
    QVERIFY(host.start());
    host.setFile(QStringLiteral("/big.bin"), {QByteArray(3 << 20, 'x'), "application/octet-stream", {}, {}});
    host.setFile(QStringLiteral("/small.bin"), {QByteArray(1000, 'y'), "application/octet-stream", {}, {}});
    MediaFileFetcher fetcher(QString(), fastRetry(), nullptr);
    fetcher.setMaxFileBytes(qint64(2) << 20);
    FlipletFileColumn column;
    column.type = FlipletFileColumn::Type::Remote;
    auto big = fetcher.fetch(column, host.url(QStringLiteral("/big.bin")));
    QVERIFY(!big);
    QVERIFY2(big.error().message.contains(QStringLiteral("larger than 2 MiB")) &&
                 big.error().message.contains(host.url(QStringLiteral("/big.bin"))),
             qPrintable(big.error().message));
    QCOMPARE(host.requests().size(), 1); // not retried
    QVERIFY(fetcher.fetch(column, host.url(QStringLiteral("/small.bin"))));
}

QTEST_GUILESS_MAIN(TestFlipletMedia)
#include "tst_flipletmedia.moc"
