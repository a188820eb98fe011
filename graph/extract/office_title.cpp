// Office titles as mentions of the state or body their holder serves.
#include "extract/office_title.hpp"

#include "extract/discovery_lexicon.hpp"
#include "extract/name_scan.hpp"
#include "extract/span_at.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

namespace kg {

void resolve_office_titles(const ExtractIndex& index, const Document& doc,
                           const std::vector<Sentence>& sentences, const WordMatches& words,
                           std::vector<DocMention>& mentions,
                           const std::vector<DiscoveredEntity>& discovered) {
    const std::string_view text = doc.text;
    const KnowledgeBase& kb = *index.kb;
    auto id_of = [&](EntityRef r) -> const std::string& {
        return r.discovered ? discovered[r.index].id : kb.entities[r.index].id;
    };
    std::vector<DocMention> added;
    // The first mention of each affiliation looked up so far, so that a long document of titled
    // names scans its mentions once per affiliation, not once per title.
    std::vector<std::pair<std::string_view, const DocMention*>> first_named;
    auto named_in_document = [&](const std::string& id) -> const DocMention* {
        for (const auto& [known, m] : first_named)
            if (known == id) return m;
        auto m = std::find_if(mentions.begin(), mentions.end(),
                              [&](const DocMention& x) { return id_of(x.ref) == id; });
        first_named.push_back({id, m == mentions.end() ? nullptr : &*m});
        return first_named.back().second;
    };
    for (const PhraseMatch& t : words.titles) {
        if (TitleKind(index.lexicon.titles.phrase(t.phrase).value) != TitleKind::Official) continue;
        if (!starts_upper(text, t.start) || t.end + 1 >= text.size() || text[t.end] != ' ')
            continue;
        const DocMention* holder = mention_starting(mentions, std::uint32_t(t.end + 1));
        if (!holder) continue;
        const EntityRef leader = holder->ref;
        const EntityType type =
            leader.discovered ? discovered[leader.index].type : kb.entities[leader.index].type;
        if (type != EntityType::Leader) continue;
        const std::string& serves = leader.discovered ? discovered[leader.index].affiliation
                                                      : kb.entities[leader.index].affiliation;
        if (serves.empty() || overlaps_mention(mentions, t.start, t.end)) continue;
        const std::int64_t s = span_at(sentences, t.start);
        if (s < 0) continue;
        const Span sentence = sentences[std::size_t(s)].span;
        // Named in the title's own sentence: that mention already carries the affiliation.
        auto first = first_mention_from(mentions, sentence.start);
        auto last = first_mention_from(mentions, sentence.end);
        if (std::any_of(first, last, [&](const DocMention& m) { return id_of(m.ref) == serves; }))
            continue;
        // Named elsewhere in the document: a state the text never names is not added here.
        if (const DocMention* named = named_in_document(serves))
            added.push_back({{t.start, t.end}, named->ref});
    }
    insert_sorted(mentions, std::move(added));
}

} // namespace kg
