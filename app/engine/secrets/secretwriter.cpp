#include "secretwriter.h"

#include "core/logging.h"
#include "httpauthsecrets.h"
#include "keychain.h"
#include "secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ferry {

namespace {

constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;

// "<jobId>-<field>", with anything but letters, digits, '.', '_' and '-' replaced, so a job id cannot
// reach outside the folder.
QString secretFileName(const QString &jobId, const QString &field)
{
    QString name = jobId + u'-' + field;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'-')
            c = u'_';
    }
    if (name.startsWith(u'.'))
        name[0] = u'_';
    return name;
}

QString directoryOr(const QString &directory)
{
    return QDir::cleanPath(QDir(directory.isEmpty() ? SecretWriter::secretsDirectory() : directory).absolutePath());
}

// The secret fields of a job, writable.
SecretRef *secretAt(JobSpec &job, const QString &field)
{
    if (field == u"source.password")
        return &job.sql.password;
    if (field == u"target.auth_token")
        return &job.fliplet.authToken;
    if (field == u"source.auth_token")
        return &job.flipletSource.authToken;
    if (field == u"target.password")
        return &job.sqlTarget.connection.password;
    if (field == u"target.signing_secret")
        return &job.webhook.signingSecret;
    static const QRegularExpression fileHeader(QStringLiteral("^target\\.files\\[(\\d+)\\]\\.headers\\.(.+)$"));
    if (const auto m = fileHeader.match(field); m.hasMatch()) {
        const qsizetype i = m.captured(1).toLongLong();
        if (i >= job.fliplet.files.size())
            return nullptr;
        for (auto &[name, secret] : job.fliplet.files[i].secretHeaders)
            if (name == m.captured(2))
                return &secret;
        return nullptr;
    }
    if (field.startsWith(u"target.auth.")) {
        if (job.targetKind == TargetKind::Rest)
            return httpAuthSecretAt(job.rest.auth, QStringLiteral("target.auth"), field);
        if (job.targetKind == TargetKind::Webhook)
            return httpAuthSecretAt(job.webhook.auth, QStringLiteral("target.auth"), field);
        return nullptr;
    }
    return httpAuthSecretAt(job.http.auth, QStringLiteral("source.auth"), field);
}

} // namespace

QString SecretWriter::secretsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Ferry/secrets");
}

Result<void> SecretWriter::checkValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("%1 is empty: enter the secret itself").arg(field), {}, field};
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            const bool lineBreak = c == u'\n' || c == u'\r';
            return Error{
                ErrorCode::InvalidConfig,
                lineBreak
                    ? tr("%1 contains a line break; a secret is one line: paste only the secret itself").arg(field)
                    : tr("%1 contains a control character (U+%2); a secret is printable text: paste "
                         "only the secret itself")
                          .arg(field)
                          .arg(c.unicode(), 4, 16, QChar(u'0')),
                {},
                field};
        }
    }
    return {};
}

Result<QString> SecretWriter::store(SecretDestination to, const QString &jobId, const QString &field,
                                    const QString &value, const QString &directory)
{
    switch (to) {
    case SecretDestination::Keychain:
        return storeInKeychain(jobId, field, value);
    case SecretDestination::File:
        return storeInFile(jobId, field, value, directory);
    }
    return Error{ErrorCode::Internal, QStringLiteral("unknown secret destination"), {}, field};
}

Result<QString> SecretWriter::storeInKeychain(const QString &jobId, const QString &field, const QString &value)
{
    if (auto ok = checkValue(field, value); !ok)
        return ok.error();
    SecretMask::add(value);
    if (jobId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the job has no id to name its keychain entries after"), {}, field};
    const QString entry = Keychain::entryName(jobId, field);
    if (auto written = Keychain::write(entry, value); !written) {
        Error e = written.error();
        e.field = field;
        e.message = tr("%1 could not be stored in the keychain: %2").arg(field, e.message);
        return e;
    }
    return Keychain::reference(jobId, field);
}

Result<QString> SecretWriter::storeInFile(const QString &jobId, const QString &field, const QString &value,
                                          const QString &directory)
{
    if (auto ok = checkValue(field, value); !ok)
        return ok.error();
    SecretMask::add(value);
    if (jobId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the job has no id to name its secret files after"), {}, field};
    const QString dir = directoryOr(directory);
    if (!QDir().mkpath(dir))
        return Error{
            ErrorCode::Io, tr("%1 cannot be stored: the folder %2 cannot be created").arg(field, dir), {}, field};
    // The folder is the first fence: nobody else may list it or reach into it.
    if (!QFile::setPermissions(dir, PrivateFolder))
        return Error{ErrorCode::Io,
                     tr("%1 cannot be stored: the folder %2 cannot be made private to you (chmod 700)").arg(field, dir),
                     {},
                     field};
    const QString path = dir + u'/' + secretFileName(jobId, field);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFile) || file.write(value.toUtf8()) < 0 ||
        !file.commit())
        return Error{
            ErrorCode::Io, tr("%1 cannot be stored in %2: %3").arg(field, path, file.errorString()), {}, field};
    if (!QFile::setPermissions(path, PrivateFile)) {
        QFile::remove(path);
        return Error{ErrorCode::Io,
                     tr("%1 cannot be stored: %2 cannot be made private to you (chmod 600)").arg(field, path),
                     {},
                     field};
    }
    return QStringLiteral("file:") + path;
}

Result<QString> SecretWriter::environmentReference(const QString &field, const QString &variable)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")));
    if (!name.match(variable).hasMatch())
        return Error{ErrorCode::InvalidConfig,
                     tr("%1: '%2' is not an environment variable name (letters, digits and _, not starting with a "
                        "digit)")
                         .arg(field, variable),
                     {},
                     field};
    return QStringLiteral("env:") + variable;
}

Result<JobSpec> SecretWriter::moveInlineSecrets(const JobSpec &job, SecretDestination to, const QString &directory)
{
    struct Move
    {
        QString field;
        QString value;
    };
    QList<Move> moves;
    for (const SecretField &f : secretFields(job)) {
        if (f.ref.isInline())
            moves.append({f.path, f.ref.inlineValue});
    }
    const QString urlSecret = urlPassword(job.sql.url);
    if (!urlSecret.isEmpty()) {
        if (!job.sql.password.isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("the database URL holds a password and source.password is set too: remove the password "
                            "from the URL"),
                         job.name, QStringLiteral("source.url")};
        moves.append({QStringLiteral("source.password"), urlSecret});
    }

    JobSpec out = job;
    JobSpec undo = job; // holds only the references this call wrote, to delete them on failure
    undo.sql.password = {};
    undo.fliplet.authToken = {};
    undo.flipletSource.authToken = {};
    undo.sqlTarget.connection.password = {};
    undo.webhook.signingSecret = {};
    for (FlipletFileColumn &f : undo.fliplet.files)
        f.secretHeaders.clear();
    for (HttpAuthSpec *a : {&undo.http.auth, &undo.rest.auth, &undo.webhook.auth})
        for (SecretRef *r : {&a->token, &a->password, &a->key, &a->clientSecret, &a->refreshToken})
            *r = {};
    for (const Move &m : moves) {
        Q_ASSERT(secretAt(out, m.field)); // every field secretFields() lists has its place in secretAt()
        if (!secretAt(out, m.field))
            return Error{ErrorCode::InvalidConfig, tr("Ferry cannot store %1 in the keychain").arg(m.field), job.name,
                         m.field};
        auto reference = store(to, job.id, m.field, m.value, directory);
        if (!reference) {
            if (auto undone = deleteJobSecrets(undo, directory); !undone)
                qCWarning(lcKeychain).noquote() << SecretMask::mask(undone.error().toString());
            Error e = reference.error();
            e.field = m.field;
            return e;
        }
        *secretAt(out, m.field) = SecretRef{*reference, {}};
        *secretAt(undo, m.field) = SecretRef{*reference, {}};
    }
    if (!urlSecret.isEmpty())
        out.sql.url = urlWithoutPassword(out.sql.url);
    return out;
}

Result<void> SecretWriter::deleteJobSecrets(const JobSpec &job, const QString &directory)
{
    const QString dir = directoryOr(directory);
    std::optional<Error> first;
    for (const SecretField &f : secretFields(job)) {
        const QString &reference = f.ref.reference;
        const QString entry = Keychain::entryOf(reference);
        if (!entry.isEmpty()) {
            // Only the job's own entries: a reference copied from another job must not delete that job's.
            if (!job.id.isEmpty() && entry.startsWith(job.id + u'/')) {
                if (auto removed = Keychain::remove(entry); !removed && !first) {
                    first = removed.error();
                    first->field = f.path;
                }
            }
        } else if (reference.startsWith(u"file:")) {
            const QFileInfo file(reference.mid(5));
            if (file.isAbsolute() && QDir::cleanPath(file.absolutePath()) == dir && file.exists() &&
                !QFile::remove(file.absoluteFilePath()) && !first)
                first = Error{
                    ErrorCode::Io, tr("the secret file %1 cannot be deleted").arg(file.absoluteFilePath()), {}, f.path};
        }
    }
    if (first)
        return *first;
    return {};
}

} // namespace Ferry
