// Inline white space and invisible-character cleanup.
#include "ingest/text_clean.hpp"

#include "common/utf8.hpp"

namespace kg::ingestion {

namespace {

bool plain_ascii(unsigned char b) {
    return b >= 0x21 && b < 0x7F;
}

// Byte length of the character at `i` when it is written out unchanged (a printable ASCII byte,
// or a well-formed character that is neither a space, an invisible one nor a C1 control), else 0.
std::size_t unchanged_length(std::string_view text, std::size_t i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return plain_ascii(b) ? 1 : 0;
    char32_t cp;
    const std::size_t len = decode_utf8(text, i, cp);
    if (cp == kReplacement && len == 1) return 0;
    if (cp < 0xA0 || is_space_cp(cp) || is_invisible_cp(cp)) return 0;
    return len;
}

} // namespace

void append_clean_inline(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    bool pending_space = false;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        if (std::size_t len = unchanged_length(text, i)) {
            // A run of characters written as they are, single spaces between them included (a
            // space before such a character is the one space the run would be given anyway):
            // most paragraphs are one run, appended at once.
            std::size_t j = i + len;
            while (j < n) {
                const auto b = static_cast<unsigned char>(text[j]);
                if (plain_ascii(b)) {
                    ++j;
                } else if (b == ' ') {
                    if (j + 1 >= n) break;
                    const std::size_t next = unchanged_length(text, j + 1);
                    if (!next) break;
                    j += 1 + next;
                } else if (const std::size_t k = b >= 0x80 ? unchanged_length(text, j) : 0) {
                    j += k;
                } else {
                    break;
                }
            }
            if (pending_space && out.size() > start) out += ' ';
            pending_space = false;
            out.append(text.data() + i, j - i);
            i = j;
            continue;
        }
        char32_t cp;
        const std::size_t len = decode_utf8(text, i, cp);
        if (cp == ' ' || cp == '\n' || is_space_cp(cp)) {
            pending_space = true;
        } else if (cp == kReplacement && len == 1) {
            // A stray invalid byte is written as U+FFFD so the output is always valid UTF-8.
            if (pending_space && out.size() > start) out += ' ';
            pending_space = false;
            append_utf8(out, kReplacement);
        }
        // Anything else here is a zero-width character or a control: it carries nothing and
        // would split names in the matcher.
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
