#include "csvreader.h"

#include <QFileInfo>

namespace Ferry {

namespace {
constexpr qint64 ChunkBytes = 1 << 20;
}

CsvReader::CsvReader(char delimiter, char quote, TextDecoder::Encoding encoding)
    : m_delimiter(delimiter), m_quote(quote), m_decoder(encoding)
{}

Result<void> CsvReader::open(const QString &path)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{m_file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     tr("cannot open %1: %2").arg(path, m_file.errorString()),
                     {},
                     QStringLiteral("source.path")};
    return {};
}

int CsvReader::refill()
{
    m_text.clear();
    m_pos = 0;
    QByteArray chunk;
    while (m_text.empty()) {
        if (m_atEnd || !m_readError.isEmpty())
            return End;
        chunk.resize(ChunkBytes);
        const qint64 n = m_file.read(chunk.data(), ChunkBytes);
        if (n < 0) {
            m_readError = tr("reading failed: %1").arg(m_file.errorString());
            m_readField = QStringLiteral("source.path");
            return End;
        }
        m_bytesRead += n;
        m_atEnd = n == 0;
        if (!m_decoder.decode(QByteArrayView(chunk.data(), n), m_atEnd, m_text)) {
            m_readError = m_decoder.error();
            m_readField = QStringLiteral("source.encoding");
            // What decoded cleanly before the bad bytes is still parsed; the error comes after it.
        }
        if (!m_readError.isEmpty() && m_text.empty())
            return End;
    }
    return static_cast<unsigned char>(m_text[m_pos++]);
}

Error CsvReader::failure() const
{
    return Error{ErrorCode::Io, QFileInfo(m_path).fileName() + QStringLiteral(": ") + m_readError, m_path, m_readField};
}

Result<bool> CsvReader::next(Record &record)
{
    record.fields.clear();
    record.quoted.clear();
    record.problem.clear();
    int c = get();
    while (c == '\n' || c == '\r') { // blank lines
        if (c == '\n')
            ++m_line;
        c = get();
    }
    if (c == End) {
        if (!m_readError.isEmpty())
            return failure();
        return false;
    }
    record.line = m_line;
    enum { Start, Plain, InQuotes, AfterQuote } state = Start;
    std::string field;
    bool quoted = false;
    qint64 quoteLine = 0;
    const auto push = [&] {
        record.fields.push_back(std::move(field));
        record.quoted.push_back(quoted);
        field.clear();
        quoted = false;
        state = Start;
    };
    const auto endRecord = [&](int last) -> Result<bool> {
        push();
        if (last == '\n') {
            ++m_line;
        } else if (last == '\r') {
            ++m_line;
            if (m_pos < m_text.size() || !m_atEnd) {
                const int after = get();
                if (after != '\n' && after != End)
                    --m_pos; // a lone CR ended the line; after starts the next record
            }
        } else if (!m_readError.isEmpty()) {
            return failure(); // the file ended early: bytes the decoder refused
        }
        return true;
    };
    for (;; c = get()) {
        switch (state) {
        case Start:
            if (c == m_quote) {
                state = InQuotes;
                quoted = true;
                quoteLine = m_line;
                continue;
            }
            state = Plain;
            [[fallthrough]];
        case Plain:
            if (c == m_delimiter) {
                push();
                continue;
            }
            if (c == '\n' || c == '\r' || c == End)
                return endRecord(c);
            field.push_back(static_cast<char>(c)); // a quote inside an unquoted field is kept as it is
            continue;
        case InQuotes:
            if (c == End) {
                if (!m_readError.isEmpty())
                    return failure();
                return Error{ErrorCode::Query,
                             tr("%1: line %2: the quote that opens field %3 is never closed, so the rest of the file "
                                "would be inside it: close the quote, and double the quotes inside a quoted field "
                                "(\"\")")
                                 .arg(QFileInfo(m_path).fileName())
                                 .arg(quoteLine)
                                 .arg(record.fields.size() + 1),
                             m_path, QStringLiteral("source.path")};
            }
            if (c == m_quote) {
                state = AfterQuote;
                continue;
            }
            if (c == '\n')
                ++m_line;
            field.push_back(static_cast<char>(c));
            continue;
        case AfterQuote:
            if (c == m_quote) { // a doubled quote
                field.push_back(m_quote);
                state = InQuotes;
                continue;
            }
            if (c == m_delimiter) {
                push();
                continue;
            }
            if (c == '\n' || c == '\r' || c == End)
                return endRecord(c);
            if (record.problem.isEmpty())
                record.problem = tr("field %1 has text after its closing quote: double the quotes inside a quoted "
                                    "field (\"\")")
                                     .arg(record.fields.size() + 1);
            field.push_back(static_cast<char>(c));
            state = Plain;
            continue;
        }
    }
}

} // namespace Ferry
