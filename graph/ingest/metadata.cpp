// Metadata from text lines.
#include "ingest/metadata.hpp"

#include "common/utf8.hpp"
#include "ingest/chrome_phrases.hpp"
#include "ingest/dates.hpp"
#include "ingest/line_shape.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>

namespace kg::ingestion {
namespace {

constexpr std::size_t kZoneBlocks = 12; // metadata lines sit at the top, not further down

enum class Field { None, Author, Date, Source };

struct Label {
    std::string_view text; // lower case, as it starts a segment
    Field field;
};

constexpr std::array<Label, 16> kLabels = {{
    {"interview by ", Field::Author},
    {"interviewed by ", Field::Author},
    {"written by ", Field::Author},
    {"by: ", Field::Author},
    {"by ", Field::Author},
    {"author: ", Field::Author},
    {"authors: ", Field::Author},
    {"source:", Field::Source},
    {"from:", Field::Source},
    {"date:", Field::Date},
    {"published:", Field::Date},
    {"updated:", Field::Date},
    {"posted:", Field::Date},
    {"published on", Field::Date},
    {"updated on", Field::Date},
    {"by:", Field::Author},
}};

// Splits a line at labels that end in ':' even when glued to the previous value
// ("Source:emlyon business schoolDate:2025-05-16"), and at '|' and a middle dot ('·').
std::vector<std::string_view> segments(std::string_view text) {
    const std::string lower = ascii_lower(text);
    std::vector<std::size_t> cuts = {0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '|' || text.substr(i, 2) == "\xC2\xB7") {
            cuts.push_back(i);
            continue;
        }
        for (const auto& l : kLabels)
            if (l.text.back() == ':' && std::string_view(lower).substr(i).starts_with(l.text))
                cuts.push_back(i);
    }
    cuts.push_back(text.size());
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::string_view> out;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        std::string_view s = text.substr(cuts[k], cuts[k + 1] - cuts[k]);
        if (!s.empty() && s.front() == '|') s.remove_prefix(1);
        if (s.starts_with("\xC2\xB7")) s.remove_prefix(2);
        s = trim(s);
        if (!s.empty()) out.push_back(s);
    }
    return out;
}

Field label_of(std::string_view segment, std::string_view& value) {
    const std::string lower = ascii_lower(segment);
    for (const auto& l : kLabels) {
        if (lower.starts_with(l.text)) {
            value = trim(segment.substr(l.text.size()));
            return l.field;
        }
    }
    value = segment;
    return Field::None;
}

// "高大伟David Gosset" -> "David Gosset": the Latin-script part of a name line.
std::string latin_part(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        const std::size_t len = decode_utf8(text, i, cp);
        if (!is_cjk_cp(cp)) out.append(text.substr(i, len));
        i += len;
    }
    return std::string(trim(out));
}

// A personal name on its own line: two to four capitalized words, no digits.
bool looks_like_name(std::string_view text) {
    const LineShape s = measure(text);
    if (s.words < 2 || s.words > 4 || s.has_digit || s.sentence_end || text.size() > 48)
        return false;
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp;
        decode_utf8(text, i, cp);
        if (!is_upper_cp(cp)) return false;
        const std::size_t sp = text.find(' ', i);
        if (sp == std::string_view::npos) break;
        i = sp + 1;
    }
    return text.find_first_of(",;:|/()") == std::string_view::npos;
}

// Every word of a name starts with a capital, but for particles ("van", "de", "al-"): "Brussels
// correspondent" after a byline's name is the author's post, not a second author.
bool name_words(std::string_view name) {
    name =
        name.substr(0, name.find(" in ")); // "Jane Roe in Abu Dhabi": where the author writes from
    static constexpr std::array<std::string_view, 12> kParticles{
        "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "al", "bin"};
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t sp = std::min(name.find(' ', i), name.size());
        const std::string_view w = name.substr(i, sp - i);
        const char c = w.empty() ? 'A' : w.front();
        const bool lower = c >= 'a' && c <= 'z';
        if (lower && std::find(kParticles.begin(), kParticles.end(), w) == kParticles.end() &&
            !w.starts_with("al-") && !w.starts_with("el-"))
            return false;
        i = sp + 1;
    }
    return true;
}

// "OPINION", "ANALYSIS", "ASIA ANALYSIS", "FACT CHECK": a section label over the headline, one
// word in capitals, or up to three whose last names a kind of article (two words in capitals
// are a byline's name as often: "JANE ROE").
bool is_section_label(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty() || !std::all_of(t.begin(), t.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || c == '-' || c == ' ';
        }))
        return false;
    const std::size_t last = t.rfind(' ');
    if (last == std::string_view::npos) return true;
    static constexpr std::array<std::string_view, 14> kKinds{
        "ANALYSIS",  "BRIEFING", "CHECK",     "COMMENT", "COMMENTARY", "DISPATCH", "EDITORIAL",
        "EXPLAINER", "FEATURE",  "INTERVIEW", "OPINION", "REPORT",     "REVIEW",   "NEWS"};
    return std::count(t.begin(), t.end(), ' ') <= 2 &&
           std::find(kKinds.begin(), kKinds.end(), t.substr(last + 1)) != kKinds.end();
}

// A section label, or one with a desk of at most three words after a bar: "FACT CHECK | Maghreb
// desk" ("ANALYSIS | Why the ministers met again" holds a headline).
bool is_section_line(std::string_view text) {
    if (text.find('\n') != std::string_view::npos) return false;
    const std::size_t bar = text.find(" | ");
    if (bar == std::string_view::npos) return is_section_label(text);
    const std::string_view desk = trim(text.substr(bar + 3));
    return std::count(desk.begin(), desk.end(), ' ') <= 2 && is_section_label(text.substr(0, bar));
}

// The words that end an author's post: "Balkans correspondent", "Guest column".
bool ends_in_post(std::string_view lower_post) {
    static constexpr std::array<std::string_view, 10> kPosts{
        "correspondent", "reporter",    "editor",       "writer", "columnist",
        "column",        "contributor", "bureau chief", "staff",  "desk"};
    return std::any_of(kPosts.begin(), kPosts.end(),
                       [&](std::string_view p) { return lower_post.ends_with(p); });
}

// "Nina Albrecht, Balkans correspondent", "Jane Roe | Guest column": a name and the author's post
// after a comma, bar or middle dot, on the first line of a block; "Political correspondent Owen
// Pritchard": the post first, in lower case but for its first word. The name, or "" when the
// line is not one.
std::string name_before_post(std::string_view block) {
    const std::string_view line = block.substr(0, block.find('\n'));
    std::size_t cut = std::string_view::npos, width = 0;
    for (std::string_view sep : {", ", " | ", " \xC2\xB7 "})
        if (const std::size_t at = line.find(sep); at < cut) {
            cut = at;
            width = sep.size();
        }
    if (cut == std::string_view::npos) {
        // The post's words up to its last lower-case one, then the name.
        std::size_t end = 0;
        for (std::size_t i = line.find(' '); i != std::string_view::npos && i + 1 < line.size();
             i = line.find(' ', i + 1))
            if (line[i + 1] >= 'a' && line[i + 1] <= 'z') end = line.find(' ', i + 1);
        if (end == 0 || end == std::string_view::npos) return {};
        const std::string lower_post = ascii_lower(line.substr(0, end));
        if (!ends_in_post(lower_post) || std::count(lower_post.begin(), lower_post.end(), ' ') > 3)
            return {};
        return std::string(trim(line.substr(end)));
    }
    // The post is the part after the name, up to the next separator: "Asia desk | 9 min read".
    std::string_view after = line.substr(cut + width);
    for (std::string_view sep : {", ", " | ", " \xC2\xB7 "})
        after = after.substr(0, after.find(sep));
    const std::string lower_post = ascii_lower(trim(after));
    const std::string_view post = lower_post;
    const std::string_view name = trim(line.substr(0, cut));
    if (!ends_in_post(post) || std::count(post.begin(), post.end(), ' ') > 4 ||
        is_section_label(name)) // "FACT CHECK | Maghreb desk"
        return {};
    return std::string(name);
}

// "JANE ROE Associated Press": the agency the author writes for is no part of the name.
void without_agency(std::string& name) {
    for (std::string_view agency : {" Associated Press", " Reuters", " AFP", " AP"})
        if (name.size() > agency.size() && name.ends_with(agency))
            name.resize(name.size() - agency.size());
}

// A headline that asks: one line of at most 30 words ending in '?' (before a closing quote).
bool is_question_headline(std::string_view text, const LineShape& s) {
    std::string_view t = trim(text);
    while (!t.empty() && (t.back() == '"' || t.back() == '\'')) t.remove_suffix(1);
    if (t.ends_with("\xE2\x80\x9D")) t.remove_suffix(3); // a closing curly quote
    return s.words <= 30 && t.ends_with('?') && t.find('\n') == std::string_view::npos &&
           s.first_upper;
}

// `s`: measure(b.text).
bool is_title_candidate(const Block& b, const LineShape& s) {
    if (is_section_line(b.text)) return false;
    if (b.role == BlockRole::Caption || b.role == BlockRole::ListItem) return false;
    if (s.words == 0 || s.words > 30 || !s.first_upper) return false;
    const char last = b.text.back();
    return last != '.' && last != ',' && last != ';' && last != ':';
}

} // namespace

std::vector<std::string> split_authors(std::string_view text) {
    std::string list(text);
    for (std::string_view sep : {" and ", " & ", ";", " \u548C "}) {
        for (std::size_t i = list.find(sep); i != std::string::npos; i = list.find(sep, i + 1))
            list.replace(i, sep.size(), ",");
    }
    std::vector<std::string> names;
    std::size_t i = 0;
    while (i <= list.size()) {
        std::size_t j = list.find(',', i);
        if (j == std::string::npos) j = list.size();
        std::string name(trim(std::string_view(list).substr(i, j - i)));
        i = j + 1;
        std::string_view rest;
        if (label_of(name, rest) == Field::Author) name = std::string(rest);
        for (std::string_view suffix : {" et al.", " et al"})
            if (name.ends_with(suffix)) name.resize(name.size() - suffix.size());
        const std::string key = match_key(name);
        if (key.empty() || key == "more" || key == "others" || key == "et al" || key == "ph d" ||
            key == "phd" || key == "md" || key == "staff" || key == "jr" || key == "sr")
            continue;
        if (measure(name).has_digit || measure(name).words > 6 || !name_words(name)) continue;
        without_agency(name);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    return names;
}

std::string clean_title(std::string_view title) {
    std::string_view best;
    std::size_t i = 0;
    while (i <= title.size()) {
        std::size_t j = title.find('|', i);
        if (j == std::string_view::npos) j = title.size();
        const std::string_view part = trim(title.substr(i, j - i));
        if (part.size() > best.size()) best = part;
        i = j + 1;
    }
    return std::string(best);
}

std::string url_host(std::string_view url) {
    std::size_t start = 0;
    if (url.starts_with("https://"))
        start = 8;
    else if (url.starts_with("http://"))
        start = 7;
    else
        return {};
    std::string_view host = url.substr(start, url.find_first_of("/?#:", start) - start);
    if (host.starts_with("www.")) host.remove_prefix(4);
    return std::string(host);
}

void take_text_metadata(Blocks& blocks, ArticleMeta& meta, std::string_view card_name,
                        const std::vector<LineShape>* shapes) {
    if (shapes && shapes->size() != blocks.size()) shapes = nullptr;
    const bool title_known = !meta.title.empty();
    const std::string title_key = match_key(meta.title);
    bool byline = !meta.authors.empty();
    std::vector<bool> drop(blocks.size(), false);
    const std::size_t zone = std::min(blocks.size(), kZoneBlocks);
    bool prose = false; // past the first paragraph of prose: only a byline is read there
    for (std::size_t k = 0; k < zone; ++k) {
        const Block& b = blocks[k];
        const LineShape shape = shapes ? (*shapes)[k] : measure(b.text);
        // "Interview | Why do the ministers keep meeting when they agree on nothing?": a question
        // headline is long and ends like a sentence, but it opens the page, before any prose.
        if (!title_known && meta.title.empty() && !prose && is_section_line(b.text)) { // "ANALYSIS"
            drop[k] = true;
            continue;
        }
        const bool first =
            std::all_of(drop.begin(), drop.begin() + std::ptrdiff_t(k), [](bool d) { return d; });
        if (!title_known && meta.title.empty() && !prose && first &&
            is_question_headline(b.text, shape)) {
            meta.title = clean_title(b.text);
            drop[k] = true;
            continue;
        }
        if (b.role != BlockRole::Heading && b.role != BlockRole::Caption && is_prose(shape)) {
            prose = true;
            continue;
        }
        if (b.role == BlockRole::Caption) continue;
        // Byline, dateline and source line: every part must be one of them.
        bool all_meta = true, any_meta = false, by_first = false;
        ArticleMeta found;
        for (std::string_view seg : segments(b.text)) {
            std::string_view value;
            const Field f = label_of(seg, value);
            if (f == Field::Author) {
                found.authors = split_authors(value);
                by_first |= !any_meta && all_meta && !found.authors.empty();
            } else if (f == Field::Source)
                found.source = std::string(value);
            else if (const std::string d = parse_date(f == Field::Date ? value : seg); !d.empty())
                found.date = d;
            else {
                all_meta = false;
                continue;
            }
            any_meta = true;
        }
        // "Jane Roe | Guest column" on a line of its own is a byline with no "By", wherever a
        // byline may stand (under a standfirst too).
        if (!any_meta && b.text.find('\n') == std::string_view::npos)
            if (std::string posted = name_before_post(b.text); looks_like_name(posted)) {
                found.authors = {std::move(posted)};
                any_meta = all_meta = by_first = true;
            }
        // A standfirst may come before the byline; nothing but a byline is taken after it.
        if (prose && (!by_first || byline || shape.sentence_end)) continue;
        // "By Jane Roe · Pacific Affairs · 6 min read": a line that opens with its byline is
        // metadata, whatever labels follow.
        if (any_meta && (all_meta || by_first)) {
            if (meta.date.empty()) meta.date = found.date;
            if (meta.source.empty()) meta.source = found.source;
            if (!found.authors.empty() && !byline) {
                meta.authors = found.authors;
                byline = true;
            }
            drop[k] = true;
            continue;
        }
        const std::string key = match_key(b.text);
        if (title_known) {
            // The headline printed again on the page ("[Title](url)", <h1>) is not body text.
            if (!title_key.empty() && key == title_key) {
                drop[k] = true;
                continue;
            }
        } else if (meta.title.empty() && is_title_candidate(b, shape)) {
            meta.title = clean_title(b.text);
            drop[k] = true;
            continue;
        }
        // A bare name right under the headline or dateline is the byline without its "By".
        if (!byline && !meta.title.empty() && (k == 0 || drop[k - 1]) && !is_section_line(b.text)) {
            std::string name = latin_part(b.text);
            without_agency(name);
            if (!looks_like_name(name))
                if (std::string posted = name_before_post(b.text); looks_like_name(posted))
                    name = std::move(posted);
            if (looks_like_name(name) && match_key(name) != title_key) {
                meta.authors = {name};
                byline = true;
                drop[k] = true;
                continue;
            }
        }
    }
    if (!byline && !card_name.empty()) meta.authors = {std::string(card_name)};
    Blocks kept;
    kept.reserve(blocks.size());
    for (std::size_t k = 0; k < blocks.size(); ++k)
        if (!drop[k]) kept.push_back(std::move(blocks[k]));
    blocks = std::move(kept);
}

} // namespace kg::ingestion
