#include "hooktest.h"

#include "core/runevents.h"
#include "extensions/hookrunner.h"
#include "sync/mapping.h"

#include <QCoreApplication>
#include <QMutex>

namespace Ferry {

namespace {

class HookTestText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Hooks)
};

// Collects what the hook's code printed (the extension host logs it through the calling thread's observer).
class ConsoleCollector final : public RunObserver
{
public:
    void logged(const RunTag &, const LogEvent &event) override
    {
        if (event.category != u"ferry.extensions")
            return;
        QMutexLocker lock(&m_mutex);
        QString text = event.message;
        QString tag;
        if (text.startsWith(u'[')) {
            const qsizetype end = text.indexOf(QStringLiteral("] "));
            if (end > 0) {
                tag = text.mid(1, end - 1);
                text = text.mid(end + 2);
            }
        }
        lines.append(ExtensionLogLine{event.level, tag, text});
    }
    QMutex m_mutex;
    QList<ExtensionLogLine> lines;
};

} // namespace

const QStringList &HookTest::recordHooks()
{
    static const QStringList hooks{QStringLiteral("preSavePage"), QStringLiteral("preMap"), QStringLiteral("postMap")};
    return hooks;
}

Result<HookTest> HookTest::run(const JobSpec &job, const QString &hook, qsizetype n, const CheckOptions &options)
{
    if (!recordHooks().contains(hook))
        return Error{
            ErrorCode::InvalidConfig,
            HookTestText::tr("unknown hook '%1': hook test runs preSavePage, preMap or postMap (postSubmit and "
                             "postAggregate need a run that writes)")
                .arg(hook),
            {},
            QStringLiteral("hooks.calls")};
    if (job.hooks.file.isEmpty())
        return Error{
            ErrorCode::InvalidConfig,
            HookTestText::tr("the job has no hooks: set hooks.file to the JavaScript file whose %1 to test").arg(hook),
            job.sourcePath, QStringLiteral("hooks.file")};
    FERRY_TRY(raw, sampleSource(job, n, options));
    return runOn(job, hook, std::move(raw), options.cancel);
}

Result<HookTest> HookTest::runOn(const JobSpec &job, const QString &hook, RecordSet raw, const std::atomic_bool *cancel)
{
    HookTest test;
    test.hook = hook;
    ConsoleCollector console;
    const RunTag tag{job.id, job.name, 0};
    EventScope scope(&console, &tag);
    HookRunner runner(job, cancel, true);
    const auto earlier = [&](const QString &name) { return name != hook && runner.wants(name); };

    RecordSet rows = std::move(raw);
    if (hook != u"preSavePage" && earlier(QStringLiteral("preSavePage"))) {
        FERRY_TRY(saved, runner.runHook(QStringLiteral("preSavePage"), std::move(rows), nullptr));
        rows = std::move(saved);
    }
    std::optional<RecordSet> pre;
    if (hook == u"postMap") {
        if (earlier(QStringLiteral("preMap"))) {
            FERRY_TRY(premapped, runner.runHook(QStringLiteral("preMap"), std::move(rows), nullptr));
            rows = std::move(premapped);
        }
        pre = rows;
        auto mapped = applyMapping(std::move(rows), job.mapping);
        if (!mapped) {
            Error e = mapped.error();
            e.field = QStringLiteral("mapping");
            return e;
        }
        rows = std::move(*mapped);
    }
    test.before = rows;
    FERRY_TRY(after, runner.runHook(hook, std::move(rows), pre ? &*pre : nullptr, &test.origins));
    test.after = std::move(after);
    test.pageFailures = runner.pageFailures(); // the earlier hooks' too: those rows never reached it
    test.warnings = runner.warnings();
    std::vector<bool> kept(static_cast<size_t>(test.before.rows.size()), false);
    for (const qsizetype o : test.origins)
        if (o >= 0 && o < test.before.rows.size())
            kept[static_cast<size_t>(o)] = true;
    for (size_t r = 0; r < kept.size(); ++r)
        if (!kept[r])
            test.dropped.push_back(static_cast<qsizetype>(r));
    runner.stopHost();
    {
        QMutexLocker lock(&console.m_mutex);
        test.console = console.lines;
    }
    return test;
}

} // namespace Ferry
