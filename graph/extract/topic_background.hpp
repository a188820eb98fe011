// Topic cues that are background to a sentence rather than what it is about (issue #19, item 5):
// the gold calls a topic raised only by such cues minor. They still tag their sentence
// (evidence.topics); they do not make the document discuss the topic.
#pragma once

#include "model/document.hpp"

#include <string_view>

namespace kg {

// Why a cue does not count towards the document's topics.
enum class Background {
    None,
    Descriptor, // part of who someone is: "the Japanese trading company", "an energy analyst",
                // "the ministry of agriculture"
    Aside,      // in a clause set off by a comma and a wh-word: "Russia, which has bought
                // Iranian drones, is...", "in 2021, when insurgents attacked the town"
    Example,    // an item after "including" or "such as": "interests, including regional
                // security, economic integration and technological advancement" (tag_topics
                // counts the items of a topic the sentence names before the list)
    Relative,   // in a clause that picks out a noun: "the truce that has held along the border"
    Setting,    // in a clause or phrase of time or cause: "after Russia invaded Ukraine"
    Idiom,      // a cue word that means something else here: "banking on", "the bloc" for an
                // organization named before
};

// How the cue at `cue` (byte span of `text`) sits in its sentence `sentence`.
Background background_cue(std::string_view text, Span sentence, Span cue);

// True when the cue word means something else here, so that it is no cue at all (no topic for the
// sentence either): "the last annex of the agreement" (a document's appendix), "small island
// states" (a kind of state), "trading accusations", "canola oil" (food), "not up for
// negotiation" (debatable), "a carbon border levy" (a tax on imports).
bool other_sense(std::string_view text, Span sentence, Span cue);

} // namespace kg
