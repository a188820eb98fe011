// HTML to text on the Gumbo DOM: dropped elements, block breaks, entities, captions and
// credits, link density, metadata from <meta>, and malformed or deeply nested markup.
#include "ingest/html_dom.hpp"
#include "ingest/html_entities.hpp"
#include "ingest/html_to_text.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

std::vector<std::string> texts(const ParsedBlocks& p) {
    std::vector<std::string> out;
    for (const auto& b : p.blocks) out.push_back(b.text);
    return out;
}

TEST(HtmlEntities, NamedAndNumericReferencesDecode) {
    EXPECT_EQ(decode_entities("Weiss &#38; more"), "Weiss & more");
    EXPECT_EQ(decode_entities("&amp;&lt;&gt;&quot;&apos;"), "&<>\"'");
    EXPECT_EQ(decode_entities("Nicol&aacute;s &#x4E60; &mdash; &nbsp;x"),
              "Nicol\u00E1s \u4E60 \u2014 \u00A0x");
    EXPECT_EQ(decode_entities("&#147;quoted&#148;"), "\u201Cquoted\u201D"); // Windows-1252 range
}

TEST(HtmlEntities, NotReferencesStayLiteral) {
    EXPECT_EQ(decode_entities("AT&T and R&D & co"), "AT&T and R&D & co");
    EXPECT_EQ(decode_entities("&unknownname; &#; &#xZZ;"), "&unknownname; &#; &#xZZ;");
    EXPECT_EQ(decode_entities("&#0; &#99999999;"), "\uFFFD \uFFFD");
}

TEST(Html, TagsStrippedAndBlocksSplit) {
    const auto p = html_to_blocks("<div><p>First <b>bold</b> para.</p><p>Second<br>third</p>"
                                  "<ul><li>one</li><li>two</ul>tail</div>");
    EXPECT_EQ(texts(p), (std::vector<std::string>{"First bold para.", "Second", "third", "one",
                                                  "two", "tail"}));
    EXPECT_EQ(p.blocks[3].role, BlockRole::ListItem);
}

TEST(Html, ChromeElementsAreDropped) {
    const auto p =
        html_page_to_blocks("<html><head><title>T</title><style>p{}</style></head><body>"
                            "<header><a href=/>Home</a></header><nav>Menu</nav>"
                            "<script>var x = '<p>not text</p>';</script>"
                            "<p>Body text.</p><aside>Most read</aside><footer>Copyright</footer>"
                            "<noscript>Enable JS</noscript></body></html>");
    EXPECT_EQ(texts(p), (std::vector<std::string>{"Body text."}));
}

TEST(Html, ClassNamesMarkChromeCaptionsAndCredits) {
    const auto p =
        html_to_blocks("<figure><img src=a.jpg alt='x'><figcaption>Putin attends a ceremony. "
                       "<span class=\"photo-credit\">Sergei Ilyin/AFP</span></figcaption></figure>"
                       "<div class=\"photo-caption\"><p>Xi waves.</p></div>"
                       "<div class=\"photo-credit\">Getty Images</div><p>Body.</p>");
    ASSERT_EQ(p.blocks.size(), 3u);
    EXPECT_EQ(p.blocks[0].text, "Putin attends a ceremony.");
    EXPECT_EQ(p.blocks[0].role, BlockRole::Caption);
    EXPECT_EQ(p.blocks[1].text, "Xi waves.");
    EXPECT_EQ(p.blocks[1].role, BlockRole::Caption);
    EXPECT_EQ(p.blocks[2].text, "Body.");
}

TEST(Html, HeadingsCarryTheirLevel) {
    const auto p = html_to_blocks("<h1>Title</h1><p>x y</p><h3>Sub <em>part</em></h3>");
    ASSERT_EQ(p.blocks.size(), 3u);
    EXPECT_EQ(p.blocks[0].role, BlockRole::Heading);
    EXPECT_EQ(p.blocks[0].level, 1);
    EXPECT_EQ(p.blocks[2].text, "Sub part");
    EXPECT_EQ(p.blocks[2].level, 3);
}

TEST(Html, LinkTextIsMeasured) {
    const auto p = html_to_blocks("<p><a href=1>Read all</a> about <a href=2>it</a></p>");
    ASSERT_EQ(p.blocks.size(), 1u);
    EXPECT_EQ(p.blocks[0].link_chars, 10u);
}

TEST(Html, MetaTagsGiveMetadata) {
    const auto p = html_page_to_blocks(
        "<head><title>Fallback | Site</title><meta property=\"og:title\" content=\"Real &amp; "
        "Title\">"
        "<meta name=author content='Jane Roe'><meta property=article:published_time "
        "content=2023-04-05T10:00:00Z><link rel=canonical href=https://example.org/a>"
        "<meta property=og:site_name content=\"Example News\"></head><body><p>x</p></body>");
    EXPECT_EQ(p.meta.title, "Real & Title");
    EXPECT_EQ(p.meta.author, "Jane Roe");
    EXPECT_EQ(p.meta.date, "2023-04-05T10:00:00Z");
    EXPECT_EQ(p.meta.url, "https://example.org/a");
    EXPECT_EQ(p.meta.site, "Example News");
    EXPECT_EQ(p.meta.title_from, "opengraph");
    EXPECT_EQ(p.meta.url_from, "canonical");
}

TEST(Html, BrokenAttributeQuotesDoNotSwallowThePage) {
    // Seen in the wild: JSON inside a double-quoted attribute.
    const auto p = html_to_blocks(
        "<a data-x=\"{\"title\": \"\", \"alt\": \"\"}\" href=x><img></a><p>Kept.</p>");
    EXPECT_EQ(texts(p), (std::vector<std::string>{"Kept."}));
}

TEST(Html, UnclosedAndGarbageMarkupIsNotFatal) {
    // The HTML5 algorithm has an answer for every input: what a browser would show.
    auto p = html_to_blocks("<p>Start <!-- never closed");
    EXPECT_EQ(texts(p), (std::vector<std::string>{"Start"}));
    p = html_to_blocks("<p>a < b and c <d");
    EXPECT_EQ(p.blocks.at(0).text, "a < b and c");
    p = html_to_blocks("<script>while(1){}");
    EXPECT_TRUE(p.blocks.empty());
    p = html_to_blocks("</div></p></span>text<//><<>>");
    EXPECT_FALSE(p.blocks.empty());
}

TEST(Html, DeepNestingDoesNotRecurse) {
    std::string html;
    for (int i = 0; i < 200000; ++i) html += "<div><span>";
    html += "deep text";
    const auto p = html_to_blocks(html);
    ASSERT_EQ(p.blocks.size(), 1u);
    EXPECT_EQ(p.blocks[0].text, "deep text");
    EXPECT_FALSE(p.problems.empty()); // the flattening is reported
}

TEST(Html, DepthGuardDropsOnlyTooDeepStartTags) {
    auto p = prepare_html("<div><p>a</p><p>b<div>c</div></div>", 3);
    EXPECT_EQ(p.html, "<div><p>a</p><p>b<div>c</div></div>");
    EXPECT_FALSE(p.flattened);
    p = prepare_html("<b><i><u><s>x</s></u></i></b>", 2);
    EXPECT_EQ(p.html, "<b><i>x</s></u></i></b>");
    EXPECT_TRUE(p.flattened);
    // Raw text, comments and implied ends (<li> without </li>) do not count as depth; script
    // and style bodies and comments are removed, JSON-LD and titles kept.
    p = prepare_html(
        "<ul><li>1<li>2<li>3<li>4</ul><script>'<div><div>'</script><!--<div>-->"
        "<STYLE>p{}</style><title>a<b</title><script type='application/ld+json'>{}</script>",
        2);
    EXPECT_EQ(p.html,
              "<ul><li>1<li>2<li>3<li>4</ul><script></script><STYLE></style><title>a<b</title>"
              "<script type='application/ld+json'>{}</script>");
    EXPECT_FALSE(p.flattened);
}

TEST(Html, StripInlineHtmlKeepsTextOnly) {
    EXPECT_EQ(strip_inline_html("a <em>b</em> &amp; <span class=x>c</span>"), "a b & c");
}

} // namespace
} // namespace kg::ingestion
