// The ferry-cli commands, separated from main() so the exit-code rules read in one place.
#pragma once

#include <QStringList>

#include <atomic>

namespace Ferry::Cli {

enum ExitCode { Success = 0, RowErrors = 1, Failed = 2, InvalidConfig = 3 };

struct Options
{
    QStringList files;
    bool dryRun = false;
    bool json = false;
    bool allowMassDelete = false;
    QString stateDir;
    bool verbosityGiven = false; // --verbose/--quiet; otherwise the jobs' log_verbosity decides
};

int validate(const QStringList &files);
int run(const Options &options, const std::atomic_bool *cancel);

} // namespace Ferry::Cli
