// Which topics a document discusses and which it only mentions in passing (the gold's
// `topics` / `topics_minor`), from where and how often their cues occur.
#pragma once

#include "model/taxonomy.hpp"

#include <array>
#include <cstdint>

namespace kg {

// How one topic's counted cues lie in one document.
struct TopicEvidence {
    std::uint32_t sentences = 0;      // prose sentences (not list items) with a cue of the topic
    std::uint32_t list_sentences = 0; // sentences in list items with a cue of the topic
    double share = 0;                 // over those prose sentences: the topic's share of the
                                      // sentence's cues of any topic
    std::uint32_t lede = 0;           // of those, sentences among the document's first kLede
};

// The first sentences of a document, where its subject is stated.
inline constexpr std::uint32_t kLede = 3;

// The summed share (TopicEvidence::share) from which a topic counts as discussed.
inline constexpr double kDiscussedShare = 0.5;
// A discussed topic has at least 1/kMainShareParts of the share of the document's main topic.
inline constexpr double kMainShareParts = 12;
// What a cue in the background of its sentence (topic_background.hpp: a descriptor, an aside, an
// example...) counts for its topic, against 1 for a cue in the foreground: background cues alone
// seldom make a topic discussed, but they add to one the article carries elsewhere. Chosen on the
// development set (docs/extraction.md, Topics): 0 lost two of its topics, more kept passing ones.
inline constexpr double kBackgroundWeight = 0.25;

struct DocTopics {
    TopicMask topics = 0; // discussed
    TopicMask minor = 0;  // cued, but only in passing or in a list
};

// Splits the cued topics of a document into discussed and minor.
DocTopics choose_topics(const std::array<TopicEvidence, kTopicCount>& evidence);

} // namespace kg
