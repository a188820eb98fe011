// The inspector's data for a link on the fixture: every passage with its document, its sentence
// cut into runs that mark the two entities, its kind and direction, and the filter's say.
#include "session/inspector_data.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

TEST(InspectorData, ListsEveryPassageOfTheSelectedLink) {
    const Fixture f = make_fixture();
    app::ExploreData data;
    ASSERT_TRUE(data.refilter(f.corpus, FilterSpec{}));
    const app::LinkInspection r = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    const Link& l = f.corpus.links[kChinaRussiaCoop];
    ASSERT_EQ(r.passages.size(), l.evidence.size());
    EXPECT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.kind, LinkKind::Cooperation);
    bool highlighted = false;
    for (std::size_t i = 0; i < r.passages.size(); ++i) {
        const app::PassageView& p = r.passages[i];
        EXPECT_EQ(p.doc, l.evidence[i].doc);
        EXPECT_EQ(p.title, f.corpus.documents[p.doc].title);
        // The segments cover the sentence exactly, in order.
        ASSERT_FALSE(p.segments.empty());
        EXPECT_EQ(p.segments.front().span.start, p.sentence.start);
        EXPECT_EQ(p.segments.back().span.end, p.sentence.end);
        for (std::size_t s = 1; s < p.segments.size(); ++s)
            EXPECT_EQ(p.segments[s].span.start, p.segments[s - 1].span.end);
        for (const app::TextSegment& s : p.segments) {
            if (s.role == 0) continue;
            highlighted = true;
            EXPECT_TRUE(s.entity == kChina || s.entity == kRussia);
        }
    }
    EXPECT_TRUE(highlighted);

    // A document filter leaves only that document's passages.
    FilterSpec one;
    one.documents = {"d1"};
    ASSERT_TRUE(data.refilter(f.corpus, one));
    const app::LinkInspection r1 = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    ASSERT_EQ(r1.passages.size(), 1u);
    EXPECT_EQ(r1.passages[0].doc, 1u);
}

TEST(InspectorData, ShowsEachPassagesKindAndDirection) {
    Fixture f = make_fixture();
    Link& l = f.corpus.links[kChinaRussiaCoop];
    ASSERT_EQ(l.evidence.size(), 3u);
    l.evidence[1].kind = LinkKind::Tension;
    l.evidence[1].direction = Direction::Backward; // Russia acts on China
    app::ExploreData data;
    ASSERT_TRUE(data.refilter(f.corpus, FilterSpec{}));
    const app::LinkInspection r = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    ASSERT_EQ(r.passages.size(), 3u);
    EXPECT_EQ(r.kind_counts[std::size_t(LinkKind::Cooperation)], 2u);
    EXPECT_EQ(r.kind_counts[std::size_t(LinkKind::Tension)], 1u);
    EXPECT_EQ(r.passages[0].kind, LinkKind::Cooperation);
    EXPECT_EQ(r.passages[0].actor, -1);
    EXPECT_EQ(r.passages[1].kind, LinkKind::Tension);
    EXPECT_EQ(r.passages[1].actor, std::int64_t(kRussia));
    EXPECT_EQ(r.passages[1].recipient, std::int64_t(kChina));
}

} // namespace
} // namespace kg::test
