#include "preparedrun.h"

#include "connectors/connectorfactory.h"
#include "connectors/flipletdatasource.h"
#include "connectors/modulesource.h"
#include "core/logging.h"
#include "extensions/modulehostcaller.h"
#include "mediacolumns.h"
#include "modulecursorstore.h"
#include "rundeadline.h"
#include "runhooks.h"
#include "sourcereader.h"
#include "store/statestore.h"
#include "sync/executor.h"
#include "sync/planner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace Ferry {

namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Run)
};

Error cancelled()
{
    return Error{ErrorCode::Cancelled, RunText::tr("cancelled"), {}};
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

RunStatus statusFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Cancelled:
        return RunStatus::Cancelled;
    case ErrorCode::Held:
        return RunStatus::Held;
    default:
        return RunStatus::Failed;
    }
}

// Values a target does not get as the source had them, named by row and column: never silently.
QStringList valueWarnings(const RecordSet &rows, TargetKind target)
{
    QStringList out;
    int shown[2] = {0, 0};
    int more[2] = {0, 0};
    constexpr int MaxShown = 5;
    for (const ValueNote &n : rows.notes) {
        // SQLite holds inf and NaN as they are; JSON has no such numbers.
        if (n.kind == ValueNote::NotFinite && target != TargetKind::Fliplet)
            continue;
        if (shown[n.kind] >= MaxShown) {
            ++more[n.kind];
            continue;
        }
        ++shown[n.kind];
        const QString column = rows.columns.value(n.column);
        if (n.kind == ValueNote::NotFinite)
            out.append(RunText::tr("row %1, column %2: %3 is no number JSON can hold; the Fliplet data source gets "
                                   "null (turn it into a value in the query, or null it there)")
                           .arg(n.row + 1)
                           .arg(column, rows.rows.value(n.row, n.column).toString()));
        else
            out.append(RunText::tr("row %1, column %2: the text holds U+FFFD, which the database driver puts in place "
                                   "of bytes that are not UTF-8; it is written as it is (check the column's "
                                   "encoding)")
                           .arg(n.row + 1)
                           .arg(column));
    }
    if (more[ValueNote::NotFinite])
        out.append(RunText::tr("… and %n more number(s) JSON cannot hold", nullptr, more[ValueNote::NotFinite]));
    if (more[ValueNote::ReplacementCharacter])
        out.append(RunText::tr("… and %n more text(s) with U+FFFD", nullptr, more[ValueNote::ReplacementCharacter]));
    if (!out.isEmpty() && rows.notes.size() >= RecordSet::MaxNotes)
        out.append(RunText::tr("(the source was checked for such values up to the first %1)").arg(RecordSet::MaxNotes));
    return out;
}

RunReport reportFor(const JobSpec &job, const RunOptions &options)
{
    RunReport r;
    r.jobId = job.id;
    r.jobName = job.name;
    r.file = job.sourcePath;
    r.dryRun = options.dryRun;
    return r;
}

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

PreparedRun::PreparedRun(const JobSpec &job, const RunOptions &options)
    : m_job(job), m_options(options), m_callerCancel(options.cancel),
      m_deadline(std::make_unique<RunDeadline>(options.cancel)), m_thread(QThread::currentThread()),
      m_report(reportFor(job, options))
{
    m_tag.jobId = job.id;
    m_tag.jobName = job.name;
    m_options.cancel = m_deadline->flag();
    installModuleHostCaller();
}

Error PreparedRun::timedOut(const Error &e) const
{
    if (e.code != ErrorCode::Cancelled || !m_deadline->expired())
        return e;
    const int seconds = m_deadline->timeoutMs() / 1000;
    const QString limit = seconds >= 120 ? RunText::tr("%n minute(s)", nullptr, seconds / 60)
                                         : RunText::tr("%n second(s)", nullptr, std::max(seconds, 1));
    // What was stopped, when it says more than "cancelled" (a commit in flight, for one).
    const QString detail = e.message.contains(u' ') ? QStringLiteral(" (%1)").arg(e.message) : QString();
    return Error{ErrorCode::Timeout,
                 RunText::tr("the run reached its time limit of %1 (retry.run_timeout_ms) and was stopped%2; what "
                             "the target confirmed is recorded, and the next run reconciles the rest")
                     .arg(limit, detail),
                 e.context, QStringLiteral("retry.run_timeout_ms")};
}

PreparedRun::~PreparedRun() = default;

std::unique_ptr<PreparedRun> PreparedRun::prepare(const JobSpec &job, const RunOptions &options)
{
    std::unique_ptr<PreparedRun> run(new PreparedRun(job, options));
    run->prepareNow();
    return run;
}

void PreparedRun::prepareNow()
{
    EventScope scope(m_options.observer, &m_tag);
    QElapsedTimer timer;
    timer.start();
    const bool limited = !m_deadline->armed(); // runJob armed it for the whole run
    if (limited)
        m_deadline->start(m_job.retry.runTimeoutMs);
    auto prepared = prepareSteps();
    if (limited)
        m_deadline->stop();
    if (!prepared) {
        m_report.error = timedOut(prepared.error());
        m_report.status = statusFor(*m_report.error);
        m_media.reset();
        m_target.reset();
        m_hooks.reset();
        RunEvents::phase(RunPhase::Finished);
    }
    m_report.elapsedMs = timer.elapsed();
}

Result<void> PreparedRun::holdLease()
{
    if (!m_store) {
        const QString stateDir = m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir;
        FERRY_TRY(store, StateStore::open(stateDir));
        m_store = std::move(store);
    }
    if (!m_lease) {
        FERRY_TRY(lease, m_store->acquireLease(m_job.id));
        m_lease = std::move(lease);
    }
    return {};
}

void PreparedRun::releaseLease()
{
    m_lease.reset();
    m_store.reset();
}

Result<void> PreparedRun::prepareSteps()
{
    // The source is read on a thread of its own while this thread opens and indexes the target, so the
    // two waits overlap. The reader hands over the mapped column names as soon as the query has run; the
    // target is indexed for those columns.
    const std::atomic_bool *cancel = m_options.cancel;
    RunEvents::phase(RunPhase::Connecting);
    JobSecrets secrets;
    if (m_options.secrets) {
        secrets = *m_options.secrets;
        for (const QString &value : std::as_const(secrets.values))
            SecretMask::add(value); // resolved elsewhere (the keychain), masked here all the same
    } else {
        FERRY_TRY(resolved,
                  m_options.secretStore ? resolveJobSecrets(m_job, *m_options.secretStore) : resolveJobSecrets(m_job));
        secrets = std::move(resolved);
    }
    FERRY_TRY(source, createSource(m_job, secrets));
    if (auto *module = dynamic_cast<ModuleSource *>(source.get())) {
        // getUpdates() continues from the last confirmed run; the new nextSync is kept only by apply().
        const QString stateDir = m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir;
        m_moduleFile = module->moduleFile();
        m_moduleAccount = module->accountFingerprint();
        FERRY_TRY(last, ModuleCursorStore(stateDir, m_job.id).load(m_moduleFile, m_moduleAccount));
        module->setLastSync(last);
        m_moduleCursor = module->cursor();
    }
    FERRY_TRY(target, createTarget(m_job, secrets, cancel));
    m_target = std::move(target);
    if (m_job.targetKind == TargetKind::Fliplet && !m_job.fliplet.files.isEmpty())
        if (auto *fliplet = dynamic_cast<FlipletDataSource *>(m_target.get()))
            m_media = std::make_unique<MediaColumns>(
                m_job, secrets, jobBaseDir(m_job),
                m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir, *fliplet, cancel);
    // With hooks, the reader hands over the source's own rows: preSavePage and preMap see them before the
    // mapping, and the target is indexed for the columns the hooks leave.
    m_hooks = RunHooks::forJob(m_job, cancel, m_options.dryRun);
    SourceReader reader(std::move(source), m_hooks ? QList<FieldMapping>() : m_job.mapping, m_tag, m_options.observer);
    if (auto r = m_target->open(); !r) {
        // A source that failed at once (wrong password, bad query) is the first thing to fix.
        if (auto columns = reader.columnsIfReady(); columns && !*columns)
            return columns->error();
        return r.error();
    }
    auto columns = reader.columns(cancel);
    if (!columns)
        return cancelled();
    if (!*columns)
        return columns->error();
    RunEvents::phase(RunPhase::Indexing);
    if (const QString scope = m_target->memoryScope(); !scope.isEmpty()) {
        // What Ferry wrote to this target before (key -> remote id, a webhook's deliveries) is part of its index.
        // A dry run with no state yet remembers nothing: it does not create the state store for that.
        std::unique_ptr<StateStore> own;
        StateStore *store = m_store.get();
        const QString stateDir = m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir;
        if (!store && QFileInfo::exists(QDir(stateDir).filePath(QStringLiteral("state.sqlite")))) {
            FERRY_TRY(opened, StateStore::open(stateDir));
            own = std::move(opened);
            store = own.get();
        }
        if (store) {
            FERRY_TRY(records, store->remembered(m_job.id, scope));
            m_target->setMemory(std::move(records));
        }
    }
    std::optional<TargetSnapshot> indexed;
    if (!m_hooks) {
        FERRY_TRY(index, m_target->index(m_media ? m_media->withIdColumns(**columns) : **columns));
        indexed = std::move(index);
    }
    auto read = reader.rows(cancel);
    if (!read)
        return cancelled();
    if (!*read)
        return read->error();
    RecordSet readRows = std::move(*read).value();
    if (m_hooks) {
        FERRY_TRY(hooked, m_hooks->rows(std::move(readRows), m_report.warnings));
        readRows = std::move(hooked);
        FERRY_TRY(index, m_target->index(m_media ? m_media->withIdColumns(readRows.columns) : readRows.columns));
        indexed = std::move(index);
    }
    if (m_media) {
        // File columns become the media files' URLs and ids (files not uploaded yet: "upload <name>").
        FERRY_TRY(resolved, m_media->resolve(readRows));
        readRows = std::move(resolved);
    }
    auto rows = std::make_shared<const RecordSet>(std::move(readRows));
    m_report.warnings += valueWarnings(*rows, m_job.targetKind);
    RunEvents::info(lcEngine,
                    RunText::tr("%1: %n source row(s) to sync into %2", nullptr, static_cast<int>(rows->rows.size()))
                        .arg(m_job.name, m_target->describe()));
    auto snapshot = std::make_shared<const TargetSnapshot>(std::move(*indexed));

    RunEvents::phase(RunPhase::Planning, rows->rows.size());
    FERRY_TRY(plan, planSync(std::move(rows), std::move(snapshot), m_job.rules));
    m_report.warnings += plan.warnings;
    m_report.counts = plan.counts;
    m_report.status = plan.counts.failed ? RunStatus::RowErrors : RunStatus::Succeeded;
    m_plan = std::make_shared<const Plan>(std::move(plan));
    m_report.plan = m_plan;
    if (m_media)
        m_report.mediaUploads = m_media->plannedUploads(*m_plan); // files of rows that are not written stay behind
    RunEvents::phase(RunPhase::Planned, m_plan->counts.writes());
    return {};
}

std::shared_ptr<const Plan> PreparedRun::planFor(const std::vector<qint64> &excluded) const
{
    return m_plan ? planWithExclusions(m_plan, excluded, m_job.rules.safeguard) : m_plan;
}

RunReport PreparedRun::apply(const ApplyOptions &options)
{
    RunReport report = reportFor(m_job, m_options);
    report.dryRun = false;
    report.warnings = m_report.warnings;
    if (QThread::currentThread() != m_thread) {
        report.error = Error{ErrorCode::Internal,
                             RunText::tr("a prepared run must be applied on the thread that "
                                         "prepared it"),
                             {}};
        return report;
    }
    if (!m_plan || m_applied) {
        report.error = Error{ErrorCode::Internal,
                             m_applied ? RunText::tr("this plan was applied already; preview again to run the job")
                                       : RunText::tr("the preparation failed; there is no plan to apply"),
                             {}};
        return report;
    }
    m_applied = true;
    RowFailureCollector failedRows(m_options.observer);
    EventScope scope(&failedRows, &m_tag);
    QElapsedTimer timer;
    timer.start();
    const bool limited = !m_deadline->armed(); // runJob armed it for the whole run
    if (limited)
        m_deadline->start(m_job.retry.runTimeoutMs);
    std::shared_ptr<const Plan> applied;
    auto result = [&]() -> Result<void> {
        applied = planFor(options.excluded);
        // Until the executor says otherwise, nothing was written.
        report.counts = Counts{};
        report.counts.unchanged = applied->counts.unchanged;
        report.counts.skipped = applied->counts.skipped;
        report.counts.failed = applied->counts.failed;
        report.counts.notAttempted = applied->counts.writes();
        if (auto r = holdLease(); !r)
            return r.error();
        FERRY_TRY(runId, m_store->beginRun(*m_lease));
        report.runId = runId;
        m_tag.runId = runId;
        return applySteps(options, report, applied);
    }();
    for (RowFailure &f : failedRows.failures()) // the plan's own errors are listed with the plan
        if (!(applied && f.change >= 0 && f.change < static_cast<qint64>(applied->changes.size()) &&
              applied->changes[static_cast<size_t>(f.change)].action == ChangeAction::Error))
            report.failedRows.push_back(std::move(f));
    // Refused before anything was written and with the target as planned: the same plan may be applied again
    // (confirmed, or once the other run ended).
    if (limited)
        m_deadline->stop();
    bool again = false;
    if (!result) {
        report.error = timedOut(result.error());
        report.status = statusFor(*report.error);
        again = result.error().code == ErrorCode::Held || result.error().code == ErrorCode::AlreadyRunning;
    }
    report.elapsedMs = timer.elapsed() + m_report.elapsedMs; // postAggregateData.elapsedMs reads it
    if (m_hooks && report.runId && !again)
        m_hooks->finished(report); // postAggregate
    if (m_store && report.runId) {
        const QString message = report.error ? SecretMask::mask(report.error->toString()) : QString();
        if (auto r = m_store->finishRun(report.runId, runStatusName(report.status), report.counts, message); !r)
            RunEvents::warning(lcStore, r.error().toString());
    }
    releaseLease();
    RunEvents::phase(RunPhase::Finished);
    if (again)
        m_applied = false;
    else {
        m_media.reset();
        m_target.reset(); // the connection is not needed any more
        m_hooks.reset();  // and Node.js neither
    }
    return report;
}

Result<void> PreparedRun::applySteps(const ApplyOptions &options, RunReport &report,
                                     std::shared_ptr<const Plan> &applied)
{
    if (applied->held && options.confirmedDeletes != applied->counts.deleted) {
        report.plan = applied;
        report.counts = Counts{};
        report.counts.notAttempted = applied->counts.writes();
        return Error{ErrorCode::Held, applied->heldReason + RunText::tr("; nothing was written"), m_target->describe()};
    }
    if (options.verifyTarget && applied->counts.writes() > 0) {
        RunEvents::phase(RunPhase::Verifying);
        FERRY_TRY(now, m_target->index(applied->columns));
        if (now.fingerprint() != applied->target->fingerprint())
            return Error{ErrorCode::TargetChanged,
                         RunText::tr("the target changed since this plan was made (it now holds %n record(s)); "
                                     "nothing was written: preview the job again",
                                     nullptr, static_cast<int>(now.rows.size())),
                         m_target->describe()};
    }
    if (isCancelled(m_options.cancel) || isCancelled(m_callerCancel) || isCancelled(m_options.stopBetweenBatches))
        return cancelled();
    if (m_media) {
        // The files the written rows need go to Fliplet media first; a refused upload fails its rows alone.
        qsizetype uploaded = 0;
        FERRY_TRY(withFiles, m_media->upload(applied, uploaded));
        applied = std::move(withFiles);
        report.mediaUploads = uploaded;
    }
    std::vector<FailureRecord> failures;
    for (size_t i = 0; i < applied->changes.size(); ++i) {
        const Change &c = applied->changes[i];
        if (c.action != ChangeAction::Error)
            continue;
        RowErrorEvent event{static_cast<qint64>(i), applied->key(c), applied->reason(c)};
        if (failures.size() < size_t(StateStore::maxFailuresPerRun))
            failures.push_back(FailureRecord{ChangeAction::Error, event.key, event.message, 0});
        RunEvents::rowFailed(event);
    }
    if (auto r = m_store->recordFailures(report.runId, failures); !r)
        RunEvents::warning(lcStore, r.error().toString()); // the run's counts still say how many failed
    RunEvents::phase(RunPhase::Applying, applied->counts.writes());
    ExecuteContext context;
    context.store = m_store.get();
    context.lease = m_lease.get();
    context.runId = report.runId;
    context.jobId = m_job.id;
    context.memoryScope = m_target->memoryScope();
    context.cancel = m_callerCancel; // seen at once between batches
    context.stop = m_options.cancel; // the deadline
    context.stopBetweenBatches = m_options.stopBetweenBatches;
    ExecuteResult executed = m_hooks ? m_hooks->execute(*applied, *m_target, context, RunEvents::observer(), m_tag,
                                                        report.warnings) // with postSubmit
                                     : execute(*applied, *m_target, context);
    report.counts = executed.counts;
    if (applied->counts.failed)
        report.plan = applied; // keep the row errors for the report, whatever happens next
    if (executed.error)
        return *executed.error;
    report.status = report.counts.failed ? RunStatus::RowErrors : RunStatus::Succeeded;
    keepModuleCursor(report, *applied);
    return {};
}

void PreparedRun::keepModuleCursor(RunReport &report, const Plan &applied)
{
    if (!m_moduleCursor)
        return;
    const auto next = m_moduleCursor->next();
    if (!next)
        return;
    // Rows that failed are read again only if nextSync stays where it was.
    if (report.status != RunStatus::Succeeded) {
        report.warnings.append(RunText::tr("the module source's position (nextSync) is not advanced: %n row(s) "
                                           "failed, and the next run reads the same changes again",
                                           nullptr, static_cast<int>(report.counts.failed)));
        return;
    }
    // Changes the user excluded from this run (the desktop's preview) are read again only so, too.
    const auto excluded = std::count_if(applied.changes.cbegin(), applied.changes.cend(),
                                        [](const Change &c) { return c.reason == ChangeReason::ExcludedByUser; });
    if (excluded) {
        report.warnings.append(RunText::tr("the module source's position (nextSync) is not advanced: %n change(s) "
                                           "were excluded from this run, and the next run reads them again",
                                           nullptr, static_cast<int>(excluded)));
        return;
    }
    if (const qsizetype dropped = m_moduleCursor->deletesDropped()) {
        report.warnings.append(RunText::tr("the module source's position (nextSync) is not advanced: the module "
                                           "reported %n deleted record(s) that were not deleted at the target; set "
                                           "sync.delete_column (e.g. _deleted) and the next run deletes them there",
                                           nullptr, static_cast<int>(dropped)));
        return;
    }
    const QString stateDir = m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir;
    if (auto r = ModuleCursorStore(stateDir, m_job.id).save(m_moduleFile, m_moduleAccount, *next); !r)
        report.warnings.append(r.error().toString());
}

RunReport runJob(const JobSpec &job, const RunOptions &options)
{
    if (options.dryRun)
        return PreparedRun::prepare(job, options)->report();
    std::unique_ptr<PreparedRun> prepared(new PreparedRun(job, options));
    // One limit for the whole run, preparation and apply together.
    prepared->m_deadline->start(job.retry.runTimeoutMs);
    {
        EventScope scope(options.observer, &prepared->m_tag);
        if (auto r = prepared->holdLease(); !r) {
            // Not recorded: the job's history shows the run that holds the lease.
            RunReport report = prepared->report();
            report.error = r.error();
            report.status = statusFor(r.error());
            return report;
        }
    }
    prepared->prepareNow();
    if (!prepared->plan()) {
        // Recorded too: the history shows runs that could not start.
        RunReport report = prepared->report();
        StateStore &store = *prepared->m_store;
        if (auto runId = store.beginRun(*prepared->m_lease)) {
            report.runId = *runId;
            const QString message = report.error ? SecretMask::mask(report.error->toString()) : QString();
            if (auto r = store.finishRun(*runId, runStatusName(report.status), Counts{}, message); !r)
                qCWarning(lcStore).noquote() << r.error().toString();
        }
        prepared->releaseLease();
        report.counts = Counts{};
        return report;
    }
    ApplyOptions apply;
    if (options.allowMassDelete) // confirms the plan it has just made
        apply.confirmedDeletes = prepared->planFor({})->counts.deleted;
    apply.verifyTarget = false; // applied straight after planning, under the same lease
    return prepared->apply(apply);
}

} // namespace Ferry
