// ferry-cli import / export: job files into and out of the job folder the desktop app shows.
#include "cli.h"

#include <QDir>
#include <QFileInfo>

namespace Ferry::Cli {

int importJobs(const QStringList &files, const JobStore &store)
{
    const auto jobs = loadAll(files);
    if (!jobs)
        return InvalidConfig;
    int exitCode = Success;
    for (const LoadedJob &loaded : *jobs) {
        // Imported as it is, id included: a job already in the folder is not replaced.
        auto saved = store.save(loaded.job);
        if (!saved) {
            QString message = saved.error().message;
            if (loaded.job.sql.password.isInline() || loaded.job.fliplet.authToken.isInline() ||
                loaded.job.flipletSource.authToken.isInline())
                message += CliText::tr(" (or import the file in the Ferry app, which moves it into the keychain)");
            printErr(QStringLiteral("[error] %1: %2\n").arg(loaded.job.sourcePath, message));
            exitCode = InvalidConfig;
            continue;
        }
        printOut(CliText::tr("imported '%1' as %2\n").arg(loaded.job.name, *saved));
    }
    return exitCode;
}

int exportJobs(const QStringList &files, const QString &directory)
{
    if (directory.isEmpty()) {
        printErr(CliText::tr("[error] export needs --to DIR: the folder to write the job files to\n"));
        return InvalidConfig;
    }
    const auto jobs = loadAll(files);
    if (!jobs)
        return InvalidConfig;
    if (!QDir().mkpath(directory)) {
        printErr(CliText::tr("[error] cannot create %1\n").arg(directory));
        return Failed;
    }
    int exitCode = Success;
    for (const LoadedJob &loaded : *jobs) {
        const QString path =
            QDir(directory).filePath(QFileInfo(loaded.job.sourcePath).completeBaseName() + QStringLiteral(".yaml"));
        if (auto saved = saveJobFile(loaded.job, path); !saved) {
            printErr(QStringLiteral("[error] %1\n").arg(saved.error().toString()));
            exitCode = InvalidConfig;
            continue;
        }
        printOut(CliText::tr("exported '%1' to %2\n").arg(loaded.job.name, path));
    }
    return exitCode;
}

} // namespace Ferry::Cli
