// What the inspector shows, as plain data built from the corpus and the filter (no ImGui), so
// tests can check exactly which passages a selected link lists.
#pragma once

#include "session/explore_data.hpp"

#include <array>
#include <string>
#include <vector>

namespace kg::app {

// A run of a sentence: plain text, or the mention of one of the highlighted entities.
struct TextSegment {
    Span span;                // bytes in the document text
    std::int64_t entity = -1; // the entity mentioned here, -1 for plain text
    int role = 0;             // 0 plain, 1 the link's source, 2 its target (or any mention)
};

// One evidence passage of a link, ready to draw.
struct PassageView {
    DocIndex doc = 0;
    Span sentence;
    LinkKind kind = LinkKind::CoMention;     // of this pair in this passage
    std::int64_t actor = -1, recipient = -1; // who acts on whom, when the passage says (entities)
    std::string title, date, author;
    std::vector<TextSegment> segments; // cover `sentence` in order
};

struct LinkInspection {
    std::uint32_t link = 0;
    LinkKind kind = LinkKind::CoMention;
    TopicMask topics = 0;
    double weight = 0.0;
    std::vector<DocIndex> documents;          // distinct allowed documents, in order
    std::vector<PassageView> passages;        // every allowed evidence passage, in corpus order
    std::array<std::size_t, 4> kind_counts{}; // passages per kind (cooperation .. co-mention)
};

struct NeighbourRow {
    EntityIndex entity = 0;
    std::uint32_t link = 0;
    double weight = 0.0;
};

struct NodeInspection {
    EntityIndex entity = 0;
    std::vector<std::pair<DocIndex, std::uint32_t>> mentions_per_doc; // doc, count
    std::vector<NeighbourRow> neighbours;                             // visible, by weight desc
};

// Splits `sentence` of `doc` into segments; mentions of `a` get role 1, of `b` role 2; with
// a = b = -1 every mention gets role 2 and its entity (the reader's tinting).
std::vector<TextSegment> segment_sentence(const ExploreData& data, DocIndex doc, Span sentence,
                                          std::int64_t a, std::int64_t b);

// The link's data over allowed documents (all documents when the filter was not computed).
LinkInspection inspect_link(const Corpus& corpus, const ExploreData& data, std::uint32_t link);
NodeInspection inspect_node(const Corpus& corpus, const ExploreData& data, EntityIndex entity);

} // namespace kg::app
