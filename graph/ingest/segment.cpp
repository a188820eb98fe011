// Rule-based sentence boundaries.
#include "ingest/segment.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace kg::ingestion {
namespace {

// Abbreviations that never end a sentence (titles, months, "No. 1", "vs.").
constexpr auto kNeverFinal = std::to_array<std::string_view>(
    {"adm",  "amb",    "apr",  "atty", "aug",  "brig",   "capt", "cmdr",  "col", "comdr",
     "cpl",  "dec",    "dept", "dr",   "feb",  "fig",    "figs", "fr",    "ft",  "gen",
     "gov",  "govt",   "hon",  "insp", "jan",  "jul",    "jun",  "lieut", "lt",  "maj",
     "mar",  "messrs", "mr",   "mrs",  "ms",   "msgr",   "mt",   "nov",   "oct", "pp",
     "pres", "prof",   "pvt",  "rep",  "reps", "rev",    "sen",  "sens",  "sep", "sept",
     "sgt",  "st",     "supt", "vol",  "vs",   "approx", "cf"});

// Words that open a sentence and never follow a dotted abbreviation inside one: "... imposed by
// the U.S. The move" ends at "U.S.", while "U.S. President" and "U.N. Security Council" go on.
bool opens_sentence(std::string_view rest) {
    static constexpr auto kOpeners = std::to_array<std::string_view>(
        {"A",     "After", "An",   "And",  "At",        "But", "He",   "However", "I",   "In",
         "It",    "Its",   "Her",  "His",  "Meanwhile", "On",  "She",  "That",    "The", "Their",
         "There", "These", "They", "This", "Those",     "We",  "When", "While"});
    std::size_t n = 0;
    while (n < rest.size() &&
           ((rest[n] >= 'A' && rest[n] <= 'Z') || (rest[n] >= 'a' && rest[n] <= 'z')))
        ++n;
    if (n < rest.size() && (rest[n] == '-' || rest[n] == '.' || rest[n] == '\'' ||
                            static_cast<unsigned char>(rest[n]) >= 0x80))
        return false; // "In-Q-Tel", "A.I.", "It's" stay words of their own kind
    return std::find(kOpeners.begin(), kOpeners.end(), rest.substr(0, n)) != kOpeners.end();
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool is_closer(char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0x00BB || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

// The token ending at the '.' at `dot`: from the previous space or opening bracket.
std::string_view token_before(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' &&
           text[start - 1] != '"' && text[start - 1] != '[')
        --start;
    return text.substr(start, dot - start);
}

// Whether the '.' at `dot` closes an abbreviation or an initial rather than a sentence; `rest` is
// the text from the next word on, whose first character is `next`.
bool is_abbreviation(std::string_view text, std::size_t dot, char32_t next, std::string_view rest) {
    const std::string_view tok = token_before(text, dot);
    if (tok.empty()) return false;
    // "J." in "Andrew J. Weiss": a single capital letter is an initial.
    if (tok.size() == 1 && tok[0] >= 'A' && tok[0] <= 'Z') return true;
    std::string low;
    for (char c : tok) low += lower(c);
    // "No. 5" abbreviates "number"; "the answer was no. Then" ends a sentence.
    if (low == "no" || low == "nos" || low == "art") return next >= '0' && next <= '9';
    if (std::find(kNeverFinal.begin(), kNeverFinal.end(), low) != kNeverFinal.end()) return true;
    // Dotted abbreviations: U.S. U.N. Ph.D. e.g. i.e. a.m. (the final '.' is at `dot`).
    if (low.find('.') != std::string::npos) {
        bool short_parts = true;
        std::size_t part = 0;
        for (char c : low) {
            if (c == '.')
                part = 0;
            else if (++part > 3 || !((c >= 'a' && c <= 'z')))
                short_parts = false;
        }
        if (short_parts) {
            // "a.m. He left" and "etc." end sentences before a capital; "U.S. President" does not.
            const bool time = low == "a.m" || low == "p.m";
            return !(time && is_upper_cp(next)) && !opens_sentence(rest);
        }
    }
    if (low == "etc" || low == "inc" || low == "ltd" || low == "co" || low == "corp" ||
        low == "jr" || low == "sr")
        return !is_upper_cp(next);
    return false;
}

// A sentence may start here: an upper-case letter, digit, opening quote or bracket, CJK.
bool can_start(char32_t cp) {
    return is_upper_cp(cp) || (cp >= '0' && cp <= '9') || cp == '"' || cp == '\'' || cp == '(' ||
           cp == '[' || cp == 0x201C || cp == 0x2018 || cp == 0x00AB || is_cjk_cp(cp) ||
           (cp >= 0x80 && is_alpha_cp(cp) && !is_lower_cp(cp));
}

// Whether any of the eight bytes at `p` is '.', '!', '?' or not ASCII ("Bit Twiddling Hacks"
// haszero: no false negatives; a false positive only sends the bytes down the byte loop).
bool may_end_sentence(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    return ((w & kHigh) | has_zero(w ^ (kOnes * '.')) | has_zero(w ^ (kOnes * '!')) |
            has_zero(w ^ (kOnes * '?'))) != 0;
}

// An ASCII byte that cannot end a sentence.
bool ascii_non_stop(unsigned char b) {
    return b < 0x80 && b != '.' && b != '!' && b != '?';
}

// The byte length of the character at `i` when it is a well-formed two- or three-byte sequence
// that cannot end a sentence, else 0 (decode it). The stops beyond ASCII (U+2026, U+3002 and
// the full- and half-width ones) have the lead bytes E2, E3 and EF: other two-byte sequences
// (Latin, Greek, Cyrillic, Arabic) and the three-byte ones led by E4-EC or EE (most CJK
// ideographs, Hangul) are stepped over without decoding.
std::size_t non_stop_sequence(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    auto follows = [&](std::size_t k) {
        return k < text.size() && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
    };
    if (lead >= 0xC2 && lead <= 0xDF) return follows(i + 1) ? 2 : 0;
    if ((lead >= 0xE4 && lead <= 0xEC) || lead == 0xEE)
        return follows(i + 1) && follows(i + 2) ? 3 : 0;
    return 0;
}

} // namespace

std::vector<Span> split_sentences(std::string_view text, std::uint32_t base) {
    std::vector<Span> out;
    append_sentences(text, base, out);
    return out;
}

void append_sentences(std::string_view text, std::uint32_t base, std::vector<Span>& out) {
    std::size_t start = 0;
    auto emit = [&](std::size_t end) {
        while (start < end && text[start] == ' ') ++start;
        std::size_t e = end;
        while (e > start && text[e - 1] == ' ') --e;
        if (e > start) out.push_back({base + std::uint32_t(start), base + std::uint32_t(e)});
        start = end;
    };
    for (std::size_t i = 0; i < text.size();) {
        // Skip eight bytes at a time while none is a stop or a non-ASCII byte.
        while (i + 8 <= text.size() && !may_end_sentence(text.data() + i)) i += 8;
        if (i == text.size()) break;
        if (ascii_non_stop(static_cast<unsigned char>(text[i]))) {
            // The common case. The bytes after it are looked at here too, up to eight, before
            // the test of eight bytes, which would fail again beside a stop or non-ASCII text.
            const std::size_t stop = std::min(text.size(), i + 8);
            do ++i;
            while (i < stop && ascii_non_stop(static_cast<unsigned char>(text[i])));
            continue;
        }
        if (const std::size_t len = non_stop_sequence(text, i)) {
            i += len;
            continue;
        }
        char32_t cp;
        const std::size_t len = decode_utf8(text, i, cp);
        const bool cjk_stop = is_cjk_terminator(cp);
        if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026 && !cjk_stop) {
            i += len;
            continue;
        }
        // Take the run of stops and closing quotes/brackets that follow ("?!", ".\"", "。」").
        std::size_t j = i + len;
        while (j < text.size()) {
            char32_t c2;
            const std::size_t l2 = decode_utf8(text, j, c2);
            if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || is_cjk_terminator(c2) ||
                is_closer(c2))
                j += l2;
            else
                break;
        }
        if (j >= text.size()) break;
        if (cjk_stop) {
            emit(j);
            i = j;
            continue;
        }
        // Latin stops need a space and then something that can start a sentence.
        if (text[j] != ' ') {
            i = j;
            continue;
        }
        std::size_t k = j;
        while (k < text.size() && text[k] == ' ') ++k;
        char32_t next = 0;
        if (k < text.size()) decode_utf8(text, k, next);
        const bool boundary =
            can_start(next) && !(cp == '.' && is_abbreviation(text, i, next, text.substr(k)));
        if (boundary) emit(j);
        i = j;
    }
    emit(text.size());
}

} // namespace kg::ingestion
