// Front matter parsing: key: value, quoted scalars, flow lists and block lists.
#include "ingest/front_matter.hpp"

#include "ingest/html_entities.hpp"
#include "ingest/text_clean.hpp"

namespace kg::ingestion {
namespace {

constexpr std::size_t kMaxLines = 400; // a longer header is not front matter but a stray "---"

std::string unquote(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    // Exported front matter often carries HTML references ("Weiss &#38; more").
    return clean_inline(decode_entities(v));
}

void add_flow_list(std::string_view v, std::vector<std::string>& out) {
    v = trim(v);
    v = v.substr(1, v.size() - (v.back() == ']' ? 2 : 1));
    std::size_t i = 0;
    while (i <= v.size()) {
        std::size_t j = v.find(',', i);
        if (j == std::string_view::npos) j = v.size();
        std::string item = unquote(v.substr(i, j - i));
        if (!item.empty()) out.push_back(std::move(item));
        i = j + 1;
    }
}

} // namespace

std::string FrontMatter::first(const std::string& key) const {
    const auto it = fields.find(key);
    return it == fields.end() || it->second.empty() ? std::string() : it->second.front();
}

FrontMatter parse_front_matter(std::string_view text) {
    FrontMatter fm;
    if (!(text.starts_with("---\n") || text == "---")) return fm;
    std::size_t pos = 4;
    std::string last_key;
    for (std::size_t line_no = 2; pos < text.size() && line_no < kMaxLines; ++line_no) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view raw = text.substr(pos, eol - pos);
        const std::string_view line = trim(raw);
        pos = eol + 1;
        if (line == "---" || line == "...") {
            fm.present = true;
            fm.body_offset = std::min(pos, text.size());
            return fm;
        }
        if (line.empty() || line.front() == '#') continue;
        if (line.starts_with("- ") && !last_key.empty()) {
            std::string item = unquote(line.substr(2));
            if (!item.empty()) fm.fields[last_key].push_back(std::move(item));
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0 || raw.front() == ' ') {
            // Nested maps and multi-line scalars are beyond what articles need: skip, say so.
            fm.problems.push_back("front matter line " + std::to_string(line_no) +
                                  " is not 'key: value'; ignored");
            continue;
        }
        last_key = ascii_lower(trim(line.substr(0, colon)));
        const std::string_view value = trim(line.substr(colon + 1));
        auto& values = fm.fields[last_key];
        if (value.starts_with("["))
            add_flow_list(value, values);
        else if (!value.empty())
            values.push_back(unquote(value));
    }
    fm.problems.push_back("front matter starts with '---' but is never closed; read as text");
    fm.fields.clear();
    return fm;
}

} // namespace kg::ingestion
