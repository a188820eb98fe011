// Whole pages written for these tests (tests/data/ingest): an HTML news page, a Markdown
// analysis with front matter and embedded HTML, and a plain-text wire story with CRLF lines.
#include "ingest/ingest.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace kg {
namespace {

const std::filesystem::path kData = std::filesystem::path(KGVIZ_TEST_DATA_DIR) / "ingest";

Document load(const std::string& name) {
    const auto r = ingest({kData / name});
    EXPECT_EQ(r.documents.size(), 1u);
    for (const auto& d : r.diagnostics) ADD_FAILURE() << d.path << ": " << d.message;
    if (r.documents.empty()) return {};
    test::expect_document_invariants(r.documents[0]);
    return r.documents[0];
}

std::vector<std::pair<ParagraphKind, std::string>> paragraphs(const Document& d) {
    std::vector<std::pair<ParagraphKind, std::string>> out;
    for (const auto& p : d.paragraphs) out.emplace_back(p.kind, std::string(d.slice(p.span)));
    return out;
}

void expect_absent(const Document& d, std::initializer_list<std::string_view> chrome) {
    for (auto c : chrome) EXPECT_EQ(d.text.find(c), std::string::npos) << "survived: " << c;
}

TEST(Pages, HtmlNewsPage) {
    const Document d = load("news_page.html");
    EXPECT_EQ(d.title, "Ministers Agree on Arctic Shipping Talks");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Maria Lopez", "Tom\u00E1s Berg"}));
    EXPECT_EQ(d.date, "2023-09-14");
    EXPECT_EQ(d.source, "The Example Herald");
    EXPECT_EQ(d.url, "https://herald.example.com/world/arctic-talks");
    using K = ParagraphKind;
    EXPECT_EQ(
        paragraphs(d),
        (std::vector<std::pair<K, std::string>>{
            {K::Caption, "Icebreakers wait at the port of Murmansk, Russia, Sept. 12, 2023."},
            {K::Body,
             "The foreign ministers of Norway and Canada agreed on Thursday to open formal talks "
             "on shipping rules for the Northern Sea Route, a passage that has grown busier as "
             "the ice retreats."},
            {K::Body,
             "\u201CWe cannot leave the Arctic without rules,\u201D the Norwegian minister told "
             "reporters in Troms\u00F8. Officials said the first round would take place in Ottawa "
             "in November & that observers from the Arctic Council would attend."},
            {K::Heading, "A crowded ocean"},
            {K::Body,
             "Traffic on the route rose by 40 percent last year, according to a report by an "
             "independent research group. Insurers have warned that rescue capacity has not kept "
             "pace."},
            {K::Body, "The talks are expected to last at least two years."}}));
    EXPECT_EQ(d.paragraphs[4].heading, 3);
    EXPECT_EQ(d.sentences.size(), 7u);
    expect_absent(d, {"cookies", "World", "Business", "Home", "Share", "Photo:", "Example Agency",
                      "Iceland", "Lisbon", "Most Popular", "rights reserved", "Terms", "dataLayer",
                      "color"});
}

TEST(Pages, MarkdownAnalysisWithEmbeddedHtml) {
    const Document d = load("analysis.md");
    EXPECT_EQ(d.title, "Grain, Gas and Guarantees: What the Summit Produced");
    EXPECT_EQ(d.date, "2022-11-03");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Lena Park", "Omar Haddad"}));
    EXPECT_EQ(d.source, "Example Policy Review");
    EXPECT_EQ(d.tags, (std::vector<std::string>{"energy", "trade"}));
    EXPECT_TRUE(d.text.starts_with("The summit in Astana ended on Wednesday"));
    EXPECT_TRUE(d.text.ends_with("\"We have a framework, not a treaty,\" one diplomat said."));
    std::vector<std::string> headings, captions;
    for (const auto& p : d.paragraphs) {
        if (p.kind == ParagraphKind::Heading) headings.emplace_back(d.slice(p.span));
        if (p.kind == ParagraphKind::Caption) captions.emplace_back(d.slice(p.span));
    }
    EXPECT_EQ(headings, (std::vector<std::string>{"Grain", "Gas"}));
    EXPECT_EQ(captions,
              (std::vector<std::string>{
                  "Delegations arrive for the closing session in Astana, Nov. 2, 2022."}));
    // Abbreviations, times and decimals do not split sentences.
    bool found = false;
    for (const auto& s : d.sentences)
        found |= d.slice(s.span) == "The deal was signed by Dr. Aliya Serik, the deputy minister, "
                                    "at 4 p.m. on the final day.";
    EXPECT_TRUE(found);
    expect_absent(d, {"Share", "Twitter", "**", "](", "<", "Wheat prices", "Caspian", "Related"});
}

TEST(Pages, PlainTextWireStory) {
    const Document d = load("wire_story.txt");
    EXPECT_EQ(d.title, "Talks Resume Between Seoul and Tokyo on Export Controls");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Ken Ito", "Sara Kim"}));
    EXPECT_EQ(d.date, "2023-03-03");
    using K = ParagraphKind;
    EXPECT_EQ(paragraphs(d),
              (std::vector<std::pair<K, std::string>>{
                  {K::Caption, "South Korean and Japanese trade officials shake hands before talks "
                               "in Seoul, March 2, 2023."},
                  {K::Body, "SEOUL \u2014 South Korea and Japan resumed talks on Thursday on "
                            "export controls that have "
                            "strained ties between the two U.S. allies since 2019, officials said, "
                            "in the first such "
                            "meeting in three years."},
                  {K::Body, "The talks cover chemicals used to make semiconductors. Mr. Ito "
                            "Hiroshi, a former trade "
                            "negotiator, said a deal was \u201Clikely within months.\u201D"},
                  {K::Heading, "Background"},
                  {K::Body, "Japan tightened the rules in July 2019 after a court ruling in Seoul "
                            "on wartime labour. "
                            "The dispute also touched intelligence sharing."}}));
    EXPECT_EQ(d.sentences.size(), 6u);
    expect_absent(d, {"Skip", "EXAMPLE DAILY", "Home /", "Share", "AP Photo", "\r", "The author is",
                      "Copyright", "Most Read", "Celebrity", "phones"});
}

} // namespace
} // namespace kg
