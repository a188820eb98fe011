// Taxonomy ids round-trip and match shared/spec/taxonomy.md.
#include "model/corpus.hpp"
#include "model/taxonomy.hpp"

#include <gtest/gtest.h>

TEST(Taxonomy, IdsRoundTrip) {
    for (std::size_t i = 0; i < kg::kEntityTypeCount; ++i)
        EXPECT_EQ(kg::entity_type_from_id(kg::to_id(kg::EntityType(i))), kg::EntityType(i));
    for (std::size_t i = 0; i < kg::kRegionCount; ++i)
        EXPECT_EQ(kg::region_from_id(kg::to_id(kg::Region(i))), kg::Region(i));
    for (std::size_t i = 0; i < kg::kTopicCount; ++i)
        EXPECT_EQ(kg::topic_from_id(kg::to_id(kg::Topic(i))), kg::Topic(i));
    for (std::size_t i = 0; i < kg::kLinkKindCount; ++i)
        EXPECT_EQ(kg::link_kind_from_id(kg::to_id(kg::LinkKind(i))), kg::LinkKind(i));
}

TEST(Taxonomy, SpecIds) {
    EXPECT_EQ(kg::to_id(kg::Region::MiddleEast), "middle-east");
    EXPECT_EQ(kg::to_id(kg::Topic::HumanRights), "human-rights");
    EXPECT_EQ(kg::to_id(kg::LinkKind::CoMention), "co-mention");
    EXPECT_EQ(kg::label(kg::EntityType::Issue), "Issue area");
    EXPECT_FALSE(kg::topic_from_id("Energy"));
    EXPECT_FALSE(kg::region_from_id(""));
}

TEST(Corpus, DocumentCountCountsDistinctDocuments) {
    kg::Link l;
    l.evidence = {{0, {0, 1}}, {0, {2, 3}}, {2, {0, 1}}};
    EXPECT_EQ(l.document_count(), 2u);
    EXPECT_EQ(l.weight(), 3.0);
}
