// Loading and normalizing the chrome phrase list.
#include "ingest/chrome_phrases.hpp"

#include "common/paths.hpp"
#include "ingest/text_clean.hpp"
#include "ingest/utf8.hpp"

#include <fstream>
#include <sstream>

namespace kg::ingestion {

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
            if (cp >= 'A' && cp <= 'Z') key += char(cp - 'A' + 'a');
            else key.append(line.substr(i, len));
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
                                           : nullptr;
            continue;
        }
        if (!section) continue;
        section->push_back(keyed ? match_key(line) : ascii_lower(line));
        p.loaded = true;
    }
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
