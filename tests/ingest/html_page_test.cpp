// Saved pages through kg::ingest_bytes: the article is found by scoring whatever the wrappers
// are named, hidden markup never counts, tables keep rows, and the metadata cascade.
#include "ingest/html_meta.hpp"
#include "ingest/ingest.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace kg {
namespace {

// Three paragraphs of prose, enough for any pass to trust the article.
const std::string kProse =
    "<p>The foreign ministers of Norway and Canada agreed on Thursday to open formal talks on "
    "shipping rules for the Northern Sea Route, a passage that has grown busier as the ice "
    "retreats.</p>"
    "<p>Officials said the first round would take place in Ottawa in November, and that observers "
    "from the Arctic Council, including Finland and Iceland, would attend as guests.</p>"
    "<p>Traffic on the route rose by 40 percent last year, according to a report by an independent "
    "research group, while insurers warned that rescue capacity has not kept pace.</p>";

const std::string kNav = "<ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li>"
                         "<li><a href=/c>Opinion</a></li><li><a href=/d>Sports</a></li></ul>";

std::optional<Document> page(const std::string& html, Diagnostics* out = nullptr) {
    Diagnostics d;
    auto doc = ingest_bytes(html, "page.html", d);
    if (doc) test::expect_document_invariants(*doc);
    if (out) *out = d;
    return doc;
}

bool has(const Document& d, std::string_view s) {
    return d.text.find(s) != std::string::npos;
}

// The article's words are all there and none of the chrome's.
void expect_article(const std::optional<Document>& d, std::initializer_list<std::string_view> kept,
                    std::initializer_list<std::string_view> dropped) {
    ASSERT_TRUE(d);
    for (auto k : kept) EXPECT_TRUE(has(*d, k)) << "lost: " << k;
    for (auto c : dropped) EXPECT_FALSE(has(*d, c)) << "kept: " << c;
}

TEST(HtmlPage, ChromeWordOnBodyAndArticleWrapperKeepsTheArticle) {
    const auto d = page(
        "<html><body class='one-sidebar sidebar-second'><nav>" + kNav +
        "</nav><div class='l-sidebar-fixed l-article-body-segment'>" + kProse +
        "</div><div class='sidebar'><p><a href=/x>Most read story</a></p></div></body></html>");
    expect_article(d, {"Northern Sea Route", "rescue capacity"}, {"Most read", "Business"});
}

TEST(HtmlPage, PageWideFormKeepsTheArticle) {
    const auto d = page("<html><body><form id=aspnetForm action=/x><div class='header'>" + kNav +
                        "</div><div id=story>" + kProse +
                        "</div><input type=submit value=Go></form></body></html>");
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "Northern Sea Route"));
    EXPECT_FALSE(has(*d, "Go"));
}

TEST(HtmlPage, HiddenAndNonContentMarkupIsNotText) {
    const auto d = page(
        "<html><body><article>" + kProse +
        "<div style='display: none'><p>Hidden teaser paragraph, long enough to count as "
        "prose.</p></div>"
        "<p hidden>Hidden attribute text.</p><p aria-hidden=true>Aria hidden text.</p>"
        "<span style='VISIBILITY:hidden'>Invisible span.</span>"
        "<template><p>Template text.</p></template><noscript>Enable JavaScript.</noscript>"
        "<svg><text>Chart label</text></svg><select><option>Option text</option></select>"
        "<p>&lt;div class=&quot;ad&quot;&gt;&lt;script src=x&gt;&lt;/script&gt;&lt;/div&gt;</p>"
        "</article></body></html>");
    expect_article(d, {"Northern Sea Route"},
                   {"Hidden teaser", "Hidden attribute", "Aria hidden", "Invisible", "Template",
                    "Enable JavaScript", "Chart label", "Option text", "<div", "script"});
}

TEST(HtmlPage, TrailingRelatedListsAndCommentsGo) {
    const auto d =
        page("<html><body><div class=content><div class=article-body>" + kProse +
             "</div><div class=related-stories><h3>Related</h3>" + kNav +
             "</div><div id=comments><p>Great article, thanks.</p></div></div></body></html>");
    expect_article(d, {"rescue capacity"}, {"Opinion", "Great article"});
}

TEST(HtmlPage, TableRowsAreLinesAndEqualCellsStay) {
    const auto d =
        page("<html><body><article>" + kProse +
             "<table><tr><th>Year</th><th>Ships</th><th>Tonnes</th></tr>"
             "<tr><td>2021</td><td>85</td><td>85</td></tr>"
             "<tr><td>2022</td><td>85</td><td>85</td></tr></table></article></body></html>");
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "Year | Ships | Tonnes\n\n2021 | 85 | 85\n\n2022 | 85 | 85")) << d->text;
}

TEST(HtmlPage, CaptionsStayAndPhotoCreditsGo) {
    const auto d =
        page("<html><body><article><figure><img src=a.jpg><figcaption>Icebreakers wait at the "
             "port of Murmansk. <span class=credit>Photo: Jane Roe/Example Agency</span>"
             "</figcaption></figure>" +
             kProse + "</article></body></html>");
    ASSERT_TRUE(d);
    ASSERT_FALSE(d->paragraphs.empty());
    EXPECT_EQ(d->paragraphs[0].kind, ParagraphKind::Caption);
    EXPECT_EQ(d->slice(d->paragraphs[0].span), "Icebreakers wait at the port of Murmansk.");
    EXPECT_FALSE(has(*d, "Example Agency"));
}

TEST(HtmlPage, ProseWithoutParagraphElementsIsKept) {
    const auto d = page(
        "<html><body><div class=menu>" + kNav +
        "</div><div>The ministers met on Friday in "
        "Vienna to finish the text of the agreement.<br>They said the talks, which lasted "
        "three days, went well.<br>A signing is planned for June in Oslo.</div></body></html>");
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "Vienna"));
    EXPECT_TRUE(has(*d, "signing is planned"));
}

TEST(HtmlPage, JsonLdGivesDateAndAuthorBeforeMeta) {
    const auto d = page(
        "<html><head><title>Talks open - Example Herald</title>"
        "<meta property='article:published_time' content='2020-01-01'>"
        "<script "
        "type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
        "\"WebSite\",\"name\":\"Example "
        "Herald\"},{\"@type\":\"NewsArticle\",\"headline\":\"Ministers agree "
        "on Arctic "
        "talks\",\"datePublished\":\"2023-09-14T08:00:00Z\",\"author\":[{\"@type\":\"Person\","
        "\"name\":\"Maria Lopez\"}],\"publisher\":{\"name\":\"Example "
        "Herald\"}}]}</script></head><body>"
        "<article>" +
        kProse + "</article></body></html>");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->title, "Ministers agree on Arctic talks");
    EXPECT_EQ(d->date, "2023-09-14");
    EXPECT_EQ(d->authors, (std::vector<std::string>{"Maria Lopez"}));
    EXPECT_EQ(d->source, "Example Herald");
    EXPECT_EQ(d->meta_from.title, "json-ld");
    EXPECT_EQ(d->meta_from.date, "json-ld");
    EXPECT_EQ(d->meta_from.authors, "json-ld");
}

TEST(HtmlPage, TitleSiteSuffixIsStripped) {
    using ingestion::strip_site_name;
    using ingestion::title_from_title_element;
    EXPECT_EQ(strip_site_name("Ministers agree on talks - News Nation", "News Nation"),
              "Ministers agree on talks");
    EXPECT_EQ(strip_site_name("News Nation | Ministers agree on talks", "News Nation"),
              "Ministers agree on talks");
    EXPECT_EQ(strip_site_name("Ministers agree on talks :: News Nation", "News Nation"),
              "Ministers agree on talks");
    EXPECT_EQ(strip_site_name("Ministers agree", "Other"), "Ministers agree");
    EXPECT_EQ(title_from_title_element("Ministers agree on Arctic talks | World - Herald", {}, {}),
              "Ministers agree on Arctic talks | World");
    EXPECT_EQ(title_from_title_element("Herald \u2014 Ministers agree on Arctic talks", {}, {}),
              "Ministers agree on Arctic talks");
    EXPECT_EQ(title_from_title_element("Short | Site", {}, {}), "Short | Site"); // too short to cut
    EXPECT_EQ(title_from_title_element("Herald", {"Ministers agree on Arctic talks"}, {}),
              "Ministers agree on Arctic talks");
    const auto d = page("<html><head><title>Ministers agree on Arctic talks - News Nation</title>"
                        "<meta property=og:site_name content='News Nation'></head><body><article>" +
                        kProse + "</article></body></html>");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->title, "Ministers agree on Arctic talks");
    EXPECT_EQ(d->source, "News Nation");
    EXPECT_EQ(d->meta_from.title, "title");
}

TEST(HtmlPage, CanonicalLinkGivesTheUrl) {
    const auto d = page(
        "<html><head><link rel=canonical href='https://herald.example.com/a'>"
        "<meta property=og:url content='https://m.herald.example.com/a'></head><body><article>" +
        kProse + "</article></body></html>");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->url, "https://herald.example.com/a");
    EXPECT_EQ(d->meta_from.url, "canonical");
}

TEST(HtmlPage, ChromeOnlyPageSaysSo) {
    Diagnostics diags;
    const auto d = page("<html><body>" + kNav + "</body></html>", &diags);
    EXPECT_FALSE(d);
    ASSERT_FALSE(diags.empty());
}

TEST(HtmlPage, ScriptAnchorsAreNotLinks) {
    const auto d =
        page("<html><body><a href='javascript:void(0)'><p>The ministers met on Friday.</p>"
             "<p>They agreed on a text.</p></a></body></html>");
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "agreed on a text"));
}

TEST(HtmlPage, PageOfHeadingsOnlyKeepsThemAsText) {
    const auto d =
        page("<html><head><title>Lazy images</title></head><body><article><h2>Test Case 1</h2>"
             "<img src=a.jpg><h2>Test Case 2</h2><img src=b.jpg></article></body></html>");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->text, "Test Case 1\n\nTest Case 2");
}

TEST(HtmlPage, TruncatedHtmlKeepsWhatArrived) {
    const std::string full = "<html><body><article>" + kProse + "</article></body></html>";
    const auto d = page(full.substr(0, full.size() - 120));
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "Northern Sea Route"));
}

TEST(HtmlPage, DeepNestingIsFlattenedInBoundedTime) {
    std::string html = "<html><body>";
    for (int i = 0; i < 200000; ++i) html += (i % 2) ? "<span>" : "<div>";
    html += kProse;
    const auto start = std::chrono::steady_clock::now();
    Diagnostics diags;
    const auto d = page(html, &diags);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    ASSERT_TRUE(d);
    EXPECT_TRUE(has(*d, "rescue capacity"));
    bool reported = false;
    for (const auto& x : diags)
        reported = reported || x.message.find("flattened") != std::string::npos;
    EXPECT_TRUE(reported);
}

TEST(HtmlPage, BinaryInsideHtmlIsAClearMessage) {
    std::string html = "<html><body><article>" + kProse;
    html += std::string("\x00\x01\x02\xff\xfe", 5);
    html += "</article></body></html>";
    Diagnostics diags;
    const auto d = page(html, &diags);
    EXPECT_FALSE(d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].path, "page.html");
    EXPECT_NE(diags[0].message.find("binary"), std::string::npos);
}

} // namespace
} // namespace kg
