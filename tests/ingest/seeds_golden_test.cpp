// Golden tests on the five seed articles: where each body starts and ends, metadata, sentence
// counts and exact boundaries, and that no page chrome survives in any passage.
#include "ingest/ingest.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace kg {
namespace {

const std::filesystem::path kSeeds = std::filesystem::path(KGVIZ_SOURCE_DIR) / "seeds";

class SeedsGolden : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { result_ = new IngestResult(ingest({kSeeds})); }
    static void TearDownTestSuite() {
        delete result_;
        result_ = nullptr;
    }
    // The document read from the seed whose file name starts with `prefix`.
    static const Document& doc(const std::string& prefix) {
        for (const auto& d : result_->documents)
            if (std::filesystem::path(d.path).filename().string().starts_with(prefix)) return d;
        throw std::runtime_error("no seed " + prefix);
    }
    static IngestResult* result_;
};

IngestResult* SeedsGolden::result_ = nullptr;

// The sentence that starts with `start`, or nullptr.
const Sentence* sentence_starting(const Document& d, std::string_view start) {
    for (const auto& s : d.sentences)
        if (d.slice(s.span).starts_with(start)) return &s;
    return nullptr;
}

void expect_no_chrome(const Document& d, std::initializer_list<std::string_view> chrome) {
    for (std::string_view c : chrome) {
        EXPECT_EQ(d.text.find(c), std::string::npos) << d.path << ": chrome survived: " << c;
        if (d.title.find(c) != std::string::npos) ADD_FAILURE() << "chrome in title: " << c;
    }
}

TEST_F(SeedsGolden, FiveDocumentsInFileOrderWithoutErrors) {
    ASSERT_EQ(result_->documents.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(result_->documents[i].id, std::string("d").append(std::to_string(i)));
        test::expect_document_invariants(result_->documents[i]);
    }
    for (const auto& diag : result_->diagnostics)
        EXPECT_NE(diag.severity, Diagnostic::Severity::Error) << diag.path << ": " << diag.message;
}

TEST_F(SeedsGolden, MarkdownWrappingHtml) {
    const Document& d = doc("000_");
    EXPECT_EQ(d.title, "China-Russia Relations at the Dawn of the Biden Era");
    EXPECT_EQ(d.date, "2021-06-01");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Paul Haenle", "Andrew S. Weiss"}));
    EXPECT_EQ(d.url, "https://www.chinafile.com/library/china-world-podcast/"
                     "china-russia-relations-dawn-of-biden-era");
    EXPECT_EQ(d.tags, (std::vector<std::string>{"\u4E2D\u53C2\u9986"}));
    // The photo caption carries facts and stays, marked; the credit beside it goes.
    ASSERT_FALSE(d.paragraphs.empty());
    EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::Caption);
    EXPECT_TRUE(d.text.starts_with("Russian President Vladimir Putin attends a ceremony"));
    EXPECT_NE(d.text.find("Tianwan and Xudapu nuclear power plants"), std::string::npos);
    EXPECT_TRUE(d.text.ends_with("is also available to be watched online."));
    EXPECT_EQ(d.sentences.size(), 10u);
    const Sentence* s = sentence_starting(d, "While U.S.-China");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span),
              "While U.S.-China and U.S.-Russia relations have steadily deteriorated, "
              "China-Russia cooperation has continued to strengthen.");
    EXPECT_EQ(s->span, (Span{269, 393}));
    s = sentence_starting(d, "Will China");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span),
              "Will China continue to view Russia as a security and economic partner?");
    expect_no_chrome(d, {"Sergei Ilyin", "Getty", "soundcloud", "<", "&#38;", "](http", "------",
                         "1622541000000", "layout: post"});
}

TEST_F(SeedsGolden, PlainTextOpEdWithByline) {
    const Document& d = doc("001_");
    EXPECT_EQ(d.title, "China, Russia have to forge close bonds");
    EXPECT_EQ(d.date, "2021-03-23");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Dmitri Trenin"}));
    EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::Caption);
    EXPECT_EQ(d.slice(d.paragraphs[0].span),
              "State Councilor and Foreign Minister Wang Yi meets with Russian Foreign Minister "
              "Sergey Lavrov in Guilin, Guangxi Zhuang autonomous region, on March 22, 2021.");
    EXPECT_TRUE(d.text.ends_with("would then qualify as a success without a fight."));
    EXPECT_EQ(d.sentences.size(), 35u);
    const Sentence* s = sentence_starting(d, "But they are not");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span), "But they are not formal allies.");
    EXPECT_EQ(s->span, (Span{1668, 1699}));
    expect_no_chrome(d, {"Global Edition", "Home /", "Op-Ed Contributors", "Share", "WeChat",
                         "[Photo", "Xinhua]", "By Dmitri", "Updated:", "The author is",
                         "necessarily reflect", "contribute to China Daily", "Most Viewed",
                         "Copyright", "All rights reserved", "License for publishing",
                         "Registration Number", "1024*768"});
}

TEST_F(SeedsGolden, SectionedAnalysisWithRelatedList) {
    const Document& d = doc("002_");
    // The text names no title, date or author; the title and URL come from the sidecar.
    EXPECT_EQ(d.title, "In Global Hotspots, China and Russia are Stepping Up Coordination");
    EXPECT_EQ(d.date, "");
    EXPECT_TRUE(d.authors.empty());
    EXPECT_TRUE(
        d.text.starts_with("Chinese President Xi Jinping and Russian President Vladimir Putin "
                           "are in the middle of a rapid-fire series"));
    EXPECT_TRUE(d.text.ends_with("and prevailing in an era of great power competition."));
    // The caption printed twice is one caption paragraph, its credit removed.
    const std::string caption =
        "Russian President Vladimir Putin shakes hands with Chinese President "
        "Xi Jinping before a summit in Shanghai, May 21, 2014.";
    EXPECT_EQ(d.text.find(caption), d.text.rfind(caption));
    std::vector<std::string> headings;
    for (const auto& p : d.paragraphs) {
        if (p.kind == ParagraphKind::Heading) headings.emplace_back(d.slice(p.span));
        if (p.kind == ParagraphKind::Caption) {
            EXPECT_EQ(d.slice(p.span), caption);
        }
    }
    EXPECT_EQ(headings, (std::vector<std::string>{"North Korea", "Venezuela", "The Middle East",
                                                  "Afghanistan", "The Arctic", "Serbia", "Africa",
                                                  "South China Sea and Ukraine",
                                                  "Central Asia and regional organizations"}));
    // A sentence under "Venezuela" knows its section even though it does not name it.
    const Sentence* s = sentence_starting(d, "Beijing and Moscow opposed the resolution");
    ASSERT_NE(s, nullptr);
    const Paragraph& para = d.paragraphs[std::size_t(s->paragraph)];
    ASSERT_GE(para.heading, 0);
    EXPECT_EQ(d.slice(d.paragraphs[std::size_t(para.heading)].span), "Venezuela");
    // The Africa section's last sentence has no final stop and still ends at its paragraph.
    s = sentence_starting(d, "Separately, last December");
    ASSERT_NE(s, nullptr);
    EXPECT_TRUE(d.slice(s->span).ends_with("to broker peace talks"));
    s = sentence_starting(d, "In February, China and Russia vetoed");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span),
              "In February, China and Russia vetoed a draft U.N. Security Council "
              "resolution put forward by the United States that called for free and "
              "fair elections and unhindered access for humanitarian aid.");
    EXPECT_EQ(s->span, (Span{2604, 2798}));
    EXPECT_EQ(d.sentences.size(), 62u);
    expect_no_chrome(d, {"Related Publications", "Thailand", "Laos", "Cambodia", "Olympics",
                         "Myanmar", "Australia", "John Bradford", "Type:", "View All Publications",
                         "Mark Ralston", "New York Times", "\u00A0"});
}

TEST_F(SeedsGolden, VideoPageWithTranscriptAndPersonCard) {
    const Document& d = doc("003_");
    EXPECT_EQ(
        d.title,
        "Putin Arrives in Beijing as Russia Seeks to Deepen Its Strategic Partnership with China");
    EXPECT_EQ(d.date, "2024-05-16");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"Robert Daly"}));
    // The no-break space inside the name is a plain space now.
    EXPECT_TRUE(d.text.starts_with("Russian President Vladimir Putin is visiting China"));
    EXPECT_TRUE(d.text.ends_with("but on our opportunities for diplomacy."));
    EXPECT_EQ(d.sentences.size(), 18u);
    const Sentence* s = sentence_starting(d, "There are reasons");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span), "There are reasons for it.");
    EXPECT_EQ(s->span, (Span{2303, 2328}));
    expect_no_chrome(d, {"Skip to main content", "Smart Take", "2:18", "lightly edited",
                         "Robert Daly image", "Read More", "Read more", "Hosted By",
                         "Kissinger Institute works", "Sesame Street", "\u2022", "\u00A0"});
}

TEST_F(SeedsGolden, OpinionWithChineseBio) {
    const Document& d = doc("004_");
    EXPECT_EQ(
        d.title,
        "Enduring Synergy: Strategic Foundations of the 21st-Century China-Russia Partnership");
    EXPECT_EQ(d.date, "2025-05-16");
    EXPECT_EQ(d.source, "emlyon business school");
    EXPECT_EQ(d.authors, (std::vector<std::string>{"David Gosset"}));
    EXPECT_TRUE(d.text.starts_with("The visit of Chinese President Xi Jinping to Russia"));
    EXPECT_TRUE(d.text.ends_with("the long- term survival of humanity."));
    EXPECT_EQ(d.sentences.size(), 35u);
    const Sentence* s = sentence_starting(d, "Today, however");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(d.slice(s->span), "Today, however, the dynamics are different.");
    EXPECT_EQ(s->span, (Span{2955, 2998}));
    expect_no_chrome(
        d, {"Source:", "Date:", "\u9AD8\u5927\u4F1F", "\u6CD5\u56FD", "\u300A", "Gosset"});
}

TEST_F(SeedsGolden, NoSentenceIsChrome) {
    // Shapes of chrome no article sentence has: a sentence is long enough and not a label.
    for (const auto& d : result_->documents) {
        for (const auto& s : d.sentences) {
            const std::string_view t = d.slice(s.span);
            EXPECT_GE(std::count(t.begin(), t.end(), ' '), 3) << d.path << ": " << t;
            EXPECT_EQ(t.find(" | "), std::string_view::npos) << d.path << ": " << t;
            EXPECT_EQ(t.find(" / "), std::string_view::npos) << d.path << ": " << t;
        }
    }
}

} // namespace
} // namespace kg
