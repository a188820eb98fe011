// One document: match names, discover and resolve the rest, then gather each sentence's facts.
#include "extract/doc_scan.hpp"

#include "extract/bloc_reference.hpp"
#include "extract/chrome_spans.hpp"
#include "extract/coreference.hpp"
#include "extract/discovery.hpp"
#include "extract/office_title.hpp"
#include "extract/org_reference.hpp"
#include "extract/span_at.hpp"
#include "extract/topic_tags.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace kg {
namespace {

// Sentences to work with: the document's own (not copied), else one per paragraph, else the
// whole text (made in `fallback`).
const std::vector<Sentence>& sentences_of(const Document& doc, std::vector<Sentence>& fallback) {
    if (!doc.sentences.empty()) return doc.sentences;
    std::vector<Sentence>& out = fallback;
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
        out.push_back({doc.paragraphs[p].span, std::int32_t(p)});
    if (out.empty() && !doc.text.empty()) out.push_back({{0, std::uint32_t(doc.text.size())}, -1});
    return out;
}

// A pair whose sentence decides nothing takes the kind its other sentences in the document agree
// on (a strict majority of those that decide one): on the dev set this is right more often than
// not (docs/extraction.md, "The document's word for a pair").
void prefer_document_kind(DocResult& result) {
    struct Item {
        EntityRef a, b;
        std::uint32_t pair;
    };
    std::vector<Item> items;
    items.reserve(result.pairs.size());
    for (const SentenceFacts& s : result.sentences) {
        const std::span<const EntityRef> e = result.entities(s);
        std::uint32_t k = s.pairs_begin;
        for (std::size_t i = 0; i < e.size(); ++i)
            for (std::size_t j = i + 1; j < e.size(); ++j) items.push_back({e[i], e[j], k++});
    }
    // Pair indexes are unique: sorting by them too keeps a pair's sentences in order without the
    // buffer a stable sort allocates.
    std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return std::tie(x.a, x.b, x.pair) < std::tie(y.a, y.b, y.pair);
    });
    for (std::size_t lo = 0, hi = 0; lo < items.size(); lo = hi) {
        std::array<std::uint32_t, 3> n{0, 0, 0};
        for (hi = lo; hi < items.size() && items[hi].a == items[lo].a && items[hi].b == items[lo].b;
             ++hi)
            if (auto kind = std::size_t(result.pairs[items[hi].pair].kind); kind < 3) ++n[kind];
        const auto best = std::max_element(n.begin(), n.end());
        if (*best == 0 || 2 * *best <= n[0] + n[1] + n[2]) continue;
        for (std::size_t i = lo; i < hi; ++i)
            if (PairRelation& r = result.pairs[items[i].pair]; r.kind == LinkKind::CoMention)
                r.kind = LinkKind(best - n.begin());
    }
}

} // namespace

DocResult scan_document(const ExtractIndex& index, const Document& doc) {
    DocResult result;
    const std::string_view text = doc.text;
    const KnowledgeBase& kb = *index.kb;
    std::vector<Sentence> fallback_sentences;
    const std::vector<Sentence>& sentences = sentences_of(doc, fallback_sentences);

    // Names, cues, pair phrases, titles and organization heads in one pass over the words.
    const WordMatches words = find_words(index, text);
    const std::vector<PhraseMatch>& matches = words.aliases;
    std::vector<DocMention> mentions;
    mentions.reserve(matches.size());
    std::vector<Span> non_entities; // spans of non-entity phrases, by start
    for (std::size_t i = 0; i < matches.size();) {
        // Every phrase accepting one span comes together: one entity per span, none if a
        // non-entity phrase ("Latin America") is among them.
        std::size_t j = i;
        bool blocked = false;
        for (; j < matches.size() && matches[j].start == matches[i].start; ++j)
            blocked |= index.aliases.phrase(matches[j].phrase).value == kNonEntity;
        if (blocked)
            non_entities.push_back({matches[i].start, matches[i].end});
        else
            mentions.push_back({{matches[i].start, matches[i].end},
                                {index.aliases.phrase(matches[i].phrase).value, false}});
        i = j;
    }

    discover_entities(index, doc, words, mentions, result.discovered);
    if (!non_entities.empty()) {
        // A non-entity phrase is no discovered name either ("Latin America argued"), though a
        // longer name may contain it ("Indo-Pacific Command").
        std::erase_if(mentions, [&](const DocMention& m) {
            if (!m.ref.discovered) return false;
            return std::any_of(non_entities.begin(), non_entities.end(), [&](Span b) {
                bool overlap = m.span.start < b.end && b.start < m.span.end;
                bool contains =
                    m.span.start <= b.start && b.end <= m.span.end && m.span.size() > b.size();
                return overlap && !contains;
            });
        });
    }
    resolve_surnames(index, doc, mentions, result.discovered);
    resolve_heads(index, doc, words, mentions, result.discovered);
    resolve_pairs(index, doc, sentences, words.pairs, mentions, result.discovered);
    resolve_bloc_references(index, doc, sentences, mentions);
    resolve_org_references(index, doc, sentences, words, mentions, result.discovered);
    resolve_country_references(index, doc, sentences, mentions, result.discovered);
    resolve_subject_pronouns(index, doc, sentences, words.kinds, mentions, result.discovered);
    resolve_office_titles(index, doc, sentences, words, mentions, result.discovered);
    // Names in credits and source lines are the page's, not the article's.
    const std::vector<Span> chrome = chrome_spans(doc);
    if (!chrome.empty())
        std::erase_if(mentions, [&](const DocMention& m) { return in_chrome(chrome, m.span); });

    // Topics and relation cues, per sentence.
    TopicTags tags = tag_topics(index, doc, sentences, words, mentions, chrome);
    const std::vector<TopicMask>& topics = tags.per_sentence;
    mentions.insert(mentions.end(), tags.issues.begin(), tags.issues.end());
    result.topics = tags.topics.topics;
    std::vector<std::pair<std::size_t, KindCue>> cues; // (sentence, cue), in sentence order
    for (const PhraseMatch& m : words.kinds) {
        std::int64_t s = span_at(sentences, m.start);
        auto kind = index.kinds.phrase(m.phrase).value;
        if (s >= 0 && kind < 3)
            cues.push_back({std::size_t(s), {{m.start, m.end}, LinkKind(kind)}});
    }
    std::stable_sort(cues.begin(), cues.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first, a.second.span.start) < std::tie(b.first, b.second.span.start);
    });
    std::sort(mentions.begin(), mentions.end(), [](const DocMention& a, const DocMention& b) {
        return std::tie(a.span.start, a.span.end, a.ref) <
               std::tie(b.span.start, b.span.end, b.ref);
    });

    // Who each sentence (and each heading paragraph) names; issues link through topics instead.
    // (sentence, entity) pairs come in sentence order, since the mentions are sorted by start:
    // one array for the document instead of a vector per sentence.
    auto is_issue = [&](EntityRef r) {
        return !r.discovered && kb.entities[r.index].type == EntityType::Issue;
    };
    auto type_of = [&](EntityRef r) {
        return r.discovered ? result.discovered[r.index].type : kb.entities[r.index].type;
    };
    auto id_of = [&](EntityRef r) -> const std::string& {
        return r.discovered ? result.discovered[r.index].id : kb.entities[r.index].id;
    };
    auto affiliation_of = [&](EntityRef r) -> const std::string& {
        return r.discovered ? result.discovered[r.index].affiliation
                            : kb.entities[r.index].affiliation;
    };
    auto affiliated = [&](EntityRef a, EntityRef b) {
        const std::string &fa = affiliation_of(a), &fb = affiliation_of(b);
        return (!fa.empty() && fa == id_of(b)) || (!fb.empty() && fb == id_of(a));
    };
    std::vector<std::pair<std::size_t, DocMention>> named;
    named.reserve(mentions.size());
    std::vector<std::vector<EntityRef>> in_paragraph(doc.paragraphs.size());
    for (const DocMention& m : mentions) {
        if (is_issue(m.ref)) continue;
        if (std::int64_t s = span_at(sentences, m.span.start); s >= 0)
            named.push_back({std::size_t(s), m});
        std::int64_t p = span_at(doc.paragraphs, m.span.start);
        if (p >= 0 && doc.paragraphs[std::size_t(p)].kind == ParagraphKind::Heading)
            in_paragraph[std::size_t(p)].push_back(m.ref);
    }
    std::vector<EntityRef> ents, heading; // one sentence's lists, reused
    std::vector<NamedSpan> spans;
    std::vector<KindCue> sentence_cues;
    std::size_t next_named = 0, next_cue = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        ents.clear();
        const std::size_t named_begin = next_named;
        for (; next_named < named.size() && named[next_named].first == s; ++next_named)
            ents.push_back(named[next_named].second.ref);
        std::sort(ents.begin(), ents.end());
        ents.erase(std::unique(ents.begin(), ents.end()), ents.end());
        sentence_cues.clear();
        for (; next_cue < cues.size() && cues[next_cue].first <= s; ++next_cue)
            if (cues[next_cue].first == s) sentence_cues.push_back(cues[next_cue].second);
        heading.clear();
        std::int32_t p = sentences[s].paragraph;
        if (p >= 0 && std::size_t(p) < doc.paragraphs.size()) {
            std::int32_t h = doc.paragraphs[std::size_t(p)].heading;
            if (h >= 0 && h != p && std::size_t(h) < doc.paragraphs.size())
                for (EntityRef r : in_paragraph[std::size_t(h)])
                    if (!std::binary_search(ents.begin(), ents.end(), r)) heading.push_back(r);
        }
        std::sort(heading.begin(), heading.end());
        heading.erase(std::unique(heading.begin(), heading.end()), heading.end());
        if (ents.empty()) continue;
        SentenceFacts facts{sentences[s].span, topics[s], LinkKind::CoMention, 0, 0, 0, 0};
        facts.entities_begin = std::uint32_t(result.refs.size());
        result.refs.insert(result.refs.end(), ents.begin(), ents.end());
        facts.entities_end = std::uint32_t(result.refs.size());
        result.refs.insert(result.refs.end(), heading.begin(), heading.end());
        facts.heading_end = std::uint32_t(result.refs.size());
        facts.kind =
            SentenceRelations::sentence_kind(sentence_cues); // for its links to issue areas
        facts.pairs_begin = std::uint32_t(result.pairs.size());
        if (ents.size() < 2) {
            result.sentences.push_back(facts);
            continue;
        }
        // The relation of each pair, from the words around their own mentions.
        spans.clear();
        for (std::size_t n = named_begin; n < next_named; ++n) {
            const DocMention& m = named[n].second;
            auto local =
                std::uint32_t(std::lower_bound(ents.begin(), ents.end(), m.ref) - ents.begin());
            const EntityType t = type_of(m.ref);
            // An official speaks for their side; an analyst does not.
            spans.push_back({m.span, local, t == EntityType::Person,
                             t == EntityType::Person || t == EntityType::Leader});
        }
        if (!SentenceRelations::fits(sentences[s].span, spans.size(), ents.size())) {
            // A "sentence" no reader wrote (a 10 MB line of names): each pair takes the
            // sentence's kind, in time linear in its pairs.
            for (std::uint32_t i = 0; i < ents.size(); ++i)
                for (std::uint32_t j = i + 1; j < ents.size(); ++j)
                    result.pairs.push_back(affiliated(ents[i], ents[j])
                                               ? PairRelation{}
                                               : PairRelation{facts.kind, 0});
            result.sentences.push_back(facts);
            continue;
        }
        SentenceRelations relations(text, sentences[s].span, spans, sentence_cues);
        for (std::uint32_t i = 0; i < ents.size(); ++i)
            for (std::uint32_t j = i + 1; j < ents.size(); ++j)
                // A person and their own country or organization ("Russian President Putin met
                // Xi"): the cues are about what the person does, not about that affiliation.
                result.pairs.push_back(affiliated(ents[i], ents[j]) ? PairRelation{}
                                                                    : relations.relation(i, j));
        result.sentences.push_back(facts);
    }
    prefer_document_kind(result);
    result.mentions = std::move(mentions);
    return result;
}

} // namespace kg
