#include "planexport.h"

#include "run/report.h"

#include <QSaveFile>

namespace Ferry {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString cellText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

PlanExport::Format PlanExport::formatFor(const QString &path)
{
    return path.endsWith(u".json", Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

Result<void> PlanExport::write(const RunReport &report, Format format, QIODevice &out, const std::atomic_bool *cancel)
{
    bool failed = false;
    const auto sink = [&](QByteArrayView bytes) {
        if (!failed && out.write(bytes.data(), bytes.size()) != bytes.size())
            failed = true;
    };
    const auto stopped = [&] { return cancel && cancel->load(); };
    if (format == Format::Json) {
        writeReportJson(report, sink);
        sink("\n");
    } else if (report.plan) {
        const Plan &plan = *report.plan;
        QByteArray line = "action,key,reason,changed_fields";
        for (const QString &c : plan.columns)
            line += ',' + csvField(c);
        line += "\r\n";
        sink(line);
        for (const Change &c : plan.changes) {
            if (failed || stopped())
                break;
            QStringList changed;
            for (const FieldChange &f : plan.fieldChanges(c))
                changed.append(QStringLiteral("%1: %2 → %3").arg(f.field, cellText(f.before), cellText(f.after)));
            line = csvField(changeActionName(c.action)) + ',' + csvField(plan.key(c)) + ',' + csvField(plan.reason(c)) +
                   ',' + csvField(changed.join(QStringLiteral("; ")));
            for (const QVariant &v : plan.values(c))
                line += ',' + csvField(cellText(v));
            line += "\r\n";
            sink(line);
        }
    }
    if (stopped())
        return Error{ErrorCode::Cancelled, tr("the export was cancelled"), {}};
    if (failed)
        return Error{ErrorCode::Io, tr("cannot write the export: %1").arg(out.errorString()), {}};
    return {};
}

Result<void> PlanExport::writeFile(const RunReport &report, const QString &path, const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("cannot create the file: %1").arg(file.errorString()), path};
    if (auto written = write(report, formatFor(path), file, cancel); !written) {
        file.cancelWriting();
        Error e = written.error();
        e.context = path;
        return e;
    }
    if (!file.commit())
        return Error{ErrorCode::Io, tr("cannot write the file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace Ferry
