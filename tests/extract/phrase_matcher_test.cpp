// The phrase matcher: longest match, word boundaries, case rules, hyphens, money, inflections.
#include "extract/extract_index.hpp"
#include "extract/phrase_matcher.hpp"
#include "extract/text_class.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kg {
namespace {

// Matches as "text=value" strings, in order.
std::vector<std::string> run(const PhraseMatcher& m, std::string_view text) {
    std::vector<PhraseMatch> found;
    m.find_all(text, found);
    std::vector<std::string> out;
    for (const PhraseMatch& f : found)
        out.push_back(std::string(text.substr(f.start, f.end - f.start)) + "=" +
                      std::to_string(m.phrase(f.phrase).value));
    return out;
}

PhraseMatcher aliases(std::initializer_list<std::pair<const char*, std::uint32_t>> list) {
    std::vector<Phrase> p;
    for (auto [a, v] : list) p.push_back(alias_phrase(a, v));
    return PhraseMatcher(std::move(p));
}

using V = std::vector<std::string>;

TEST(PhraseMatcher, LongestMatchWins) {
    auto m = aliases({{"Korea", 1}, {"North Korea", 2}, {"North Korean", 2}, {"South", 3}});
    EXPECT_EQ(run(m, "North Korean troops and Korea."), (V{"North Korean=2", "Korea=1"}));
    EXPECT_EQ(run(m, "North Korea's test"), (V{"North Korea=2"}));
}

TEST(PhraseMatcher, WordBoundaries) {
    auto m = aliases({{"Iran", 1}, {"Oman", 2}});
    EXPECT_EQ(run(m, "Iranian Romans and Iran."), (V{"Iran=1"}));
    EXPECT_EQ(run(m, "(Oman)"), (V{"Oman=2"}));
}

TEST(PhraseMatcher, AcronymsAreCaseSensitiveNamesAreNot) {
    auto m = aliases({{"US", 1}, {"U.S.", 1}, {"Xi", 2}, {"SCO", 3}, {"NATO", 4}});
    EXPECT_EQ(run(m, "let us go; the US and U.S. troops"), (V{"US=1", "U.S.=1"}));
    EXPECT_EQ(run(m, "For Putin and XI, and Xi."), (V{"XI=2", "Xi=2"}));
    EXPECT_EQ(run(m, "the Sco and SCO"), (V{"SCO=3"}));
    EXPECT_EQ(run(m, "Nato and NATO but not nato"), (V{"Nato=4", "NATO=4"}));
    // A capitalized name needs its capital: "xi" in running text is not Xi.
    EXPECT_EQ(run(m, "xi"), V{});
}

TEST(PhraseMatcher, PossessivesAndPlurals) {
    auto m = aliases({{"Russia", 1}, {"American", 2}});
    EXPECT_EQ(run(m, "Russia's army, Russia\xE2\x80\x99s navy; Americans"),
              (V{"Russia=1", "Russia=1", "Americans=2"}));
}

TEST(PhraseMatcher, HyphenatedCompoundsNameBothSides) {
    auto m = aliases({{"China", 1}, {"Sino-", 1}, {"Russian", 2}, {"Russia", 2}, {"U.S.", 3}});
    EXPECT_EQ(run(m, "Sino-Russian ties"), (V{"Sino-=1", "Russian=2"}));
    EXPECT_EQ(run(m, "U.S.-China and China-Russia"),
              (V{"U.S.=3", "China=1", "China=1", "Russia=2"}));
}

TEST(PhraseMatcher, MoneyIsNotACountry) {
    auto m = aliases({{"US", 1}, {"HK", 2}});
    EXPECT_EQ(run(m, "US$350 billion, HK$2 and the US."), (V{"US=1"}));
}

TEST(PhraseMatcher, SpacesMatchRunsAndHyphens) {
    auto m = aliases({{"Wang Yi", 1}});
    EXPECT_EQ(run(m, "Wang  Yi, Wang\nYi and Wang-Yi"),
              (V{"Wang  Yi=1", "Wang\nYi=1", "Wang-Yi=1"}));
    // Every ASCII space in a run; a hyphen stands for one space, not a run with spaces.
    EXPECT_EQ(run(m, "Wang\t\r Yi, Wang -Yi, Wang--Yi"), (V{"Wang\t\r Yi=1"}));
    // A phrase's own hyphen is matched by a hyphen only.
    auto h = aliases({{"Guinea-Bissau", 2}});
    EXPECT_EQ(run(h, "GUINEA-BISSAU and Guinea Bissau"), (V{"GUINEA-BISSAU=2"}));
}

TEST(PhraseMatcher, CueInflectionsAndPrefixes) {
    std::vector<Phrase> p;
    add_cue_phrases("sanction*", 1, p);
    add_cue_phrases("pipeline", 2, p);
    add_cue_phrases("economy", 3, p);
    add_cue_phrases("trade", 4, p);
    add_cue_phrases("THAAD", 5, p);
    PhraseMatcher m(std::move(p));
    EXPECT_EQ(run(m, "Sanctions, sanctioned and sanction-proof"),
              (V{"Sanctions=1", "sanctioned=1", "sanction=1"}));
    EXPECT_EQ(run(m, "pipelines, economies, trading, traded, trades"),
              (V{"pipelines=2", "economies=3", "trading=4", "traded=4", "trades=4"}));
    EXPECT_EQ(run(m, "thaad THAAD"), (V{"THAAD=5"}));
    EXPECT_EQ(run(m, "pipe lines, economic, trader"), V{});
}

// Signs, superscripts and emoji are not letters: a name right next to one is still a whole
// word, while a letter outside ASCII (ª, é) still continues the word it touches.
TEST(PhraseMatcher, SymbolsAndEmojiEndAWordLettersDoNot) {
    auto m = aliases({{"Iran", 1}, {"Oman", 2}});
    EXPECT_EQ(run(m, "Iran\u2122 and Oman\u00B2"), (V{"Iran=1", "Oman=2"}));
    EXPECT_EQ(run(m, "\U0001F1EE\U0001F1F7Iran\U0001F600"), (V{"Iran=1"}));
    EXPECT_EQ(run(m, "Iran\u00AA Omané"), V{});
}

TEST(PhraseMatcher, CjkNeedsNoSpaces) {
    auto m = aliases({{"David Gosset", 1}, {"中国", 2}});
    EXPECT_EQ(run(m, "高大伟David Gosset介绍中国的"), (V{"David Gosset=1", "中国=2"}));
}

// Half-width katakana are kana: each is a word, so a name inside a run of them is found; the
// symbols of the CJK blocks (㈱, ㍻) are no words and end the name before them.
TEST(PhraseMatcher, HalfWidthKanaAndCjkSymbols) {
    auto m = aliases({{"ｿﾆｰ", 1}, {"中国", 2}, {"トヨタ", 3}});
    EXPECT_EQ(run(m, "ｿﾆｰｶﾒﾗと中国㈱、トヨタ㍻"), (V{"ｿﾆｰ=1", "中国=2", "トヨタ=3"}));
}

// An ideograph beyond the Basic Multilingual Plane (𠮷, U+20BB7, Extension B) is a CJK letter
// like 吉: a name written with it is found, and it is a word of its own next to others.
TEST(PhraseMatcher, IdeographsOfExtensionB) {
    auto m = aliases({{"\U00020BB7野家", 1}, {"中国", 2}});
    EXPECT_EQ(run(m, "在\U00020BB7野家吃饭的中国\U00020BB7人"), (V{"\U00020BB7野家=1", "中国=2"}));
}

TEST(PhraseMatcher, OddBytesDoNotCrash) {
    auto m = aliases({{"China", 1}});
    std::string junk = "\xFF\xFE China \xC3 \xE2\x80 China\xF0";
    EXPECT_EQ(run(m, junk).size(), 2u);
    EXPECT_EQ(run(m, ""), V{});
}

TEST(TextClass, Slugify) {
    EXPECT_EQ(slugify("Nicolás Maduro"), "nicolas-maduro");
    EXPECT_EQ(slugify("  Institute of International & Strategic Studies "),
              "institute-of-international-strategic-studies");
    EXPECT_EQ(slugify("O'Neill"), "o-neill");
    // Latin Extended-A folds like Latin-1: a Polish or Czech name keeps its first letter.
    EXPECT_EQ(slugify("Łukasz Nowak"), "lukasz-nowak");
    EXPECT_EQ(slugify("Žaneta Kowalczyk"), "zaneta-kowalczyk");
    EXPECT_EQ(slugify("Straße"), "strasse");
}

TEST(PhraseMatcher, AGroupFindsWhatEachMemberFindsAlone) {
    auto names = aliases({{"China", 1},
                          {"Sino-", 1},
                          {"Russia", 2},
                          {"North Korea", 3},
                          {"US", 4},
                          {"\xE4\xB8\xAD\xE5\x9B\xBD", 1},
                          {"Latin America", 9},
                          {"America", 5}});
    std::vector<Phrase> cue_list;
    for (const char* c : {"sanction*", "trade", "economy", "natural gas", "SWIFT", "met"})
        add_cue_phrases(c, 7, cue_list);
    PhraseMatcher cues(std::move(cue_list));
    auto pairs = aliases({{"the two countries", 1}, {"North", 2}});
    for (std::string_view text :
         {"Sino-Russian trade met sanctions; North Korea's economies and natural gases.",
          "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x92\x8C Russia traded via SWIFTs, US$5 and the two "
          "countries.",
          "Latin America, America\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x9B\xBD"
          "China-Russia sanction-proof \xFF\xFE end",
          "", "-", "met"}) {
        std::vector<PhraseMatch> a, b, c;
        PhraseMatcherGroup({&names, &cues, &pairs}).find_all(text, {&a, &b, &c});
        for (auto [m, got] : {std::pair{&names, &a}, std::pair{&cues, &b}, std::pair{&pairs, &c}}) {
            std::vector<PhraseMatch> alone;
            m->find_all(text, alone);
            ASSERT_EQ(got->size(), alone.size()) << text;
            for (std::size_t i = 0; i < alone.size(); ++i) {
                EXPECT_EQ((*got)[i].start, alone[i].start) << text;
                EXPECT_EQ((*got)[i].end, alone[i].end) << text;
                EXPECT_EQ((*got)[i].phrase, alone[i].phrase) << text;
            }
        }
    }
}

// A knowledge base may hold more phrases that fold alike than the trie's 16-bit count of them
// holds (it threw std::length_error past 65,535): every one must still match, whether its trie
// node is the last one or not, alone and in a group.
TEST(PhraseMatcher, MoreThan65535EqualPhrasesAllMatch) {
    constexpr std::uint32_t kMany = 70000;
    for (bool many_first : {true, false}) {
        std::vector<Phrase> list;
        if (!many_first) list.push_back(alias_phrase("Iran", kMany));
        for (std::uint32_t v = 0; v < kMany; ++v) list.push_back(alias_phrase("Oman", v));
        if (many_first) list.push_back(alias_phrase("Iran", kMany));
        PhraseMatcher m(std::move(list));
        const std::string_view text = "Oman and Iran.";
        std::vector<PhraseMatch> alone, grouped;
        m.find_all(text, alone);
        PhraseMatcherGroup({&m}).find_all(text, {&grouped});
        for (const auto* found : {&alone, &grouped}) {
            ASSERT_EQ(found->size(), kMany + 1) << many_first;
            std::uint32_t omans = 0;
            for (const PhraseMatch& f : *found) {
                const std::string_view word = text.substr(f.start, f.end - f.start);
                if (m.phrase(f.phrase).value == kMany) {
                    EXPECT_EQ(word, "Iran");
                } else {
                    EXPECT_EQ(word, "Oman");
                    ++omans;
                }
            }
            EXPECT_EQ(omans, kMany) << many_first;
        }
    }
}

} // namespace
} // namespace kg

namespace kg {
namespace {

// A matcher whose phrases all start with an ASCII capital (most documents' discovered names)
// jumps to the bytes that can begin one; it must find what the word-by-word walk finds. A phrase
// that can start lower case ("qqzxj", never in the text) makes the same matcher take the walk.
TEST(PhraseMatcher, CapitalizedJumpFindsWhatTheWalkFinds) {
    std::vector<Phrase> names = {
        {"Anna Keller", 0, PhraseCase::Capitalized, PhraseTail::None},
        {"Keller", 1, PhraseCase::Capitalized, PhraseTail::None},
        {"Jean-Pierre Dupont", 2, PhraseCase::Capitalized, PhraseTail::None},
        {"O'Neill", 3, PhraseCase::Capitalized, PhraseTail::Plural},
        {"Lucet \xC3\x89lise", 4, PhraseCase::Capitalized, PhraseTail::None},
        {"Gosset \xE9\xAB\x98\xE5\xA4\xA7\xE4\xBC\x9F", 5, PhraseCase::Capitalized,
         PhraseTail::None},
        {"Sino-", 6, PhraseCase::Capitalized, PhraseTail::Open},
        {"Sanction", 7, PhraseCase::Capitalized, PhraseTail::Prefix},
        {"US", 8, PhraseCase::Exact, PhraseTail::None},
    };
    const PhraseMatcher jump(names);
    names.push_back({"qqzxj", 9, PhraseCase::Insensitive, PhraseTail::None});
    const PhraseMatcher walk(names);
    const std::string pieces[] = {"Anna",
                                  "Keller",
                                  "anna",
                                  " ",
                                  "-",
                                  "'",
                                  "Jean",
                                  "Pierre",
                                  "Dupont",
                                  "O'Neill",
                                  "s",
                                  "\xC3\x89lise",
                                  "Lucet",
                                  "\xE9\xAB\x98\xE5\xA4\xA7\xE4\xBC\x9F",
                                  "Sino",
                                  "Russian",
                                  "Sanctions",
                                  "US",
                                  "$",
                                  ".",
                                  "\xE2\x80\x99",
                                  "\xC3",
                                  "\x80",
                                  "x",
                                  "K",
                                  "Gosset",
                                  "\xE9\xAB\x98",
                                  "\xC3\xA9"};
    std::mt19937 rng(5);
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        const int len = int(rng() % 16);
        for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
        std::vector<PhraseMatch> a, b;
        jump.find_all(text, a);
        walk.find_all(text, b);
        ASSERT_EQ(a.size(), b.size()) << text;
        for (std::size_t k = 0; k < a.size(); ++k) {
            EXPECT_EQ(a[k].start, b[k].start) << text;
            EXPECT_EQ(a[k].end, b[k].end) << text;
            EXPECT_EQ(a[k].phrase, b[k].phrase) << text;
        }
    }
}

// Members that share phrases (one trie node accepting phrases of several members, with other
// casings and tails) and text of random pieces, non-ASCII and malformed UTF-8 included: the group
// reports for each member exactly what that member finds alone.
TEST(PhraseMatcher, AGroupOfMembersSharingPhrasesFindsWhatEachFindsAlone) {
    const PhraseMatcher names(
        {{"Iran", 0, PhraseCase::Capitalized, PhraseTail::Plural},
         {"US", 1, PhraseCase::Exact, PhraseTail::None},
         {"Sino-", 2, PhraseCase::Capitalized, PhraseTail::Open},
         {"North Korea", 3, PhraseCase::Capitalized, PhraseTail::None},
         {"\xC3\x89lise", 4, PhraseCase::Capitalized, PhraseTail::None},
         {"\xE4\xB8\xAD\xE5\x9B\xBD", 5, PhraseCase::Capitalized, PhraseTail::None}});
    const PhraseMatcher cues({{"iran", 0, PhraseCase::Insensitive, PhraseTail::Inflect},
                              {"us", 1, PhraseCase::Insensitive, PhraseTail::None},
                              {"sanction", 2, PhraseCase::Insensitive, PhraseTail::Prefix},
                              {"north", 3, PhraseCase::Insensitive, PhraseTail::Inflect}});
    const PhraseMatcher pairs({{"north korea", 0, PhraseCase::Insensitive, PhraseTail::Plural},
                               {"US", 1, PhraseCase::Acronym, PhraseTail::Plural},
                               {"the two", 2, PhraseCase::Insensitive, PhraseTail::None}});
    const PhraseMatcher empty;
    const PhraseMatcherGroup group({&names, &empty, &cues, &pairs});
    const std::string pieces[] = {"Iran",
                                  "iran",
                                  "IRAN",
                                  "US",
                                  "us",
                                  "Us",
                                  "Sino",
                                  "-",
                                  " ",
                                  "  ",
                                  "s",
                                  "ed",
                                  "ing",
                                  "North",
                                  "north",
                                  "Korea",
                                  "korea",
                                  "the",
                                  "two",
                                  "sanction",
                                  "$",
                                  ".",
                                  "'",
                                  "\xC3\x89lise",
                                  "\xC3\xA9lise",
                                  "\xE4\xB8\xAD\xE5\x9B\xBD",
                                  "\xE5\x9B\xBD",
                                  "\xC3",
                                  "\x80",
                                  "\xFF",
                                  "\xE4\xB8",
                                  "\xE2\x80\x99",
                                  "x",
                                  "7"};
    std::mt19937 rng(11);
    for (int n = 0; n < 5000; ++n) {
        std::string text;
        const int len = int(rng() % 20);
        for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
        std::vector<PhraseMatch> found[4];
        group.find_all(text, {&found[0], &found[1], &found[2], &found[3]});
        const PhraseMatcher* members[] = {&names, &empty, &cues, &pairs};
        for (std::size_t m = 0; m < std::size(members); ++m) {
            std::vector<PhraseMatch> alone;
            members[m]->find_all(text, alone);
            ASSERT_EQ(found[m].size(), alone.size()) << m << " " << text;
            for (std::size_t k = 0; k < alone.size(); ++k) {
                EXPECT_EQ(found[m][k].start, alone[k].start) << text;
                EXPECT_EQ(found[m][k].end, alone[k].end) << text;
                EXPECT_EQ(found[m][k].phrase, alone[k].phrase) << text;
            }
        }
    }
}

} // namespace
} // namespace kg
