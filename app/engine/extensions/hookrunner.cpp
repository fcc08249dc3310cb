#include "hookrunner.h"

#include "core/values.h"
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

// "{"a":" then ","b":" …: RowSet::appendJsonFields writes a row as an object with them.
QList<QByteArray> fieldPrefixes(const QStringList &columns)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QByteArray p(i == 0 ? "{" : ",");
        Values::appendJsonString(p, columns.at(i));
        p.append(':');
        out.append(p);
    }
    return out;
}

void appendRecords(QByteArray &out, const RecordSet &set, qsizetype begin, qsizetype end)
{
    const QList<QByteArray> prefixes = fieldPrefixes(set.columns);
    out.append('[');
    for (qsizetype r = begin; r < end; ++r) {
        if (r > begin)
            out.append(',');
        if (set.columns.isEmpty())
            out.append('{');
        else
            set.rows.appendJsonFields(out, r, prefixes);
        out.append('}');
    }
    out.append(']');
}

QByteArray recordsJson(const RecordSet &set, qsizetype begin, qsizetype end)
{
    QByteArray out;
    appendRecords(out, set, begin, end);
    return out;
}

void addJsonValue(RowSet &rows, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        rows.addBool(v.toBool());
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            rows.addInt(v.toInteger(static_cast<qint64>(d)));
        else
            rows.addDouble(d);
        return;
    }
    case QJsonValue::String:
        rows.addString(QStringView(v.toString()));
        return;
    case QJsonValue::Array:
        rows.addJson(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        rows.addJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return;
    default:
        rows.addNull();
        return;
    }
}

// The messages of an integrator.io errors array ([{code, message, source}] or strings), joined.
QString errorMessages(const QJsonValue &errors)
{
    QStringList out;
    const auto one = [&](const QJsonValue &e) {
        if (e.isString())
            out.append(e.toString());
        else if (e.isObject()) {
            const QJsonObject o = e.toObject();
            QString m = o.value(QStringLiteral("message")).toString();
            if (m.isEmpty())
                m = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            const QString code = o.value(QStringLiteral("code")).toVariant().toString();
            out.append(code.isEmpty() ? m : QStringLiteral("%1 (%2)").arg(m, code));
        } else if (!e.isNull() && !e.isUndefined())
            out.append(QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)));
    };
    if (errors.isArray())
        for (const QJsonValue &e : errors.toArray())
            one(e);
    else
        one(errors);
    return out.join(QStringLiteral("; "));
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

// A row of a stage's output: a copy of an input row (keep), or a record a hook returned.
struct HookRunner::OutRow
{
    qsizetype origin = -1; // the input row it comes from; -1: a record the hook added
    bool keep = false;     // the input row as it was
    QJsonObject data;      // else: the record
    QJsonObject sent;      // what was sent for origin (its unchanged fields keep their types)
    QString error;         // a row error the hook gave it
};

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
    return e.code == ErrorCode::Cancelled || e.code == ErrorCode::NotFound || e.code == ErrorCode::Internal;
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

Result<QJsonValue> HookRunner::callHook(const QString &hook, int pageIndex, const QByteArray &pageFields)
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
    auto r = m_host->call(m_file, hook, options, hook, m_job.hooks.timeoutMs(), m_cancel);
    if (!r && r.error().code == ErrorCode::NotFound) {
        Error e = r.error();
        e.field = QStringLiteral("hooks.file");
        return e;
    }
    return r;
}

RecordSet HookRunner::assemble(const RecordSet &in, std::vector<OutRow> &out) const
{
    RecordSet result;
    result.columns = in.columns;
    for (const OutRow &o : out)
        if (!o.keep)
            for (auto it = o.data.begin(); it != o.data.end(); ++it)
                if (!result.columns.contains(it.key()))
                    result.columns.append(it.key()); // a field a hook added becomes a column
    const int width = static_cast<int>(result.columns.size());
    const int inWidth = static_cast<int>(in.columns.size());
    result.rows = RowSet(width);
    const qsizetype inRows = std::max<qsizetype>(1, in.rows.size());
    result.rows.reserve(static_cast<qsizetype>(out.size()),
                        in.rows.byteSize() / inRows * static_cast<qsizetype>(out.size()) + 1024);
    for (size_t i = 0; i < out.size(); ++i) {
        const OutRow &o = out[i];
        const qsizetype row = static_cast<qsizetype>(i);
        result.rows.beginRow();
        for (int c = 0; c < width; ++c) {
            const bool fromInput = c < inWidth && o.origin >= 0;
            if (o.keep) {
                if (fromInput)
                    result.rows.addCell(in.rows, o.origin, c);
                else
                    result.rows.addNull();
                continue;
            }
            const QString &name = result.columns.at(c);
            const QJsonValue v = o.data.value(name);
            if (fromInput && v == o.sent.value(name))
                result.rows.addCell(in.rows, o.origin, c); // unchanged: its own type (a date-time stays one)
            else
                addJsonValue(result.rows, v);
        }
        result.rows.endRow();
        if (m_origins)
            m_origins->push_back(o.origin);
        QString error = o.error;
        if (o.origin >= 0 && !in.rowErrors.empty())
            if (const SourceRowError *e = in.rowError(o.origin))
                error = error.isEmpty() ? e->message : e->message + QStringLiteral("; ") + error;
        if (!error.isEmpty())
            result.rowErrors.push_back(SourceRowError{row, error});
        if (o.keep && o.origin >= 0)
            for (const ValueNote &n : in.notes)
                if (n.row == o.origin && result.notes.size() < RecordSet::MaxNotes)
                    result.notes.push_back(ValueNote{n.kind, n.column, row});
    }
    return result;
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

Result<RecordSet> HookRunner::preSavePage(RecordSet rows)
{
    const QString hook = QStringLiteral("preSavePage");
    const qsizetype size = rows.rows.size();
    const qsizetype pageSize = m_job.hooks.effectivePageSize();
    std::vector<OutRow> out; // the current page's
    std::vector<RecordSet> parts;
    const auto flush = [&] {
        if (!out.empty())
            parts.push_back(assemble(rows, out));
        out.clear();
    };
    int page = 0;
    for (qsizetype begin = 0; begin < size; begin += pageSize, ++page) {
        flush();
        const qsizetype end = std::min(size, begin + pageSize);
        const QByteArray records = recordsJson(rows, begin, end);
        const auto failPage = [&](const QString &why) {
            const QString message =
                HookText::tr("preSavePage failed on page %1 (%2): %3").arg(page + 1).arg(pageRange(begin, end), why);
            for (qsizetype r = begin; r < end; ++r)
                out.push_back(OutRow{r, true, {}, {}, message});
        };
        auto answer = callHook(hook, page, ",\"data\":" + records + ",\"errors\":[]");
        if (!answer) {
            if (fatal(answer.error()))
                return answer.error();
            failPage(answer.error().message);
            continue;
        }
        const QJsonObject result = answer->toObject();
        if (!answer->isObject() || !result.value(QStringLiteral("data")).isArray()) {
            // A page may come back without records only when the hook aborts.
            if (!(answer->isObject() && result.value(QStringLiteral("abort")).toBool())) {
                failPage(HookText::tr("it must return {data: [records], errors, abort}, not %1")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{*answer}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1)
                                      .left(200)));
                continue;
            }
        }
        const QString errors = errorMessages(result.value(QStringLiteral("errors")));
        if (!errors.isEmpty())
            m_warnings.append(HookText::tr("preSavePage, page %1: %2").arg(page + 1).arg(errors));
        if (result.value(QStringLiteral("abort")).toBool())
            return Error{ErrorCode::Query,
                         HookText::tr("preSavePage stopped the run on page %1: %2; nothing was written")
                             .arg(page + 1)
                             .arg(errors.isEmpty() ? HookText::tr("it gave no reason") : errors),
                         m_file, QStringLiteral("hooks.calls")};
        const QJsonArray data = result.value(QStringLiteral("data")).toArray();
        // Records in the same number as sent are taken to be the same records, in order: what a hook left
        // as it was keeps its type.
        const bool positional = data.size() == end - begin;
        const QJsonArray sent = positional ? QJsonDocument::fromJson(records).array() : QJsonArray();
        std::vector<OutRow> pageOut;
        bool bad = false;
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (!data.at(i).isObject()) {
                failPage(HookText::tr("data[%1] is not a record (an object)").arg(i));
                bad = true;
                break;
            }
            OutRow o;
            o.data = data.at(i).toObject();
            if (positional) {
                o.origin = begin + i;
                o.sent = sent.at(i).toObject();
            }
            pageOut.push_back(std::move(o));
        }
        if (!bad)
            std::move(pageOut.begin(), pageOut.end(), std::back_inserter(out));
    }
    flush();
    return concatenate(rows.columns, std::move(parts));
}

Result<RecordSet> HookRunner::perRecord(const QString &hook, RecordSet rows, const RecordSet *pre)
{
    const qsizetype size = rows.rows.size();
    const qsizetype pageSize = m_job.hooks.effectivePageSize();
    std::vector<OutRow> out; // the current page's
    std::vector<RecordSet> parts;
    const auto flush = [&] {
        if (!out.empty())
            parts.push_back(assemble(rows, out));
        out.clear();
    };
    int page = 0;
    for (qsizetype begin = 0; begin < size; begin += pageSize, ++page) {
        flush();
        const qsizetype end = std::min(size, begin + pageSize);
        const QByteArray records = recordsJson(rows, begin, end);
        const auto failPage = [&](const QString &why) {
            const QString message =
                HookText::tr("%1 failed on page %2 (%3): %4").arg(hook).arg(page + 1).arg(pageRange(begin, end), why);
            for (qsizetype r = begin; r < end; ++r)
                out.push_back(OutRow{r, true, {}, {}, message});
        };
        QByteArray fields;
        if (pre) {
            fields = ",\"preMapData\":" + recordsJson(*pre, begin, end) + ",\"postMapData\":" + records;
        } else {
            fields = ",\"preMapData\":" + records;
        }
        auto answer = callHook(hook, page, fields);
        if (!answer) {
            if (fatal(answer.error()))
                return answer.error();
            failPage(answer.error().message);
            continue;
        }
        const QJsonArray results = answer->toArray();
        if (!answer->isArray() || results.size() != end - begin) {
            failPage(HookText::tr("it returned %1 for %n record(s); it must return an array with one {data, errors} "
                                  "per record, in order",
                                  nullptr, static_cast<int>(end - begin))
                         .arg(answer->isArray()
                                  ? HookText::tr("%n result(s)", nullptr, static_cast<int>(results.size()))
                                  : HookText::tr("no array")));
            continue;
        }
        const QJsonArray sent = QJsonDocument::fromJson(records).array();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const qsizetype row = begin + i;
            const QJsonValue r = results.at(i);
            if (r.isNull() || r.isUndefined())
                continue; // dropped
            if (!r.isObject()) {
                out.push_back(OutRow{row,
                                     true,
                                     {},
                                     {},
                                     HookText::tr("%1: its result for this record is not {data, "
                                                  "errors}")
                                         .arg(hook)});
                continue;
            }
            const QJsonObject o = r.toObject();
            const QString errors = errorMessages(o.value(QStringLiteral("errors")));
            if (!errors.isEmpty()) {
                // The row stays as it was (its key keeps matching its target record) and fails.
                out.push_back(OutRow{row, true, {}, {}, hook + QStringLiteral(": ") + errors});
                continue;
            }
            const QJsonValue data = o.value(QStringLiteral("data"));
            if (data.isNull() || data.isUndefined())
                continue; // no data: the record is dropped
            if (!data.isObject()) {
                out.push_back(
                    OutRow{row,
                           true,
                           {},
                           {},
                           HookText::tr("%1: the data it returned for this record is not an object").arg(hook)});
                continue;
            }
            out.push_back(OutRow{row, false, data.toObject(), sent.at(i).toObject(), {}});
        }
    }
    flush();
    return concatenate(rows.columns, std::move(parts));
}

std::vector<HookRunner::SubmitError> HookRunner::afterSubmit(const Plan &plan, const std::vector<Outcome> &outcomes)
{
    std::vector<SubmitError> added;
    if (!wants(QStringLiteral("postSubmit")) || outcomes.empty())
        return added;
    const QString hook = QStringLiteral("postSubmit");
    const size_t pageSize = static_cast<size_t>(m_job.hooks.effectivePageSize());
    const QList<QByteArray> prefixes = fieldPrefixes(plan.columns);
    int page = 0;
    for (size_t begin = 0; begin < outcomes.size(); begin += pageSize, ++page) {
        const size_t end = std::min(outcomes.size(), begin + pageSize);
        QByteArray post("[");
        QByteArray response("[");
        for (size_t i = begin; i < end; ++i) {
            const Outcome &o = outcomes[i];
            const Change &c = plan.changes[static_cast<size_t>(o.change)];
            if (i > begin) {
                post += ',';
                response += ',';
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
            if (plan.hasRemoteId(c))
                Values::appendJsonString(response, plan.remoteIdText(c));
            else
                response += "null";
            response += ",\"action\":";
            Values::appendJsonString(response, changeActionName(c.action));
            response += ",\"ignored\":false,\"errors\":[";
            if (!o.error.isEmpty()) {
                response += "{\"code\":\"target\",\"message\":";
                Values::appendJsonString(response, o.error);
                response += '}';
            }
            response += "]}";
        }
        post += ']';
        response += ']';
        // preMapData: the rows as the mapping got them is not kept past planning; the mapped row stands in.
        auto answer = callHook(
            hook, page, ",\"preMapData\":" + post + ",\"postMapData\":" + post + ",\"responseData\":" + response);
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
        const QJsonArray results = answer->toArray();
        if (!answer->isArray() || results.size() != static_cast<qsizetype>(end - begin)) {
            failPage(HookText::tr("it must return the responseData array it was given (one entry per change)"));
            continue;
        }
        for (size_t i = begin; i < end; ++i) {
            if (outcomes[i].statusCode != 200)
                continue; // already a row error
            const QString errors =
                errorMessages(results.at(static_cast<qsizetype>(i - begin)).toObject().value(QStringLiteral("errors")));
            if (!errors.isEmpty())
                added.push_back(SubmitError{outcomes[i].change, hook + QStringLiteral(": ") + errors});
        }
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
