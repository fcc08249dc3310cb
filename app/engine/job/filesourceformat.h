// Reading and writing a file source (type: csv, type: json) in Ferry's job format; ferryformat.cpp calls these
// for source sections whose type is a file type.
#pragma once

#include "core/result.h"
#include "jobspec.h"

#include <QCoreApplication>

namespace YAML {
class Emitter;
class Node;
} // namespace YAML

namespace Ferry {

class YamlFields;

class FileSourceFormat
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileSourceFormat)
public:
    // Whether type names a file source ("csv", "json").
    static bool isFileType(const QString &type);
    // Reads src (a source section whose type is a file type) into job.
    static Result<void> read(YamlFields &f, const YAML::Node &src, const QString &type, JobSpec &job);
    // Writes the keys of the job's file source (the open source map's content).
    static void write(YAML::Emitter &e, const JobSpec &job);
};

} // namespace Ferry
