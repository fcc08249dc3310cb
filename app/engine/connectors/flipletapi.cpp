#include "flipletapi.h"

namespace Ferry::FlipletApi {

QString regionBaseUrl(const QString &token)
{
    const QString region = token.left(2).toLower();
    if (region == u"us")
        return QStringLiteral("https://us.api.fliplet.com");
    if (region == u"ca")
        return QStringLiteral("https://ca.api.fliplet.com");
    return QStringLiteral("https://api.fliplet.com");
}

QString baseUrl(const QString &token, const QString &jobApiUrl)
{
    QString url = qEnvironmentVariable("FERRY_FLIPLET_API_URL").trimmed();
    if (url.isEmpty())
        url = jobApiUrl.trimmed();
    if (url.isEmpty())
        url = regionBaseUrl(token);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace Ferry::FlipletApi
