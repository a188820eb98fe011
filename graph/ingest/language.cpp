// Script counting over code points, and a handful of English function words for Latin text.
#include "ingest/language.hpp"

#include "ingest/utf8.hpp"

#include <array>

namespace kg::ingestion {
namespace {

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
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF))
        return Han;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9D)) return Kana;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)) return Hangul;
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

// Share of the words that are among English's commonest: about a fifth of running English
// text, a few percent of French or German.
bool looks_english(std::string_view text) {
    std::size_t words = 0, common = 0;
    for (std::size_t i = 0; i < text.size() && words < 2000;) {
        while (i < text.size() && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')) ++i;
        const std::size_t start = i;
        while (i < text.size() && (text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z') ++i;
        if (i == start) break;
        ++words;
        std::string w(text.substr(start, i - start));
        for (char& c : w) c = char(c | 0x20);
        for (std::string_view f :
             {"the", "of", "and", "to", "in", "is", "that", "for", "with", "on"})
            if (w == f) ++common;
    }
    return words > 0 && common * 100 >= words * 8;
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
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        i += decode_utf8(text, i, cp);
        if (const int s = script_of(cp); s >= 0) ++counts[std::size_t(s)];
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
