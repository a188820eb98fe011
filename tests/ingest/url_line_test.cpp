// A first line that is only the article's address is its URL, never article text.
#include "ingest/ingest.hpp"
#include "ingest/url_line.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

const std::string kUrl =
    "https://oilprice.com/Energy/Energy-General/Russia-China-multipolar-world-order.html";
const std::string kBody =
    "Russia and China agreed on Monday to expand their energy cooperation.\n\n"
    "The two presidents signed a statement on a multipolar world order in Moscow.\n";

TEST(UrlLine, LoneUrlIsTakenWithTheBlankLinesAfterIt) {
    const std::string owned = "\n  " + kUrl + "  \n\n \nBody.\n";
    std::string_view text = owned;
    EXPECT_EQ(take_url_first_line(text), kUrl);
    EXPECT_EQ(text, "Body.\n");
    std::string_view autolink = "<https://example.org/a?b=1#c>\nBody.";
    EXPECT_EQ(take_url_first_line(autolink), "https://example.org/a?b=1#c");
    EXPECT_EQ(autolink, "Body.");
}

TEST(UrlLine, AnythingElseStaysText) {
    for (std::string_view s :
         {"https://example.org is where it was published.\nBody.", "Body first.\nhttps://x.org\n",
          "ftp://example.org/file\nBody.", "https:///nohost\nBody.", "www.example.org\nBody."}) {
        std::string_view text = s;
        EXPECT_EQ(take_url_first_line(text), "") << s;
        EXPECT_EQ(text, s);
    }
}

TEST(UrlLine, PlainTextUrlIsTheDocumentsUrlAndSourceNotItsText) {
    Diagnostics diags;
    const auto doc = ingest_bytes(kUrl + "\n\n" + kBody, "article.txt", diags);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->url, kUrl);
    EXPECT_EQ(doc->source, "oilprice.com");
    EXPECT_EQ(doc->text.find("Energy-General"), std::string::npos) << doc->text;
    EXPECT_EQ(doc->text.find("oilprice"), std::string::npos) << doc->text;
    EXPECT_EQ(doc->text.rfind("Russia and China agreed", 0), 0u) << doc->text;
    test::expect_document_invariants(*doc);
}

TEST(UrlLine, MarkdownUrlLineAboveFrontMatter) {
    Diagnostics diags;
    const auto doc = ingest_bytes(
        kUrl + "\n\n---\ntitle: Energy ties\nsource: Oilprice\n---\n\n" + kBody, "a.md", diags);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->title, "Energy ties");
    EXPECT_EQ(doc->url, kUrl);
    EXPECT_EQ(doc->source, "Oilprice");
    EXPECT_EQ(doc->text.find("Energy-General"), std::string::npos);
    EXPECT_TRUE(diags.empty());
}

TEST(UrlLine, FrontMatterUrlWinsOverTheLine) {
    Diagnostics diags;
    const auto doc = ingest_bytes(kUrl + "\n---\nurl: https://example.org/original\n---\n" + kBody,
                                  "a.md", diags);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->url, "https://example.org/original");
}

} // namespace
} // namespace kg::ingestion
