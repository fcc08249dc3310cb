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
                "  hook test JOB --hook HOOK [--sample N]\n"
                "                    run one of the job's hooks (preSavePage, preMap, postMap) on its first\n"
                "                    N source rows (default 20): each record before -> after, the hook's\n"
                "                    console output; writes nothing\n"
                "  module call FILE METHOD [--in in.json] [--account account.json]\n"
                "                    run one method of a connector module (init(account) first when it has\n"
                "                    one), print its result as JSON; in.json: an array of arguments, or the\n"
                "                    one argument\n"
                "  daemon            run the job folder's jobs on their schedules until stopped (SIGTERM:\n"
                "                    the batches in flight finish, then exit 0; a second SIGTERM cancels)\n\n"
                "A JOB is a job file's path, or the name of a job in the job folder; --all names them all.\n\n"
                "Exit codes: 0 success, 1 finished with row errors, 2 failed (connection, auth, server, held\n"
                "plan, cancelled; for test: any side failed; for hook test: a page failed), 3 invalid\n"
                "configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main", "run, validate, test, sample, list, import, export, hook, module or "
                                            "daemon"));
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
    const QCommandLineOption hook(QStringLiteral("hook"),
                                  QCoreApplication::translate("main", "hook test: the hook to run (preSavePage, preMap "
                                                                      "or postMap)"),
                                  QStringLiteral("HOOK"));
    const QCommandLineOption sampleSize(QStringLiteral("sample"),
                                        QCoreApplication::translate("main", "hook test: how many source rows (default "
                                                                            "20)"),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption input(QStringLiteral("in"),
                                   QCoreApplication::translate("main", "module call: the JSON file of the method's "
                                                                       "arguments (an array), or of its one argument"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QCoreApplication::translate("main", "module call: the JSON file passed to "
                                                                         "init(account)"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("main", "module call: seconds per call (default 30)"),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    parser.addOptions({dryRun, json, state, massDelete, verbose, quiet, rows, all, jobsDir, exportTo, parallel, hook,
                       sampleSize, input, account, timeout});
    parser.process(app);

    if (parser.isSet(verbose))
        Ferry::Cli::setLogLevel(QtDebugMsg);
    else if (parser.isSet(quiet))
        Ferry::Cli::setLogLevel(QtWarningMsg);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command != u"run" && command != u"validate" && command != u"test" && command != u"sample" &&
        command != u"list" && command != u"import" && command != u"export" && command != u"daemon" &&
        command != u"hook" && command != u"module") {
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "main", "ferry-cli: unknown command '%1': use run, validate, test, sample, list, "
                                          "import, export, hook test, module call or daemon (see --help)\n")
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
    if (command == u"module") {
        if (args.value(1) != u"call" || args.size() != 4) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: use module call FILE METHOD [--in "
                                                                      "in.json] [--account account.json]\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        Ferry::Cli::ModuleCallOptions call;
        call.file = args.at(2);
        call.method = args.at(3);
        call.input = parser.value(input);
        call.account = parser.value(account);
        bool ok = false;
        call.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || call.timeoutSeconds < 1 || call.timeoutSeconds > 3600) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: --timeout needs a number of "
                                                                      "seconds from 1 to 3600\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        std::signal(SIGINT, handleSignal);
        std::signal(SIGTERM, handleSignal);
        return Ferry::Cli::moduleCall(call, &cancelRequested);
    }
    if (command == u"hook" && args.value(1) != u"test") {
        std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: use hook test JOB --hook HOOK [--sample "
                                                                  "N]\n")),
                   stderr);
        return Ferry::Cli::InvalidConfig;
    }
    if (command == u"import") {
        if (args.size() < 2) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: import needs job files\n")), stderr);
            return Ferry::Cli::InvalidConfig;
        }
        return Ferry::Cli::importJobs(args.mid(1), store);
    }
    const auto resolved = Ferry::Cli::jobFiles(args.mid(command == u"hook" ? 2 : 1), parser.isSet(all), store);
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
    if (command == u"hook") {
        options.sampleRows = parser.value(sampleSize).toLongLong(&rowsOk);
        if (!rowsOk || options.sampleRows < 1) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: --sample needs a number of rows\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        if (!parser.isSet(hook)) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: hook test needs --hook preSavePage, "
                                                                      "preMap or postMap\n")),
                       stderr);
            return Ferry::Cli::InvalidConfig;
        }
        return Ferry::Cli::hookTest(options, parser.value(hook), &cancelRequested);
    }
    if (command == u"sample")
        return Ferry::Cli::sample(options, &cancelRequested);
    return Ferry::Cli::run(options, &cancelRequested);
}
