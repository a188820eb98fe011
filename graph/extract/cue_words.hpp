// Word classes that the pair rules (pair_kind.cpp) ask about the words around a relation cue:
// which tension cues are mutual, which nouns make a cue word part of a title or a political
// camp, which role nouns tie an official or a firm to its own state. Case-insensitive, ASCII
// folding only; every function takes one token as each_token in pair_kind.cpp cuts it.
#pragma once

#include <initializer_list>
#include <string_view>

namespace kg::cue_words {

constexpr char fold(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
// a (any case) equals b (lower case). Inline: the pair rules ask this of every token they read.
inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold(a[i]) != b[i]) return false;
    return true;
}
inline bool istarts(std::string_view a, std::string_view prefix) {
    return a.size() >= prefix.size() && iequals(a.substr(0, prefix.size()), prefix);
}
inline bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
    for (std::string_view s : set)
        if (iequals(w, s)) return true;
    return false;
}

// A tension cue that names a state between two sides ("X and Y clashed", "the X-Y rivalry"), not
// an act of one side on an unnamed other ("X and Y expressed concern", "condemned"): CAMEO's
// fight and dispute classes against its disapprove, threaten and coerce classes.
bool mutual_tension(std::string_view cue);

// A cooperation cue that states working together ("coordinate", "cooperate", "join"): its
// negation ("have not coordinated") states no relation, where a negated agreement ("did not
// agree") states a disagreement.
bool joint_work(std::string_view cue);

// Nouns after "opposition" that make it a political camp ("opposition candidates"), not a cue.
bool camp_noun(std::string_view word);

// Role and head nouns between a state and its own official or firm: "U.S. envoy Tom Barrack",
// "China's state firms CGN and CNNC", "Eritrea's president, Isaias Afwerki".
bool role_noun(std::string_view word);

// Words right before a name that put it on the actor's side: "fought alongside X",
// "together with X".
bool partner_word(std::string_view word);

// Words that turn a cue into something avoided: "avoided confrontation with X".
bool avoidance(std::string_view word);

// Words that negate a cue within a few words after them: "not", "didn't", "refused", "halted",
// "cut", and the avoidance words.
bool negator(std::string_view word);

// Words that give up an act (CAMEO 08, yield): a hostile act given up ("lifted tariffs on", "would
// stop lobbying against", "dropped its objections to") is a step towards the other side.
bool yield_word(std::string_view word);

} // namespace kg::cue_words
