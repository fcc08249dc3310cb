#include "textdecoder.h"

namespace Ferry {

namespace {

// Windows-1252's characters at 0x80-0x9F; 0 where it assigns none.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

} // namespace

std::optional<TextDecoder::Encoding> TextDecoder::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    if (n == u"utf-16" || n == u"utf16")
        return Encoding::Utf16;
    if (n == u"latin1" || n == u"latin-1" || n == u"iso-8859-1")
        return Encoding::Latin1;
    if (n == u"windows-1252" || n == u"cp1252")
        return Encoding::Windows1252;
    return std::nullopt;
}

bool TextDecoder::fail(const QString &what, qint64 offset)
{
    m_error = tr("line %1, column %2 (byte %3): %4").arg(m_line).arg(m_column).arg(offset).arg(what);
    return false;
}

void TextDecoder::appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

bool TextDecoder::decode(QByteArrayView bytes, bool last, std::string &out)
{
    if (!m_error.isEmpty())
        return false;
    std::string joined;
    if (!m_pending.empty()) { // a character cut by the previous chunk's end
        joined = m_pending;
        joined.append(bytes.data(), static_cast<size_t>(bytes.size()));
        m_offset -= static_cast<qint64>(m_pending.size());
        m_pending.clear();
        bytes = QByteArrayView(joined.data(), static_cast<qsizetype>(joined.size()));
    }
    if (!m_started) {
        if (bytes.size() < 3 && !last) { // too short to tell a byte order mark yet
            m_pending.assign(bytes.data(), static_cast<size_t>(bytes.size()));
            m_offset += bytes.size();
            return true;
        }
        m_started = true;
        const auto startsWith = [&](std::initializer_list<unsigned char> mark) {
            if (bytes.size() < static_cast<qsizetype>(mark.size()))
                return false;
            qsizetype i = 0;
            for (unsigned char b : mark)
                if (static_cast<unsigned char>(bytes[i++]) != b)
                    return false;
            return true;
        };
        const bool utf16Le = startsWith({0xFF, 0xFE}), utf16Be = startsWith({0xFE, 0xFF});
        if (m_encoding == Encoding::Utf16) {
            if (!utf16Le && !utf16Be)
                return fail(tr("the file has no UTF-16 byte order mark, so its byte order is unknown: save it as "
                               "UTF-16 with a byte order mark, or as UTF-8 (and set encoding: utf-8)"),
                            m_offset);
            m_bigEndian = utf16Be;
            bytes = bytes.sliced(2);
            m_offset += 2;
        } else if (utf16Le || utf16Be) {
            if (m_encoding == Encoding::Utf8)
                return fail(tr("the file starts with a UTF-16 byte order mark: set encoding: utf-16"), m_offset);
        } else if (m_encoding == Encoding::Utf8 && startsWith({0xEF, 0xBB, 0xBF})) {
            bytes = bytes.sliced(3);
            m_offset += 3;
        }
    }
    switch (m_encoding) {
    case Encoding::Utf8:
        return decodeUtf8(bytes, last, out);
    case Encoding::Utf16:
        return decodeUtf16(bytes, last, out);
    case Encoding::Latin1:
    case Encoding::Windows1252:
        return decodeSingleByte(bytes, out);
    }
    return false;
}

bool TextDecoder::decodeUtf8(QByteArrayView bytes, bool last, std::string &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    const auto *const begin = p;
    out.reserve(out.size() + static_cast<size_t>(bytes.size()));
    const auto invalid = [&](const unsigned char *at) {
        m_offset += at - begin;
        return fail(tr("the bytes here are not UTF-8: the file is in another encoding; set encoding: latin1 or "
                       "windows-1252 (or utf-16), or save the file as UTF-8"),
                    m_offset);
    };
    while (p < end) {
        // Runs of ASCII at once.
        const unsigned char *run = p;
        while (run < end && *run < 0x80) {
            if (*run == '\n') {
                ++m_line;
                m_column = 0;
            }
            ++m_column;
            ++run;
        }
        out.append(reinterpret_cast<const char *>(p), static_cast<size_t>(run - p));
        p = run;
        if (p == end)
            break;
        const unsigned char b = *p;
        int n = 0;
        char32_t c = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 1;
            c = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 2;
            c = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 3;
            c = b & 0x07;
        } else {
            return invalid(p);
        }
        if (end - p <= n) {
            // Cut by the chunk's end: kept for the next one, unless the bytes seen so far are wrong already.
            bool ok = true;
            for (const unsigned char *q = p + 1; q < end; ++q)
                ok &= (*q & 0xC0) == 0x80;
            if (!ok || last)
                return invalid(p);
            m_pending.assign(reinterpret_cast<const char *>(p), static_cast<size_t>(end - p));
            m_offset += p - begin + static_cast<qint64>(m_pending.size());
            return true;
        }
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return invalid(p);
            c = (c << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF.
        if ((n == 2 && c < 0x800) || (n == 3 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF))
            return invalid(p);
        out.append(reinterpret_cast<const char *>(p), static_cast<size_t>(n + 1));
        ++m_column;
        p += n + 1;
    }
    m_offset += p - begin;
    return true;
}

bool TextDecoder::decodeUtf16(QByteArrayView bytes, bool last, std::string &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    const auto *const begin = p;
    const auto unit = [&](const unsigned char *at) -> char16_t {
        return m_bigEndian ? char16_t((at[0] << 8) | at[1]) : char16_t((at[1] << 8) | at[0]);
    };
    const auto invalid = [&](const unsigned char *at, const QString &what) {
        m_offset += at - begin;
        return fail(what, m_offset);
    };
    while (p < end) {
        if (end - p < 2 || (unit(p) >= 0xD800 && unit(p) <= 0xDBFF && end - p < 4)) {
            if (last)
                return invalid(p, tr("the file ends in the middle of a UTF-16 character: it is cut off or not "
                                     "UTF-16"));
            m_pending.assign(reinterpret_cast<const char *>(p), static_cast<size_t>(end - p));
            m_offset += p - begin + static_cast<qint64>(m_pending.size());
            return true;
        }
        const char16_t u = unit(p);
        char32_t c = u;
        int size = 2;
        if (u >= 0xD800 && u <= 0xDBFF) {
            const char16_t low = unit(p + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return invalid(p, tr("a UTF-16 surrogate here has no pair: the file is damaged or not UTF-16"));
            c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            size = 4;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return invalid(p, tr("a UTF-16 surrogate here has no pair: the file is damaged or not UTF-16"));
        }
        appendUtf8(out, c);
        advance(c);
        p += size;
    }
    m_offset += p - begin;
    return true;
}

bool TextDecoder::decodeSingleByte(QByteArrayView bytes, std::string &out)
{
    const bool cp1252 = m_encoding == Encoding::Windows1252;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        char32_t c = b;
        if (cp1252 && b >= 0x80 && b <= 0x9F) {
            c = Cp1252High[b - 0x80];
            if (!c) {
                m_offset += i;
                return fail(tr("the byte 0x%1 has no character in Windows-1252: the file is in another encoding; "
                               "try encoding: latin1 or utf-8")
                                .arg(b, 2, 16, QLatin1Char('0')),
                            m_offset);
            }
        }
        appendUtf8(out, c);
        advance(c);
    }
    m_offset += bytes.size();
    return true;
}

} // namespace Ferry
