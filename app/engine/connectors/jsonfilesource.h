// JsonFileSource: the records of a JSON file (an array of objects, or the array a JSON pointer names inside
// the document) or an NDJSON file (one object a line), or of every file a glob matches. The file is mapped
// into memory and parsed in place (core/jsoncursor), never copied whole. Columns are the records' keys in
// the order they first appear; nested objects and arrays are kept as JSON. What fails the read and what
// becomes a row error: docs/connectors.md, "CSV and JSON files".
#pragma once

#include "core/jsoncursor.h"
#include "filesource.h"

#include <QCoreApplication>

#include <functional>

namespace Ferry {

class JsonFileSource final : public FileSource
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JsonFileSource)
public:
    JsonFileSource(FileSourceSpec spec, QString baseDir);
    Q_DISABLE_COPY_MOVE(JsonFileSource)

    QString describe() const override;

protected:
    Result<RecordSet> read(qsizetype limit, const std::atomic_bool *cancel) override;
    Result<QStringList> columns() override;
    QString kindLabel() const override;

private:
    // Called for each record with the cursor on it, its number (from 1) and its line; or, for an NDJSON
    // line that is not JSON, with no cursor and what is wrong. Returns false to stop.
    using Visit = std::function<bool(JsonCursor *cursor, qint64 number, qint64 line, const QString &problem)>;
    // Walks the records of the file at path (up to limit of them), mapped in memory.
    Result<void> forEachRecord(const QString &path, qsizetype limit, const Visit &visit) const;
    Result<void> walkDocument(const QString &path, const char *begin, const char *end, qsizetype limit,
                              const Visit &visit) const;
    Result<void> walkLines(const char *begin, const char *end, qsizetype limit, const Visit &visit) const;
    // The columns of the files' first limit records.
    Result<QStringList> collectColumns(const QStringList &paths, qsizetype limit, const std::atomic_bool *cancel) const;
};

} // namespace Ferry
