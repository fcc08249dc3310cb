#include "httptransport.h"

#include "environmentproxy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QSslCertificate>

namespace Ferry {

namespace {

// transport.proxy: "auto" (the environment, else the system), "none", or a proxy URL.
class ConnectorProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ConnectorProxyFactory(QString setting) : m_setting(std::move(setting)) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_setting == u"none")
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (m_setting.isEmpty() || m_setting == u"auto") {
            const QNetworkProxy fromEnvironment =
                proxyFromEnvironment(query.url(), QProcessEnvironment::systemEnvironment());
            if (fromEnvironment.type() != QNetworkProxy::NoProxy || hasProxyVariables())
                return {fromEnvironment};
            return systemProxyForQuery(query);
        }
        const QUrl proxy(m_setting.contains(QLatin1String("://")) ? m_setting : QStringLiteral("http://") + m_setting);
        const bool socks = proxy.scheme().startsWith(QStringLiteral("socks"));
        return {QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                              static_cast<quint16>(proxy.port(socks ? 1080 : 3128)), proxy.userName(QUrl::FullyDecoded),
                              proxy.password(QUrl::FullyDecoded))};
    }

private:
    // With proxy variables set (NO_PROXY included), the environment decides, as curl does.
    static bool hasProxyVariables()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"https_proxy", "http_proxy", "all_proxy", "no_proxy"})
            if (!env.value(QLatin1String(name)).isEmpty() ||
                !env.value(QLatin1String(name).toString().toUpper()).isEmpty())
                return true;
        return false;
    }

    QString m_setting;
};

} // namespace

Result<std::shared_ptr<HttpTransport>> HttpTransport::create(const HttpTransportSpec &spec, const QString &baseDir,
                                                             const QString &prefix)
{
    auto t = std::make_shared<HttpTransport>();
    t->m_spec = spec;
    t->m_ssl = QSslConfiguration::defaultConfiguration();
    t->m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // always: a bad certificate is never accepted
    if (!spec.caFile.isEmpty()) {
        const QString field = prefix + QStringLiteral(".ca_file");
        QString name = spec.caFile;
        if (name.startsWith(QStringLiteral("~/")))
            name = QDir::homePath() + name.mid(1);
        const QString path = QDir(baseDir).absoluteFilePath(name);
        QFile file(path);
        if (!QFileInfo(path).isFile())
            return Error{ErrorCode::NotFound,
                         tr("the CA bundle %1 does not exist: give the path of a PEM file with the certificate of "
                            "the server's certificate authority")
                             .arg(path),
                         {},
                         field};
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                ErrorCode::Io, tr("the CA bundle %1 cannot be read: %2").arg(path, file.errorString()), {}, field};
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("the CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path),
                         {},
                         field};
        // Added to the system's, not replacing them: adding to the default configuration would switch off
        // its loading of the system's authorities on demand, so they are listed explicitly.
        QList<QSslCertificate> authorities = QSslConfiguration::systemCaCertificates();
        authorities += t->m_ssl.caCertificates();
        authorities += certificates;
        t->m_ssl.setCaCertificates(authorities);
        t->m_extraCas = static_cast<int>(certificates.size());
    }
    if (spec.rateLimit > 0)
        t->m_limiter = std::make_shared<RateLimiter>(spec.rateLimit);
    return t;
}

RetrySpec HttpTransport::retry(RetrySpec base) const
{
    if (m_spec.timeoutMs > 0)
        base.requestTimeoutMs = m_spec.timeoutMs;
    return base;
}

void HttpTransport::configure(HttpClient &client) const
{
    client.networkAccessManager().setProxyFactory(new ConnectorProxyFactory(m_spec.proxy)); // the manager owns it
    const QSslConfiguration ssl = m_ssl;
    const std::shared_ptr<RateLimiter> limiter = m_limiter;
    HttpClient *c = &client;
    client.setAttemptHook([ssl, limiter, c](QNetworkRequest &request) {
        if (request.url().scheme() == u"https")
            request.setSslConfiguration(ssl);
        return !limiter || limiter->acquire(c->cancelFlag());
    });
}

} // namespace Ferry
