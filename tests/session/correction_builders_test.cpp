// Corrections built from indexes carry the ids the curation file stores, and the review key
// walks the unreviewed visible links in order, wrapping around.
#include "session/correction_builders.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

TEST(CorrectionBuilders, EntityAndLinkCorrectionsNameTheirEntitiesById) {
    const Fixture f = make_fixture();
    const Correction merge = app::merge_correction(f.corpus, kRussia, kLavrov);
    EXPECT_EQ(merge.kind, CorrectionKind::Merge);
    EXPECT_EQ(merge.entity, f.corpus.entities[kRussia].id);
    EXPECT_EQ(merge.other, f.corpus.entities[kLavrov].id);
    EXPECT_EQ(merge.name, f.corpus.entities[kLavrov].name);

    const Correction reject = app::link_review_correction(f.corpus, kChinaUsTension, false);
    EXPECT_EQ(reject.kind, CorrectionKind::RejectLink);
    const Link& l = f.corpus.links[kChinaUsTension];
    EXPECT_EQ(reject.entity, f.corpus.entities[l.source].id);
    EXPECT_EQ(reject.other, f.corpus.entities[l.target].id);
}

TEST(CorrectionBuilders, SplitMakesAnIdFromTheNewName) {
    const Fixture f = make_fixture();
    const Correction split = app::split_correction(f.corpus, kRussia, {"Muscovy"}, "Grand Duchy!");
    EXPECT_EQ(split.kind, CorrectionKind::Split);
    EXPECT_EQ(split.value, "grand-duchy");
    EXPECT_EQ(split.values, std::vector<std::string>{"Muscovy"});
    // A name with nothing to make an id of falls back to the old id.
    EXPECT_EQ(app::split_correction(f.corpus, kRussia, {}, "!!").value,
              f.corpus.entities[kRussia].id + "-split");
}

TEST(CorrectionBuilders, NextUnreviewedSkipsReviewedAndHiddenLinksAndWraps) {
    const Fixture f = make_fixture();
    const std::size_t n = f.corpus.links.size();
    std::vector<ReviewState> review(n, ReviewState::Unreviewed);
    std::vector<std::uint8_t> visible(n, 1);
    review[kChinaUsTension] = ReviewState::Accepted;
    visible[kXiPutinMeeting] = 0;
    EXPECT_EQ(app::next_unreviewed_link(f.corpus, review, visible, std::nullopt),
              std::optional<std::uint32_t>(kChinaRussiaCoop));
    EXPECT_EQ(app::next_unreviewed_link(f.corpus, review, visible, kChinaRussiaCoop),
              std::optional<std::uint32_t>(kRussiaEnergyCo));
    EXPECT_EQ(app::next_unreviewed_link(f.corpus, review, visible, std::uint32_t(n - 1)),
              std::optional<std::uint32_t>(kChinaRussiaCoop));
    std::fill(review.begin(), review.end(), ReviewState::Rejected);
    EXPECT_FALSE(app::next_unreviewed_link(f.corpus, review, visible, std::nullopt));
}

} // namespace
} // namespace kg::test
