#include "hookrunner.h"

#include "core/jsoncursor.h"
#include "core/values.h"
#include "hookpage.h"
#include "job/hooksformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace Ferry {

namespace {

class HookText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Hooks)
};

// postSubmit's answer, the responseData array: the messages of each entry's errors (empty for none); nullopt
// when it is not an array.
std::optional<std::vector<QString>> entryErrors(const QByteArray &answer)
{
    std::vector<QString> out;
    JsonCursor in(answer.constData(), answer.constData() + answer.size());
    std::string scratch;
    try {
        in.array([&] {
            QString &messages = out.emplace_back();
            if (in.peek() != '{') {
                in.skip();
                return;
            }
            in.object(scratch, [&](std::string_view key) {
                if (key == "errors")
                    messages = HookPage::errorMessages(in.raw());
                else
                    in.skip();
            });
        });
    } catch (const JsonSyntaxError &) {
        return std::nullopt;
    }
    return out;
}

QString pageRange(qsizetype begin, qsizetype end)
{
    return end - begin == 1 ? HookText::tr("row %1").arg(begin + 1)
                            : HookText::tr("rows %1-%2").arg(begin + 1).arg(end);
}

// The pages of a stage, each assembled on its own (so a page's JSON is freed once it is rows), as one set:
// the columns of all in the order met, null where a page lacks one.
RecordSet concatenate(const QStringList &base, std::vector<RecordSet> parts)
{
    if (parts.size() == 1)
        return std::move(parts.front());
    RecordSet out;
    out.columns = base;
    qsizetype rows = 0;
    qsizetype bytes = 0;
    for (const RecordSet &p : parts) {
        for (const QString &c : p.columns)
            if (!out.columns.contains(c))
                out.columns.append(c);
        rows += p.rows.size();
        bytes += p.rows.byteSize();
    }
    const int width = static_cast<int>(out.columns.size());
    out.rows = RowSet(width);
    out.rows.reserve(rows, bytes);
    qsizetype offset = 0;
    for (RecordSet &p : parts) {
        std::vector<int> from(static_cast<size_t>(width));
        for (int i = 0; i < width; ++i)
            from[static_cast<size_t>(i)] = static_cast<int>(p.columns.indexOf(out.columns.at(i)));
        const bool same = p.columns == out.columns;
        for (qsizetype r = 0; r < p.rows.size(); ++r) {
            if (same) {
                out.rows.appendProjected(p.rows, r, from);
                continue;
            }
            out.rows.beginRow();
            for (const int c : from) {
                if (c >= 0)
                    out.rows.addCell(p.rows, r, c);
                else
                    out.rows.addNull();
            }
            out.rows.endRow();
        }
        for (const SourceRowError &e : p.rowErrors)
            out.rowErrors.push_back(SourceRowError{offset + e.row, e.message});
        for (const ValueNote &n : p.notes)
            if (out.notes.size() < RecordSet::MaxNotes)
                out.notes.push_back(
                    ValueNote{n.kind, static_cast<int>(out.columns.indexOf(p.columns.at(n.column))), offset + n.row});
        offset += p.rows.size();
        p = RecordSet{}; // freed as it is copied
    }
    return out;
}

} // namespace

HookRunner::HookRunner(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun)
    : m_job(job), m_file(hooksFilePath(job)), m_cancel(cancel), m_dryRun(dryRun)
{
    m_settings = QJsonDocument(job.hooks.settings).toJson(QJsonDocument::Compact);
}

HookRunner::~HookRunner() = default;

bool HookRunner::hasHooks(const JobSpec &job)
{
    return !job.hooks.file.isEmpty() && !job.hooks.calls.isEmpty();
}

void HookRunner::stopHost()
{
    if (m_host)
        m_host->stop();
}

bool HookRunner::fatal(const Error &e) const
{
    // A cancel, Node.js missing, a hook file that cannot be loaded or lacks the hook, or preSavePage's abort (the
    // only Query error of a page) stop the run; any other failure fails its page.
    return e.code == ErrorCode::Cancelled || e.code == ErrorCode::NotFound || e.code == ErrorCode::Internal ||
           e.code == ErrorCode::Query || e.code == ErrorCode::InvalidConfig;
}

QByteArray HookRunner::commonOptions(const QString &hook, int pageIndex) const
{
    QByteArray o("{\"settings\":");
    o += m_settings;
    o += ",\"pageIndex\":";
    o += QByteArray::number(pageIndex);
    o += ",\"jobId\":";
    Values::appendJsonString(o, m_job.id);
    o += ",\"jobName\":";
    Values::appendJsonString(o, m_job.name);
    o += ",\"runId\":";
    o += m_runId ? QByteArray::number(m_runId) : QByteArray("null");
    o += ",\"dryRun\":";
    o += m_dryRun ? "true" : "false";
    o += ",\"hook\":";
    Values::appendJsonString(o, hook);
    return o;
}

Result<QByteArray> HookRunner::callHook(const QString &hook, int pageIndex, const QByteArray &pageFields,
                                        const ExtensionHost::RawCall &extra)
{
    if (auto r = fileExists(); !r)
        return r.error();
    if (!m_host) {
        ExtensionHostOptions options;
        options.memoryMb = m_job.hooks.effectiveMemoryMb();
        options.workingDirectory = QFileInfo(m_file).absolutePath();
        options.timeoutSetting = QStringLiteral("hooks.timeout");
        m_host = std::make_unique<ExtensionHost>(options);
    }
    QByteArray options = commonOptions(hook, pageIndex);
    options += pageFields;
    options += '}';
    auto r = m_host->callRaw(m_file, hook, options, hook, m_job.hooks.timeoutMs(), m_cancel, extra);
    if (!r && r.error().code == ErrorCode::NotFound) {
        Error e = r.error();
        e.field = QStringLiteral("hooks.file");
        return e;
    }
    if (!r && r.error().code == ErrorCode::InvalidConfig) {
        // The file cannot be loaded or lacks the hook: no page can run, so the run stops at once.
        Error e = r.error();
        if (e.message.contains(QStringLiteral("exports no function"))) {
            e.message = HookText::tr("%1: add %2 to the hook file, or take it out of hooks.calls").arg(e.message, hook);
            e.field = QStringLiteral("hooks.calls");
        } else {
            e.message = HookText::tr("the hook file %1 cannot be loaded: %2").arg(m_file, e.message);
            e.field = QStringLiteral("hooks.file");
        }
        return e;
    }
    return r;
}

Result<void> HookRunner::fileExists() const
{
    if (QFileInfo(m_file).isFile())
        return {};
    // Moved or deleted since the job was checked: no page could run, and an empty source would call nothing.
    return Error{ErrorCode::NotFound,
                 HookText::tr("the hook file %1 does not exist: correct hooks.file (relative to the job file's folder)")
                     .arg(m_file),
                 {},
                 QStringLiteral("hooks.file")};
}

Result<RecordSet> HookRunner::beforeMapping(RecordSet rows)
{
    if (auto r = fileExists(); !r)
        return r.error();
    if (wants(QStringLiteral("preSavePage"))) {
        FERRY_TRY(saved, preSavePage(std::move(rows)));
        rows = std::move(saved);
    }
    if (wants(QStringLiteral("preMap"))) {
        FERRY_TRY(mapped, perRecord(QStringLiteral("preMap"), std::move(rows), nullptr));
        rows = std::move(mapped);
    }
    return rows;
}

Result<RecordSet> HookRunner::afterMapping(const RecordSet &pre, RecordSet mapped)
{
    if (!wants(QStringLiteral("postMap")))
        return mapped;
    return perRecord(QStringLiteral("postMap"), std::move(mapped), &pre);
}

Result<RecordSet> HookRunner::runHook(const QString &hook, RecordSet rows, const RecordSet *pre,
                                      std::vector<qsizetype> *origins)
{
    if (auto r = fileExists(); !r)
        return r.error();
    m_origins = origins;
    Result<RecordSet> out = hook == u"preSavePage"
                                ? preSavePage(std::move(rows))
                                : perRecord(hook, std::move(rows), hook == u"postMap" ? pre : nullptr);
    m_origins = nullptr;
    return out;
}

Result<RecordSet>
HookRunner::pages(const QString &hook, const RecordSet &rows,
                  const std::function<QByteArray(const HookPage &, qsizetype, ExtensionHost::RawCall &)> &fields,
                  const std::function<Result<void>(HookPage &, std::string_view, int)> &read)
{
    const qsizetype size = rows.rows.size();
    const qsizetype pageSize = m_job.hooks.effectivePageSize();
    // Each page assembled on its own, so that its JSON is freed once it is rows.
    std::vector<RecordSet> parts;
    int stalled = 0; // pages in a row whose call timed out or crashed the host
    int page = 0;
    for (qsizetype begin = 0; begin < size; begin += pageSize, ++page) {
        const qsizetype end = std::min(size, begin + pageSize);
        HookPage p(rows, begin, end);
        ExtensionHost::RawCall extra;
        const auto answer = callHook(hook, page, fields(p, begin, extra), extra);
        Result<void> taken =
            answer ? read(p, std::string_view(answer->constData(), static_cast<size_t>(answer->size())), page)
                   : Result<void>(answer.error());
        if (!taken) {
            if (fatal(taken.error()))
                return taken.error();
            const QString message = HookText::tr("%1 failed on page %2 (%3): %4")
                                        .arg(hook)
                                        .arg(page + 1)
                                        .arg(pageRange(begin, end), taken.error().message);
            m_pageFailures.append(message);
            p.fail(message);
            const bool stall = taken.error().code == ErrorCode::Timeout || taken.error().code == ErrorCode::Io;
            stalled = stall ? stalled + 1 : 0;
            if (stalled == MaxStalledPages && end < size)
                // A hook waiting on a service that is down would cost every page its time-out: hours, for nothing.
                return Error{taken.error().code,
                             HookText::tr("%1 timed out or crashed on %n page(s) in a row, so the run stopped instead "
                                          "of waiting on every page; nothing was written. The last: %2",
                                          nullptr, MaxStalledPages)
                                 .arg(hook, message),
                             m_file,
                             taken.error().code == ErrorCode::Timeout ? QStringLiteral("hooks.timeout")
                                                                      : QStringLiteral("hooks.file")};
        } else {
            stalled = 0;
        }
        parts.push_back(p.rows(m_origins));
    }
    return concatenate(rows.columns, std::move(parts));
}

Result<RecordSet> HookRunner::preSavePage(RecordSet rows)
{
    const QString hook = QStringLiteral("preSavePage");
    std::vector<qsizetype> origins; // which record sent each one returned is (the host tracks the objects)
    const auto fields = [&](const HookPage &p, qsizetype, ExtensionHost::RawCall &extra) {
        extra.track = QStringLiteral("data");
        extra.origins = &origins;
        return ",\"data\":" + p.json() + ",\"errors\":[]";
    };
    const auto read = [&](HookPage &p, std::string_view answer, int page) -> Result<void> {
        // {data: [records], errors, abort}
        std::string_view data, errorsJson;
        bool stop = false;
        bool object = false;
        JsonCursor in(answer.data(), answer.data() + answer.size());
        try {
            if (in.peek() == '{') {
                object = true;
                std::string scratch;
                in.object(scratch, [&](std::string_view key) {
                    if (key == "data" && in.peek() == '[') {
                        data = in.raw();
                    } else if (key == "errors") {
                        errorsJson = in.raw();
                    } else if (key == "abort") {
                        // As JavaScript reads it: false, 0, "", null and a missing abort do not stop.
                        JsonCursor::Value v;
                        in.value(v);
                        stop = (v.type == JsonCursor::Value::Bool && v.b) ||
                               (v.type == JsonCursor::Value::Int && v.i != 0) ||
                               (v.type == JsonCursor::Value::Double && v.d != 0 && v.d == v.d) ||
                               (v.type == JsonCursor::Value::String && !v.text.empty()) ||
                               v.type == JsonCursor::Value::Json;
                    } else {
                        in.skip();
                    }
                });
            }
        } catch (const JsonSyntaxError &) {
            object = false;
        }
        // A page may come back without records only when the hook aborts.
        if (data.empty() && !(object && stop))
            return Error{ErrorCode::Server,
                         HookText::tr("it must return {data: [records], errors, abort}, not %1")
                             .arg(QString::fromUtf8(answer.data(), static_cast<qsizetype>(answer.size())).left(200)),
                         {}};
        const QString errors = HookPage::errorMessages(errorsJson);
        if (!errors.isEmpty())
            m_warnings.append(HookText::tr("preSavePage, page %1: %2").arg(page + 1).arg(errors));
        if (stop) // fatal(): the run stops
            return Error{ErrorCode::Query,
                         HookText::tr("preSavePage stopped the run on page %1: %2; nothing was written")
                             .arg(page + 1)
                             .arg(errors.isEmpty() ? HookText::tr("it gave no reason") : errors),
                         m_file, QStringLiteral("hooks.calls")};
        return p.readRecords(data, origins);
    };
    return pages(hook, rows, fields, read);
}

Result<RecordSet> HookRunner::perRecord(const QString &hook, RecordSet rows, const RecordSet *pre)
{
    const auto fields = [&](const HookPage &p, qsizetype begin, ExtensionHost::RawCall &extra) {
        if (pre)
            return ",\"preMapData\":" + HookPage::recordsJson(*pre, begin, begin + p.size()) +
                   ",\"postMapData\":" + p.json();
        extra.aliases.append({QStringLiteral("data"), QStringLiteral("preMapData")}); // integrator.io's name too
        return ",\"preMapData\":" + p.json();
    };
    const auto read = [&](HookPage &p, std::string_view answer, int) { return p.readPerRecord(answer, hook); };
    return pages(hook, rows, fields, read);
}

std::vector<HookRunner::SubmitError> HookRunner::afterSubmit(const Plan &plan, const std::vector<Outcome> &outcomes,
                                                             const RecordSet *pre,
                                                             const std::vector<qsizetype> &preRows)
{
    std::vector<SubmitError> added;
    if (!wants(QStringLiteral("postSubmit")) || outcomes.empty())
        return added;
    const QString hook = QStringLiteral("postSubmit");
    const size_t pageSize = static_cast<size_t>(m_job.hooks.effectivePageSize());
    const QList<QByteArray> prefixes = RowSet::jsonFieldPrefixes(plan.columns);
    const QList<QByteArray> prePrefixes = pre ? RowSet::jsonFieldPrefixes(pre->columns) : QList<QByteArray>();
    // The row the mapping got for a change's source row, or -1.
    const auto preRow = [&](qint64 sourceRow) -> qint64 {
        if (!pre || sourceRow < 0)
            return -1;
        const qint64 row = preRows.empty()                      ? sourceRow
                           : size_t(sourceRow) < preRows.size() ? qint64(preRows[size_t(sourceRow)])
                                                                : -1;
        return row < pre->rows.size() ? row : -1;
    };
    int page = 0;
    for (size_t begin = 0; begin < outcomes.size(); begin += pageSize, ++page) {
        const size_t end = std::min(outcomes.size(), begin + pageSize);
        QByteArray post("[");
        QByteArray before("[");
        QByteArray response("[");
        for (size_t i = begin; i < end; ++i) {
            const Outcome &o = outcomes[i];
            const Change &c = plan.changes[static_cast<size_t>(o.change)];
            if (i > begin) {
                post += ',';
                before += ',';
                response += ',';
            }
            if (pre) {
                const qint64 row = preRow(c.sourceRow);
                if (row < 0 || pre->columns.isEmpty()) {
                    before += row < 0 ? "null" : "{}";
                } else {
                    pre->rows.appendJsonFields(before, row, prePrefixes);
                    before += '}';
                }
            }
            if (c.sourceRow >= 0 && !plan.columns.isEmpty()) {
                plan.source->rows.appendJsonFields(post, c.sourceRow, prefixes);
                post += '}';
            } else if (c.targetRow >= 0 && !plan.columns.isEmpty()) {
                plan.target->rows.appendJsonFields(post, c.targetRow, prefixes);
                post += '}';
            } else {
                post += "null";
            }
            response += "{\"statusCode\":";
            response += QByteArray::number(o.statusCode);
            response += ",\"id\":";
            // The id the target reported (an insert's new one), else the one the plan addressed; null for none.
            const QString id = !o.id.isEmpty() ? o.id : plan.hasRemoteId(c) ? plan.remoteIdText(c) : QString();
            if (id.isEmpty())
                response += "null";
            else
                Values::appendJsonString(response, id);
            response += ",\"action\":";
            Values::appendJsonString(response, changeActionName(c.action));
            response += ",\"ignored\":false,\"errors\":[";
            if (!o.error.isEmpty()) {
                response += "{\"code\":\"target\",\"message\":";
                Values::appendJsonString(response, o.error);
                response += ",\"source\":\"application\"}"; // integrator.io's source of an import's own errors
            }
            response += "]}";
        }
        post += ']';
        before += ']';
        response += ']';
        auto answer = callHook(hook, page,
                               ",\"preMapData\":" + (pre ? before : post) + ",\"postMapData\":" + post +
                                   ",\"responseData\":" + response);
        const auto failPage = [&](const QString &why) {
            for (size_t i = begin; i < end; ++i)
                if (outcomes[i].statusCode == 200)
                    added.push_back(SubmitError{
                        outcomes[i].change, HookText::tr("postSubmit failed on page %1: %2").arg(page + 1).arg(why)});
        };
        if (!answer) {
            if (answer.error().code == ErrorCode::Cancelled)
                return added;
            failPage(answer.error().message);
            continue;
        }
        const auto errors = entryErrors(*answer);
        if (!errors || errors->size() != end - begin) {
            failPage(HookText::tr("it must return the responseData array it was given (one entry per change)"));
            continue;
        }
        for (size_t i = begin; i < end; ++i)
            if (outcomes[i].statusCode == 200 && !errors->at(i - begin).isEmpty()) // else already a row error
                added.push_back(SubmitError{outcomes[i].change, hook + QStringLiteral(": ") + errors->at(i - begin)});
    }
    return added;
}

std::optional<QString> HookRunner::afterRun(const QJsonObject &postAggregateData)
{
    if (!wants(QStringLiteral("postAggregate")))
        return std::nullopt;
    auto answer = callHook(QStringLiteral("postAggregate"), 0,
                           ",\"postAggregateData\":" + QJsonDocument(postAggregateData).toJson(QJsonDocument::Compact));
    if (!answer && answer.error().code != ErrorCode::Cancelled)
        return HookText::tr("postAggregate failed: %1").arg(answer.error().message);
    return std::nullopt;
}

} // namespace Ferry
