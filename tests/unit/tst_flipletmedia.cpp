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
    column.directory.clear(); // none: the job's folder
    QVERIFY(fetcher.fetch(column, QStringLiteral("photos/ada.jpg")));
    QVERIFY(fetcher.fetch(column, photo)); // absolute paths are taken as they are
    auto missing = fetcher.fetch(column, QStringLiteral("photos/bob.jpg"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY2(missing.error().message.contains(dir.filePath(QStringLiteral("jobs/photos/bob.jpg"))),
             qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(TestFlipletMedia)
#include "tst_flipletmedia.moc"
