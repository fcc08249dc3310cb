// Loading and saving job files: Ferry's own YAML format and Fliplet Agent YAML configs.
#pragma once

#include "core/result.h"
#include "jobspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace YAML {
class Node;
}

namespace Ferry {

enum class JobFileFormat { Ferry, FlipletAgent };

struct LoadedJob
{
    JobSpec job;
    JobFileFormat format = JobFileFormat::Ferry;
    QStringList warnings; // each "file:line:column: message"
};

// The current version of Ferry's job format (the `ferry:` key).
inline constexpr int JobFormatVersion = 1;
// Job files larger than this are refused (a job is a few kilobytes; this guards against the wrong file).
inline constexpr qint64 MaxJobFileBytes = 1024 * 1024;

Result<LoadedJob> loadJobFile(const QString &path);
// name is used in messages and to resolve relative paths (its folder).
Result<LoadedJob> loadJobText(const QByteArray &yaml, const QString &name);

// Ferry format. Refuses jobs that carry a plaintext secret: job files hold references only.
Result<QByteArray> saveJobText(const JobSpec &job);
Result<void> saveJobFile(const JobSpec &job, const QString &path);

// Internal entry points of the two readers.
Result<LoadedJob> readFerryJob(const YAML::Node &root, const QString &name);
Result<LoadedJob> readFlipletAgentJob(const YAML::Node &root, const QString &name);

} // namespace Ferry
