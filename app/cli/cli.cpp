#include "cli.h"

#include "clilog.h"

#include "core/backgroundthreads.h"
#include "core/logging.h"
#include "job/jobfile.h"
#include "run/preparedrun.h"
#include "run/report.h"
#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Ferry::Cli {

void printErr(const QString &text)
{
    const QByteArray bytes = SecretMask::mask(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printData(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    const QByteArray bytes = SecretMask::mask(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

namespace {

int exitCodeFor(const RunReport &r)
{
    switch (r.status) {
    case RunStatus::Succeeded:
        return Success;
    case RunStatus::RowErrors:
        return RowErrors;
    case RunStatus::Failed:
        return r.error && r.error->code == ErrorCode::InvalidConfig ? InvalidConfig : Failed;
    case RunStatus::Held:
    case RunStatus::Cancelled:
        return Failed;
    }
    return Failed;
}

} // namespace

std::optional<std::vector<LoadedJob>> loadAll(const QStringList &files, bool json)
{
    std::vector<LoadedJob> jobs;
    bool ok = true;
    for (const QString &file : files) {
        auto loaded = loadJobFile(file);
        if (!loaded) {
            printErr(QStringLiteral("[error] %1\n").arg(loaded.error().toString()));
            if (json) {
                const QJsonObject o{
                    {QStringLiteral("file"), file},
                    {QStringLiteral("status"), QStringLiteral("invalid-config")},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), loaded.error().message},
                                                          {QStringLiteral("context"), loaded.error().context}}}};
                printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
            }
            ok = false;
            continue;
        }
        for (const QString &w : loaded->warnings)
            printErr(QStringLiteral("[warning] %1\n").arg(w));
        jobs.push_back(std::move(loaded.value()));
    }
    if (!ok)
        return std::nullopt;
    return jobs;
}

std::optional<JobSpec> loadOne(const Options &options, const QString &command)
{
    if (options.files.size() != 1) {
        printErr(CliText::tr("ferry-cli: %1 takes one job file\n").arg(command));
        return std::nullopt;
    }
    auto jobs = loadAll(options.files, options.json);
    if (!jobs)
        return std::nullopt;
    return std::move(jobs->front().job);
}

// A cancelled read may still be winding down on its own thread: give it a moment to close its connection,
// and if it cannot, end the process without running static destructors under it.
int finish(int exitCode)
{
    if (!BackgroundThreads::waitForAll(5000)) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    return exitCode;
}

std::optional<QStringList> jobFiles(const QStringList &args, bool all, const JobStore &store)
{
    QStringList files;
    if (all) {
        const std::vector<JobStoreEntry> entries = store.scan();
        if (entries.empty())
            printErr(CliText::tr("[warning] --all: the job folder %1 holds no job files\n").arg(store.directory()));
        for (const JobStoreEntry &e : entries)
            files.append(e.path);
    }
    bool ok = true;
    for (const QString &arg : args) {
        // A path when it names a file, or looks like one; otherwise the name of a job in the store.
        if (QFileInfo::exists(arg) || arg.contains(u'/') || JobStore::isJobFileName(arg)) {
            files.append(arg);
            continue;
        }
        auto found = store.find(arg);
        if (!found) {
            printErr(QStringLiteral("[error] %1\n").arg(found.error().toString()));
            ok = false;
            continue;
        }
        files.append(found->path);
    }
    if (!ok)
        return std::nullopt;
    files.removeDuplicates();
    return files;
}

int list(const JobStore &store, bool json)
{
    const std::vector<JobStoreEntry> entries = store.scan();
    int exitCode = Success;
    if (entries.empty() && !json)
        printErr(CliText::tr("no jobs in %1\n").arg(store.directory()));
    for (const JobStoreEntry &e : entries) {
        if (json) {
            QJsonObject o{{QStringLiteral("file"), e.path}, {QStringLiteral("name"), e.displayName()}};
            if (e.loaded)
                o.insert(QStringLiteral("id"), e.loaded->job.id);
            else
                o.insert(QStringLiteral("error"), e.error->toString());
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else if (e.loaded) {
            printOut(QStringLiteral("%1\t%2\t%3\n").arg(e.displayName(), e.loaded->job.id, e.path));
        } else {
            printOut(QStringLiteral("%1\t-\t%2\t%3\n").arg(e.displayName(), e.path, e.error->toString()));
        }
        if (!e.loaded)
            exitCode = InvalidConfig;
    }
    return exitCode;
}

int validate(const QStringList &files)
{
    const auto jobs = loadAll(files);
    if (!jobs)
        return InvalidConfig;
    for (const LoadedJob &j : *jobs)
        printOut(
            CliText::tr("%1: valid %2 job '%3'\n")
                .arg(j.job.sourcePath,
                     j.format == JobFileFormat::FlipletAgent ? CliText::tr("Fliplet Agent") : QStringLiteral("Ferry"),
                     j.job.name));
    return Success;
}

int run(const Options &options, const std::atomic_bool *cancel)
{
    const auto jobs = loadAll(options.files, options.json);
    if (!jobs) {
        printErr(CliText::tr("[error] nothing was run: fix the job files above first\n"));
        return InvalidConfig;
    }
    if (!options.verbosityGiven) {
        // One log for the process: the most verbose level any job asks for (0 debug, 1 info, 2 warning).
        int wanted = 3;
        for (const LoadedJob &j : *jobs) {
            const QString &v = j.job.logVerbosity;
            if (!v.isEmpty())
                wanted = std::min(wanted, v == u"debug" ? 0 : v == u"warning" ? 2 : 1);
        }
        if (wanted < 3)
            setLogLevel(wanted == 0 ? QtDebugMsg : wanted == 1 ? QtInfoMsg : QtWarningMsg);
    }
    int exitCode = Success;
    LogObserver observer;
    const std::shared_ptr<const SecretStore> secrets = secretStoreWithKeychain();
    for (const LoadedJob &loaded : *jobs) {
        if (cancel && cancel->load())
            break;
        RunOptions runOptions;
        runOptions.dryRun = options.dryRun;
        runOptions.allowMassDelete = options.allowMassDelete;
        runOptions.stateDir = options.stateDir;
        runOptions.cancel = cancel;
        runOptions.observer = &observer;
        runOptions.secretStore = secrets;
        RunReport report = runJob(loaded.job, runOptions);
        if (report.dryRun && report.plan && report.plan->held)
            report.warnings.append(report.plan->heldReason + CliText::tr(" (a real run needs --allow-mass-delete)"));
        if (report.status == RunStatus::Held && report.error)
            report.error->message += CliText::tr(" (confirm with --allow-mass-delete)");
        // Reports can be large: they are written as they are made and masked piece by piece (pieces end
        // between changes, so no value is split).
        const ReportSink sink = printData;
        if (options.json) {
            writeReportJson(report, sink);
            printOut(QStringLiteral("\n"));
        } else {
            writeReportText(report, sink);
        }
        if (report.error)
            printErr(QStringLiteral("[error] %1: %2\n").arg(report.jobName, report.error->toString()));
        exitCode = std::max(exitCode, exitCodeFor(report));
    }
    return finish(exitCode);
}

} // namespace Ferry::Cli
