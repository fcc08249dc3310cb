#include "filesourcepaths.h"

#include <QDir>
#include <QFileInfo>

namespace Ferry {

bool FileSourcePaths::isGlob(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.contains(u'*') || name.contains(u'?') || name.contains(u'[');
}

Result<QStringList> FileSourcePaths::resolve(const QString &path, const QString &baseDir)
{
    const QString field = QStringLiteral("source.path");
    if (path.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("no file is given: set the source's path"), {}, field};
    QString full = QDir::isAbsolutePath(path) || baseDir.isEmpty() ? path : QDir(baseDir).filePath(path);
    full = QDir::cleanPath(QFileInfo(full).absoluteFilePath());
    if (!isGlob(full)) {
        const QFileInfo info(full);
        if (!info.exists())
            return Error{ErrorCode::NotFound,
                         tr("the file %1 does not exist: check the path (relative paths start from the job file's "
                            "folder, %2)")
                             .arg(full, baseDir.isEmpty() ? QDir::currentPath() : baseDir),
                         {},
                         field};
        if (info.isDir())
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 is a folder: name a file in it, or all of them with a pattern (%1/*.csv)").arg(full),
                         {},
                         field};
        if (!info.isReadable())
            return Error{ErrorCode::Io, tr("the file %1 cannot be read: check its permissions").arg(full), {}, field};
        return QStringList{full};
    }
    const QFileInfo pattern(full);
    const QDir dir = pattern.absoluteDir();
    if (!dir.exists())
        return Error{
            ErrorCode::NotFound, tr("the folder %1 does not exist: check the path").arg(dir.path()), {}, field};
    QStringList out;
    for (const QString &name : dir.entryList({pattern.fileName()}, QDir::Files | QDir::Readable, QDir::Name))
        out.append(dir.filePath(name));
    if (out.isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("no file in %1 matches %2: check the pattern, or that the export ran")
                         .arg(dir.path(), pattern.fileName()),
                     {},
                     field};
    return out;
}

} // namespace Ferry
