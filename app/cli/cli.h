// The ferry-cli commands, separated from main() so the exit-code rules read in one place.
#pragma once

#include "job/jobfile.h"
#include "job/jobstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace Ferry::Cli {

// The context of ferry-cli's own messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli)
};

enum ExitCode { Success = 0, RowErrors = 1, Failed = 2, InvalidConfig = 3 };

struct Options
{
    QStringList files;
    bool dryRun = false;
    bool json = false;
    bool allowMassDelete = false;
    QString stateDir;
    bool verbosityGiven = false; // --verbose/--quiet; otherwise the jobs' log_verbosity decides
    qsizetype sampleRows = 10;   // sample -n
};

// The files the command line names: paths as given; names of jobs in the store looked up there; with
// all, every job file of the store first. Unset (problems printed) when a name matches no job or several.
std::optional<QStringList> jobFiles(const QStringList &args, bool all, const JobStore &store);
// Lists the store's jobs: name, id, file, and the problem of a broken file. Exit 3 when any is broken.
int list(const JobStore &store, bool json);
int validate(const QStringList &files);
// Copies job files (either format) into the store, as Ferry job files; refuses ids the store has already.
int importJobs(const QStringList &files, const JobStore &store);
// Writes the jobs as Ferry job files into directory (references to secrets only).
int exportJobs(const QStringList &files, const QString &directory);
int run(const Options &options, const std::atomic_bool *cancel);
// The process's exit: a cancelled read may still be winding down on its own thread; it gets a moment to
// close its connection, else the process ends without running static destructors under it.
int finish(int exitCode);
// Tests the source and the target of each job: 0 when all pass, 2 when any fails, 3 for invalid files.
int test(const Options &options, const std::atomic_bool *cancel);
// Prints the first sampleRows mapped source rows of one job as a table (or JSON).
int sample(const Options &options, const std::atomic_bool *cancel);

// hook test: runs one record hook of one job (options.files) on its first options.sampleRows source rows and
// prints each record before -> after and the hook's console output. 0 as expected, 1 records with errors,
// 2 a page failed (a throw: its message and stack) or Node.js is missing, 3 an unknown hook or invalid job.
int hookTest(const Options &options, const QString &hook, const std::atomic_bool *cancel);

struct ModuleCallOptions
{
    QString file;    // the module
    QString method;  // the export to call
    QString input;   // --in: a JSON file; an array holds the arguments, any other value is the one argument
    QString account; // --account: a JSON file, given to init(account) first (when the module has init)
    int timeoutSeconds = 30;
};
// module call: prints the method's result as JSON on stdout; its console output and errors go to stderr.
// 0 success, 2 the method (or init) failed or Node.js is missing, 3 a missing file or malformed JSON.
int moduleCall(const ModuleCallOptions &options, const std::atomic_bool *cancel);

// Shared by the commands: output with secrets masked, and the loading of job files (problems printed;
// with json, also one object per invalid file on stdout). Nothing when any file is invalid.
void printOut(const QString &text); // messages: secrets masked
// Reports and sample rows: their messages are masked where they are written, their data never (a secret
// "2024" must not turn an amount of 2024 into ****).
void printData(QByteArrayView bytes);
void printErr(const QString &text);
std::optional<std::vector<LoadedJob>> loadAll(const QStringList &files, bool json = false);
// The one job file of a command that takes one (sample, hook test); nullopt, said, for none, several or an
// invalid one.
std::optional<JobSpec> loadOne(const Options &options, const QString &command);

} // namespace Ferry::Cli
