// Decoding of file bytes into UTF-8 text.
#include "ingest/encoding.hpp"

#include "common/utf8.hpp"
#include "ingest/head_declarations.hpp"
#include "ingest/legacy_charset.hpp"

#include <array>
#include <cstring>

namespace kg::ingestion {
namespace {

// Windows-1252 code points for 0x80..0x9F (0 = undefined there, kept as the C1 control).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// Whether invalid sequences are rare among the multi-byte ones: broken UTF-8, not a legacy
// encoding.
bool mostly_utf8(std::string_view bytes) {
    std::size_t multibyte = 0, invalid = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const std::size_t n =
            static_cast<unsigned char>(bytes[i]) < 0x80 ? 1 : decode_utf8(bytes, i, cp);
        if (n > 1)
            ++multibyte;
        else if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            ++invalid;
        i += n;
    }
    return multibyte > invalid * 10;
}

// Valid UTF-8 with every invalid byte as U+FFFD; `invalid` counts them.
std::string utf8_with_replacements(std::string_view bytes, std::size_t& invalid) {
    std::string out;
    out.reserve(bytes.size() + 16);
    for (std::size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const std::size_t n = decode_utf8(bytes, i, cp);
        if (cp == kReplacement && n == 1) ++invalid;
        if (cp == kReplacement)
            append_utf8(out, cp);
        else
            out.append(bytes.substr(i, n));
        i += n;
    }
    return out;
}

} // namespace

std::string windows1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else if (b < 0xA0) {
            const char16_t cp = kCp1252High[b - 0x80];
            append_utf8(out, cp ? char32_t(cp) : char32_t(b));
        } else {
            append_utf8(out, b);
        }
    }
    return out;
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian) {
    std::string out;
    out.reserve(bytes.size());
    const std::size_t units = bytes.size() / 2;
    auto unit = [&](std::size_t k) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[2 * k]);
        const auto b = static_cast<unsigned char>(bytes[2 * k + 1]);
        return big_endian ? char32_t((a << 8) | b) : char32_t((b << 8) | a);
    };
    for (std::size_t k = 0; k < units; ++k) {
        char32_t u = unit(k);
        if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units) {
            const char32_t lo = unit(k + 1);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                ++k;
                continue;
            }
        }
        append_utf8(out, u); // a lone surrogate becomes U+FFFD inside append_utf8
    }
    if (bytes.size() % 2) append_utf8(out, kReplacement);
    return out;
}

std::string normalize_newlines(std::string_view text) {
    if (text.find('\r') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

DecodedBytes decode_bytes(std::string_view bytes) {
    DecodedBytes result;
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        const bool big = bytes[0] == '\xFE';
        result.text = normalize_newlines(utf16_to_utf8(bytes.substr(2), big));
        result.encoding = big ? "UTF-16BE" : "UTF-16LE";
        return result;
    }
    const bool bom = starts_with(bytes, "\xEF\xBB\xBF");
    if (bom) bytes.remove_prefix(3);
    // A NUL byte never occurs in text files; seeing one means an image, PDF or archive.
    if (!bytes.empty() && std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
        result.binary = true;
        return result;
    }
    const HeadDeclarations declared = sniff_head_declarations(bytes);
    result.declared_language = declared.language;
    const std::string declared_name = bom ? "UTF-8" : iconv_name_for_label(declared.charset);
    const std::size_t bad = first_invalid_utf8(bytes);
    // ISO-2022 encodings are 7-bit: their bytes are valid UTF-8 and mean something else.
    const bool seven_bit_declared = declared_name.starts_with("ISO-2022");
    if (bad == std::string_view::npos && !seven_bit_declared) {
        result.text = normalize_newlines(bytes);
        result.encoding = "UTF-8";
        return result;
    }
    const bool utf8_or_nothing_declared = declared_name == "UTF-8" || declared.charset.empty();
    if (utf8_or_nothing_declared && mostly_utf8(bytes)) {
        // UTF-8 with a few broken bytes (a truncated save, a pasted fragment): as browsers do.
        std::size_t invalid = 0;
        result.text = normalize_newlines(utf8_with_replacements(bytes, invalid));
        result.encoding = "UTF-8";
        result.warning = std::to_string(invalid) + " invalid UTF-8 byte(s) (first at offset " +
                         std::to_string(bad) + ") replaced by U+FFFD";
        return result;
    }
    const std::string name = utf8_or_nothing_declared ? guess_legacy_charset(bytes) : declared_name;
    if (!name.empty() && name != "WINDOWS-1252") {
        if (auto converted = convert_to_utf8(bytes, name)) {
            result.text = normalize_newlines(converted->text);
            result.encoding = name;
            if (utf8_or_nothing_declared)
                result.warning = "not valid UTF-8 (first bad byte at offset " +
                                 std::to_string(bad) + "); decoded as " + name +
                                 ", guessed from the bytes";
            else if (converted->invalid > 0)
                result.warning = std::to_string(converted->invalid) +
                                 " byte sequence(s) invalid in the declared " + name +
                                 " replaced by U+FFFD";
            return result;
        }
    }
    result.text = normalize_newlines(windows1252_to_utf8(bytes));
    result.encoding = "WINDOWS-1252";
    if (name == "WINDOWS-1252") return result; // declared, so nothing to warn about
    result.warning = "not valid UTF-8 (first bad byte at offset " + std::to_string(bad) +
                     "); decoded as Windows-1252";
    if (!declared.charset.empty() && declared_name.empty())
        result.warning += " (unknown charset \"" + declared.charset + "\")";
    return result;
}

} // namespace kg::ingestion
