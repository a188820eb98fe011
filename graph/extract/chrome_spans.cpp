// Finding credits and source lines inside paragraphs, by their shape (see chrome_spans.hpp).
#include "extract/chrome_spans.hpp"

#include "extract/text_class.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> heads) {
    return std::any_of(heads.begin(), heads.end(),
                       [&](std::string_view h) { return s.starts_with(h); });
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return s.find(n) != std::string_view::npos; });
}

// Length of a dash at `i` ("-", "–", "—"), or 0.
std::size_t dash_at(std::string_view s, std::size_t i) {
    if (i < s.size() && s[i] == '-') return 1;
    if (s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014") return 3;
    return 0;
}

std::size_t words_in(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t';
        n += !space && !in;
        in = !space;
    }
    return n;
}

// "MOSCOW, June 19 (AFP) —", "ISLAMABAD (AP) —", "RIYADH, March 12 (Reuters) -": the span of
// "(AFP)", when the paragraph opens with a city in capitals and a dash or colon follows.
Span dateline_credit(std::string_view p, std::uint32_t base) {
    std::size_t caps = 0;
    while (caps < p.size() && (ascii_upper(p[caps]) || p[caps] == ' ' || p[caps] == '.' ||
                               p[caps] == '-' || static_cast<unsigned char>(p[caps]) >= 0x80))
        ++caps;
    if (caps < 3 || !ascii_upper(p[0])) return {};
    const std::size_t open = p.find('(');
    if (open == std::string_view::npos || open > 60) return {};
    const std::size_t close = p.find(')', open);
    if (close == std::string_view::npos || close - open > 40) return {};
    std::size_t after = close + 1;
    while (after < p.size() && p[after] == ' ') ++after;
    if (after >= p.size() || (!dash_at(p, after) && p[after] != ':')) return {};
    return {base + std::uint32_t(open), base + std::uint32_t(close + 1)};
}

// True when `tail` (what follows a paragraph's last sentence) reads as a photo or agency credit.
bool is_credit_tail(std::string_view tail) {
    if (tail.empty() || tail.size() > 120 || words_in(tail) > 8) return false;
    if (tail.back() == '.' || tail.back() == '?' || tail.back() == '!') return false;
    if (!ascii_upper(tail.front()) && static_cast<unsigned char>(tail.front()) < 0x80) return false;
    if (contains_any(tail, {"/", " via ", " VIA "})) return true;
    // All in capitals, two words or more: "REUTERS PHOTO", "ALEXANDER NEMENOV".
    bool lower = std::any_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return !lower && words_in(tail) >= 2;
}

// A credit after the paragraph's last sentence ("... Moscow. Sergei Bobylev/TASS"), or a final
// dash credit ("... said. — AFP").
Span trailing_credit(std::string_view p, std::uint32_t base) {
    std::size_t end = p.size();
    while (end > 0 && (p[end - 1] == ' ' || p[end - 1] == '*' || p[end - 1] == '_')) --end;
    const std::string_view body = p.substr(0, end);
    // The last sentence end: ". " before the tail.
    std::size_t dot = body.rfind(". ");
    std::size_t start = dot == std::string_view::npos ? std::string_view::npos : dot + 2;
    // "— AFP" at the end: a dash, then the credit.
    for (std::size_t i = body.size() > 40 ? body.size() - 40 : 0; i < body.size(); ++i) {
        if (const std::size_t d = dash_at(body, i);
            d && (i == 0 || body[i - 1] == ' ') && i + d < body.size() && body[i + d] == ' ') {
            const std::string_view credit = body.substr(i + d + 1);
            if (!credit.empty() && words_in(credit) <= 3 && ascii_upper(credit.front()) &&
                credit.back() != '.' && credit.find(' ') == std::string_view::npos)
                return {base + std::uint32_t(i), base + std::uint32_t(body.size())};
        }
    }
    if (start == std::string_view::npos || start >= body.size()) return {};
    if (!is_credit_tail(body.substr(start))) return {};
    return {base + std::uint32_t(start), base + std::uint32_t(body.size())};
}

bool is_credit_paragraph(std::string_view p) {
    std::size_t i = 0;
    while (i < p.size() &&
           (p[i] == '(' || p[i] == ' ' || p[i] == '*' || p[i] == '_' || dash_at(p, i)))
        i += std::max<std::size_t>(1, dash_at(p, i));
    const std::string_view s = p.substr(i);
    if (starts_with_any(s, {"Reporting by",      "Additional reporting by",
                            "Editing by",        "with reporting by",
                            "With reporting by", "Compiled by",
                            "Writing by",        "\u00A9",
                            "Copyright ",        "Source:",
                            "Source :",          "Sources:",
                            "Related:",          "Related analysis",
                            "Related on ",       "Related articles",
                            "Related stories",   "Read more:",
                            "More from ",        "See also:"}))
        return true;
    // "Related opinion: ...", "Related video: ...": a related-article line of any section.
    if (s.starts_with("Related ")) {
        const std::size_t colon = s.find(':');
        if (colon != std::string_view::npos && colon < 30 &&
            s.substr(0, colon).find_first_of(".,") == std::string_view::npos &&
            words_in(s.substr(0, colon)) <= 3)
            return true;
    }
    // Only short paragraphs are searched: most paragraphs are prose and long. A publisher's
    // disclaimer ("This brief is provided to clients of X for information only") names its
    // publisher, no party of the story.
    return p.size() <= 300 &&
           contains_any(p, {"contributed to this report", "contributed reporting",
                            "for information only", "for informational purposes only",
                            "not constitute investment advice", "not constitute legal advice"});
}

// "Jane Roe is a senior fellow at ...", "Jane Roe covers Gulf politics for ...": the bio of one of
// the document's authors (a byline's name, which ingest keeps as metadata).
bool is_author_bio(std::string_view p, const std::vector<std::string>& authors) {
    while (!p.empty() && (p.front() == '*' || p.front() == '_'))
        p.remove_prefix(1); // "*Jane Roe is ...*"
    for (std::string_view a : authors) {
        // "Karim Haddad in Abu Dhabi": the name is what comes before a place or a comma.
        for (std::string_view cut : {" in ", ", ", " and "})
            if (std::size_t k = a.find(cut); k != std::string_view::npos) a = a.substr(0, k);
        if (a.size() < 4 || !p.starts_with(a) || p.size() == a.size() || p[a.size()] != ' ')
            continue;
        const std::string_view verb = p.substr(a.size() + 1);
        if (starts_with_any(verb, {"is ", "was ", "covers ", "writes ", "has ", "served ",
                                   "previously ", "teaches ", "works ", "leads ", "directs ",
                                   "holds ", "reports ", "edits ", "lives ", "joined "}))
            return true;
    }
    return false;
}

} // namespace

std::vector<Span> chrome_spans(const Document& doc) {
    std::vector<Span> out;
    const std::string_view text = doc.text;
    for (const Paragraph& para : doc.paragraphs) {
        if (para.span.end > text.size() || para.span.start >= para.span.end) continue;
        const std::string_view p = text.substr(para.span.start, para.span.size());
        if (is_author_bio(p, doc.authors)) {
            out.push_back(para.span);
            continue;
        }
        if (is_credit_paragraph(p)) {
            // "© AFP 2025. Photo: A Rosatom icebreaker ...": only the copyright sentence.
            std::size_t cut = p.size();
            if (p.starts_with("\u00A9") || p.starts_with("Copyright "))
                if (std::size_t dot = p.find(". "); dot != std::string_view::npos) cut = dot + 1;
            out.push_back({para.span.start, para.span.start + std::uint32_t(cut)});
            if (cut == p.size()) continue;
        }
        if (Span d = dateline_credit(p, para.span.start); d.end > d.start) out.push_back(d);
        if (Span t = trailing_credit(p, para.span.start); t.end > t.start) out.push_back(t);
    }
    std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.start < b.start; });
    std::vector<Span> merged;
    for (Span s : out) {
        if (!merged.empty() && s.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

bool in_chrome(const std::vector<Span>& chrome, Span s) {
    auto it = std::upper_bound(chrome.begin(), chrome.end(), s.start,
                               [](std::uint32_t p, Span c) { return p < c.start; });
    if (it != chrome.end() && it->start < s.end) return true;
    return it != chrome.begin() && std::prev(it)->end > s.start;
}

} // namespace kg
