// HttpTransport: how one HTTP connector reaches its server, from its transport: block. TLS is always
// verified; an extra CA bundle is added to the system's certificate authorities (never replacing them); the
// proxy comes from the environment (HTTPS_PROXY, …) or else the system, or is off, or is given; requests
// have a time limit; and a rate limit spaces every attempt, retries included. Shared by a connector's
// clients (its pages and its OAuth2 token endpoint), so they share one rate limit.
#pragma once

#include "core/result.h"
#include "httpclient.h"
#include "job/httpspec.h"
#include "ratelimiter.h"

#include <QCoreApplication>
#include <QSslConfiguration>

#include <memory>

namespace Ferry {

class HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::HttpTransport)
public:
    // prefix: the block's field path ("source.transport"); baseDir resolves a relative ca_file. Fails, naming
    // the field, when the CA bundle cannot be read or holds no certificate.
    static Result<std::shared_ptr<HttpTransport>> create(const HttpTransportSpec &spec, const QString &baseDir,
                                                         const QString &prefix);

    // The job's retry settings with this transport's request timeout.
    RetrySpec retry(RetrySpec base) const;
    // Applies TLS, proxy and rate limit to a client of this connector (its cancel flag stops the waits).
    void configure(HttpClient &client) const;
    const RateLimiter *rateLimiter() const { return m_limiter.get(); }
    int extraCaCertificates() const { return m_extraCas; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }

private:
    HttpTransportSpec m_spec;
    QSslConfiguration m_ssl;
    int m_extraCas = 0;
    std::shared_ptr<RateLimiter> m_limiter;
};

} // namespace Ferry
