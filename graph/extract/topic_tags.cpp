// Topic cues that count: outside entity names ("Carnegie Endowment for International Peace",
// "Supreme National Security Council"), titles ("Energy Minister"), page chrome and figures
// ("60 dollars a barrel").
#include "extract/topic_tags.hpp"

#include "extract/chrome_spans.hpp"
#include "extract/span_at.hpp"
#include "extract/text_class.hpp"
#include "extract/topic_background.hpp"
#include "extract/topic_choice.hpp"

#include <algorithm>
#include <array>

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

bool equals_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return ascii_lower(x) == y; });
}

bool any_folded(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::any_of(list.begin(), list.end(),
                       [&](std::string_view w) { return equals_folded(word, w); });
}

// The ASCII word (digits with their separators too: "1.5", "60,000") that ends at `end` or
// before it, past spaces; empty when something else comes first.
std::string_view word_before(std::string_view text, std::size_t end) {
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    auto part = [](char c) {
        return ascii_alpha(c) || (c >= '0' && c <= '9') || c == '.' || c == ',';
    };
    while (start > 0 && part(text[start - 1])) --start;
    return text.substr(start, end - start);
}

bool capitalized(std::string_view word) {
    return !word.empty() && ascii_upper(word.front());
}

} // namespace

bool in_unknown_name(std::string_view text, std::string_view cue, Span at,
                     std::uint32_t sentence_start) {
    // A lower-case cue written with a capital inside a sentence, beside another capitalized word,
    // is part of a name the knowledge base lacks: "the Cook Islands", "Sciences Po".
    if (at.start >= at.end || at.end > text.size() ||
        std::any_of(cue.begin(), cue.end(), ascii_upper) || !ascii_upper(text[at.start]))
        return false;
    std::size_t before = at.start;
    while (before > sentence_start && (text[before - 1] == '"' || text[before - 1] == '\'' ||
                                       text[before - 1] == '(' || text[before - 1] == ' '))
        --before;
    if (before <= sentence_start) return false; // the sentence's first word
    std::size_t after = at.end;
    while (after < text.size() && text[after] == ' ') ++after;
    std::size_t after_end = after;
    while (after_end < text.size() && ascii_alpha(text[after_end])) ++after_end;
    return capitalized(word_before(text, at.start)) ||
           capitalized(text.substr(after, after_end - after));
}

bool is_figure(std::string_view text, Span cue) {
    // A currency in an amount is how much, not a matter of finance: "60 dollars a barrel",
    // "billions of dollars"; "paid in yuan" still counts.
    std::string_view word = text.substr(cue.start, cue.size());
    if (!any_folded(word, {"dollar", "dollars", "euro", "euros", "yuan", "ruble", "rubles",
                           "rouble", "roubles", "rupee", "rupees", "renminbi"}))
        return false;
    std::string_view before = word_before(text, cue.start);
    if (equals_folded(before, "of"))
        before = word_before(text, std::size_t(before.data() - text.data()));
    if (std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    return any_folded(before,
                      {"million", "millions", "billion", "billions", "trillion", "trillions",
                       "thousand", "thousands", "hundreds", "tens", "dozens", "bn", "mn"});
}

TopicTags tag_topics(const ExtractIndex& index, const Document& doc,
                     const std::vector<Sentence>& sentences, const WordMatches& words,
                     const std::vector<DocMention>& mentions, const std::vector<Span>& chrome) {
    const KnowledgeBase& kb = *index.kb;
    Cover names;
    for (const DocMention& m : mentions)
        if (m.ref.discovered || kb.entities[m.ref.index].type != EntityType::Issue)
            names.add(m.span);
    for (const PhraseMatch& t : words.titles) names.add({t.start, t.end});
    names.finish();

    TopicTags out;
    out.per_sentence.assign(sentences.size(), 0);
    struct Cue {
        std::int64_t sentence;
        Topic topic;
        Span span;
        bool counts;  // towards the document's topics: not background (topic_background.hpp)
        bool example; // an item after "including" or "such as"
    };
    std::vector<Cue> cues; // the cues outside names, chrome and figures, in text order
    for (const PhraseMatch& m : words.topics) {
        if (names.holds(m.start, m.end) || in_chrome(chrome, {m.start, m.end}) ||
            is_figure(doc.text, {m.start, m.end}))
            continue;
        auto topic = Topic(index.topics.phrase(m.phrase).value);
        std::int64_t s = span_at(sentences, m.start);
        const Span sentence = s >= 0 ? sentences[std::size_t(s)].span : Span{m.start, m.end};
        if (in_unknown_name(doc.text, index.topics.phrase(m.phrase).text, {m.start, m.end},
                            sentence.start) ||
            other_sense(doc.text, sentence, {m.start, m.end}))
            continue;
        if (s >= 0) out.per_sentence[std::size_t(s)] |= topic_bit(topic);
        const Background bg = background_cue(doc.text, sentence, {m.start, m.end});
        const bool counts = bg == Background::None;
        cues.push_back({s, topic, {m.start, m.end}, counts, bg == Background::Example});
    }

    // What the document discusses: each sentence's cues, weighed by where they are.
    std::array<TopicEvidence, kTopicCount> evidence{};
    for (std::size_t i = 0; i < cues.size();) {
        std::size_t j = i;
        std::array<double, kTopicCount> count{};
        for (; j < cues.size() && cues[j].sentence == cues[i].sentence; ++j) {
            // The examples of a topic the sentence names before them elaborate it: "natural
            // resources, including oil, gas and minerals".
            if (cues[j].example)
                cues[j].counts =
                    std::any_of(cues.begin() + std::ptrdiff_t(i), cues.begin() + std::ptrdiff_t(j),
                                [&](const Cue& c) { return c.counts && c.topic == cues[j].topic; });
            count[std::size_t(cues[j].topic)] += cues[j].counts ? 1.0 : kBackgroundWeight;
        }
        const std::int64_t s = cues[i].sentence;
        const std::int32_t p = s >= 0 ? sentences[std::size_t(s)].paragraph : -1;
        const bool listed = p >= 0 && std::size_t(p) < doc.paragraphs.size() &&
                            doc.paragraphs[std::size_t(p)].list_item;
        for (std::size_t t = 0; t < kTopicCount; ++t) {
            if (count[t] == 0) continue;
            TopicEvidence& e = evidence[t];
            if (listed) {
                ++e.list_sentences;
                continue;
            }
            ++e.sentences;
            e.share += double(count[t]) / double(j - i);
            if (s >= 0 && std::uint64_t(s) < kLede) ++e.lede;
        }
        i = j;
    }
    out.topics = choose_topics(evidence);
    // A topic cued only in the background is mentioned in passing.
    for (const Cue& c : cues)
        if (!(out.topics.topics & topic_bit(c.topic))) out.topics.minor |= topic_bit(c.topic);
    for (const Cue& c : cues)
        if (out.topics.topics & topic_bit(c.topic))
            if (std::int64_t issue = index.issue_entity[std::size_t(c.topic)]; issue >= 0)
                out.issues.push_back({c.span, {std::uint32_t(issue), false}});
    return out;
}

} // namespace kg
