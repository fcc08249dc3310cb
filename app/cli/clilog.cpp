#include "clilog.h"

#include "core/logging.h"

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <cstdio>

namespace Ferry::Cli {

namespace {

std::atomic<int> minimumSeverity{1};

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

void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (severity(type) < minimumSeverity.load())
        return;
    static const char *names[] = {"debug", "info", "warning", "error", "fatal"};
    const QString category = context.category && qstrcmp(context.category, "default") != 0
                                 ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                                 : QString();
    const QByteArray line = QStringLiteral("[%1] %2%3\n")
                                .arg(QLatin1String(names[severity(type)]), category, SecretMask::mask(message))
                                .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

} // namespace

void installLogHandler()
{
    qInstallMessageHandler(logToStderr);
    setLogLevel(QtInfoMsg);
}

void setLogLevel(QtMsgType minimum)
{
    minimumSeverity.store(severity(minimum));
    QLoggingCategory::setFilterRules(minimum == QtDebugMsg ? QStringLiteral("ferry.*.debug=true")
                                                           : QStringLiteral("*.debug=false"));
}

} // namespace Ferry::Cli
