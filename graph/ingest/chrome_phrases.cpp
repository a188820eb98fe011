// Loading and normalizing the chrome phrase list.
#include "ingest/chrome_phrases.hpp"

#include "common/paths.hpp"
#include "common/utf8.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace kg::ingestion {
namespace {

constexpr unsigned char fold(char c) {
    return static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

constexpr auto kFold = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) t[std::size_t(c)] = fold(char(c));
    return t;
}();

// A 16-bit hash of four bytes (the needle's first four, or the text's folded).
unsigned quad_key(unsigned b0, unsigned b1, unsigned b2, unsigned b3) {
    return ((b0 | b1 << 8 | b2 << 16 | b3 << 24) * 0x9E3779B1u) >> 16;
}

bool test_bit(const std::vector<std::uint64_t>& bits, unsigned i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}

void set_bit(std::vector<std::uint64_t>& bits, unsigned i) {
    bits[i >> 6] |= std::uint64_t(1) << (i & 63);
}

bool equal_folded(std::string_view text, std::string_view lower) {
    for (std::size_t k = 0; k < lower.size(); ++k)
        if (fold(text[k]) != static_cast<unsigned char>(lower[k])) return false;
    return true;
}

} // namespace

NeedleSet::NeedleSet(std::vector<std::string> needles)
    : pairs_(65536 / 64, 0), quads_(65536 / 64, 0), short_pairs_(65536 / 64, 0),
      covers_(65536 / 64, 0) {
    for (std::string& n : needles) {
        if (n.empty()) {
            empty_needle_ = true;
        } else if (n.size() == 1) {
            single_[static_cast<unsigned char>(n[0])] = true;
            has_single_ = true;
        } else {
            const unsigned key = (unsigned(static_cast<unsigned char>(n[0])) << 8) |
                                 static_cast<unsigned char>(n[1]);
            set_bit(pairs_, key);
            const auto byte = [&n](std::size_t k) {
                return unsigned(static_cast<unsigned char>(n[k]));
            };
            if (n.size() >= 4)
                set_bit(quads_, quad_key(byte(0), byte(1), byte(2), byte(3)));
            else
                set_bit(short_pairs_, key);
            set_bit(covers_, key);
            if (n.size() >= 3)
                set_bit(covers_, byte(1) << 8 | byte(2));
            else
                for (unsigned next = 0; next < 256; ++next) set_bit(covers_, byte(1) << 8 | next);
            needles_.push_back(std::move(n));
        }
    }
    std::sort(needles_.begin(),
              needles_.end()); // groups the needles of each pair (found_in's answer is a bool)
    for (const std::string& n : needles_)
        keys_.push_back(std::uint16_t((unsigned(static_cast<unsigned char>(n[0])) << 8) |
                                      static_cast<unsigned char>(n[1])));
}

bool NeedleSet::starts_at(std::string_view text, const unsigned char* p) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const last = bytes + text.size() - 1;
    const unsigned key = unsigned(kFold[p[0]]) << 8 | kFold[p[1]];
    if (!test_bit(short_pairs_, key) &&
        (last - p < 3 ||
         !test_bit(quads_, quad_key(kFold[p[0]], kFold[p[1]], kFold[p[2]], kFold[p[3]]))))
        return false;
    const std::string_view rest = text.substr(std::size_t(p - bytes));
    for (auto k = std::size_t(std::lower_bound(keys_.begin(), keys_.end(), key) - keys_.begin());
         k < keys_.size() && keys_[k] == key; ++k)
        if (needles_[k].size() <= rest.size() && equal_folded(rest, needles_[k])) return true;
    return false;
}

bool NeedleSet::found_in(std::string_view text) const {
    if (empty_needle_) return true;
    if (pairs_.empty() || text.empty()) return false; // default-constructed: no needles
    // The answer is a bool, so one-byte needles get their own pass (there are seldom any) and
    // the pair loop none of their test.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const last = bytes + text.size() - 1;
    if (has_single_)
        for (const unsigned char* p = bytes; p <= last; ++p)
            if (single_[kFold[*p]]) return true;
    // Only the pairs at even offsets are read (this loop runs over most paragraphs): a needle
    // at an even offset begins with its pair, one at an odd offset covers it with its second and
    // third bytes, or with its second byte when it has two. The one occurrence no pair read
    // covers, a needle of two bytes in the last two bytes from an odd offset, is tried last.
    const unsigned char* p = bytes;
    for (; p < last; p += 2) {
        const unsigned key = unsigned(kFold[p[0]]) << 8 | kFold[p[1]];
        if (!test_bit(covers_, key)) continue;
        if (p > bytes && test_bit(pairs_, unsigned(kFold[p[-1]]) << 8 | kFold[p[0]]) &&
            starts_at(text, p - 1))
            return true;
        if (test_bit(pairs_, key) && starts_at(text, p)) return true;
    }
    return p == last && p > bytes && test_bit(pairs_, unsigned(kFold[p[-1]]) << 8 | kFold[p[0]]) &&
           starts_at(text, p - 1);
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
    return prefix.size() <= text.size() && equal_folded(text, prefix);
}

std::string match_key(std::string_view line) {
    std::string key;
    key.reserve(line.size());
    bool space = false;
    for (std::size_t i = 0; i < line.size();) {
        char32_t cp;
        const std::size_t len = decode_utf8(line, i, cp);
        const bool word = is_word_cp(cp);
        if (word) {
            if (space && !key.empty()) key += ' ';
            space = false;
            if (cp >= 'A' && cp <= 'Z')
                key += char(cp - 'A' + 'a');
            else
                key.append(line.substr(i, len));
        } else if (cp != '\'' && cp != 0x2019) {
            // Apostrophes join ("don't"); every other mark or space separates words.
            space = true;
        }
        i += len;
    }
    return key;
}

ChromePhrases parse_chrome_phrases(std::string_view text) {
    ChromePhrases p;
    std::vector<std::string>* section = nullptr;
    bool keyed = false;
    std::istringstream in{std::string(text)};
    for (std::string raw; std::getline(in, raw);) {
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            const std::string_view name = line.substr(1, line.size() - 2);
            keyed = name == "line" || name == "tail";
            section = name == "line"       ? &p.line
                      : name == "prefix"   ? &p.prefix
                      : name == "contains" ? &p.contains
                      : name == "short"    ? &p.short_
                      : name == "tail"     ? &p.tail
                      : name == "bio"      ? &p.bio
                      : name == "credit"   ? &p.credit
                      : name == "related"  ? &p.related
                                           : nullptr;
            continue;
        }
        if (!section) continue;
        section->push_back(keyed ? match_key(line) : ascii_lower(line));
        p.loaded = true;
    }
    p.contains_set = NeedleSet(p.contains);
    p.short_set = NeedleSet(p.short_);
    return p;
}

const ChromePhrases& default_chrome_phrases() {
    // Read once, never changed after: safe to share between ingest threads.
    static const ChromePhrases phrases = [] {
        std::ifstream file(assets_dir() / "ingest" / "chrome_phrases.txt", std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        return parse_chrome_phrases(text.str());
    }();
    return phrases;
}

} // namespace kg::ingestion
