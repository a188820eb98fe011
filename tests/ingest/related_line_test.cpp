// A related-reading line ("Also read: headline") is page chrome in HTML, Markdown and plain
// text; prose that opens with the same words stays body text.
#include "ingest/blocks.hpp"
#include "ingest/chrome_phrases.hpp"
#include "ingest/ingest.hpp"
#include "ingest/line_shape.hpp"
#include "ingest/related_line.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

const std::string kFirst =
    "Exporters in Dhaka said on Monday that shipments of garments to India had fallen by a third "
    "since the land ports closed, and that buyers had begun asking for new routes.";
const std::string kSecond =
    "The commerce ministry said talks with New Delhi would resume next month, though officials on "
    "both sides declined to give a date or name the negotiators.";

bool related(const std::string& text, std::uint32_t link_chars = 0) {
    ingestion::Block b;
    b.text = text;
    b.link_chars = link_chars;
    return ingestion::is_related_reading_line(b, ingestion::measure(text),
                                              ingestion::default_chrome_phrases().related);
}

std::string ingested(const std::string& bytes, const std::string& path) {
    Diagnostics d;
    const auto doc = ingest_bytes(bytes, path, d);
    if (!doc) return {};
    test::expect_document_invariants(*doc);
    return doc->text;
}

bool has(const std::string& text, std::string_view s) {
    return text.find(s) != std::string::npos;
}

TEST(RelatedLine, LabelWithSeparatorCapitalsOrLinkIsChrome) {
    EXPECT_TRUE(related("Also read: RMG orders shift to Vietnam as costs rise"));
    EXPECT_TRUE(related("Read also: Rupee slides against the dollar"));
    EXPECT_TRUE(related("READ MORE | Rupee slides against the dollar"));
    EXPECT_TRUE(related("See also: Port strike enters second week"));
    EXPECT_TRUE(related("More on this: How the border fence was built"));
    EXPECT_TRUE(related("Recommended: Ten years of the Padma bridge"));
    EXPECT_TRUE(related("Related - Jute mills close in Khulna"));
    EXPECT_TRUE(related("\u00BB Related story: Jute mills close in Khulna"));
    EXPECT_TRUE(related("ALSO READ Jute mills close in Khulna"));
    const std::string linked = "Also read Jute mills close in Khulna";
    EXPECT_TRUE(related(linked, std::uint32_t(linked.size() - 10)));
    // "<b>ALSO READ</b><a>Jute mills ...</a>" prints without a space between them.
    const std::string glued = "ALSO READJute mills close in Khulna";
    EXPECT_TRUE(related(glued, std::uint32_t(glued.size() - 9)));
}

TEST(RelatedLine, ProseOpeningWithTheWordsIsNot) {
    EXPECT_FALSE(related("Also read by millions, the paper ran the story on its front page"));
    EXPECT_FALSE(related("Related talks between the two ministries ended without a deal"));
    EXPECT_FALSE(related("Related-party transactions rose by a fifth in the year to June"));
    EXPECT_FALSE(related("Recommended by the panel, the tariff cut takes effect in March"));
    EXPECT_FALSE(related("Relatedly, the port authority raised its handling fees"));
    // A label and a paragraph of prose, not a headline.
    EXPECT_FALSE(related("Related: the ministry said on Tuesday that it would review the "
                         "agreement with the neighbouring country before the end of the year, "
                         "after exporters complained."));
    // A link that is only part of a sentence does not make the label one.
    EXPECT_FALSE(related("Also read by millions, the paper ran the story", 9));
    const std::string relatedly = "Relatedly, see the port report";
    EXPECT_FALSE(related(relatedly, std::uint32_t(relatedly.size() - 11)));
}

TEST(RelatedLine, HtmlLineInsideTheArticleGoes) {
    const std::string html =
        "<html><body><article><h1>Trade at the border</h1><p>" + kFirst + "</p><p>" + kSecond +
        "</p><p class='x'>Also read: <a href='/b/rmg'>RMG orders shift to Vietnam as costs rise"
        "</a></p><p><strong>ALSO READ</strong><a href='/b/jute'>Jute mills close in Khulna"
        "</a></p><p><b>Read more:</b> <a href='/b/rupee'>Rupee slides as reserves fall</a></p>"
        "<p>" +
        kFirst +
        " Also read by millions, the paper ran it.</p>"
        "<p>Related talks between the two ministries ended without a deal on Friday.</p>"
        "</article></body></html>";
    const std::string text = ingested(html, "page.html");
    EXPECT_TRUE(has(text, "talks with New Delhi"));
    EXPECT_TRUE(has(text, "Also read by millions"));
    EXPECT_TRUE(has(text, "Related talks between"));
    EXPECT_FALSE(has(text, "Vietnam"));
    EXPECT_FALSE(has(text, "Khulna"));
    EXPECT_FALSE(has(text, "Rupee"));
}

TEST(RelatedLine, MarkdownLineGoes) {
    const std::string md = "# Trade at the border\n\n" + kFirst +
                           "\n\n**Also read:** [RMG orders shift to Vietnam as costs rise](/b/rmg)"
                           "\n\n" +
                           kSecond +
                           "\n\nSee also: Jute mills close in Khulna\n\n"
                           "Related talks between the two ministries ended without a deal.\n";
    const std::string text = ingested(md, "story.md");
    EXPECT_TRUE(has(text, "talks with New Delhi"));
    EXPECT_TRUE(has(text, "Related talks between"));
    EXPECT_FALSE(has(text, "Vietnam"));
    EXPECT_FALSE(has(text, "Khulna"));
}

TEST(RelatedLine, PlainTextLineGoes) {
    const std::string txt = "Trade at the border\n\n" + kFirst +
                            "\n\nALSO READ: RMG orders shift to Vietnam as costs rise\n\n" +
                            kSecond +
                            "\n\nAlso read by millions, the paper ran the story on its front "
                            "page on Sunday.\n";
    const std::string text = ingested(txt, "story.txt");
    EXPECT_TRUE(has(text, "talks with New Delhi"));
    EXPECT_TRUE(has(text, "Also read by millions"));
    EXPECT_FALSE(has(text, "Vietnam"));
}

} // namespace
} // namespace kg
