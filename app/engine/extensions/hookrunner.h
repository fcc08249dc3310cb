// Runs a job's JavaScript hooks (HooksSpec) on the pages of records of a run, through an ExtensionHost,
// following integrator.io's hook contracts (docs/extensions.md):
//   preSavePage  each page of source records          -> {data, errors, abort}: records changed, added, dropped
//   preMap       each page of records before mapping  -> one {data, errors} per record
//   postMap      each page of mapped rows              -> one {data, errors} per row
//   postSubmit   each page of written changes          -> responseData, errors added become row errors
//   postAggregate once, after an applied run            -> its result is ignored; an error is a warning
// Records travel as JSON objects and come back as rows: a field a hook adds becomes a column, values it left
// as they were keep their type. A hook that fails (throws, rejects, times out, crashes the host) fails its
// page alone: those rows become row errors naming the hook and the page, and the host is restarted for the
// next call. Only an abort, a cancel or Node.js missing stop the run.
//
// Create, use and destroy it on the run's thread.
#pragma once

#include "core/plan.h"
#include "core/recordset.h"
#include "core/result.h"
#include "extensionhost.h"
#include "job/jobspec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

namespace Ferry {

class HookPage;

class HookRunner
{
public:
    HookRunner(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun);
    ~HookRunner();
    Q_DISABLE_COPY_MOVE(HookRunner)

    // Whether the job calls any hook (no Node.js is started for a job that does not).
    static bool hasHooks(const JobSpec &job);
    bool wants(const QString &hook) const { return m_job.hooks.wants(hook); }
    void setRunId(qint64 runId) { m_runId = runId; }
    // Where each output row of the next stages comes from: one entry per row, appended in order, the input row's
    // index or -1 for a record a hook added (the editor's "Test on sample rows"; run one stage to read it so).
    void setOriginTrace(std::vector<qsizetype> *origins) { m_origins = origins; }

    // preSavePage, then preMap, on the source's records (before the mapping).
    [[nodiscard]] Result<RecordSet> beforeMapping(RecordSet rows);
    // postMap on the mapped rows; pre holds the same rows before the mapping (after preMap), row for row.
    [[nodiscard]] Result<RecordSet> afterMapping(const RecordSet &pre, RecordSet mapped);

    // What a written change came to, for postSubmit.
    struct Outcome
    {
        qint64 change = -1;   // index into the applied plan's changes
        int statusCode = 200; // 200 written, 422 refused (errors), 0 not attempted
        QString error;
        QString id; // the record's id as the target reported it (an insert's new id); empty: the plan's, if any
    };
    // A row error a postSubmit hook added.
    struct SubmitError
    {
        qint64 change = -1;
        QString message;
    };
    // postSubmit over the applied changes' outcomes, a page at a time; returns the errors its hooks added.
    // pre: the rows as the mapping got them (preMapData); preRows: for each of the plan's source rows its row in
    // pre (-1: none, a record postMap added), or empty when they are row for row. Null pre: postMapData stands in.
    std::vector<SubmitError> afterSubmit(const Plan &plan, const std::vector<Outcome> &outcomes,
                                         const RecordSet *pre = nullptr, const std::vector<qsizetype> &preRows = {});
    // postAggregate with the run's result; returns a warning when the hook failed.
    std::optional<QString> afterRun(const QJsonObject &postAggregateData);

    // Runs one of preSavePage, preMap or postMap on rows as a run would (pre: postMap's preMapData, row for row),
    // whether or not hooks.calls names it (ferry-cli hook test). origins, when given, gets for each row returned
    // the input row it comes from, or -1 for a record the hook added.
    [[nodiscard]] Result<RecordSet> runHook(const QString &hook, RecordSet rows, const RecordSet *pre,
                                            std::vector<qsizetype> *origins = nullptr);
    // Why pages failed (a throw with its stack, a time-out, a wrong answer) since this runner was made.
    const QStringList &pageFailures() const { return m_pageFailures; }

    // Stops the Node.js process until the next call (a preview waiting for its apply holds none meanwhile).
    void stopHost();

    // What the hooks said besides records (preSavePage's errors, postAggregate's failure): warnings of the run.
    const QStringList &warnings() const { return m_warnings; }

private:
    static constexpr int MaxStalledPages = 3;
    QByteArray commonOptions(const QString &hook, int pageIndex) const;
    // The hook's result as JSON text.
    Result<QByteArray> callHook(const QString &hook, int pageIndex, const QByteArray &pageFields,
                                const ExtensionHost::RawCall &extra = {});
    // Calls hook on rows a page at a time: fields gives a page's options besides the common ones (the page and
    // its first row; it may ask more of the call), read takes its answer (JSON text) into the page. A page whose
    // call or answer fails keeps its rows as they were, each failing with the reason; a fatal() error stops the
    // run, and so do MaxStalledPages pages in a row that timed out or crashed the host.
    Result<RecordSet>
    pages(const QString &hook, const RecordSet &rows,
          const std::function<QByteArray(const HookPage &, qsizetype, ExtensionHost::RawCall &)> &fields,
          const std::function<Result<void>(HookPage &, std::string_view, int)> &read);
    Result<RecordSet> preSavePage(RecordSet rows);
    // preMap and postMap: one {data, errors} per record. pre: the preMapData rows (postMap), else null.
    Result<RecordSet> perRecord(const QString &hook, RecordSet rows, const RecordSet *pre);
    bool fatal(const Error &e) const;
    Result<void> fileExists() const;

    JobSpec m_job;
    QString m_file; // hooks.file, absolute
    const std::atomic_bool *m_cancel;
    bool m_dryRun;
    qint64 m_runId = 0;
    std::unique_ptr<ExtensionHost> m_host;
    QByteArray m_settings; // hooks.settings as JSON
    QStringList m_warnings;
    QStringList m_pageFailures;
    std::vector<qsizetype> *m_origins = nullptr; // setOriginTrace(), or runHook()'s
};

} // namespace Ferry
