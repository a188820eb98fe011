// Script counting over code points, and a handful of English function words for Latin text.
#include "ingest/language.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>

namespace kg::ingestion {
namespace {

// The start of an article tells its script and language as well as the whole, at a fixed cost.
constexpr std::size_t kSampleBytes = 1024;

enum Script {
    Latin,
    Han,
    Kana,
    Hangul,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Thai,
    Devanagari,
    kScripts
};

int script_of(char32_t cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F))
        return Latin;
    switch (cjk_script(cp)) {
    case CjkScript::Han:
        return Han;
    case CjkScript::Kana:
        return Kana;
    case CjkScript::Hangul:
        return Hangul;
    case CjkScript::None:
        break;
    }
    if (cp >= 0x0400 && cp <= 0x04FF) return Cyrillic;
    if (cp >= 0x0600 && cp <= 0x06FF) return Arabic;
    if (cp >= 0x0370 && cp <= 0x03FF) return Greek;
    if (cp >= 0x0590 && cp <= 0x05FF) return Hebrew;
    if (cp >= 0x0E00 && cp <= 0x0E7F) return Thai;
    if (cp >= 0x0900 && cp <= 0x097F) return Devanagari;
    return -1;
}

// The script a declared language is written in; Latin for every language not listed.
int script_of_language(std::string_view tag) {
    struct Entry {
        std::string_view tag;
        int script;
    };
    static constexpr std::array kEntries{
        Entry{"zh", Han},        Entry{"ja", Kana},       Entry{"ko", Hangul},
        Entry{"ru", Cyrillic},   Entry{"uk", Cyrillic},   Entry{"be", Cyrillic},
        Entry{"bg", Cyrillic},   Entry{"sr", Cyrillic},   Entry{"mk", Cyrillic},
        Entry{"kk", Cyrillic},   Entry{"mn", Cyrillic},   Entry{"ar", Arabic},
        Entry{"fa", Arabic},     Entry{"ur", Arabic},     Entry{"el", Greek},
        Entry{"he", Hebrew},     Entry{"th", Thai},       Entry{"hi", Devanagari},
        Entry{"mr", Devanagari}, Entry{"ne", Devanagari},
    };
    for (const Entry& e : kEntries)
        if (e.tag == tag) return e.script;
    return Latin;
}

// Whether English's commonest words are common: " the ", " of ", " and ", " to ", " in " make
// about an eighth of running English text and a few percent of French or German.
bool looks_english(std::string_view text) {
    const std::string_view sample = text.substr(0, std::min(text.size(), kSampleBytes));
    std::size_t words = 0, common = 0, start = 0;
    for (std::size_t i = 0; i <= sample.size(); ++i) {
        if (i < sample.size() && sample[i] != ' ' && sample[i] != '\n') continue;
        const std::string_view w = sample.substr(start, i - start);
        start = i + 1;
        if (w.empty()) continue;
        ++words;
        common += w == "the" || w == "The" || w == "of" || w == "and" || w == "to" || w == "in";
    }
    return common * 100 >= words * 6;
}

} // namespace

std::string primary_language_tag(std::string_view declared) {
    std::string tag;
    for (char c : declared) {
        if (c == '-' || c == '_') break;
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return {};
        tag += char(c | 0x20);
    }
    return tag.size() == 2 || tag.size() == 3 ? tag : std::string();
}

std::string document_language(std::string_view text, std::string_view declared) {
    std::array<std::size_t, kScripts> counts{};
    // ASCII letters are counted in a loop without branches; characters are decoded only when
    // non-ASCII bytes could outnumber them (a non-Latin letter takes two bytes or more).
    const std::string_view sample = text.substr(0, std::min(text.size(), kSampleBytes));
    std::size_t ascii_letters = 0, high = 0;
    for (const char ch : sample) {
        const auto b = static_cast<unsigned char>(ch);
        ascii_letters += unsigned((b | 0x20) - 'a') < 26u;
        high += b >> 7;
    }
    counts[Latin] = ascii_letters;
    if (high > 2 * ascii_letters) {
        for (std::size_t i = 0; i < sample.size();) {
            if (static_cast<unsigned char>(sample[i]) < 0x80) {
                ++i;
                continue;
            }
            char32_t cp = 0;
            i += decode_utf8(sample, i, cp);
            if (const int s = script_of(cp); s >= 0) ++counts[std::size_t(s)];
        }
    }
    // Japanese mixes kanji with kana; Chinese has no kana at all.
    if (counts[Kana] * 10 >= counts[Han] && counts[Kana] > 0)
        counts[Kana] += counts[Han], counts[Han] = 0;
    std::size_t best = 0;
    for (std::size_t s = 1; s < counts.size(); ++s)
        if (counts[s] > counts[best]) best = s;
    const std::string tag = primary_language_tag(declared);
    if (counts[best] == 0) return tag;
    if (!tag.empty() && script_of_language(tag) == int(best)) return tag;
    static constexpr std::array<const char*, kScripts> kUsual{"",   "zh", "ja", "ko", "ru",
                                                              "ar", "el", "he", "th", "hi"};
    if (best == Latin) return looks_english(text) ? "en" : "";
    return kUsual[best];
}

} // namespace kg::ingestion
