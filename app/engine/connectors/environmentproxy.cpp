#include "environmentproxy.h"

#include <QRegularExpression>

namespace Ferry {

namespace {

QString variable(const QProcessEnvironment &env, const QString &name)
{
    const QString lower = env.value(name.toLower());
    return lower.isEmpty() ? env.value(name.toUpper()) : lower;
}

bool bypassed(const QString &host, const QString &noProxy)
{
    const QStringList entries = noProxy.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        if (entry == u'*')
            return true;
        entry = entry.section(u':', 0, 0).toLower(); // a port is not part of the match
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.isEmpty())
            continue;
        if (host == entry || host.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

} // namespace

QNetworkProxy proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &env)
{
    const QString host = url.host().toLower();
    if (bypassed(host, variable(env, QStringLiteral("NO_PROXY"))))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QString value =
        variable(env, url.scheme() == u"https" ? QStringLiteral("HTTPS_PROXY") : QStringLiteral("HTTP_PROXY"));
    if (value.isEmpty())
        value = variable(env, QStringLiteral("ALL_PROXY"));
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!value.contains(QStringLiteral("://")))
        value.prepend(QStringLiteral("http://"));
    const QUrl proxy(value);
    if (!proxy.isValid() || proxy.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = proxy.scheme().startsWith(QStringLiteral("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                         static_cast<quint16>(proxy.port(1080)), proxy.userName(QUrl::FullyDecoded),
                         proxy.password(QUrl::FullyDecoded));
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return {proxyFromEnvironment(query.url(), QProcessEnvironment::systemEnvironment())};
}

} // namespace Ferry
