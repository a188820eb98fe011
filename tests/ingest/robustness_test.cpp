// Nothing crashes and every invariant holds on hostile input: garbage bytes, broken markup,
// deep nesting, huge lines, formats in disguise.
#include "ingest/ingest.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kg {
namespace {

void check(std::string_view bytes, const std::string& path) {
    Diagnostics diags;
    const auto doc = ingest_bytes(bytes, path, diags);
    if (doc)
        test::expect_document_invariants(*doc);
    else
        EXPECT_FALSE(diags.empty()) << path << ": dropped without a reason";
    for (const auto& d : diags) EXPECT_EQ(d.path, path);
}

TEST(Robustness, RandomBytesInEveryFormat) {
    std::mt19937 rng(12345);
    const std::string alphabet = "<>/=\"'&#;!-[]()*_.?\n \t abcXYZ012\xC2\xA0\xE3\x80\x82\xFF";
    for (int round = 0; round < 300; ++round) {
        std::string s;
        const int n = int(rng() % 400);
        for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
        for (const char* ext : {".txt", ".md", ".html"}) check(s, "fuzz" + std::string(ext));
    }
}

TEST(Robustness, TemplatesWithGarbage) {
    const std::string body = "The delegations met in Geneva on Tuesday and agreed to meet again. ";
    const std::vector<std::string> cases = {
        "<html><body><p>" + body + "<div><span>" + body,               // unclosed everything
        "<p>" + body + "</div></div></p></span><p>" + body + "<!-- x", // stray end tags
        "<p title=\"unclosed>" + body,                                 // attribute never closed
        "---\ntitle: [unclosed\n---\n" + body,                         // odd front matter value
        "---\n---\n" + body,                                           // empty front matter
        "# \n\n" + body + "\n\n```\nnever closed",                     // unclosed fence
        std::string(100000, 'x') + ". " + body,                        // one huge word
        std::string(5000, '.') + " " + body,                           // punctuation run
        "<table><tr><td>" + body + "<td>" + body + "</table>",
        "\xEF\xBB\xBF\xEF\xBB\xBF" + body, // two BOMs
    };
    for (std::size_t i = 0; i < cases.size(); ++i)
        check(cases[i], std::string("case").append(std::to_string(i)) + ".html");
    for (std::size_t i = 0; i < cases.size(); ++i)
        check(cases[i], std::string("case").append(std::to_string(i)) + ".txt");
}

TEST(Robustness, DeeplyNestedHtmlLoads) {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "<p>The ministers met again on Friday in Vienna to finish the text.</p>";
    Diagnostics diags;
    const auto doc = ingest_bytes(html, "deep.html", diags);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, "The ministers met again on Friday in Vienna to finish the text.");
}

TEST(Robustness, HtmlWithTxtExtensionIsReadAsHtml) {
    Diagnostics diags;
    const auto doc =
        ingest_bytes("<!DOCTYPE html><html><body><nav>Menu items</nav><p>The ministers met "
                     "again on Friday in Vienna &amp; Graz.</p></body></html>",
                     "page.txt", diags);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, "The ministers met again on Friday in Vienna & Graz.");
}

} // namespace
} // namespace kg
