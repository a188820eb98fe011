// Content sniffing for the three input formats.
#include "ingest/format.hpp"

#include "ingest/text_clean.hpp"

#include <algorithm>

namespace kg::ingestion {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;

std::size_t count(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t i = hay.find(needle); i != std::string_view::npos; i = hay.find(needle, i + 1)) ++n;
    return n;
}

std::size_t html_tag_count(std::string_view lower) {
    std::size_t n = 0;
    for (std::string_view tag : {"<p>", "<p ", "</p>", "<div", "</div>", "<br", "<span", "<a href",
                                 "<li>", "<h1", "<h2", "<h3", "<table", "<body", "<article"})
        n += count(lower, tag);
    return n;
}

std::size_t markdown_signals(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ") ||
            line.starts_with("```") || line.starts_with("==="))
            ++n;
        pos = eol + 1;
    }
    return n + count(text, "](http");
}

} // namespace

Format detect_format(std::string_view text, std::string_view extension, bool has_front_matter) {
    if (has_front_matter) return Format::Markdown;
    const std::string head = ascii_lower(text.substr(0, std::min(text.size(), kSniffBytes)));
    const std::string_view start = trim(std::string_view(head).substr(0, 512));
    const std::string ext = ascii_lower(extension);
    if (start.starts_with("<!doctype html") || start.starts_with("<html") ||
        start.find("<html") != std::string_view::npos)
        return Format::Html;
    const std::size_t tags = html_tag_count(head);
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return tags > 0 ? Format::Html : Format::Plain;
    if (ext == ".md" || ext == ".markdown") return Format::Markdown;
    // A .txt (or unknown) file: HTML if it opens with a tag and is full of them.
    if (start.starts_with("<") && tags >= 3) return Format::Html;
    if (markdown_signals(std::string_view(head)) >= 2) return Format::Markdown;
    return Format::Plain;
}

} // namespace kg::ingestion
