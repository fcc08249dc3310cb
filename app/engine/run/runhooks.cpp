#include "runhooks.h"

#include "core/logging.h"
#include "extensions/hookrunner.h"
#include "preparedrun.h"
#include "store/statestore.h"
#include "submitrecorder.h"
#include "sync/mapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Ferry {

namespace {

class RunHooksText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Run)
};

} // namespace

std::unique_ptr<RunHooks> RunHooks::forJob(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun)
{
    if (!HookRunner::hasHooks(job))
        return nullptr;
    return std::unique_ptr<RunHooks>(new RunHooks(job, cancel, dryRun));
}

RunHooks::RunHooks(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun)
    : m_mapping(job.mapping), m_runner(std::make_unique<HookRunner>(job, cancel, dryRun))
{}

RunHooks::~RunHooks() = default;

Result<RecordSet> RunHooks::rows(RecordSet raw, QStringList &warnings)
{
    FERRY_TRY(before, m_runner->beforeMapping(std::move(raw)));
    const bool postMap = m_runner->wants(QStringLiteral("postMap"));
    const bool postSubmit = m_runner->wants(QStringLiteral("postSubmit"));
    // postMap's and postSubmit's preMapData, row for row with the mapped rows: a second copy of the rows, kept
    // only for a job that calls either.
    std::optional<RecordSet> pre;
    if (postMap || postSubmit)
        pre = before;
    m_preRows.clear();
    FERRY_TRY(mapped, applyMapping(std::move(before), m_mapping));
    // postMap may drop rows: which of pre each row it returns comes from, for postSubmit.
    if (postMap && postSubmit)
        m_runner->setOriginTrace(&m_preRows);
    auto after = m_runner->afterMapping(pre ? *pre : mapped, std::move(mapped));
    m_runner->setOriginTrace(nullptr);
    if (!after)
        return after.error();
    if (postSubmit)
        m_pre = std::move(pre);
    warnings += m_runner->warnings();
    m_runner->stopHost(); // started again if apply calls postSubmit or postAggregate
    return std::move(after).value();
}

ExecuteResult RunHooks::execute(const Plan &applied, Target &target, const ExecuteContext &context,
                                RunObserver *observer, const RunTag &tag, QStringList &warnings)
{
    m_runner->setRunId(context.runId);
    if (!m_runner->wants(QStringLiteral("postSubmit")))
        return Ferry::execute(applied, target, context);
    // The recorder sees what execute() reports on this thread, and passes it on to the run's observer; the
    // target reports the ids of what it wrote (inserts' new ids), for responseData.
    target.setReportIds(true);
    SubmitRecorder recorder(observer);
    ExecuteResult executed = [&] {
        EventScope recording(&recorder, &tag);
        return Ferry::execute(applied, target, context);
    }();
    target.setReportIds(false);
    const std::vector<HookRunner::SubmitError> errors =
        m_runner->afterSubmit(applied, recorder.outcomes(), m_pre ? &*m_pre : nullptr, m_preRows);
    if (errors.empty())
        return executed;
    std::vector<FailureRecord> failures;
    for (const HookRunner::SubmitError &e : errors) {
        const Change &c = applied.changes[static_cast<size_t>(e.change)];
        RowErrorEvent event{e.change, applied.key(c), e.message};
        if (failures.size() < size_t(StateStore::maxFailuresPerRun))
            failures.push_back(FailureRecord{c.action, event.key, event.message, 0});
        RunEvents::rowFailed(event);
    }
    executed.counts.failed += static_cast<qint64>(errors.size());
    if (context.store)
        if (auto r = context.store->recordFailures(context.runId, failures); !r)
            RunEvents::warning(lcStore, r.error().toString());
    warnings.append(RunHooksText::tr("postSubmit reported %n row error(s) after writing", nullptr,
                                     static_cast<int>(errors.size())));
    return executed;
}

void RunHooks::finished(RunReport &report)
{
    m_runner->setRunId(report.runId);
    const QJsonObject counts{{QStringLiteral("inserted"), report.counts.inserted},
                             {QStringLiteral("updated"), report.counts.updated},
                             {QStringLiteral("deleted"), report.counts.deleted},
                             {QStringLiteral("unchanged"), report.counts.unchanged},
                             {QStringLiteral("skipped"), report.counts.skipped},
                             {QStringLiteral("failed"), report.counts.failed},
                             {QStringLiteral("notAttempted"), report.counts.notAttempted}};
    QJsonArray errors;
    if (report.error)
        errors.append(QJsonObject{{QStringLiteral("code"), errorCodeName(report.error->code)},
                                  {QStringLiteral("message"), SecretMask::mask(report.error->toString())}});
    const QJsonObject data{{QStringLiteral("success"), report.status == RunStatus::Succeeded},
                           {QStringLiteral("status"), runStatusName(report.status)},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("errors"), errors},
                           {QStringLiteral("elapsedMs"), report.elapsedMs}};
    if (auto warning = m_runner->afterRun(data)) {
        RunEvents::warning(lcEngine, *warning);
        report.warnings.append(*warning);
    }
}

} // namespace Ferry
