#include "secretstore.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "httpauthsecrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ferry {

namespace {
// A secret file is a token or a password, not a document: anything larger is the wrong file.
constexpr qint64 MaxSecretFileBytes = 64 * 1024;
} // namespace

Result<QString> EnvironmentSecrets::read(const QString &name, const QString &, const QString &what) const
{
    const QByteArray variable = name.toLocal8Bit();
    if (name.isEmpty() || !qEnvironmentVariableIsSet(variable.constData()))
        return Error{ErrorCode::InvalidConfig,
                     SecretStore::tr("%1 comes from the environment variable %2, which is not set: export it before "
                                     "running")
                         .arg(what, name),
                     {}};
    return qEnvironmentVariable(variable.constData());
}

Result<QString> FileSecrets::read(const QString &name, const QString &baseDir, const QString &what) const
{
    QString file = name;
    if (file.startsWith(QStringLiteral("~/")))
        file = QDir::homePath() + file.mid(1);
    const QString path = QDir(baseDir).absoluteFilePath(file);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::InvalidConfig,
                     SecretStore::tr("%1 comes from %2, which is not a regular file").arg(what, path),
                     {}};
    if (info.size() > MaxSecretFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     SecretStore::tr("%1 comes from %2, which is too large (%3 bytes) to be a secret: check the path")
                         .arg(what, path)
                         .arg(info.size()),
                     {}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::InvalidConfig,
            SecretStore::tr("%1 comes from the file %2, which cannot be read: %3").arg(what, path, f.errorString()),
            {}};
    if (info.permissions() & (QFile::ReadOther | QFile::ReadGroup))
        RunEvents::warning(
            lcEngine,
            SecretStore::tr("the secret file %1 is readable by other users; restrict it with chmod 600").arg(path));
    QString value = QString::fromUtf8(f.read(MaxSecretFileBytes));
    while (value.endsWith(u'\n') || value.endsWith(u'\r'))
        value.chop(1);
    return value;
}

QString fileHeaderSecretField(qsizetype fileColumn, const QString &header)
{
    return QStringLiteral("target.files[%1].headers.%2").arg(fileColumn).arg(header);
}

QList<SecretField> secretFields(const JobSpec &job)
{
    QList<SecretField> out;
    if (!job.sql.password.isEmpty())
        out.append({QStringLiteral("source.password"), job.sql.password, SecretStore::tr("the database password")});
    if (job.sourceKind == SourceKind::Fliplet)
        out.append({QStringLiteral("source.auth_token"), job.flipletSource.authToken,
                    SecretStore::tr("the Fliplet auth_token")});
    if (job.targetKind == TargetKind::Fliplet) {
        out.append(
            {QStringLiteral("target.auth_token"), job.fliplet.authToken, SecretStore::tr("the Fliplet auth_token")});
        for (qsizetype i = 0; i < job.fliplet.files.size(); ++i)
            for (const auto &[name, secret] : job.fliplet.files[i].secretHeaders)
                out.append({fileHeaderSecretField(i, name), secret,
                            SecretStore::tr("the header %1 of file column %2").arg(name, job.fliplet.files[i].column)});
    }
    if (job.targetKind == TargetKind::Sql) // also unset: the editor passes a password typed but not saved yet
        out.append({QStringLiteral("target.password"), job.sqlTarget.connection.password,
                    SecretStore::tr("the target database's password")});
    if (job.targetKind == TargetKind::Webhook) // optional: an empty one resolves to nothing (unsigned)
        out.append({QStringLiteral("target.signing_secret"), job.webhook.signingSecret,
                    SecretStore::tr("the webhook's signing_secret")});
    if (job.sourceKind == SourceKind::Http)
        out += httpAuthSecretFields(job.http.auth, QStringLiteral("source.auth"));
    if (job.targetKind == TargetKind::Rest)
        out += httpAuthSecretFields(job.rest.auth, QStringLiteral("target.auth"));
    if (job.targetKind == TargetKind::Webhook)
        out += httpAuthSecretFields(job.webhook.auth, QStringLiteral("target.auth"));
    // A connector module's account values that are secrets: resolved here, passed to its init(account) alone.
    if (job.sourceKind == SourceKind::Module)
        for (const auto &[name, secret] : job.moduleSource.secrets)
            out.append({moduleSecretField(QStringLiteral("source"), name), secret,
                        SecretStore::tr("the module account value %1").arg(name)});
    if (job.targetKind == TargetKind::Module)
        for (const auto &[name, secret] : job.moduleTarget.secrets)
            out.append({moduleSecretField(QStringLiteral("target"), name), secret,
                        SecretStore::tr("the module account value %1").arg(name)});
    return out;
}

std::shared_ptr<SecretStore> SecretStore::withDefaults()
{
    auto store = std::make_shared<SecretStore>();
    store->addProvider(std::make_shared<EnvironmentSecrets>());
    store->addProvider(std::make_shared<FileSecrets>());
    return store;
}

void SecretStore::addProvider(std::shared_ptr<const SecretProvider> provider)
{
    m_providers.insert(provider->scheme(), std::move(provider));
}

bool SecretStore::hasScheme(const QString &scheme) const
{
    return m_providers.contains(scheme);
}

Result<QString> SecretStore::resolve(const SecretRef &ref, const QString &what, const QString &baseDir) const
{
    QString value;
    if (ref.reference.isEmpty()) {
        value = ref.inlineValue;
    } else {
        const qsizetype colon = ref.reference.indexOf(u':');
        const QString scheme = colon > 0 ? ref.reference.left(colon) : QString();
        const auto provider = m_providers.value(scheme);
        if (!provider) {
            if (scheme == u"keychain")
                return Error{ErrorCode::InvalidConfig,
                             tr("%1 is kept in the keychain (%2), which this program was not given access to; run "
                                "the job with ferry-cli or the Ferry app, or refer to the secret with "
                                "{secret: env:NAME} or {secret: file:PATH}")
                                 .arg(what, ref.reference),
                             {}};
            return Error{
                ErrorCode::InvalidConfig,
                tr("unknown secret reference '%1': use env:NAME, file:PATH or keychain:NAME").arg(ref.reference),
                {}};
        }
        FERRY_TRY(read, provider->read(ref.reference.mid(colon + 1), baseDir, what));
        value = std::move(read);
    }
    SecretMask::add(value);
    // A line break in a token would inject HTTP headers, and in a password it is a copying mistake.
    for (QChar c : std::as_const(value))
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 holds a line break or another control character (copied with its newline?): fix "
                            "the secret")
                             .arg(what),
                         ref.reference};
    return value;
}

} // namespace Ferry
