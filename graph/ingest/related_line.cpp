// The related-reading rule.
#include "ingest/related_line.hpp"

#include "ingest/chrome_phrases.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>

namespace kg::ingestion {
namespace {

// A label and a headline: a longer line is a paragraph that happens to open with the words.
constexpr std::size_t kMaxWords = 20;

// A link's share of the rest that makes the rest a linked headline.
constexpr double kLinkedShare = 0.6;

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Leading bullets and arrows ("» Also read", "► Read more", "* Related:") before the label.
std::string_view skip_leading_marks(std::string_view text) {
    static const std::array<std::string_view, 10> marks = {
        "\u00BB", "\u203A", "\u25BA", "\u25B6", "\u2192", "\u2022", "*", ">", "-", "+"};
    for (int round = 0; round < 3; ++round) {
        bool stripped = false;
        for (std::string_view mark : marks) {
            if (text.starts_with(mark)) {
                text = trim(text.substr(mark.size()));
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    return text;
}

// The length of the separator `rest` opens with, or 0: ":", "|", "»", "›", or a dash with a
// space before it (so "Related-party" is a word, not a label).
std::size_t separator_length(std::string_view rest) {
    const std::size_t skipped = std::min(rest.find_first_not_of(' '), rest.size());
    const std::string_view after = rest.substr(skipped);
    const bool spaced = skipped > 0;
    static const std::array<std::string_view, 4> always = {":", "|", "\u00BB", "\u203A"};
    for (std::string_view sep : always)
        if (after.starts_with(sep)) return skipped + sep.size();
    static const std::array<std::string_view, 3> dashes = {"-", "\u2013", "\u2014"};
    if (spaced)
        for (std::string_view sep : dashes)
            if (after.starts_with(sep)) return skipped + sep.size();
    return 0;
}

bool written_in_capitals(std::string_view label) {
    bool letter = false;
    for (char c : label) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

// A headline's first word: a capital letter or a digit.
bool is_capital_start(std::string_view headline) {
    const char c = headline.front();
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

bool is_related_reading_line(const Block& b, const LineShape& shape,
                             const std::vector<std::string>& labels) {
    if (shape.words > kMaxWords || shape.words < 2) return false;
    const std::string_view text = skip_leading_marks(b.text);
    for (const std::string& label : labels) {
        if (!starts_with_folded(text, label)) continue;
        const std::string_view rest = text.substr(label.size());
        if (rest.empty()) continue;
        // "<b>ALSO READ</b><a>Title</a>" prints the label and the headline glued together:
        // only a link that starts a capitalised word there tells it from "Relatedly".
        const bool glued = is_ascii_alnum(rest.front());
        const std::size_t sep = glued ? 0 : separator_length(rest);
        const std::string_view headline = trim(rest.substr(sep));
        if (headline.empty()) continue;
        const bool linked = double(b.link_chars) >= kLinkedShare * double(headline.size());
        if (glued) {
            if (linked && is_capital_start(headline)) return true;
            continue;
        }
        if (sep > 0 || linked || written_in_capitals(text.substr(0, label.size()))) return true;
    }
    return false;
}

} // namespace kg::ingestion
