// TextDecoder: file bytes in a declared encoding to UTF-8, chunk by chunk, refusing bytes the encoding does
// not allow (with the line, column and byte offset where they are), so a file read in the wrong encoding
// fails clearly instead of turning into garbled text.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace Ferry {

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::TextDecoder)
public:
    enum class Encoding {
        Utf8,        // a leading UTF-8 byte order mark is dropped
        Utf16,       // the byte order mark is required: it says which byte order
        Latin1,      // ISO-8859-1: every byte is a character
        Windows1252, // Latin-1 with printable characters at 0x80-0x9F (5 of them unassigned)
    };
    static std::optional<Encoding> fromName(const QString &name); // utf-8, utf-16, latin1, windows-1252

    explicit TextDecoder(Encoding encoding) : m_encoding(encoding) {}

    // Appends the UTF-8 text of the next bytes of the file to out; last says they are its end. Returns false
    // at the first byte the encoding does not allow (what was decoded before it is in out); error() says
    // where and what to do.
    bool decode(QByteArrayView bytes, bool last, std::string &out);
    // "line 3, column 7 (byte 52): … set encoding: …"; empty while there is none.
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &what, qint64 offset);
    void advance(char32_t c)
    {
        if (c == U'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
    static void appendUtf8(std::string &out, char32_t c);
    bool decodeUtf8(QByteArrayView bytes, bool last, std::string &out);
    bool decodeUtf16(QByteArrayView bytes, bool last, std::string &out);
    bool decodeSingleByte(QByteArrayView bytes, std::string &out);

    Encoding m_encoding;
    qint64 m_offset = 0; // of the next byte given, in the file
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_started = false;   // the byte order mark was looked for
    bool m_bigEndian = false; // UTF-16
    std::string m_pending;    // bytes of a character cut by the chunk's end
    QString m_error;
};

} // namespace Ferry
