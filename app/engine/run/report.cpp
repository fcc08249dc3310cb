#include "report.h"

#include "core/logging.h"
#include "core/plan.h"
#include "core/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ferry {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Report)
};

// Collects output and hands it to the sink in large pieces.
class Buffered
{
public:
    explicit Buffered(const ReportSink &sink) : m_sink(sink) {}
    ~Buffered() { flush(); }
    QByteArray &out() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        if (!m_buffer.isEmpty())
            m_sink(m_buffer);
        m_buffer.truncate(0);
    }

private:
    const ReportSink &m_sink;
    QByteArray m_buffer;
};

// A real run lists only its row errors; a dry run or held plan lists everything planned.
bool listed(const RunReport &r, const Change &c)
{
    return r.dryRun || r.status == RunStatus::Held || c.action == ChangeAction::Error;
}

void appendKeyValue(QByteArray &out, const char *key, QStringView value)
{
    out.append('"');
    out.append(key);
    out.append("\":");
    Values::appendJsonString(out, value);
}

void appendChangeJson(QByteArray &out, const Plan &plan, const Change &c)
{
    out.append('{');
    appendKeyValue(out, "action", changeActionName(c.action));
    out.append(',');
    appendKeyValue(out, "key", plan.key(c));
    if (plan.hasRemoteId(c)) {
        out.append(",\"remote_id\":");
        if (plan.target->idTexts.isEmpty())
            Values::appendJsonInteger(out, plan.remoteId(c));
        else
            Values::appendJsonString(out, plan.remoteIdText(c));
    }
    out.append(',');
    appendKeyValue(out, "reason", SecretMask::mask(plan.reason(c)));
    const QList<FieldChange> fields = plan.fieldChanges(c);
    if (!fields.isEmpty()) {
        out.append(",\"fields\":[");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const FieldChange &f = fields[i];
            out.append(i ? ",{" : "{");
            appendKeyValue(out, "field", f.field);
            out.append(",\"old\":");
            Values::appendJson(out, f.before);
            out.append(",\"new\":");
            Values::appendJson(out, f.after);
            out.append('}');
        }
        out.append(']');
    } else {
        const bool fromTarget = c.action == ChangeAction::Delete;
        const qint64 row = fromTarget ? c.targetRow : c.sourceRow;
        if (row >= 0) {
            const RowSet &rows = fromTarget ? plan.target->rows : plan.source->rows;
            out.append(",\"values\":{");
            for (int i = 0; i < plan.columns.size(); ++i) {
                if (i)
                    out.append(',');
                Values::appendJsonString(out, plan.columns[i]);
                out.append(':');
                rows.appendJson(out, row, i);
            }
            out.append('}');
        }
    }
    out.append('}');
}

QString sign(ChangeAction a)
{
    switch (a) {
    case ChangeAction::Insert:
        return QStringLiteral("+");
    case ChangeAction::Update:
        return QStringLiteral("~");
    case ChangeAction::Delete:
        return QStringLiteral("-");
    case ChangeAction::Error:
        return QStringLiteral("!");
    default:
        return QStringLiteral(" ");
    }
}

} // namespace

void writeReportJson(const RunReport &r, const ReportSink &sink)
{
    QJsonObject o;
    o.insert(QStringLiteral("job"), r.jobName);
    o.insert(QStringLiteral("job_id"), r.jobId);
    o.insert(QStringLiteral("file"), r.file);
    o.insert(QStringLiteral("dry_run"), r.dryRun);
    o.insert(QStringLiteral("status"), runStatusName(r.status));
    o.insert(QStringLiteral("inserted"), r.counts.inserted);
    o.insert(QStringLiteral("updated"), r.counts.updated);
    o.insert(QStringLiteral("deleted"), r.counts.deleted);
    o.insert(QStringLiteral("unchanged"), r.counts.unchanged);
    o.insert(QStringLiteral("skipped"), r.counts.skipped);
    o.insert(QStringLiteral("failed"), r.counts.failed);
    o.insert(QStringLiteral("not_attempted"), r.counts.notAttempted);
    o.insert(QStringLiteral("elapsed_ms"), r.elapsedMs);
    if (r.runId)
        o.insert(QStringLiteral("run_id"), r.runId);
    if (r.mediaUploads)
        o.insert(r.dryRun ? QStringLiteral("media_uploads_planned") : QStringLiteral("media_uploads"), r.mediaUploads);
    QStringList warnings;
    for (const QString &w : r.warnings)
        warnings.append(SecretMask::mask(w));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (!r.failedRows.empty()) {
        QJsonArray failed;
        for (const RowFailure &f : r.failedRows)
            failed.append(QJsonObject{{QStringLiteral("key"), SecretMask::mask(f.key)},
                                      {QStringLiteral("message"), SecretMask::mask(f.message)}});
        o.insert(QStringLiteral("failed_rows"), failed);
    }
    if (r.error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(r.error->code)},
                                                      {QStringLiteral("message"), SecretMask::mask(r.error->message)},
                                                      {QStringLiteral("context"), SecretMask::mask(r.error->context)},
                                                      {QStringLiteral("field"), r.error->field}});
    if (r.plan && r.plan->held)
        o.insert(QStringLiteral("held"), SecretMask::mask(r.plan->heldReason));

    Buffered out(sink);
    out.out() = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!r.plan)
        return;
    out.out().chop(1); // the closing brace: the change list follows
    out.out().append(r.dryRun || r.status == RunStatus::Held ? ",\"changes\":[" : ",\"errors\":[");
    bool first = true;
    for (const Change &c : r.plan->changes) {
        if (!listed(r, c))
            continue;
        if (!first)
            out.out().append(',');
        first = false;
        appendChangeJson(out.out(), *r.plan, c);
        out.maybeFlush();
    }
    out.out().append("]}");
}

void writeReportText(const RunReport &r, const ReportSink &sink)
{
    Buffered out(sink);
    const auto line = [&out](const QString &text) {
        out.out().append(text.toUtf8());
        out.maybeFlush();
    };
    line(ReportText::tr("%1 (%2)%3: %4\n")
             .arg(r.jobName, r.file, r.dryRun ? ReportText::tr(" [dry run]") : QString(), runStatusName(r.status)));
    const Counts &c = r.counts;
    line((r.dryRun
              ? ReportText::tr("  would insert %1, update %2, delete %3; %4 unchanged, %5 skipped, %6 with errors\n")
              : ReportText::tr("  inserted %1, updated %2, deleted %3; %4 unchanged, %5 skipped, %6 failed\n"))
             .arg(c.inserted)
             .arg(c.updated)
             .arg(c.deleted)
             .arg(c.unchanged)
             .arg(c.skipped)
             .arg(c.failed));
    if (r.mediaUploads)
        line((r.dryRun ? ReportText::tr("  would upload %1 file(s) to Fliplet media\n")
                       : ReportText::tr("  uploaded %1 file(s) to Fliplet media\n"))
                 .arg(r.mediaUploads));
    if (c.notAttempted)
        line(ReportText::tr("  %1 change(s) not attempted\n").arg(c.notAttempted));
    if (r.plan) {
        for (const Change &ch : r.plan->changes) {
            if (!listed(r, ch))
                continue;
            const QString key = r.plan->key(ch);
            line(QStringLiteral("  %1 %2 %3: %4\n")
                     .arg(sign(ch.action), changeActionName(ch.action).leftJustified(6),
                          key.isEmpty() ? ReportText::tr("(no key)") : key, SecretMask::mask(r.plan->reason(ch))));
            for (const FieldChange &f : r.plan->fieldChanges(ch))
                line(QStringLiteral("      %1: %2 -> %3\n")
                         .arg(f.field, QString::fromUtf8(Values::toJson(f.before)),
                              QString::fromUtf8(Values::toJson(f.after))));
        }
    }
    for (const RowFailure &f : r.failedRows) // refused when written
        line(QStringLiteral("  ! %1 %2: %3\n")
                 .arg(ReportText::tr("failed").leftJustified(6),
                      f.key.isEmpty() ? ReportText::tr("(no key)") : SecretMask::mask(f.key),
                      SecretMask::mask(f.message)));
    for (const QString &w : r.warnings)
        line(ReportText::tr("  warning: %1\n").arg(SecretMask::mask(w)));
    if (r.error)
        line(ReportText::tr("  error: %1\n").arg(SecretMask::mask(r.error->toString())));
}

} // namespace Ferry
