// Inline white space and invisible-character cleanup.
#include "ingest/text_clean.hpp"

#include "common/utf8.hpp"

namespace kg::ingestion {

void append_clean_inline(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x21 && b < 0x7F) {
            // Plain ASCII is most of the input: copy each run of it (a word) in one append,
            // without decoding.
            std::size_t j = i + 1;
            while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x21 &&
                   static_cast<unsigned char>(text[j]) < 0x7F)
                ++j;
            if (pending_space && out.size() > start) out += ' ';
            pending_space = false;
            out.append(text.data() + i, j - i);
            i = j;
            continue;
        }
        if (b == ' ') { // the other common byte, decoded below only to be found a space
            pending_space = true;
            ++i;
            continue;
        }
        char32_t cp;
        const std::size_t len = decode_utf8(text, i, cp);
        if (cp == ' ' || cp == '\n' || is_space_cp(cp)) {
            pending_space = true;
        } else if (is_invisible_cp(cp) || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            // Zero-width spaces and controls carry nothing and would split names in the matcher.
        } else {
            if (pending_space && out.size() > start) out += ' ';
            pending_space = false;
            // A stray invalid byte is written as U+FFFD so the output is always valid UTF-8.
            if (cp == kReplacement && len == 1)
                append_utf8(out, kReplacement);
            else
                out.append(text.substr(i, len));
        }
        i += len;
    }
}

std::string clean_inline(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_clean_inline(out, text);
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool is_blank(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

} // namespace kg::ingestion
