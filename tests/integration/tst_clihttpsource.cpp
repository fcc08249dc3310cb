// End-to-end: ferry-cli runs an HTTP JSON API (the paginated test API, with its OAuth2 token endpoint) into a
// SQLite table: every pagination style converges (the second run changes nothing); an expired token with a
// revoked refresh token, a wrong client secret, a malformed page and an unreachable host fail with clear
// messages and exit codes, and write nothing.
#include "clitestcase.h"
#include "oauthtokenserver.h"
#include "pagedjsonapi.h"

#include <QSqlRecord>
#include <QTcpServer>

using namespace Ferry::Testing;

namespace {

const QString ApiToken = QStringLiteral("api-token-0123456789");
constexpr int Records = 45;

} // namespace

class TestCliHttpSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachPaginationStyleConverges_data();
    void eachPaginationStyleConverges();
    void throttledPageIsRetried();
    void rotatedRefreshTokenCarriesToTheNextRun();
    void revokedRefreshTokenFails();
    void wrongClientSecretFails();
    void malformedPageWritesNothing();
    void unreachableHostFails();
    void testAndSampleCommands();

private:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_API_TOKEN"), ApiToken);
        e.insert(QStringLiteral("FERRY_CLIENT_SECRET"), QStringLiteral("client-secret-0001"));
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            e.remove(QLatin1String(proxy));
        return e;
    }
    QStringList runArgs(const QString &job) const
    {
        return {QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
    }
    // A job reading the API at path with the given source lines (pagination, auth) into out.sqlite.
    QString job(const QString &path, const QString &sourceLines)
    {
        const QString file = m_dir->filePath(QStringLiteral("api-job.yml"));
        QFile f(file);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: api-e2e\n"
                               "source:\n"
                               "  type: http\n"
                               "  url: %1%2\n"
                               "  records: /data\n"
                               "  headers: {X-Client: ferry-tests}\n"
                               "%3"
                               "target: {type: sqlite, path: out.sqlite, table: records, create_table: true}\n"
                               "sync: {key: id}\n"
                               "retry: {attempts: 3, initial_delay_ms: 20, max_delay_ms: 100}\n")
                    .arg(m_api->baseUrl(), path, sourceLines)
                    .toUtf8());
        return file;
    }
    // Rows of the target table (-1: no table).
    qint64 targetRows(const QString &where = {})
    {
        const QString name = QStringLiteral("check-target");
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir->filePath(QStringLiteral("out.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM records") + where) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
    QVariant targetValue(const QString &sql)
    {
        const QString name = QStringLiteral("check-value");
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir->filePath(QStringLiteral("out.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    v = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }
    QString oauthLines(const QString &grant, const QString &extra)
    {
        return QStringLiteral("  pagination: {style: page, page_size: 10}\n"
                              "  auth:\n"
                              "    type: oauth2\n"
                              "    grant: %1\n"
                              "    token_url: %2\n"
                              "    client_id: ferry\n"
                              "    client_secret: {secret: env:FERRY_CLIENT_SECRET}\n"
                              "%3")
            .arg(grant, m_tokens->tokenUrl(), extra);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OAuthTokenServer> m_tokens;
    std::unique_ptr<PagedJsonApi> m_api;
};

void TestCliHttpSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tokens = std::make_unique<OAuthTokenServer>();
    QVERIFY(m_tokens->start());
    m_tokens->addClient(QStringLiteral("ferry"), QStringLiteral("client-secret-0001"));
    m_api = std::make_unique<PagedJsonApi>(Records);
    QVERIFY(m_api->start());
    m_api->requireBearer(ApiToken);
}

void TestCliHttpSource::cleanup()
{
    m_api.reset();
    m_tokens.reset();
    m_dir.reset();
}

void TestCliHttpSource::eachPaginationStyleConverges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pagination");
    QTest::addColumn<int>("pages");
    QTest::newRow("next link in the body")
        << QStringLiteral("/next") << QStringLiteral("{style: next_link, next: /links/next}") << 5;
    QTest::newRow("Link header") << QStringLiteral("/link") << QStringLiteral("{style: next_link}") << 5;
    // Pages of 7: the seventh is short (3 records) and ends the read.
    QTest::newRow("page numbers") << QStringLiteral("/page") << QStringLiteral("{style: page, page_size: 7}") << 7;
    // No page size: the server's 10, ended by an empty page.
    QTest::newRow("page numbers, empty last page") << QStringLiteral("/page") << QStringLiteral("{style: page}") << 6;
    QTest::newRow("offset") << QStringLiteral("/offset") << QStringLiteral("{style: offset, page_size: 9}") << 6;
    QTest::newRow("cursor") << QStringLiteral("/cursor") << QStringLiteral("{style: cursor, cursor: /meta/next_cursor}")
                            << 5;
}

void TestCliHttpSource::eachPaginationStyleConverges()
{
    QFETCH(QString, path);
    QFETCH(QString, pagination);
    QFETCH(int, pages);
    const QString file = job(path, QStringLiteral("  pagination: %1\n"
                                                  "  auth: {type: bearer, token: {secret: env:FERRY_API_TOKEN}}\n")
                                       .arg(pagination));
    CliResult first = runCli(runArgs(file), env());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), Records);
    QCOMPARE(m_api->requests().size(), pages);
    for (const PagedJsonApi::Request &r : m_api->requests())
        QCOMPARE(r.status, 200);
    QCOMPARE(targetRows(), qint64(Records));
    // Columns: the union of the records' keys (note: every third record only); nested values as JSON text.
    QCOMPARE(targetValue(QStringLiteral("SELECT name FROM records WHERE id = 44")).toString(),
             QStringLiteral("Record 44"));
    QCOMPARE(targetValue(QStringLiteral("SELECT address FROM records WHERE id = 12")).toString(),
             QStringLiteral(R"({"city":"City 2","zip":"10012"})"));
    QCOMPARE(targetValue(QStringLiteral("SELECT tags FROM records WHERE id = 5")).toString(),
             QStringLiteral(R"(["t2","all"])"));
    QCOMPARE(targetRows(QStringLiteral(" WHERE note IS NOT NULL")), qint64(Records / 3));
    QCOMPARE(targetValue(QStringLiteral("SELECT score FROM records WHERE id = 3")).toDouble(), 4.5);

    m_api->clearRequests();
    CliResult second = runCli(runArgs(file), env());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), Records);
    QCOMPARE(m_api->requests().size(), pages);
    QVERIFY(!first.err.contains(ApiToken.toUtf8()) && !second.err.contains(ApiToken.toUtf8()));
}

void TestCliHttpSource::throttledPageIsRetried()
{
    m_api->throttleRequest(2, 1);
    const QString file =
        job(QStringLiteral("/page"), QStringLiteral("  pagination: {style: page, page_size: 10}\n"
                                                    "  auth: {type: bearer, token: {secret: env:FERRY_API_TOKEN}}\n"
                                                    "  transport: {rate_limit: 20}\n"));
    CliResult r = runCli(runArgs(file), env());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"inserted").toInt(), Records);
    const auto seen = m_api->requests();
    QCOMPARE(seen.size(), 6); // five pages and the throttled attempt
    QCOMPARE(seen[1].status, 429);
    QVERIFY(seen[2].atMs - seen[1].atMs >= 1000); // Retry-After: 1 honoured
    QVERIFY(r.err.contains("HTTP 429"));
}

void TestCliHttpSource::rotatedRefreshTokenCarriesToTheNextRun()
{
    m_api->requireOAuth(m_tokens.get());
    m_tokens->addRefreshToken(QStringLiteral("rt-first-000001"), QStringLiteral("ferry"));
    QFile token(m_dir->filePath(QStringLiteral("refresh.token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("rt-first-000001\n");
    token.close();
    token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString file =
        job(QStringLiteral("/page"), oauthLines(QStringLiteral("refresh_token"),
                                                QStringLiteral("    refresh_token: {secret: file:refresh.token}\n")));
    CliResult first = runCli(runArgs(file), env());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), Records);
    QVERIFY(token.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(token.readAll()).trimmed();
    token.close();
    QVERIFY(saved != u"rt-first-000001");
    QVERIFY(m_tokens->refreshTokens().contains(saved));
    QVERIFY(!first.err.contains(saved.toUtf8())); // the new token is masked in the log

    // The old token is spent: the second run works only because the new one was saved.
    m_tokens->revokeAccessTokens();
    CliResult second = runCli(runArgs(file), env());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.json().value(u"unchanged").toInt(), Records);
    QCOMPARE(m_tokens->grants().last().refreshToken, saved);
}

void TestCliHttpSource::revokedRefreshTokenFails()
{
    m_api->requireOAuth(m_tokens.get());
    m_tokens->addRefreshToken(QStringLiteral("rt-revoked-000001"), QStringLiteral("ferry"));
    m_tokens->revokeRefreshTokens(); // the user revoked Ferry's access
    QFile token(m_dir->filePath(QStringLiteral("refresh.token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("rt-revoked-000001\n");
    token.close();
    const QString file =
        job(QStringLiteral("/page"), oauthLines(QStringLiteral("refresh_token"),
                                                QStringLiteral("    refresh_token: {secret: file:refresh.token}\n")));
    CliResult r = runCli(runArgs(file), env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("source.auth.refresh_token"), r.err.constData());
    QVERIFY(r.err.contains("invalid_grant"));
    QVERIFY(r.err.contains("authorize Ferry again"));
    QVERIFY(m_api->requests().isEmpty());
    QCOMPARE(targetRows(), qint64(-1)); // nothing written, not even the table
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("failed"));
}

void TestCliHttpSource::wrongClientSecretFails()
{
    m_api->requireOAuth(m_tokens.get());
    const QString file = job(QStringLiteral("/page"), oauthLines(QStringLiteral("client_credentials"), {}));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_CLIENT_SECRET"), QStringLiteral("not-the-secret-42"));
    CliResult r = runCli(runArgs(file), e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("source.auth.client_secret"), r.err.constData());
    QVERIFY(r.err.contains("invalid_client"));
    QVERIFY(!r.err.contains("not-the-secret-42") && !r.out.contains("not-the-secret-42"));
    QCOMPARE(targetRows(), qint64(-1));

    CliResult ok = runCli(runArgs(file), env());
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(ok.json().value(u"inserted").toInt(), Records);
}

void TestCliHttpSource::malformedPageWritesNothing()
{
    m_api->malformPage(3);
    const QString file =
        job(QStringLiteral("/page"), QStringLiteral("  pagination: {style: page, page_size: 10}\n"
                                                    "  auth: {type: bearer, token: {secret: env:FERRY_API_TOKEN}}\n"));
    CliResult r = runCli(runArgs(file), env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("page 3 is not valid JSON"), r.err.constData());
    QVERIFY(r.err.contains("line 1, column"));
    QVERIFY(r.err.contains("page=3"));
    QCOMPARE(targetRows(), qint64(-1));

    CliResult again = runCli(runArgs(file), env()); // the fault was once: the next run goes through
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(targetRows(), qint64(Records));
}

void TestCliHttpSource::unreachableHostFails()
{
    QTcpServer closed; // a port nobody listens on
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString file = m_dir->filePath(QStringLiteral("down.yml"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("ferry: 1\nid: down\nsource: {type: http, url: 'http://127.0.0.1:%1/items'}\n"
                           "target: {type: sqlite, path: out.sqlite, table: records, create_table: true}\n"
                           "sync: {key: id}\nretry: {attempts: 2, initial_delay_ms: 10, max_delay_ms: 20}\n")
                .arg(port)
                .toUtf8());
    f.close();
    CliResult r = runCli(runArgs(file), env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("page 1 could not be read"), r.err.constData());
    QVERIFY(r.err.contains("check the address"));
    QCOMPARE(targetRows(), qint64(-1));
}

void TestCliHttpSource::testAndSampleCommands()
{
    const QString file = job(QStringLiteral("/cursor"),
                             QStringLiteral("  pagination: {style: cursor, cursor: /meta/next_cursor}\n"
                                            "  auth: {type: bearer, token: {secret: env:FERRY_API_TOKEN}}\n"));
    CliResult test = runCli({QStringLiteral("test"), file}, env());
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QVERIFY2(test.out.contains("the first page has 10 record"),
             test.out.constData()); // plural forms come with the translations
    QCOMPARE(m_api->requests().size(), 1);
    m_api->clearRequests();
    CliResult sample = runCli({QStringLiteral("sample"), file}, env());
    QVERIFY2(sample.exitCode == 0, sample.err.constData());
    QVERIFY2(sample.out.contains("Record 1"), sample.out.constData());
    QCOMPARE(m_api->requests().size(), 1); // the first page only
}

QTEST_GUILESS_MAIN(TestCliHttpSource)
#include "tst_clihttpsource.moc"
