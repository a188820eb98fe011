// Plain text line grouping: one block per line, hard-wrapped paragraphs rejoined, bullets.
#include "ingest/plain_text.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

TEST(PlainText, LinesCopiedFromPagesStaySeparate) {
    const auto b = plain_text_to_blocks(
        "By A Writer | Updated: 2021-03-23\nShare - WeChat\n"
        "A caption that is a long line describing a photo of two "
        "ministers shaking hands in a city somewhere. [Photo/Agency]\n\nBody.\n");
    ASSERT_EQ(b.size(), 4u);
    EXPECT_TRUE(b[0].blank_before);
    EXPECT_FALSE(b[0].blank_after);
    EXPECT_FALSE(b[1].blank_before);
    EXPECT_TRUE(b[2].blank_after);
    EXPECT_EQ(b[3].text, "Body.");
}

TEST(PlainText, HardWrappedParagraphIsRejoined) {
    const auto b = plain_text_to_blocks(
        "The foreign ministers of the two countries met in Guilin\n"
        "on Monday to discuss cooperation on a range of issues and\n"
        "published a joint statement on global governance.\n\nNext paragraph here.\n");
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(
        b[0].text,
        "The foreign ministers of the two countries met in Guilin on Monday to discuss "
        "cooperation on a range of issues and published a joint statement on global governance.");
}

TEST(PlainText, BulletsAreListItemsAndIndentationGoes) {
    const auto b =
        plain_text_to_blocks("  \u2022 This is a note.\n    Indented text.\n- dash item\n");
    ASSERT_EQ(b.size(), 3u);
    EXPECT_EQ(b[0].role, BlockRole::ListItem);
    EXPECT_EQ(b[0].text, "This is a note.");
    EXPECT_EQ(b[1].text, "Indented text.");
    EXPECT_EQ(b[2].role, BlockRole::ListItem);
}

} // namespace
} // namespace kg::ingestion
