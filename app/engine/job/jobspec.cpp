#include "jobspec.h"

#include "core/logging.h"

#include <QHostAddress>
#include <QUrl>

namespace Ferry {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool JobSpec::sameAs(const JobSpec &o) const
{
    return id == o.id && name == o.name && description == o.description && sourceKind == o.sourceKind && sql == o.sql &&
           flipletSource == o.flipletSource && file == o.file && http == o.http && targetKind == o.targetKind &&
           fliplet == o.fliplet && sqlite == o.sqlite && sqlTarget == o.sqlTarget && rest == o.rest &&
           webhook == o.webhook && mapping == o.mapping && rules == o.rules && schedule == o.schedule &&
           retry == o.retry && logVerbosity == o.logVerbosity && hooks == o.hooks && moduleSource == o.moduleSource &&
           moduleTarget == o.moduleTarget;
}

QString syncModeName(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Append:
        return QStringLiteral("append");
    case SyncMode::Update:
        return QStringLiteral("update");
    case SyncMode::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

QString urlPassword(const QString &url)
{
    if (url.isEmpty())
        return {};
    return QUrl(url).password(QUrl::FullyDecoded);
}

QString urlWithoutPassword(const QString &url)
{
    QUrl u(url);
    if (u.password().isEmpty())
        return url;
    u.setPassword(QString());
    return u.toString();
}

void maskInlineSecrets(const JobSpec &job)
{
    SecretMask::add(job.sql.password.inlineValue);
    SecretMask::add(job.fliplet.authToken.inlineValue);
    SecretMask::add(job.flipletSource.authToken.inlineValue);
    SecretMask::add(urlPassword(job.sql.url));
    SecretMask::add(job.sqlTarget.connection.password.inlineValue);
    SecretMask::add(urlPassword(job.sqlTarget.connection.url));
    for (const HttpAuthSpec *a : {&job.http.auth, &job.rest.auth, &job.webhook.auth})
        for (const SecretRef *s : {&a->token, &a->password, &a->key, &a->clientSecret, &a->refreshToken})
            SecretMask::add(s->inlineValue);
    // A file column's headers authorise downloads (Authorization: Bearer …): kept out of logs and reports.
    for (const FlipletFileColumn &f : job.fliplet.files)
        for (const auto &header : f.headers)
            SecretMask::add(header.second);
}

} // namespace Ferry
