// CsvReader: the records of one CSV file (RFC 4180: fields separated by a delimiter, quoted fields with
// embedded delimiters, line breaks and doubled quotes; CRLF, LF or CR line ends), read in chunks of 1 MiB
// through a TextDecoder, so a large file is never held whole.
#pragma once

#include "core/result.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <string>
#include <vector>

namespace Ferry {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CsvReader)
public:
    struct Record
    {
        std::vector<std::string> fields; // UTF-8
        std::vector<bool> quoted;        // per field: it was quoted ("" is an empty text, an empty field null)
        qint64 line = 0;                 // where the record starts (1-based)
        QString problem;                 // what is wrong with the record itself, if anything (a row error)
    };

    CsvReader(char delimiter, char quote, TextDecoder::Encoding encoding);
    // NotFound or Io (field source.path) when the file cannot be opened.
    Result<void> open(const QString &path);
    // The next record, or false at the end of the file. Blank lines hold no record and are passed over. An
    // error when the rest of the file cannot be read: bytes invalid in the encoding (field source.encoding),
    // a quote never closed (source.path), a read failure.
    Result<bool> next(Record &record);
    const QString &path() const { return m_path; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    static constexpr int End = -1;
    int get()
    {
        if (m_pos < m_text.size())
            return static_cast<unsigned char>(m_text[m_pos++]);
        return refill();
    }
    int refill();
    Error failure() const;

    char m_delimiter;
    char m_quote;
    TextDecoder m_decoder;
    QFile m_file;
    QString m_path;
    std::string m_text; // decoded, not yet parsed from m_pos on
    size_t m_pos = 0;
    bool m_atEnd = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    QString m_readError; // set when the decoder or the file failed
    QString m_readField;
};

} // namespace Ferry
