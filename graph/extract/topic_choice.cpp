// A topic is discussed when its cues carry weight in the prose: a topic named only in list items,
// only as a side word of sentences about other topics, or in a small part of an article that is
// about something else, is a passing mention.
#include "extract/topic_choice.hpp"

#include <algorithm>

namespace kg {

DocTopics choose_topics(const std::array<TopicEvidence, kTopicCount>& evidence) {
    double main = 0; // the share of the topic the document is most about
    for (const TopicEvidence& e : evidence) main = std::max(main, e.share);
    // Half a sentence's worth of cues, summed over the prose: one sentence about the topic, or
    // two that give it an equal part with another topic. Chosen on the development set and
    // checked on the seeds (docs/extraction.md, Topics).
    // A long article's one sentence on a side topic is a passing mention however plain it
    // is: less than kMainShareParts-th of the main topic's share.
    auto weighty = [&](const TopicEvidence& e) {
        return e.share >= kDiscussedShare && e.share * kMainShareParts >= main;
    };
    std::uint32_t widest = 0; // the most paragraphs a topic that passes the shares is cued in
    for (const TopicEvidence& e : evidence)
        if (weighty(e)) widest = std::max(widest, e.paragraphs);
    DocTopics out;
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        const TopicEvidence& e = evidence[t];
        if (e.sentences == 0 && e.list_sentences == 0) continue;
        // Weighed against the article's other topics: the paragraphs it takes up.
        if (weighty(e) && e.paragraphs * kMainParagraphParts >= widest)
            out.topics |= topic_bit(Topic(t));
        else
            out.minor |= topic_bit(Topic(t));
    }
    return out;
}

} // namespace kg
