// The URL first line: metadata, never article text (its path words would become topics).
#include "ingest/url_line.hpp"

#include "ingest/text_clean.hpp"

namespace kg::ingestion {
namespace {

// A URL as pasted: scheme, a host, and no white space or markup anywhere.
bool is_lone_url(std::string_view s) {
    std::size_t host = 0;
    if (s.starts_with("https://"))
        host = 8;
    else if (s.starts_with("http://"))
        host = 7;
    else
        return false;
    if (s.size() <= host || s[host] == '/') return false;
    for (char c : s)
        if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"') return false;
    return true;
}

} // namespace

std::string take_url_first_line(std::string_view& text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = trim(text.substr(pos, eol - pos));
        if (line.empty()) {
            pos = eol + 1;
            continue;
        }
        if (line.size() >= 2 && line.front() == '<' && line.back() == '>') // a Markdown autolink
            line = line.substr(1, line.size() - 2);
        if (!is_lone_url(line)) return {};
        std::string url(line);
        // The blank lines after it go too, so front matter under the URL is still at the top.
        pos = eol;
        while (pos < text.size()) {
            std::size_t next = text.find('\n', pos + 1);
            if (next == std::string_view::npos) next = text.size();
            if (!is_blank(text.substr(pos + 1, next - pos - 1))) break;
            pos = next;
        }
        text.remove_prefix(std::min(pos + 1, text.size()));
        return url;
    }
    return {};
}

} // namespace kg::ingestion
