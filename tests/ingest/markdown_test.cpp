// Front matter and Markdown: fields, malformed headers, block structure, inline cleanup,
// embedded HTML, and format detection by content.
#include "ingest/format.hpp"
#include "ingest/front_matter.hpp"
#include "ingest/ingest.hpp"
#include "ingest/markdown.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

TEST(FrontMatter, ScalarsQuotedValuesAndLists) {
    const auto fm =
        parse_front_matter("---\ntitle: \"A: B\"\ndate: 2021-06-01T09:50:00.000Z\n"
                           "author: Paul Haenle, Andrew S. Weiss &#38; more\n"
                           "tags: [ one, 'two' ]\ncategories:\n  - x\n  - y\n---\nBody");
    ASSERT_TRUE(fm.present);
    EXPECT_EQ(fm.first("title"), "A: B");
    EXPECT_EQ(fm.first("author"), "Paul Haenle, Andrew S. Weiss & more");
    EXPECT_EQ(fm.fields.at("tags"), (std::vector<std::string>{"one", "two"}));
    EXPECT_EQ(fm.fields.at("categories"), (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(std::string_view("---\ntitle: \"A: B\"\ndate: 2021-06-01T09:50:00.000Z\n"
                               "author: Paul Haenle, Andrew S. Weiss &#38; more\n"
                               "tags: [ one, 'two' ]\ncategories:\n  - x\n  - y\n---\nBody")
                  .substr(fm.body_offset),
              "Body");
    EXPECT_TRUE(fm.problems.empty());
}

TEST(FrontMatter, UnclosedBlockIsAProblemAndStaysText) {
    const auto fm = parse_front_matter("---\ntitle: x\nno end here\n");
    EXPECT_FALSE(fm.present);
    EXPECT_EQ(fm.body_offset, 0u);
    EXPECT_FALSE(fm.problems.empty());
}

TEST(FrontMatter, MalformedLinesAreSkippedWithAProblem) {
    const auto fm = parse_front_matter("---\ntitle: ok\n{{ nonsense\n---\n");
    EXPECT_TRUE(fm.present);
    EXPECT_EQ(fm.first("title"), "ok");
    EXPECT_EQ(fm.problems.size(), 1u);
}

TEST(FrontMatter, NoFrontMatterWithoutLeadingRule) {
    EXPECT_FALSE(parse_front_matter("title: x\n---\n").present);
}

TEST(Markdown, HeadingsListsQuotesAndCode) {
    const auto p =
        markdown_to_blocks("# Title\n\nPara *one*\ncontinues **here**.\n\n## Sub\n\n"
                           "- item a\n- item b\n\n> quoted\n> text\n\n```\ncode()\n```\n\n"
                           "Setext\n------\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    std::vector<std::pair<BlockRole, std::string>> got;
    for (const auto& b : p.blocks) got.emplace_back(b.role, b.text);
    const std::vector<std::pair<BlockRole, std::string>> want = {
        {BlockRole::Heading, "Title"},   {BlockRole::Text, "Para one continues here."},
        {BlockRole::Heading, "Sub"},     {BlockRole::ListItem, "item a"},
        {BlockRole::ListItem, "item b"}, {BlockRole::Quote, "quoted text"},
        {BlockRole::Heading, "Setext"},  {BlockRole::Text, "a b"},
        {BlockRole::Text, "1 2"}};
    EXPECT_EQ(got, want);
}

TEST(Markdown, InlineLinksImagesEscapesAndHtml) {
    std::uint32_t links = 0;
    EXPECT_EQ(markdown_inline_to_text("See [the report](http://x.org/r) ![photo](p.jpg) and "
                                      "<em>this</em> \\*star\\* snake_case AT&amp;T",
                                      links),
              "See the report  and this *star* snake_case AT&T");
    EXPECT_EQ(links, 10u);
}

TEST(Markdown, EmbeddedHtmlBlockGoesThroughTheHtmlParser) {
    const auto p = markdown_to_blocks(
        "Intro line.\n\n<div>\n<div class=\"photo-caption\"><p>A caption.</p></div>"
        "\n<script>x()</script><p>Inside &#38; out.</p>\n</div>\n\nAfter.\n");
    std::vector<std::string> got;
    for (const auto& b : p.blocks) got.push_back(b.text);
    EXPECT_EQ(got,
              (std::vector<std::string>{"Intro line.", "A caption.", "Inside & out.", "After."}));
    EXPECT_EQ(p.blocks[1].role, BlockRole::Caption);
}

TEST(Markdown, CommentBlockEndsOnItsLine) {
    const auto p = markdown_to_blocks("<!-- 123 -->\n[Title](http://x)\n------\n");
    ASSERT_EQ(p.blocks.size(), 1u);
    EXPECT_EQ(p.blocks[0].text, "Title");
    EXPECT_EQ(p.blocks[0].role, BlockRole::Heading);
}

TEST(Format, DetectedByContentAndExtension) {
    EXPECT_EQ(detect_format("<!DOCTYPE html><p>x", ".txt", false), Format::Html);
    EXPECT_EQ(detect_format("<html><body>x", ".md", false), Format::Html);
    EXPECT_EQ(detect_format("<div><p>a</p><p>b</p></div>", ".txt", false), Format::Html);
    EXPECT_EQ(detect_format("plain words", ".html", false), Format::Plain);
    EXPECT_EQ(detect_format("<p>a</p>", ".htm", false), Format::Html);
    EXPECT_EQ(detect_format("# A\n\ntext [l](http://x) and [m](http://y)", ".txt", false),
              Format::Markdown);
    EXPECT_EQ(detect_format("just text", ".md", false), Format::Markdown);
    EXPECT_EQ(detect_format("Title\n\nBy Someone\n\nText.", ".txt", false), Format::Plain);
    EXPECT_EQ(detect_format("anything", ".txt", true), Format::Markdown);
}

TEST(IngestBytes, FrontMatterFieldsBecomeMetadata) {
    Diagnostics diags;
    const auto doc =
        ingest_bytes("---\ntitle: Summit in Beijing\ndate: 2024-05-16\nauthors:\n"
                     "  - Jane Roe\n  - John Doe\nsource: Example Weekly\n"
                     "url: https://example.org/summit\ntags: [china, russia]\n---\n"
                     "# Summit in Beijing\n\nThe two leaders met in Beijing on Thursday "
                     "and signed a joint statement on energy.\n",
                     "a.md", diags);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->title, "Summit in Beijing");
    EXPECT_EQ(doc->date, "2024-05-16");
    EXPECT_EQ(doc->authors, (std::vector<std::string>{"Jane Roe", "John Doe"}));
    EXPECT_EQ(doc->source, "Example Weekly");
    EXPECT_EQ(doc->url, "https://example.org/summit");
    EXPECT_EQ(doc->tags, (std::vector<std::string>{"china", "russia"}));
    // The headline repeated as a heading is metadata, not body.
    EXPECT_TRUE(doc->text.starts_with("The two leaders met"));
    EXPECT_TRUE(diags.empty());
}

TEST(IngestBytes, ListItemsAreMarkedOnTheirParagraphs) {
    Diagnostics diags;
    const auto doc = ingest_bytes(
        "The members of the group met in Kazan on Tuesday to discuss trade.\n\n"
        "- Brazil wants reform of the IMF.\n- Russia wants to show it is not alone.\n\n"
        "The next summit is in Rio de Janeiro next year, officials said.\n",
        "list.md", diags);
    ASSERT_TRUE(doc);
    std::vector<bool> listed;
    for (const Paragraph& p : doc->paragraphs) listed.push_back(p.list_item);
    EXPECT_EQ(listed, (std::vector<bool>{false, true, true, false}));
}

TEST(IngestBytes, MalformedFrontMatterWarnsAndStillLoads) {
    Diagnostics diags;
    const auto doc = ingest_bytes("---\ntitle: x\nThe leaders met in Beijing and agreed to expand "
                                  "trade in energy and grain over the next five years.\n",
                                  "broken.md", diags);
    ASSERT_TRUE(doc);
    ASSERT_FALSE(diags.empty());
    EXPECT_EQ(diags[0].path, "broken.md");
    EXPECT_NE(diags[0].message.find("front matter"), std::string::npos);
}

} // namespace
} // namespace kg::ingestion
