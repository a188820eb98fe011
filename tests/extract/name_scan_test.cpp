// begins_word against the word-by-word walk it stands in for (word_after from the text's start).
#include "extract/name_scan.hpp"
#include "extract/text_class.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>

namespace kg {
namespace {

// The word starts a walk visits: word_after at each position, on past each word, one character on
// past anything else (as the discovery scan walked before it jumped to capitalized words).
std::set<std::size_t> walked_starts(std::string_view text) {
    std::set<std::size_t> starts;
    for (std::size_t i = 0; i < text.size();) {
        Word w = word_after(text, i);
        if (!w) {
            i += char_length(text, i);
            continue;
        }
        starts.insert(w.start);
        i = w.end;
    }
    return starts;
}

void expect_same_starts(const std::string& text) {
    const std::set<std::size_t> walked = walked_starts(text);
    for (std::size_t p = 0; p < text.size(); ++p) {
        const auto c = static_cast<unsigned char>(text[p]);
        // begins_word is asked at Latin letters or digits that are ASCII or start a character.
        if (!is_word_char_at(text, p) || is_cjk_at(text, p) || (c >= 0x80 && c < 0xC0)) continue;
        EXPECT_EQ(begins_word(text, p), walked.count(p) > 0)
            << "at " << p << " in \"" << text << "\"";
    }
}

TEST(NameScan, BeginsWordAtJoinersQuotesAndCjk) {
    for (const char* s : {"Jean-Pierre Raffarin", "O'Neill and O\xE2\x80\x99Neill",
                          "Putin\xE2\x80\x99s Kremlin", "a--Bob -Bob a'-Bob a-'Bob",
                          "\xE9\xAB\x98\xE5\xA4\xA7\xE4\xBC\x9F"
                          "David Gosset",
                          "J.Smith and \xC3\x89lise", "x-y-Zed 2024Trump",
                          "\xE2\x80\x94"
                          "Anna"})
        expect_same_starts(s);
}

TEST(NameScan, BeginsWordOnRandomTextWithMalformedBytes) {
    const std::string pieces[] = {"a",
                                  "B",
                                  "-",
                                  "'",
                                  " ",
                                  "\t",
                                  ".",
                                  "\xE2\x80\x99",
                                  "\xE2\x80\x99s",
                                  "\xC3\x89",
                                  "\xC3",
                                  "\x80",
                                  "\xA9",
                                  "\xE9\xAB\x98",
                                  "\xE2\x80",
                                  "s",
                                  "Z9",
                                  "\n",
                                  ","};
    std::mt19937 rng(11);
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        const int len = int(rng() % 24);
        for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
        expect_same_starts(text);
    }
}

} // namespace
} // namespace kg
