// FileSourcePaths: the files a file source's path names: one file, or every file a glob in its last part
// matches (exports/*.csv), in name order. Relative paths start from the job file's folder.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ferry {

class FileSourcePaths
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileSourcePaths)
public:
    static bool isGlob(const QString &path);
    // The absolute paths, or NotFound (field source.path) naming what was looked for and where.
    static Result<QStringList> resolve(const QString &path, const QString &baseDir);
};

} // namespace Ferry
