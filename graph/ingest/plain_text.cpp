// Line grouping for plain text.
#include "ingest/plain_text.hpp"

#include "ingest/text_clean.hpp"

#include <algorithm>
#include <vector>

namespace kg::ingestion {
namespace {

// Number of code points (UTF-8 lead bytes) in `s`: line widths are visual, not bytes.
std::size_t width(std::string_view s) {
    return std::size_t(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool ends_sentence(std::string_view s) {
    s = trim(s);
    if (s.empty()) return false;
    const char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || s.ends_with("\u201D") ||
           s.ends_with("\u3002");
}

std::string_view strip_bullet(std::string_view line, bool& bullet) {
    for (std::string_view b : {"\u2022 ", "\u00B7 ", "- ", "* ", "\u2013 "}) {
        if (line.starts_with(b)) {
            bullet = true;
            return line.substr(b.size());
        }
    }
    bullet = false;
    return line;
}

// Hard wrapping: several lines, the longest at least 40 columns and at most 100, every line but
// the last filling most of that width, and some line breaking mid-sentence.
bool looks_wrapped(const std::vector<std::string_view>& group) {
    if (group.size() < 2) return false;
    std::size_t longest = 0;
    for (auto l : group) longest = std::max(longest, width(l));
    if (longest < 40 || longest > 100) return false;
    bool mid_sentence = false;
    for (std::size_t k = 0; k + 1 < group.size(); ++k) {
        if (width(group[k]) * 10 < longest * 6) return false;
        if (!ends_sentence(group[k])) mid_sentence = true;
    }
    return mid_sentence;
}

void emit(Blocks& out, std::string_view text, bool blank_before, bool blank_after) {
    bool bullet = false;
    const std::string_view body = strip_bullet(trim(text), bullet);
    Block b;
    b.text = clean_inline(body);
    if (b.text.empty()) return;
    b.role = bullet ? BlockRole::ListItem : BlockRole::Text;
    b.blank_before = blank_before;
    b.blank_after = blank_after;
    out.push_back(std::move(b));
}

} // namespace

Blocks plain_text_to_blocks(std::string_view text) {
    Blocks out;
    std::vector<std::string_view> group;
    auto flush_group = [&] {
        if (group.empty()) return;
        if (looks_wrapped(group)) {
            std::string joined;
            for (auto l : group) {
                if (!joined.empty()) joined += ' ';
                joined += trim(l);
            }
            emit(out, joined, true, true);
        } else {
            for (std::size_t k = 0; k < group.size(); ++k)
                emit(out, group[k], k == 0, k + 1 == group.size());
        }
        group.clear();
    };
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        if (is_blank(line))
            flush_group();
        else
            group.push_back(line);
        pos = eol + 1;
    }
    flush_group();
    return out;
}

} // namespace kg::ingestion
