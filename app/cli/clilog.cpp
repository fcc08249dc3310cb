#include "clilog.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <cstdio>

namespace Ferry::Cli {

namespace {

std::atomic<int> minimumSeverity{1};
std::atomic_bool timestamps{false};

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

void writeLine(QtMsgType type, const char *categoryName, const QString &message)
{
    if (severity(type) < minimumSeverity.load())
        return;
    static const char *names[] = {"debug", "info", "warning", "error", "fatal"};
    const QString category = categoryName && qstrcmp(categoryName, "default") != 0
                                 ? QString::fromLatin1(categoryName) + QStringLiteral(": ")
                                 : QString();
    QString text =
        QStringLiteral("[%1] %2%3\n").arg(QLatin1String(names[severity(type)]), category, SecretMask::mask(message));
    if (timestamps.load())
        text.prepend(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")));
    const QByteArray line = text.toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    writeLine(type, context.category, message);
}

} // namespace

void installLogHandler()
{
    qInstallMessageHandler(logToStderr);
    setLogLevel(QtInfoMsg);
}

void setLogTimestamps(bool on)
{
    timestamps.store(on);
}

void logLine(QtMsgType level, const QString &message)
{
    writeLine(level, nullptr, message);
}

void setLogLevel(QtMsgType minimum)
{
    minimumSeverity.store(severity(minimum));
    QLoggingCategory::setFilterRules(minimum == QtDebugMsg ? QStringLiteral("ferry.*.debug=true")
                                                           : QStringLiteral("*.debug=false"));
}

void LogObserver::phaseChanged(const RunTag &tag, RunPhase phase, qint64 count)
{
    writeLine(QtDebugMsg, "ferry.engine",
              QStringLiteral("%1: %2 (%3)").arg(tag.jobName, runPhaseName(phase)).arg(count));
}

void LogObserver::batchCommitted(const RunTag &tag, const BatchEvent &event)
{
    const Counts &c = event.progress;
    writeLine(QtInfoMsg, "ferry.engine",
              QCoreApplication::translate("Ferry::Cli", "%1: %2 inserted, %3 updated, %4 deleted so far")
                  .arg(tag.jobName)
                  .arg(c.inserted)
                  .arg(c.updated)
                  .arg(c.deleted));
}

void LogObserver::logged(const RunTag &tag, const LogEvent &event)
{
    const bool named = !m_tagJobs || event.message.startsWith(tag.jobName + QStringLiteral(": "));
    writeLine(event.level, event.category.toLatin1().constData(),
              named ? event.message : tag.jobName + QStringLiteral(": ") + event.message);
}

} // namespace Ferry::Cli
