#include "secretresolver.h"

#include "core/logging.h"
#include "core/runevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ferry {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::Secrets", text, disambiguation, n);
}
} // namespace

Result<QString> resolveSecret(const SecretRef &ref, const QString &what, const QString &baseDir)
{
    QString value;
    if (ref.reference.isEmpty()) {
        value = ref.inlineValue;
    } else if (ref.reference.startsWith(u"env:")) {
        const QString name = ref.reference.mid(4);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 comes from the environment variable %2, which is not set: export it before running")
                             .arg(what, name),
                         {}};
        value = qEnvironmentVariable(name.toLocal8Bit().constData());
    } else if (ref.reference.startsWith(u"file:")) {
        const QString path = QDir(baseDir).absoluteFilePath(ref.reference.mid(5));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 comes from the file %2, which cannot be read: %3").arg(what, path, file.errorString()),
                         {}};
        if (QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup))
            RunEvents::warning(
                lcEngine, tr("the secret file %1 is readable by other users; restrict it with chmod 600").arg(path));
        value = QString::fromUtf8(file.readAll());
        while (value.endsWith(u'\n') || value.endsWith(u'\r'))
            value.chop(1);
    } else {
        return Error{ErrorCode::InvalidConfig, tr("unknown secret reference '%1'").arg(ref.reference), {}};
    }
    SecretMask::add(value);
    return value;
}

} // namespace Ferry
