// Proxies from the environment, the way curl and Fliplet Agent read them: HTTPS_PROXY / HTTP_PROXY (either
// case) by the URL's scheme, ALL_PROXY otherwise, and NO_PROXY (host names, domain suffixes, "*").
#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QUrl>

namespace Ferry {

// The proxy to use for url under env: NoProxy when none applies.
QNetworkProxy proxyFromEnvironment(const QUrl &url, const QProcessEnvironment &env);

class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace Ferry
