// ferry-cli hook test: one of a job's record hooks (preSavePage, preMap, postMap) run on the first rows of its
// source exactly as a run runs it (the same HookRunner, options and conversions), with each record before and
// after, the records the hook added or dropped, its per-record errors, its failed pages and its console output.
// Synchronous; nothing is written anywhere.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "extensions/extensionhost.h"
#include "job/jobspec.h"
#include "jobcheck.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <vector>

namespace Ferry {

class HookTest
{
public:
    // The hooks that take records before planning (hook test runs these).
    static const QStringList &recordHooks();

    // Reads the first n rows of the job's source and runs hook on them. Before postMap the rows go through
    // what a run does first: the job's own preSavePage and preMap (when hooks.calls names them) and the mapping;
    // before preMap, its preSavePage. An unknown hook or a job without hooks.file is InvalidConfig (field
    // hooks.calls / hooks.file); Node.js missing is NotFound; a hook that fails its page is a page failure.
    [[nodiscard]] static Result<HookTest> run(const JobSpec &job, const QString &hook, qsizetype n,
                                              const CheckOptions &options = {});
    // The same on rows already read from the job's source (the desktop's sample): hook must be one of
    // recordHooks() and the job must have hooks.file.
    [[nodiscard]] static Result<HookTest> runOn(const JobSpec &job, const QString &hook, RecordSet raw,
                                                const std::atomic_bool *cancel);

    QString hook;
    RecordSet before;                // what the hook got
    RecordSet after;                 // what it returned (its per-record errors in after.rowErrors)
    std::vector<qsizetype> origins;  // for each row of after: its row in before, -1 when the hook added it
    std::vector<qsizetype> dropped;  // rows of before the hook returned no record for
    QStringList pageFailures;        // a page the hook failed (its message and stack)
    QStringList warnings;            // what the hook said besides records (preSavePage's errors)
    QList<ExtensionLogLine> console; // what its code printed (console.*, stderr)
};

} // namespace Ferry
