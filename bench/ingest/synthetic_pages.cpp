// Page generation from phrase banks; the same seed always gives the same pages.
#include "synthetic_pages.hpp"

#include <array>
#include <random>
#include <string_view>

namespace kg::bench {
namespace {

constexpr std::array<std::string_view, 12> kActors = {"Chinese President Xi Jinping",
                                                      "Russian President Vladimir Putin",
                                                      "U.S. Secretary of State Antony Blinken",
                                                      "Foreign Minister Wang Yi",
                                                      "Sergey Lavrov",
                                                      "the European Union",
                                                      "NATO",
                                                      "the Shanghai Cooperation Organization",
                                                      "officials in Beijing",
                                                      "diplomats in Moscow",
                                                      "Dr. Elena Petrova, a Ph.D. economist,",
                                                      "the U.N. Security Council"};
constexpr std::array<std::string_view, 10> kActions = {"agreed to expand cooperation on",
                                                       "warned against new restrictions on",
                                                       "signed a joint statement on",
                                                       "held talks in Geneva about",
                                                       "pressed for sanctions relief linked to",
                                                       "announced a 3.5 percent increase in",
                                                       "criticized Washington's approach to",
                                                       "proposed a new framework for",
                                                       "met on Jan. 5 to discuss",
                                                       "sought to coordinate their positions on"};
constexpr std::array<std::string_view, 10> kTopics = {
    "energy exports and the Power of Siberia pipeline",
    "arms control and nuclear weapons",
    "the Northern Sea Route and Arctic shipping",
    "trade settlements in renminbi",
    "the war in Ukraine",
    "security in Central Asia",
    "semiconductor export controls",
    "peacekeeping in the Central African Republic",
    "the Belt and Road Initiative",
    "cyber and space security"};
constexpr std::array<std::string_view, 8> kTails = {
    ", according to officials familiar with the talks.",
    ".",
    ", a move analysts called significant.",
    " after months of negotiations.",
    ", though details remained unclear.",
    " \u2014 a step that surprised observers.",
    ", the \u201Cfirst of its kind\u201D in a decade.",
    "?"};
constexpr std::array<std::string_view, 8> kChrome = {
    "Skip to main content",
    "Home / World / Asia",
    "Share - WeChat - Facebook",
    "Most Viewed in 24 Hours",
    "Copyright 2024 Example Media. All rights reserved.",
    "Read more",
    "Sign up for our newsletter",
    "World | Business | Opinion | Video"};

class Writer {
  public:
    explicit Writer(std::uint32_t seed) : rng_(seed) {}

    template <std::size_t N> std::string_view pick(const std::array<std::string_view, N>& bank) {
        return bank[rng_() % N];
    }
    int between(int lo, int hi) { return lo + int(rng_() % std::uint32_t(hi - lo + 1)); }

    std::string sentence() {
        std::string s(pick(kActors));
        s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
        s += ' ';
        s += pick(kActions);
        s += ' ';
        s += pick(kTopics);
        s += pick(kTails);
        return s;
    }
    std::string paragraph() {
        std::string p;
        for (int i = between(3, 7); i > 0; --i) {
            if (!p.empty()) p += ' ';
            p += sentence();
        }
        return p;
    }

  private:
    std::mt19937 rng_;
};

std::string plain_page(Writer& w, int paragraphs) {
    std::string s = std::string(w.pick(kChrome)) + "\n" + std::string(w.pick(kChrome)) + "\n\n";
    s += "Leaders Meet as Talks on Energy Resume\n\nBy Jane Roe | Updated: 2024-05-16 10:38\n";
    s += "Share - WeChat\nMinisters shake hands before talks in Beijing, May 16, 2024. "
         "[Photo/Xinhua]\n\n";
    for (int i = 0; i < paragraphs; ++i) {
        s += w.paragraph() + "\n\n";
        if (i == paragraphs / 2) s += "The Arctic\n\n";
    }
    s += "The author is a senior fellow at an example institute.\n\nMost Viewed\n";
    for (int i = 0; i < 4; ++i) s += w.sentence() + "\n";
    s += std::string(w.pick(kChrome)) + "\nCopyright 1995 - 2024. All rights reserved.\n";
    return s;
}

std::string html_page(Writer& w, int paragraphs) {
    std::string s =
        "<!DOCTYPE html><html><head><title>Leaders Meet | Example</title>"
        "<meta name=\"author\" content=\"Jane Roe\"><script>var x = 1;</script></head><body>"
        "<header><nav><ul><li><a href=/>Home</a></li><li><a "
        "href=/w>World</a></li></ul></nav></header>"
        "<article><h1>Leaders Meet as Talks on Energy Resume</h1><time datetime=2024-05-16>May 16, "
        "2024</time>"
        "<figure><img src=a.jpg><figcaption>Ministers shake hands in Beijing. "
        "<span class=credit>Example/AFP</span></figcaption></figure>\n";
    for (int i = 0; i < paragraphs; ++i) {
        s += "<p>" + w.paragraph() + " <a href=\"/x\">More</a> &amp; more.</p>\n";
        if (i == paragraphs / 2) s += "<h2>The Arctic</h2>\n";
    }
    s += "</article><aside class=related><h3>Related</h3><ul>";
    for (int i = 0; i < 4; ++i) s += "<li><a href=/r>" + w.sentence() + "</a></li>";
    s += "</ul></aside><footer>&copy; 2024 Example. All rights reserved.</footer></body></html>\n";
    return s;
}

std::string markdown_page(Writer& w, int paragraphs) {
    std::string s =
        "---\ntitle: \"Leaders Meet as Talks on Energy Resume\"\ndate: 2024-05-16T09:50:00Z\n"
        "author: Jane Roe &#38; John Doe\nfrom: https://example.org/a\ntags: [ energy ]\n---\n"
        "[Leaders Meet as Talks on Energy Resume](https://example.org/a)\n------\n\n";
    for (int i = 0; i < paragraphs; ++i) {
        s += w.paragraph() + " See [the report](https://example.org/r) for **details**.\n\n";
        if (i == paragraphs / 2)
            s +=
                "## The Arctic\n\n<div class=\"photo-caption\"><p>Ice near Murmansk.</p></div>\n\n";
    }
    s += "Related Articles\n\n";
    for (int i = 0; i < 4; ++i) s += "- [" + w.sentence() + "](https://example.org/x)\n";
    return s;
}

} // namespace

SyntheticPage make_page(PageFormat format, std::uint32_t seed, int paragraphs) {
    Writer w(seed);
    paragraphs = std::max(1, w.between(paragraphs / 2, paragraphs + paragraphs / 2));
    const std::string stem = "page_" + std::to_string(seed);
    switch (format) {
    case PageFormat::Html:
        return {stem + ".html", html_page(w, paragraphs)};
    case PageFormat::Markdown:
        return {stem + ".md", markdown_page(w, paragraphs)};
    default:
        return {stem + ".txt", plain_page(w, paragraphs)};
    }
}

std::vector<SyntheticPage> make_pages(std::size_t count, std::uint32_t seed, int paragraphs) {
    std::vector<SyntheticPage> pages;
    pages.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        pages.push_back(make_page(PageFormat(i % 3), seed + std::uint32_t(i), paragraphs));
    return pages;
}

} // namespace kg::bench
