#include "secretupdater.h"

#include "core/logging.h"
#include "keychain.h"
#include "secretwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Ferry {

Result<void> SecretUpdater::update(const SecretRef &ref, const QString &baseDir, const QString &field,
                                   const QString &value)
{
    if (auto ok = SecretWriter::checkValue(field, value); !ok)
        return ok.error();
    SecretMask::add(value);
    const QString &r = ref.reference;
    if (r.startsWith(u"keychain:")) {
        if (auto written = Keychain::write(r.mid(9), value); !written) {
            Error e = written.error();
            e.message = tr("%1 could not be saved in the keychain: %2").arg(field, e.message);
            e.field = field;
            return e;
        }
        return {};
    }
    if (r.startsWith(u"file:")) {
        QString name = r.mid(5);
        if (name.startsWith(QStringLiteral("~/")))
            name = QDir::homePath() + name.mid(1);
        const QString path = QDir(baseDir).absoluteFilePath(name);
        const QFileInfo before(path);
        const QFile::Permissions permissions =
            before.exists() ? before.permissions() : (QFile::ReadOwner | QFile::WriteOwner);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
            file.write(value.toUtf8() + '\n') < 0 || !file.commit())
            return Error{ErrorCode::Io,
                         tr("%1 could not be saved to %2: %3; the next run needs the new value")
                             .arg(field, path, file.errorString()),
                         {},
                         field};
        return {};
    }
    if (r.startsWith(u"env:"))
        return Error{ErrorCode::InvalidConfig,
                     tr("the server issued a new %1, but it comes from the environment variable %2, which Ferry "
                        "cannot change for later runs: keep it in the keychain or a file instead")
                         .arg(field, r.mid(4)),
                     {},
                     field};
    return Error{ErrorCode::InvalidConfig,
                 tr("the server issued a new %1, but the job holds no reference to save it to: refer to it with "
                    "{secret: keychain:NAME} or {secret: file:PATH}")
                     .arg(field),
                 {},
                 field};
}

} // namespace Ferry
