// Evidence annex on the hand-made fixture: one entry per link the figure draws (the SVG's
// data-link ids), every passage's text and citation present, HTML and Markdown escaped.
#include "export/evidence_annex.hpp"
#include "export/svg_writer.hpp"
#include "export/view_figure.hpp"
#include "export/xml_check.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace kg {
namespace {

// The fixture with a distinct sentence behind every passage (some with markup characters), and
// titles, outlets, dates and addresses to cite.
test::Fixture annex_fixture() {
    test::Fixture f = test::make_fixture();
    for (Document& d : f.corpus.documents.edit()) d.text.clear();
    for (std::size_t li = 0; li < f.corpus.links.size(); ++li)
        for (std::size_t k = 0; k < f.corpus.links[li].evidence.size(); ++k) {
            Evidence& ev = f.corpus.links[li].evidence[k];
            std::string& text = f.corpus.documents.edit(ev.doc).text;
            const std::string sentence =
                "Link " + std::to_string(li) + " passage " + std::to_string(k) +
                ": Moscow & Beijing <agree> on \"*gas*\" [deals].\nSaid so.";
            ev.span = {std::uint32_t(text.size()), std::uint32_t(text.size() + sentence.size())};
            text += sentence + " ";
        }
    f.corpus.documents.edit(0).title = "<script>alert(1)</script> & partners";
    f.corpus.documents.edit(0).source = "Carnegie";
    f.corpus.documents.edit(0).date = "2022-02-04";
    f.corpus.documents.edit(0).url = "https://example.org/a?x=1&y=2";
    f.corpus.documents.edit(1).authors = {"Dmitri Trenin", "Other"};
    f.corpus.documents.edit(1).path = "seeds/trenin.md";
    f.corpus.documents.edit(2).url = "javascript:alert(1)"; // not a web address: the path is cited
    f.corpus.documents.edit(2).path = "seeds/energy.html";
    return f;
}

Figure figure_of(const Corpus& corpus, std::span<const Vec2> positions) {
    FigureOptions o;
    o.viewport = {1600, 1000};
    o.title = "China & Russia";
    return compose_figure(corpus, positions, o);
}

// The passage as the annex prints it: on one line.
std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

// HTML text back to plain text: tags dropped, the five escapes undone.
std::string html_text(std::string_view html) {
    std::string out;
    bool tag = false;
    for (char c : html) {
        if (c == '<')
            tag = true;
        else if (c == '>' && tag)
            tag = false;
        else if (!tag)
            out += c;
    }
    for (auto [from, to] : {std::pair{"&lt;", "<"},
                            {"&gt;", ">"},
                            {"&quot;", "\""},
                            {"&#39;", "'"},
                            {"&apos;", "'"},
                            {"&amp;", "&"}})
        for (std::size_t at = 0; (at = out.find(from, at)) != std::string::npos;
             at += std::string_view(to).size())
            out.replace(at, std::string_view(from).size(), to);
    return out;
}

// Markdown backslash escapes undone.
std::string md_text(std::string_view md) {
    std::string out;
    for (std::size_t i = 0; i < md.size(); ++i) {
        if (md[i] == '\\' && i + 1 < md.size()) ++i;
        out += md[i];
    }
    return out;
}

std::set<std::string> attribute_values(const std::string& text, const std::string& attr) {
    std::set<std::string> out;
    const std::string key = attr + "=\"";
    for (std::size_t at = 0; (at = text.find(key, at)) != std::string::npos;) {
        at += key.size();
        out.insert(text.substr(at, text.find('"', at) - at));
    }
    return out;
}

TEST(EvidenceAnnex, HasOneEntryPerLinkTheFigureDraws) {
    const test::Fixture f = annex_fixture();
    const Figure fig = figure_of(f.corpus, f.positions);
    const std::string svg = figure_to_svg(f.corpus, fig, ThemeId::Print);
    const std::string html = evidence_annex(f.corpus, fig, AnnexFormat::Html, "China & Russia");
    const std::string md = evidence_annex(f.corpus, fig, AnnexFormat::Markdown, "China & Russia");
    EXPECT_EQ(test::xml_problem(html.substr(html.find("<html"))), "");
    EXPECT_EQ(test::count_of(html, "<section class=\"link\""),
              test::count_of(svg, "class=\"link\""));
    EXPECT_EQ(test::count_of(html, "<section class=\"link\""), f.corpus.links.size());
    EXPECT_EQ(attribute_values(html, "data-link"), attribute_values(svg, "data-link"));
    EXPECT_EQ(test::count_of(md, "\n## "), f.corpus.links.size());
    // Strongest first: China-Russia (3 passages) heads the list.
    EXPECT_LT(md.find("## 1. China \xE2\x80\x94 Russia"), md.find("## 2. "));
    // A knowledge-base link says so, and points from the leader.
    EXPECT_NE(md.find("Xi Jinping 习近平 \xE2\x86\x92 China"), std::string::npos) << md;
    EXPECT_NE(md.find("stated by the knowledge base, no passage"), std::string::npos);
}

TEST(EvidenceAnnex, PrintsEveryPassageWithItsCitation) {
    const test::Fixture f = annex_fixture();
    const Figure fig = figure_of(f.corpus, f.positions);
    const std::string html = html_text(evidence_annex(f.corpus, fig, AnnexFormat::Html, ""));
    const std::string md = md_text(evidence_annex(f.corpus, fig, AnnexFormat::Markdown, ""));
    std::size_t passages = 0;
    for (const Link& l : f.corpus.links)
        for (const Evidence& ev : l.evidence) {
            const std::string text =
                one_line(std::string(f.corpus.documents[ev.doc].slice(ev.span)));
            EXPECT_NE(html.find(text), std::string::npos) << text;
            EXPECT_NE(md.find(text), std::string::npos) << text;
            ++passages;
        }
    EXPECT_NE(html.find("The figure draws 8 links, resting on " + std::to_string(passages) +
                        " passages from 3 articles. As of 4 February 2022."),
              std::string::npos)
        << html;
    for (const std::string& doc : {html, md}) {
        EXPECT_NE(doc.find("<script>alert(1)</script> & partners"), std::string::npos);
        EXPECT_NE(doc.find(", Carnegie, 4 February 2022. "), std::string::npos);
        EXPECT_NE(doc.find("https://example.org/a?x=1&y=2"), std::string::npos);
        EXPECT_NE(doc.find("Dmitri Trenin et al."), std::string::npos);
        EXPECT_NE(doc.find("seeds/trenin.md"), std::string::npos);
        EXPECT_NE(doc.find("seeds/energy.html"), std::string::npos);
        EXPECT_EQ(doc.find("javascript:"), std::string::npos);
    }
}

TEST(EvidenceAnnex, EscapesArticleTextInHtmlAndMarkdown) {
    const test::Fixture f = annex_fixture();
    const Figure fig = figure_of(f.corpus, f.positions);
    const std::string html = evidence_annex(f.corpus, fig, AnnexFormat::Html, "<b>Brief</b> & co");
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_EQ(html.find("<agree>"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; partners"), std::string::npos);
    EXPECT_NE(html.find("<title>Evidence: &lt;b&gt;Brief&lt;/b&gt; &amp; co</title>"),
              std::string::npos);
    EXPECT_NE(html.find("href=\"https://example.org/a?x=1&amp;y=2\""), std::string::npos);
    const std::string md = evidence_annex(f.corpus, fig, AnnexFormat::Markdown, "");
    EXPECT_EQ(md.find("<script>"), std::string::npos); // no raw HTML reaches a Markdown renderer
    EXPECT_NE(md.find("\\<script\\>"), std::string::npos);
    EXPECT_NE(md.find("\\*gas\\*"), std::string::npos);
}

TEST(EvidenceAnnex, LeavesOutWhatTheFigureLeavesOut) {
    const test::Fixture f = annex_fixture();
    // Drop the tension link as a filter would: the annex follows the figure.
    std::vector<std::uint8_t> links(f.corpus.links.size(), 1);
    links[test::kChinaUsTension] = 0;
    const CorpusSubset s = subset_corpus(f.corpus, f.positions, {}, links);
    const Figure fig = figure_of(s.corpus, s.positions);
    const std::string html = evidence_annex(s.corpus, fig, AnnexFormat::Html, "");
    EXPECT_EQ(test::count_of(html, "<section class=\"link\""), f.corpus.links.size() - 1);
    EXPECT_EQ(html.find("china--united-states"), std::string::npos);
    EXPECT_EQ(html.find("Link 1 passage 0"), std::string::npos);
}

// A view that keeps only recent articles: the figure's sources and the annex's passages come
// from those articles only (the filter's allowed documents), not from every passage of a link.
TEST(EvidenceAnnex, ViewDatesKeepOnlyTheirArticlesPassages) {
    test::Fixture f = annex_fixture();
    f.corpus.documents.edit(1).date = "2019-05-01";
    f.corpus.documents.edit(2).date = "2023-07-01";
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "kgviz_annex_dates.json";
    { std::ofstream(file) << R"({"format": "kgviz-view/1", "filters": {"date_from": "2020"}})"; }
    Diagnostics diagnostics;
    const auto viewed = apply_view_file(file, f.corpus, f.positions, diagnostics);
    std::filesystem::remove(file);
    ASSERT_TRUE(viewed);
    const Figure fig = figure_of(viewed->subset.corpus, viewed->subset.positions);
    EXPECT_EQ(fig.sources, (std::vector<DocIndex>{2, 0})); // newest first; 2019 left out
    const std::string md =
        md_text(evidence_annex(viewed->subset.corpus, fig, AnnexFormat::Markdown, ""));
    std::size_t kept = 0;
    for (const Link& l : f.corpus.links)
        for (const Evidence& ev : l.evidence) {
            const std::string text =
                one_line(std::string(f.corpus.documents[ev.doc].slice(ev.span)));
            const bool in_view = ev.doc != 1;
            EXPECT_EQ(md.find(text) != std::string::npos, in_view) << text;
            kept += in_view;
        }
    EXPECT_NE(md.find("resting on " + std::to_string(kept) + " passages from 2 articles"),
              std::string::npos)
        << md;
}

TEST(EvidenceAnnex, FormatComesFromTheFileName) {
    EXPECT_EQ(annex_format_of("a/brief.md"), AnnexFormat::Markdown);
    EXPECT_EQ(annex_format_of("brief.html"), AnnexFormat::Html);
    EXPECT_EQ(annex_format_of("brief.htm"), AnnexFormat::Html);
    EXPECT_EQ(annex_format_of("brief.txt"), std::nullopt);
    EXPECT_EQ(annex_path_beside("out/brief.png"), std::filesystem::path("out/brief-annex.html"));
    const test::Fixture f = annex_fixture();
    EXPECT_NE(export_annex("brief.txt", f.corpus, figure_of(f.corpus, f.positions), ""), "");
}

} // namespace
} // namespace kg
