#include "jobrunner.h"

#include "connectors/flipletdatasource.h"
#include "connectors/sqlitetable.h"
#include "connectors/sqlsource.h"
#include "core/logging.h"
#include "executor.h"
#include "mapping.h"
#include "planner.h"
#include "secrets/secretresolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <chrono>
#include <future>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::JobRunner", text, disambiguation, n);
}

RunCounts plannedCounts(const Plan &plan)
{
    RunCounts c;
    c.inserted = plan.counts.inserts;
    c.updated = plan.counts.updates;
    c.deleted = plan.counts.deletes;
    c.unchanged = plan.counts.unchanged;
    c.skipped = plan.counts.skipped;
    c.failed = plan.counts.errors;
    return c;
}

Result<std::unique_ptr<Target>> makeTarget(const JobSpec &job, const QString &baseDir, const std::atomic_bool *cancel)
{
    switch (job.targetKind) {
    case TargetKind::Fliplet: {
        FERRY_TRY(token, resolveSecret(job.fliplet.authToken, tr("the Fliplet auth_token"), baseDir));
        return std::unique_ptr<Target>(std::make_unique<FlipletDataSource>(job.fliplet, token, job.retry, cancel));
    }
    case TargetKind::Sqlite:
        return std::unique_ptr<Target>(std::make_unique<SqliteTable>(job.sqlite, baseDir));
    }
    return Error{ErrorCode::Internal, tr("unknown target kind"), {}};
}

class Run
{
public:
    Run(const JobSpec &job, const RunOptions &options) : m_job(job), m_options(options)
    {
        m_report.jobId = job.id;
        m_report.jobName = job.name;
        m_report.file = job.sourcePath;
        m_report.dryRun = options.dryRun;
        m_baseDir = job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
    }

    RunReport run()
    {
        QElapsedTimer timer;
        timer.start();
        if (auto r = steps(); !r)
            fail(r.error());
        m_report.elapsedMs = timer.elapsed();
        if (m_store && m_report.runId) {
            const QString message = m_report.error ? m_report.error->toString() : QString();
            if (auto r = m_store->finishRun(m_report.runId, runStatusName(m_report.status), m_report.counts, message);
                !r)
                qCWarning(lcStore).noquote() << r.error().toString();
        }
        return std::move(m_report);
    }

private:
    void fail(const Error &e)
    {
        m_report.error = e;
        m_report.status = e.code == ErrorCode::Cancelled ? RunStatus::Cancelled
                          : e.code == ErrorCode::Held    ? RunStatus::Held
                                                         : RunStatus::Failed;
    }

    Result<void> steps()
    {
        // The source is read on a thread of its own (its SQL connection lives and dies there) while this
        // thread opens and indexes the target, so the two waits overlap. The reader hands over the mapped
        // column names as soon as the query has run; the target is indexed for those columns.
        FERRY_TRY(password, resolveSecret(m_job.sql.password, tr("the database password"), m_baseDir));
        FERRY_TRY(params, sqlConnectionParams(m_job.sql, m_baseDir, password));
        FERRY_TRY(target, makeTarget(m_job, m_baseDir, m_options.cancel));
        std::atomic_bool stopReader{false};
        std::promise<Result<QStringList>> columnsPromise;
        std::future<Result<QStringList>> columnsReady = columnsPromise.get_future();
        std::future<Result<RecordSet>> reading = std::async(
            std::launch::async,
            [this, params, &stopReader, promise = std::move(columnsPromise)]() mutable -> Result<RecordSet> {
                SqlSource source(params);
                auto columns = source.start(m_job.sql.query);
                Result<MappedColumns> mapped =
                    columns ? mapColumns(*columns, m_job.mapping) : Result<MappedColumns>(columns.error());
                promise.set_value(mapped ? Result<QStringList>(mapped->names) : Result<QStringList>(mapped.error()));
                if (!mapped)
                    return mapped.error();
                FERRY_TRY(raw, source.fetch(&stopReader));
                return applyMapping(std::move(raw), m_job.mapping);
            });
        // Every return below stops the reader, then waits for it (a std::async future waits when destroyed).
        struct StopOnReturn
        {
            std::atomic_bool &flag;
            ~StopOnReturn() { flag.store(true); }
        } stopOnReturn{stopReader};
        if (auto r = target->open(); !r) {
            // A source that failed at once (wrong password, bad query) is the first thing to fix.
            if (columnsReady.wait_for(std::chrono::seconds(0)) == std::future_status::ready && !columnsReady.get())
                return reading.get().error();
            return r.error();
        }
        FERRY_TRY(columns, columnsReady.get());
        auto indexed = target->index(columns);
        if (!indexed)
            return indexed.error();
        while (reading.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
            if (m_options.cancel && m_options.cancel->load())
                stopReader.store(true); // pass the user's cancel on
        FERRY_TRY(read, reading.get());
        auto rows = std::make_shared<const RecordSet>(std::move(read));
        qCInfo(lcEngine).noquote() << tr("%1: %n source row(s) to sync into %2", nullptr,
                                         static_cast<int>(rows->rows.size()))
                                          .arg(m_job.name, target->describe());
        auto snapshot = std::make_shared<const TargetSnapshot>(std::move(indexed).value());

        // Plan
        FERRY_TRY(plan, planSync(std::move(rows), std::move(snapshot), m_job.rules));
        m_report.warnings += plan.warnings;
        m_report.counts = plannedCounts(plan);

        if (m_options.dryRun) {
            m_report.status = plan.counts.errors ? RunStatus::RowErrors : RunStatus::Succeeded;
            if (plan.held)
                m_report.warnings.append(plan.heldReason + tr(" (a real run needs --allow-mass-delete)"));
            m_report.plan = std::move(plan);
            return {};
        }
        // From here on the run is recorded, held plans included.
        const QString stateDir = m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir;
        FERRY_TRY(store, StateStore::open(stateDir));
        m_store = std::move(store);
        FERRY_TRY(runId, m_store->beginRun(m_job.id));
        m_report.runId = runId;
        if (plan.held && !m_options.allowMassDelete) {
            const QString reason = plan.heldReason;
            m_report.plan = std::move(plan);
            m_report.counts = RunCounts{};
            m_report.counts.notAttempted =
                m_report.plan->counts.inserts + m_report.plan->counts.updates + m_report.plan->counts.deletes;
            return Error{ErrorCode::Held, reason + tr("; nothing was written (confirm with --allow-mass-delete)"),
                         target->describe()};
        }

        // Apply
        ExecuteContext context;
        context.store = m_store.get();
        context.runId = runId;
        context.cancel = m_options.cancel;
        context.progress = [this](const RunCounts &c) {
            qCInfo(lcEngine).noquote() << tr("%1: %2 inserted, %3 updated, %4 deleted so far")
                                              .arg(m_job.name)
                                              .arg(c.inserted)
                                              .arg(c.updated)
                                              .arg(c.deleted);
        };
        ExecuteResult executed = execute(plan, *target, context);
        m_report.counts = executed.counts;
        if (plan.counts.errors)
            m_report.plan = std::move(plan); // keep the row errors for the report, whatever happens next
        if (executed.error)
            return *executed.error;
        m_report.status = m_report.counts.failed ? RunStatus::RowErrors : RunStatus::Succeeded;
        return {};
    }

    const JobSpec &m_job;
    const RunOptions &m_options;
    QString m_baseDir;
    RunReport m_report;
    std::unique_ptr<StateStore> m_store;
};

} // namespace

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::RowErrors:
        return QStringLiteral("row-errors");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Held:
        return QStringLiteral("held");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

RunReport runJob(const JobSpec &job, const RunOptions &options)
{
    return Run(job, options).run();
}

} // namespace Ferry
