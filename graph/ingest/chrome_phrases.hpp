// The list of page-chrome phrases (assets/ingest/chrome_phrases.txt) that boilerplate rules use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

struct ChromePhrases {
    std::vector<std::string> line;     // whole-line matches, in match_key() form
    std::vector<std::string> prefix;   // lower-case line prefixes
    std::vector<std::string> contains; // lower-case substrings of any line
    std::vector<std::string> short_;   // lower-case substrings of short, sentence-less lines
    std::vector<std::string> tail;     // whole-line markers of trailing boxes, match_key() form
    std::vector<std::string> bio;      // lower-case prefixes of author biographies
    std::vector<std::string> credit;   // lower-case words that mark a photo credit
    bool loaded = false;               // false when the asset file was missing or empty
};

// Parses the phrase file format (sections [line] [prefix] [contains] [short] [tail] [bio] [credit]).
ChromePhrases parse_chrome_phrases(std::string_view text);

// The phrases from assets_dir()/ingest/chrome_phrases.txt, read once per process (immutable).
const ChromePhrases& default_chrome_phrases();

// Lower-case words joined by single spaces, punctuation dropped: "Read More »" -> "read more".
std::string match_key(std::string_view line);

} // namespace kg::ingestion
