// Topic cues that count: outside entity names ("Carnegie Endowment for International Peace",
// "Supreme National Security Council") and titles ("Energy Minister").
#include "extract/topic_tags.hpp"

#include "extract/span_at.hpp"

#include <algorithm>

namespace kg {
namespace {

// Spans sorted by start, with the running maximum of their ends, for "is this inside one?".
class Cover {
  public:
    void add(Span s) { spans_.push_back(s); }
    void finish() {
        std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) { return a.start < b.start; });
        reach_.resize(spans_.size());
        std::uint32_t r = 0;
        for (std::size_t i = 0; i < spans_.size(); ++i) reach_[i] = r = std::max(r, spans_[i].end);
    }
    // True when some span holds all of [start, end) and is longer than it: a cue that is a
    // whole name by itself ("OPEC" as a name) still counts.
    bool holds(std::uint32_t start, std::uint32_t end) const {
        auto it = std::upper_bound(spans_.begin(), spans_.end(), start,
                                   [](std::uint32_t p, Span s) { return p < s.start; });
        for (auto k = std::size_t(it - spans_.begin()); k-- > 0;) {
            if (reach_[k] < end) return false; // nothing at or before k reaches that far
            const Span s = spans_[k];
            if (s.end >= end && s.end - s.start > end - start) return true;
        }
        return false;
    }

  private:
    std::vector<Span> spans_;
    std::vector<std::uint32_t> reach_;
};

} // namespace

TopicTags tag_topics(const ExtractIndex& index, const Document& doc,
                     const std::vector<Sentence>& sentences, const WordMatches& words,
                     const std::vector<DocMention>& mentions) {
    (void)doc;
    const KnowledgeBase& kb = *index.kb;
    Cover names;
    for (const DocMention& m : mentions)
        if (m.ref.discovered || kb.entities[m.ref.index].type != EntityType::Issue)
            names.add(m.span);
    for (const PhraseMatch& t : words.titles) names.add({t.start, t.end});
    names.finish();

    TopicTags out;
    out.per_sentence.assign(sentences.size(), 0);
    for (const PhraseMatch& m : words.topics) {
        if (names.holds(m.start, m.end)) continue;
        auto topic = Topic(index.topics.phrase(m.phrase).value);
        std::int64_t s = span_at(sentences, m.start);
        if (s >= 0) out.per_sentence[std::size_t(s)] |= topic_bit(topic);
        if (std::int64_t issue = index.issue_entity[std::size_t(topic)]; issue >= 0)
            out.issues.push_back({{m.start, m.end}, {std::uint32_t(issue), false}});
    }
    return out;
}

} // namespace kg
