#include "runevents.h"

#include "logging.h"

namespace Ferry {

namespace {
thread_local RunObserver *currentObserver = nullptr;
thread_local const RunTag *currentTag = nullptr;
} // namespace

QString runPhaseName(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Connecting:
        return QStringLiteral("connecting");
    case RunPhase::Reading:
        return QStringLiteral("reading");
    case RunPhase::Indexing:
        return QStringLiteral("indexing");
    case RunPhase::Planning:
        return QStringLiteral("planning");
    case RunPhase::Planned:
        return QStringLiteral("planned");
    case RunPhase::Verifying:
        return QStringLiteral("verifying");
    case RunPhase::Applying:
        return QStringLiteral("applying");
    case RunPhase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

EventScope::EventScope(RunObserver *observer, const RunTag *tag)
    : m_previousObserver(currentObserver), m_previousTag(currentTag)
{
    currentObserver = observer;
    currentTag = tag;
}

EventScope::~EventScope()
{
    currentObserver = m_previousObserver;
    currentTag = m_previousTag;
}

namespace RunEvents {

RunObserver *observer()
{
    return currentTag ? currentObserver : nullptr;
}

const RunTag *tag()
{
    return currentTag;
}

void phase(RunPhase phase, qint64 count)
{
    if (RunObserver *o = observer())
        o->phaseChanged(*currentTag, phase, count);
}

void batchSending(const BatchSendingEvent &event)
{
    if (RunObserver *o = observer())
        o->batchSending(*currentTag, event);
}

void batch(const BatchEvent &event)
{
    if (RunObserver *o = observer())
        o->batchCommitted(*currentTag, event);
}

void batchFailed(const BatchFailedEvent &event)
{
    log(QtDebugMsg, lcEngine,
        QStringLiteral("a batch of %1 changes was not confirmed after %2 ms: %3")
            .arg(event.changes.size())
            .arg(event.elapsedMs)
            .arg(event.message));
    if (RunObserver *o = observer()) {
        BatchFailedEvent masked = event;
        masked.message = SecretMask::mask(event.message);
        o->batchFailed(*currentTag, masked);
    }
}

void rowFailed(const RowErrorEvent &event)
{
    if (RunObserver *o = observer())
        o->rowFailed(*currentTag, RowErrorEvent{event.change, event.key, SecretMask::mask(event.message)});
}

void retrying(const RetryEvent &event)
{
    log(QtWarningMsg, lcHttp,
        QStringLiteral("%1 failed: %2 - retry %3 of %4 in %5 ms")
            .arg(event.what, event.failure)
            .arg(event.retry)
            .arg(event.retries)
            .arg(event.waitMs));
    if (RunObserver *o = observer())
        o->retrying(*currentTag, RetryEvent{SecretMask::mask(event.what), SecretMask::mask(event.failure), event.retry,
                                            event.retries, event.waitMs});
}

void log(QtMsgType level, CategoryFn categoryFn, const QString &message)
{
    const QLoggingCategory &category = categoryFn();
    if (level == QtDebugMsg && !category.isDebugEnabled())
        return;
    if (RunObserver *o = observer()) {
        o->logged(*currentTag,
                  LogEvent{level, QString::fromLatin1(category.categoryName()), SecretMask::mask(message)});
        return;
    }
    switch (level) {
    case QtDebugMsg:
        qCDebug(categoryFn).noquote() << message;
        break;
    case QtInfoMsg:
        qCInfo(categoryFn).noquote() << message;
        break;
    default:
        qCWarning(categoryFn).noquote() << message;
        break;
    }
}

} // namespace RunEvents

} // namespace Ferry
