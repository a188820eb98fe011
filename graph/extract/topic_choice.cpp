// A topic is discussed when its cues carry weight in the prose: a topic named only in list items,
// or only as a side word of sentences about other topics, is a passing mention.
#include "extract/topic_choice.hpp"

#include <algorithm>

namespace kg {

DocTopics choose_topics(const std::array<TopicEvidence, kTopicCount>& evidence) {
    DocTopics out;
    double main = 0; // the share of the topic the document is most about
    for (const TopicEvidence& e : evidence) main = std::max(main, e.share);
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        const TopicEvidence& e = evidence[t];
        if (e.sentences == 0 && e.list_sentences == 0) continue;
        // Half a sentence's worth of cues, summed over the prose: one sentence about the topic, or
        // two that give it an equal part with another topic. Chosen on the development set and
        // checked on the seeds (docs/extraction.md, Topics).
        // A long article's one sentence on a side topic is a passing mention however plain it
        // is: less than kMainShareParts-th of the main topic's share.
        if (e.share >= kDiscussedShare && e.share * kMainShareParts >= main)
            out.topics |= topic_bit(Topic(t));
        else
            out.minor |= topic_bit(Topic(t));
    }
    return out;
}

} // namespace kg
