// CsvSource: the rows of a CSV file, or of every file a glob matches (same columns, read in name order).
// Values are text unless the job types their column (columns: {id: integer, …}). What fails the read and
// what becomes a row error: docs/connectors.md, "CSV and JSON files".
#pragma once

#include "csvreader.h"
#include "filesource.h"

#include <QCoreApplication>

namespace Ferry {

class CsvSource final : public FileSource
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CsvSource)
public:
    CsvSource(FileSourceSpec spec, QString baseDir);
    Q_DISABLE_COPY_MOVE(CsvSource)

    QString describe() const override;

protected:
    Result<RecordSet> read(qsizetype limit, const std::atomic_bool *cancel) override;
    Result<QStringList> columns() override;
    QString kindLabel() const override;

private:
    Result<TextDecoder::Encoding> encoding() const;
    // Opens path and reads its header (or, without one, names the first record's fields column1, column2, …,
    // leaving that record in first). An empty file has no columns.
    Result<QStringList> openFile(CsvReader &reader, const QString &path, CsvReader::Record &first, bool &haveFirst);
};

} // namespace Ferry
