// HttpAuth: the credentials of one HTTP connector, from its auth: block: none, a bearer token, basic
// authentication, an API key (header or query parameter), or OAuth2 (RFC 6749) with the client-credentials
// or refresh-token grant. An OAuth2 access token is fetched when first needed, fetched again shortly before
// it expires and once after a 401; a refresh token the server rotates is saved back where the job's
// reference points (keychain entry or file), and tokens are kept for the process so that a test, a sample
// and a run of one job share them. Credentials go only to the connector's own origin.
#pragma once

#include "core/result.h"
#include "httpclient.h"
#include "httptransport.h"
#include "job/httpspec.h"
#include "secrets/jobsecrets.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Ferry {

class HttpAuth
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::HttpAuth)
public:
    // prefix: the block's field path ("source.auth"): secrets are looked up in secrets by prefix + key and
    // errors name those fields. origin: the connector's address; credentials go there only. baseDir: the job
    // file's folder (a rotated refresh token saved to a relative file: reference).
    static Result<std::unique_ptr<HttpAuth>> create(const HttpAuthSpec &spec, const QString &prefix, const QUrl &origin,
                                                    const JobSecrets &secrets, const QString &baseDir,
                                                    std::shared_ptr<const HttpTransport> transport, RetrySpec retry,
                                                    const std::atomic_bool *cancel);
    ~HttpAuth();

    HttpAuthKind kind() const { return m_spec.kind; }
    // The cancel flag of the calling operation (a test, a sample, a run's read), for token requests.
    void setCancelFlag(const std::atomic_bool *cancel);
    // Adds the credentials to a request to the connector's origin (fetching an OAuth2 token first when there is
    // none or it is about to expire); refuses a request to another origin.
    Result<void> authorize(HttpRequest &request);
    // After a 401: true when new credentials were obtained and the request may be sent once more (OAuth2);
    // otherwise the error to report.
    Result<bool> renewAfterUnauthorized();
    // The error for an answer of 401 or 403 that renewing did not cure, naming the field to fix.
    Error refused(const HttpResponse &response, const QString &what) const;

    // For tests and diagnostics: token requests made by this object.
    int tokenRequests() const { return m_tokenRequests; }

    // Forgets every OAuth2 token this process holds (tests).
    static void clearTokenCache();

private:
    HttpAuth() = default;
    Result<void> fetchToken();
    Error tokenError(const HttpResponse &response) const;
    QString field(const char *key) const { return m_prefix + u'.' + QLatin1String(key); }
    QByteArray cacheKey() const;

    HttpAuthSpec m_spec;
    QString m_prefix;
    QUrl m_origin;
    QString m_baseDir;
    std::shared_ptr<const HttpTransport> m_transport;
    RetrySpec m_retry;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_secret;       // token, password or key
    QString m_clientSecret; // oauth2
    QString m_refreshToken; // oauth2, refresh_token grant: the current one
    QString m_initialRefreshToken;
    QString m_accessToken;
    qint64 m_expiresAtMs = 0; // on the wall clock (ms since the epoch); 0: does not expire
    qint64 m_refreshAtMs = 0;
    int m_tokenRequests = 0;
    std::unique_ptr<HttpClient> m_tokenClient;
};

} // namespace Ferry
