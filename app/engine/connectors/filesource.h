// FileSource: what CSV and JSON file sources share: the files a path or glob names, and test, discover and
// sample built on one read of the rows (each read opens the files afresh and streams them).
#pragma once

#include "job/filesourcespec.h"
#include "source.h"

#include <QCoreApplication>

namespace Ferry {

class FileSource : public Source
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileSource)
public:
    FileSource(FileSourceSpec spec, QString baseDir);

    Capabilities capabilities() const override;
    // Reads every row: the files readable, their columns, how many rows (and which cannot be read).
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // The file (or pattern) as one table, its columns typed as declared or, for undeclared ones, as the
    // first 1,000 rows suggest.
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<QStringList> start() override;
    Result<RecordSet> fetch(const std::atomic_bool *cancel) override;

protected:
    // The files, then up to limit rows of them (every row: -1), polling cancel.
    virtual Result<RecordSet> read(qsizetype limit, const std::atomic_bool *cancel) = 0;
    // The columns, reading no more than needed.
    virtual Result<QStringList> columns() = 0;
    virtual QString kindLabel() const = 0; // "CSV file"
    Result<QStringList> files() const;
    QString displayPath() const; // the path as the job gives it

    FileSourceSpec m_spec;
    QString m_baseDir;
    QStringList m_columns; // what start() found
};

} // namespace Ferry
