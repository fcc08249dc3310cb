#include "report.h"

#include "core/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::Report", text, disambiguation, n);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (Values::isNull(v))
        return QJsonValue::Null;
    return QJsonDocument::fromJson("[" + Values::toJson(v) + "]").array().at(0);
}

QJsonObject rowObject(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i)
        o.insert(columns[i], jsonValue(values.value(i)));
    return o;
}

QJsonObject changeToJson(const Plan &plan, const Change &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), changeActionName(c.action));
    o.insert(QStringLiteral("key"), c.key);
    if (plan.hasRemoteId(c))
        o.insert(QStringLiteral("remote_id"), plan.remoteId(c));
    o.insert(QStringLiteral("reason"), c.reason);
    if (c.action == ChangeAction::Update || (c.action == ChangeAction::Skip && !c.fields.isEmpty())) {
        QJsonArray fields;
        for (const FieldChange &f : c.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                      {QStringLiteral("old"), jsonValue(f.before)},
                                      {QStringLiteral("new"), jsonValue(f.after)}});
        o.insert(QStringLiteral("fields"), fields);
    } else if (c.sourceRow >= 0 || c.targetRow >= 0) {
        o.insert(QStringLiteral("values"), rowObject(plan.columns, plan.values(c)));
    }
    return o;
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

QString quoted(const QVariant &v)
{
    if (Values::isNull(v))
        return QStringLiteral("null");
    return QString::fromUtf8(Values::toJson(v));
}

} // namespace

QJsonObject reportToJson(const RunReport &r)
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
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    if (r.error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), r.error->message},
                                                      {QStringLiteral("context"), r.error->context}});
    if (r.plan) {
        QJsonArray changes;
        for (const Change &c : r.plan->changes) {
            // A real run lists only its row errors; a dry run or held plan lists everything planned.
            if (!r.dryRun && r.status != RunStatus::Held && c.action != ChangeAction::Error)
                continue;
            changes.append(changeToJson(*r.plan, c));
        }
        o.insert(r.dryRun || r.status == RunStatus::Held ? QStringLiteral("changes") : QStringLiteral("errors"),
                 changes);
        if (r.plan->held)
            o.insert(QStringLiteral("held"), r.plan->heldReason);
    }
    return o;
}

QString reportToText(const RunReport &r)
{
    QString out;
    out +=
        tr("%1 (%2)%3: %4\n").arg(r.jobName, r.file, r.dryRun ? tr(" [dry run]") : QString(), runStatusName(r.status));
    const RunCounts &c = r.counts;
    out += (r.dryRun ? tr("  would insert %1, update %2, delete %3; %4 unchanged, %5 skipped, %6 with errors\n")
                     : tr("  inserted %1, updated %2, deleted %3; %4 unchanged, %5 skipped, %6 failed\n"))
               .arg(c.inserted)
               .arg(c.updated)
               .arg(c.deleted)
               .arg(c.unchanged)
               .arg(c.skipped)
               .arg(c.failed);
    if (c.notAttempted)
        out += tr("  %1 change(s) not attempted\n").arg(c.notAttempted);
    if (r.plan) {
        const bool all = r.dryRun || r.status == RunStatus::Held;
        for (const Change &ch : r.plan->changes) {
            if (!all && ch.action != ChangeAction::Error)
                continue;
            out += QStringLiteral("  %1 %2 %3: %4\n")
                       .arg(sign(ch.action), changeActionName(ch.action).leftJustified(6),
                            ch.key.isEmpty() ? tr("(no key)") : ch.key, ch.reason);
            for (const FieldChange &f : ch.fields)
                out += QStringLiteral("      %1: %2 -> %3\n").arg(f.field, quoted(f.before), quoted(f.after));
        }
    }
    for (const QString &w : r.warnings)
        out += tr("  warning: %1\n").arg(w);
    if (r.error)
        out += tr("  error: %1\n").arg(r.error->toString());
    return out;
}

} // namespace Ferry
