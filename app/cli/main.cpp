// ferry-cli: runs Ferry jobs without a display (servers, cron, CI).
#include "cli.h"
#include "clidaemon.h"
#include "clilog.h"
#include "core/memorytuning.h"
#include "job/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic_bool cancelRequested{false};
std::atomic_int stopSignals{0};

void handleSignal(int)
{
    cancelRequested.store(true);
    stopSignals.fetch_add(1);
}

} // namespace

int main(int argc, char *argv[])
{
    Ferry::tuneMemoryAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    Ferry::Cli::installLogHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Runs Ferry sync jobs (Ferry job files or Fliplet Agent YAML configs) without a display.\n\n"
                "Commands:\n"
                "  run JOB...        sync each job (reads the source, plans, applies)\n"
                "  validate JOB...   check job files without connecting anywhere\n"
                "  test JOB...       connect to each job's source and target and say what they reach\n"
                "  sample JOB        show the first rows the job's source gives, mapped (-n N, default 10)\n"
                "  list              list the jobs of the job folder (the Ferry app's jobs)\n"
                "  import FILE...    copy job files (Ferry or Fliplet Agent) into the job folder\n"
                "  export JOB...     write jobs as Ferry job files into --to DIR\n"
                "  daemon            run the job folder's jobs on their schedules until stopped (SIGTERM:\n"
                "                    the batches in flight finish, then exit 0; a second SIGTERM cancels)\n\n"
                "A JOB is a job file's path, or the name of a job in the job folder; --all names them all.\n\n"
                "Exit codes: 0 success, 1 finished with row errors, 2 failed (connection, auth, server, held\n"
                "plan, cancelled; for test: any side failed), 3 invalid configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main", "run, validate, test, sample, list, import, export or daemon"));
    parser.addPositionalArgument(QStringLiteral("jobs"),
                                 QCoreApplication::translate("main", "job files, or names of jobs in the job folder"),
                                 QStringLiteral("JOB..."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("main", "plan only: show what would change, write "
                                                                        "nothing anywhere"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("main", "print one JSON object per job on stdout"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QCoreApplication::translate("main", "keep run state in DIR (default: the user's "
                                                                       "data folder)"),
                                   QStringLiteral("DIR"));
    const QCommandLineOption massDelete(QStringLiteral("allow-mass-delete"),
                                        QCoreApplication::translate("main", "apply plans that delete more than the "
                                                                            "safeguard allows"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("main", "log debug messages too"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QCoreApplication::translate("main", "log warnings and errors only"));
    const QCommandLineOption rows(QStringLiteral("n"),
                                  QCoreApplication::translate("main", "sample: how many rows to show (default 10)"),
                                  QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QCoreApplication::translate("main", "every job of the job folder"));
    const QCommandLineOption jobsDir(QStringLiteral("jobs"),
                                     QCoreApplication::translate("main", "the job folder (default: the Ferry app's, "
                                                                         "%1)")
                                         .arg(Ferry::JobStore::defaultDirectory()),
                                     QStringLiteral("DIR"));
    const QCommandLineOption exportTo(QStringLiteral("to"),
                                      QCoreApplication::translate("main", "export: the folder to write to"),
                                      QStringLiteral("DIR"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QCoreApplication::translate("main", "daemon: how many jobs may run at once "
                                                                          "(default 2)"),
                                      QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({dryRun, json, state, massDelete, verbose, quiet, rows, all, jobsDir, exportTo, parallel});
    parser.process(app);

    if (parser.isSet(verbose))
        Ferry::Cli::setLogLevel(QtDebugMsg);
    else if (parser.isSet(quiet))
        Ferry::Cli::setLogLevel(QtWarningMsg);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command != u"run" && command != u"validate" && command != u"test" && command != u"sample" &&
        command != u"list" && command != u"import" && command != u"export" && command != u"daemon") {
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "main", "ferry-cli: unknown command '%1': use run, "
                                          "validate, test, sample, list, import, export or daemon (see --help)\n")
                                  .arg(command)),
                   stderr);
        return Ferry::Cli::InvalidConfig;
    }
    const Ferry::JobStore store(parser.isSet(jobsDir) ? parser.value(jobsDir) : Ferry::JobStore::defaultDirectory());
    if (command == u"list")
        return Ferry::Cli::list(store, parser.isSet(json));
    if (command == u"daemon") {
        bool ok = false;
        const int n = parser.value(parallel).toInt(&ok);
        if (!ok || n < 1 || n > 64) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: --parallel needs a number from 1 "
                                                                      "to 64\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        if (args.size() > 1) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: daemon takes no job names: it runs "
                                                                      "every job of the folder (--jobs DIR)\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        std::signal(SIGINT, handleSignal);
        std::signal(SIGTERM, handleSignal);
        // The journal stamps each line itself.
        Ferry::Cli::setLogTimestamps(qEnvironmentVariableIsEmpty("JOURNAL_STREAM"));
        Ferry::Cli::Daemon daemon({store.directory(), parser.value(state), n, &stopSignals});
        QObject::connect(&daemon, &Ferry::Cli::Daemon::stopped, &app, &QCoreApplication::exit, Qt::QueuedConnection);
        if (!daemon.start())
            return Ferry::Cli::InvalidConfig;
        return Ferry::Cli::finish(QCoreApplication::exec());
    }
    if (command == u"import") {
        if (args.size() < 2) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: import needs job files\n")), stderr);
            return Ferry::Cli::InvalidConfig;
        }
        return Ferry::Cli::importJobs(args.mid(1), store);
    }
    const auto resolved = Ferry::Cli::jobFiles(args.mid(1), parser.isSet(all), store);
    if (!resolved)
        return Ferry::Cli::InvalidConfig;
    const QStringList &files = *resolved;
    if (files.isEmpty()) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: %1 needs at least one job file or job "
                                                                  "name, or --all\n")
                                  .arg(command)),
                   stderr);
        return Ferry::Cli::InvalidConfig;
    }
    if (command == u"validate")
        return Ferry::Cli::validate(files);
    if (command == u"export")
        return Ferry::Cli::exportJobs(files, parser.value(exportTo));

    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);
    Ferry::Cli::Options options;
    options.files = files;
    options.dryRun = parser.isSet(dryRun);
    options.json = parser.isSet(json);
    options.allowMassDelete = parser.isSet(massDelete);
    options.stateDir = parser.value(state);
    options.verbosityGiven = parser.isSet(verbose) || parser.isSet(quiet);
    bool rowsOk = false;
    options.sampleRows = parser.value(rows).toLongLong(&rowsOk);
    if (!rowsOk || options.sampleRows < 0) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: -n needs a number of rows\n")), stderr);
        return Ferry::Cli::InvalidConfig;
    }
    if (command == u"test")
        return Ferry::Cli::test(options, &cancelRequested);
    if (command == u"sample")
        return Ferry::Cli::sample(options, &cancelRequested);
    return Ferry::Cli::run(options, &cancelRequested);
}
