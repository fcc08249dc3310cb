#include "hookprobe.h"

#include "core/runevents.h"
#include "core/values.h"
#include "run/hooktest.h"

#include <QCoreApplication>

namespace Ferry {

namespace {

class HookProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::HookProbe)
};

QLatin1String levelName(QtMsgType level)
{
    return QLatin1String(level == QtWarningMsg                           ? "warning"
                         : level == QtCriticalMsg || level == QtFatalMsg ? "error"
                         : level == QtDebugMsg                           ? "debug"
                                                                         : "info");
}

QVariant cell(const RecordSet &set, qsizetype row, const QString &column)
{
    const int c = static_cast<int>(set.columns.indexOf(column));
    return c < 0 ? QVariant() : set.rows.value(row, c);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool nullA = Values::isNull(a), nullB = Values::isNull(b);
    if (nullA || nullB)
        return nullA == nullB;
    return Values::displayText(a) == Values::displayText(b);
}

} // namespace

int HookSample::count(HookRowStatus status) const
{
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [status](const HookRowComparison &r) { return r.status == status; }));
}

HookProbe::HookProbe(QObject *parent)
    : QObject(parent), m_pool(QStringLiteral("hook probes"), 1, [this](bool busy) { emit busyChanged(busy); })
{
    qRegisterMetaType<HookSample>();
}

const QStringList &HookProbe::testableHooks()
{
    static const QStringList hooks{QStringLiteral("preSavePage"), QStringLiteral("preMap"), QStringLiteral("postMap")};
    return hooks;
}

std::vector<HookRowComparison> HookProbe::compare(const RecordSet &before, const RecordSet &after,
                                                  const std::vector<qsizetype> &origins)
{
    std::vector<HookRowComparison> out;
    QStringList columns = before.columns;
    for (const QString &c : after.columns)
        if (!columns.contains(c))
            columns.append(c);
    std::vector<bool> kept(static_cast<size_t>(before.rows.size()), false);
    // Each before row in its place, followed by what the hook made of it; added rows where the hook put them.
    std::vector<std::vector<qsizetype>> afterOf(static_cast<size_t>(before.rows.size()));
    std::vector<qsizetype> added;
    for (qsizetype a = 0; a < after.rows.size(); ++a) {
        const qsizetype origin = a < static_cast<qsizetype>(origins.size()) ? origins[static_cast<size_t>(a)] : -1;
        if (origin >= 0 && origin < before.rows.size())
            afterOf[static_cast<size_t>(origin)].push_back(a);
        else
            added.push_back(a);
    }
    const auto compareRow = [&](qsizetype b, qsizetype a) {
        HookRowComparison r;
        r.before = b;
        r.after = a;
        if (!after.rowErrors.empty())
            if (const SourceRowError *e = after.rowError(a)) {
                r.status = HookRowStatus::Failed;
                r.error = e->message;
                return r;
            }
        for (const QString &c : std::as_const(columns))
            if (!sameValue(cell(before, b, c), cell(after, a, c)))
                r.changedColumns.append(c);
        r.status = r.changedColumns.isEmpty() ? HookRowStatus::Unchanged : HookRowStatus::Changed;
        return r;
    };
    for (qsizetype b = 0; b < before.rows.size(); ++b) {
        const auto &targets = afterOf[static_cast<size_t>(b)];
        if (targets.empty()) {
            HookRowComparison r;
            r.status = HookRowStatus::Dropped;
            r.before = b;
            out.push_back(r);
        }
        for (const qsizetype a : targets)
            out.push_back(compareRow(b, a));
    }
    for (const qsizetype a : added) {
        HookRowComparison r;
        r.status = HookRowStatus::Added;
        r.after = a;
        if (!after.rowErrors.empty())
            if (const SourceRowError *e = after.rowError(a)) {
                r.status = HookRowStatus::Failed;
                r.error = e->message;
            }
        out.push_back(r);
    }
    return out;
}

HookSample HookProbe::run(const JobSpec &job, const QString &hook, RecordSet sample, const std::atomic_bool *cancel)
{
    HookSample result;
    result.hook = hook;
    if (!testableHooks().contains(hook)) {
        result.error = Error{
            ErrorCode::InvalidConfig,
            HookProbeText::tr("%1 cannot be tested on sample rows: pick preSavePage, preMap or postMap").arg(hook),
            {},
            QStringLiteral("hooks.calls")};
        return result;
    }
    if (job.hooks.file.isEmpty()) {
        result.error = Error{ErrorCode::InvalidConfig,
                             HookProbeText::tr("no hook file: choose the JavaScript file that exports %1").arg(hook),
                             {},
                             QStringLiteral("hooks.file")};
        return result;
    }
    // As a run (and ferry-cli hook test) runs it: after the job's earlier hooks and, for postMap, the mapping.
    auto test = HookTest::runOn(job, hook, std::move(sample), cancel);
    if (!test) {
        result.error = test.error();
        return result;
    }
    for (const ExtensionLogLine &line : std::as_const(test->console))
        result.log.append(QStringLiteral("[%1] %2").arg(
            levelName(line.level),
            line.tag.isEmpty() ? line.message : QStringLiteral("[%1] %2").arg(line.tag, line.message)));
    for (const QString &w : std::as_const(test->warnings))
        result.log.append(QStringLiteral("[warning] %1").arg(w));
    result.before = std::move(test->before);
    result.after = std::move(test->after);
    result.rows = compare(result.before, result.after, test->origins);
    return result;
}

quint64 HookProbe::start(const JobSpec &job, const QString &hook, RecordSet sample)
{
    return m_pool.start(
        this,
        [job, hook, sample = std::move(sample)](const std::atomic_bool *cancel) {
            return run(job, hook, sample, cancel);
        },
        [this](quint64 id, HookSample result) {
            result.id = id;
            emit finished(result);
        });
}

} // namespace Ferry
