// ferry-cli: runs Ferry jobs without a display (servers, cron, CI).
#include "cli.h"
#include "clilog.h"
#include "core/memorytuning.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic_bool cancelRequested{false};

void handleSignal(int)
{
    cancelRequested.store(true);
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
                "  run FILE...       sync each job (reads the source, plans, applies)\n"
                "  validate FILE...  check job files without connecting anywhere\n"
                "  test FILE...      connect to each job's source and target and say what they reach\n"
                "  sample FILE       show the first rows the job's source gives, mapped (-n N, default 10)\n\n"
                "Exit codes: 0 success, 1 finished with row errors, 2 failed (connection, auth, server, held\n"
                "plan, cancelled; for test: any side failed), 3 invalid configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "run, validate, test or sample"));
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "job files"),
                                 QStringLiteral("FILE..."));
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
    parser.addOptions({dryRun, json, state, massDelete, verbose, quiet, rows});
    parser.process(app);

    if (parser.isSet(verbose))
        Ferry::Cli::setLogLevel(QtDebugMsg);
    else if (parser.isSet(quiet))
        Ferry::Cli::setLogLevel(QtWarningMsg);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QStringList files = args.mid(1);
    if (command != u"run" && command != u"validate" && command != u"test" && command != u"sample") {
        std::fputs(qPrintable(QCoreApplication::translate("main", "ferry-cli: unknown command '%1': use run, "
                                                                  "validate, test or sample (see --help)\n")
                                  .arg(command)),
                   stderr);
        return Ferry::Cli::InvalidConfig;
    }
    if (files.isEmpty()) {
        std::fputs(
            qPrintable(QCoreApplication::translate("main", "ferry-cli: %1 needs at least one job file\n").arg(command)),
            stderr);
        return Ferry::Cli::InvalidConfig;
    }
    if (command == u"validate")
        return Ferry::Cli::validate(files);

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
