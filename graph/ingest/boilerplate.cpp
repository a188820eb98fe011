// The boilerplate rules.
#include "ingest/boilerplate.hpp"

#include "ingest/line_shape.hpp"
#include "ingest/related_line.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace kg::ingestion {
namespace {

// `text` need not be lower case: the lower-case prefixes are compared ignoring ASCII case.
bool any_prefix(std::string_view text, const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& p) { return starts_with_folded(text, p); });
}

bool any_equal(std::string_view key, const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), key) != list.end();
}

// "Home / Opinion / Op-Ed Contributors", "News > World > Asia": short segments between
// separators, no sentence, starting at a home link or having three or more parts.
bool is_breadcrumb(std::string_view text, const LineShape& shape) {
    if (shape.sentence_end || shape.words > 14) return false;
    std::size_t parts = 1;
    for (std::string_view sep : {" / ", " > ", " \u203A ", " \u00BB "}) {
        for (std::size_t i = text.find(sep); i != std::string_view::npos; i = text.find(sep, i + 1))
            ++parts;
    }
    return parts >= 3 || (parts == 2 && match_key(text).starts_with("home "));
}

// "World | Business | Opinion | Sport": a navigation row of short labels between pipes.
bool is_nav_row(std::string_view text, const LineShape& shape) {
    if (shape.sentence_end || shape.has_digit || text.find('|') == std::string_view::npos)
        return false;
    std::size_t parts = 0;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t j = text.find('|', i);
        if (j == std::string_view::npos) j = text.size();
        const LineShape part = measure(trim(text.substr(i, j - i)));
        if (part.words > 3) return false;
        if (part.words > 0) ++parts;
        i = j + 1;
    }
    return parts >= 3;
}

// "Robert Daly image", "Photo of the author": the alt text of a portrait, left by copying.
bool is_image_alt(std::string_view key, const LineShape& shape) {
    return !shape.sentence_end && shape.words <= 6 &&
           (key.ends_with(" image") || key.ends_with(" photo") || key.ends_with(" headshot") ||
            key.ends_with(" portrait") || key.starts_with("photo of ") ||
            key.starts_with("image of "));
}

// The dominant script of the page: CJK or alphabetic, with its share of all letters.
struct ScriptMix {
    bool cjk = false;
    double share = 0;
};

ScriptMix script_mix(const std::vector<LineShape>& shapes) {
    std::size_t letters = 0, cjk = 0;
    for (const auto& s : shapes) {
        letters += s.letters;
        cjk += s.cjk;
    }
    const std::size_t all = letters + cjk;
    if (all == 0) return {};
    return {cjk > letters, double(std::max(cjk, letters)) / double(all)};
}

// A block written mostly in the script the page hardly uses (a Chinese bio on an English
// page): not part of the article the rest of the page is.
bool is_foreign_script(const LineShape& s, const ScriptMix& mix) {
    if (mix.share < 0.8) return false;
    const std::size_t all = s.letters + s.cjk;
    if (all == 0) return false;
    const std::size_t other = mix.cjk ? s.letters : s.cjk;
    return double(other) / double(all) >= 0.7;
}

bool is_chrome_line(const Block& b, const LineShape& shape, const ChromePhrases& phrases,
                    const ScriptMix& mix, bool in_body) {
    // A table row is data: short, symbol-heavy and " | "-joined by design. Only links condemn it.
    if (b.role == BlockRole::TableRow)
        return b.text.size() > 0 && b.link_chars * 10 >= b.text.size() * 6;
    if (shape.letters + shape.cjk + shape.other == 0 && !shape.has_digit)
        return true; // symbols only
    // Whole-line rules concern short lines, phrase searches lines of chrome size: a long
    // paragraph of prose skips building its key and lower-case copy (most of the bytes).
    const bool short_line = shape.words <= 14;
    const bool chrome_sized = shape.words <= 80;
    // No lower-case copy: the phrase lists are lower case and compared ignoring ASCII case.
    const std::string key = short_line ? match_key(b.text) : std::string();
    const std::string_view head =
        chrome_sized ? std::string_view(b.text) : std::string_view(b.text).substr(0, 64);
    if (short_line && any_equal(key, phrases.line)) return true;
    if (any_prefix(head, phrases.prefix)) return true;
    if (chrome_sized && phrases.contains_set.found_in(head)) return true;
    if (!shape.sentence_end && shape.words <= 12 && phrases.short_set.found_in(head)) return true;
    if (any_prefix(head, phrases.bio)) return true;
    // Inside the article too: a link to another story names that story's people and places.
    if (is_related_reading_line(b, shape, phrases.related)) return true;
    // A trailing-box heading that did not end the article ("Most Viewed" above it) is still chrome.
    if (short_line && !shape.sentence_end && any_equal(key, phrases.tail)) return true;
    if (is_breadcrumb(b.text, shape) || is_nav_row(b.text, shape)) return true;
    if (short_line && is_image_alt(key, shape)) return true;
    if (b.role == BlockRole::Credit) return true;
    // A credit on its own line; "Caption. [Photo/AFP]" is a caption and is kept.
    if (!shape.sentence_end && shape.words <= 8 && is_credit_text(b.text, phrases) &&
        strip_trailing_credit(b.text, phrases) == std::string_view::npos)
        return true;
    // Navigation and teaser lists are mostly link text; a paragraph with a link or two is not.
    // Inside an article chosen by scoring, link-dense blocks were judged with their context
    // (a list of linked announcements is content there).
    if (b.in_article) return !in_body && is_foreign_script(shape, mix);
    const double link_share = b.text.empty() ? 0.0 : double(b.link_chars) / double(b.text.size());
    if (link_share >= 0.6 || (link_share >= 0.35 && !shape.sentence_end)) return true;
    // A block in the other script between two paragraphs of the article's prose is part of it
    // (a quote in Chinese or Russian); before or after the prose it is a bio or a tag line.
    return !in_body && is_foreign_script(shape, mix);
}

// [first, last] blocks of prose in the page's own script, or {1, 0} when there is none.
std::pair<std::size_t, std::size_t> prose_range(const std::vector<LineShape>& shapes,
                                                const ScriptMix& mix) {
    std::size_t first = 1, last = 0;
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        if (!is_prose(shapes[i]) || is_foreign_script(shapes[i], mix)) continue;
        if (first > last) first = i;
        last = i;
    }
    return {first, last};
}

// Index where the page's trailing boxes begin (related lists, "Most Viewed", a person card),
// or blocks.size(). Only past the first half of the text, and only after real prose.
std::size_t tail_start(const Blocks& blocks, const std::vector<LineShape>& shapes,
                       const ChromePhrases& phrases, std::string& card_name) {
    std::size_t total = 0;
    for (const auto& b : blocks) total += b.text.size();
    std::size_t seen = 0;
    bool prose_seen = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        const LineShape& shape = shapes[i];
        const bool late = seen * 10 >= total * 4;
        const std::string key = shape.words <= 14 ? match_key(b.text) : std::string();
        if (prose_seen && late && !shape.sentence_end && any_equal(key, phrases.tail)) return i;
        // A person card: the portrait's alt text "NAME image", then NAME on its own line.
        if (prose_seen && is_image_alt(key, shape) && i + 1 < blocks.size()) {
            const std::string next = match_key(blocks[i + 1].text);
            if (!next.empty() && key.starts_with(next + " ")) {
                card_name = blocks[i + 1].text;
                if (late) return i;
            }
        }
        if (b.role != BlockRole::Heading && is_prose(shape)) prose_seen = true;
        seen += b.text.size();
    }
    return blocks.size();
}

} // namespace

bool is_credit_text(std::string_view text, const ChromePhrases& phrases) {
    const std::string key = match_key(text);
    const LineShape shape = measure(text);
    if (key.empty() || shape.words > 12) return false;
    bool credit_word = false;
    std::size_t i = 0;
    while (i < key.size() && !credit_word) {
        std::size_t j = key.find(' ', i);
        if (j == std::string::npos) j = key.size();
        credit_word = any_equal(std::string_view(key).substr(i, j - i), phrases.credit);
        i = j + 1;
    }
    if (!credit_word) return false;
    const bool slash = text.find('/') != std::string_view::npos;
    const bool colon = text.find(':') != std::string_view::npos;
    return slash || colon || shape.words <= 4 || any_prefix(key, phrases.credit);
}

std::size_t strip_trailing_credit(std::string_view text, const ChromePhrases& phrases) {
    if (text.empty()) return std::string_view::npos;
    const char close = text.back();
    const char open = close == ')' ? '(' : close == ']' ? '[' : 0;
    if (!open) return std::string_view::npos;
    const std::size_t start = text.rfind(open);
    if (start == std::string_view::npos || start == 0) return std::string_view::npos;
    if (!is_credit_text(text.substr(start + 1, text.size() - start - 2), phrases))
        return std::string_view::npos;
    return trim(text.substr(0, start)).size();
}

BoilerplateResult remove_boilerplate(Blocks blocks, const ChromePhrases& phrases) {
    BoilerplateResult result;
    std::vector<LineShape> shapes;
    shapes.reserve(blocks.size());
    for (const auto& b : blocks) shapes.push_back(measure(b.text));
    // The tail goes first: a "Most Viewed" heading must still be there to mark where it starts.
    const std::size_t end = tail_start(blocks, shapes, phrases, result.card_name);
    blocks.resize(end);
    shapes.resize(end);
    const ScriptMix mix = script_mix(shapes);
    const auto [first_prose, last_prose] = prose_range(shapes, mix);
    Blocks kept;
    kept.reserve(blocks.size());
    std::vector<LineShape> kept_shapes; // of `kept`: each block is measured once
    kept_shapes.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool in_body = first_prose < i && i < last_prose;
        if (!is_chrome_line(blocks[i], shapes[i], phrases, mix, in_body)) {
            kept.push_back(std::move(blocks[i]));
            kept_shapes.push_back(shapes[i]);
        }
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        // A caption printed with its credit: keep the caption (it states facts), drop the credit.
        Block& b = kept[k];
        const std::size_t cut = strip_trailing_credit(b.text, phrases);
        if (cut != std::string_view::npos && cut > 0) {
            b.text.resize(cut);
            b.role = BlockRole::Caption;
            kept_shapes[k] = measure(b.text);
        }
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        // Captions, headings and labels are printed twice by many page templates. Table rows
        // and list items are data, and two <p> of prose in a scored article are two paragraphs
        // the page shows: equal neighbours are both kept.
        Block& b = kept[k];
        const bool data = b.role == BlockRole::TableRow || b.role == BlockRole::ListItem ||
                          (b.in_article && b.role == BlockRole::Text && is_prose(kept_shapes[k]));
        if (!data && !result.blocks.empty() && result.blocks.back().text == b.text) {
            if (b.role == BlockRole::Caption) result.blocks.back().role = BlockRole::Caption;
            continue;
        }
        result.blocks.push_back(std::move(b));
        result.shapes.push_back(kept_shapes[k]);
    }
    return result;
}

} // namespace kg::ingestion
