// Element semantics over the HTML token stream: an explicit stack of open elements, so deeply
// nested or unclosed markup costs memory proportional to the cap, never stack frames.
#include "ingest/html_to_text.hpp"

#include "ingest/html_entities.hpp"
#include "ingest/html_tokenizer.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>

namespace kg::ingestion {
namespace {

constexpr std::size_t kMaxDepth = 1024;

// Elements that are page chrome or not prose at all: their whole subtree is dropped.
constexpr std::array<std::string_view, 20> kDropElements = {
    "aside",  "button", "canvas", "dialog", "embed",    "footer", "form",     "head",   "header", "iframe",
    "map",    "menu",   "nav",    "object", "noscript", "script", "select",   "style",  "svg",    "template"};

// Elements that start and end a paragraph.
constexpr std::array<std::string_view, 37> kBlockElements = {
    "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "td", "th", "tr", "ul"};

// Words in class/id/role values that mark chrome, captions and credits (split on ' ', '-', '_').
constexpr std::array<std::string_view, 31> kChromeWords = {
    "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comment",
    "comments", "complementary", "contentinfo", "cookie", "cookies", "masthead", "menu", "modal",
    "nav", "navbar", "navigation", "newsletter", "popup", "promo", "related", "share", "sharing",
    "sidebar", "social", "sponsored", "subscribe", "subscription", "toolbar"};
constexpr std::array<std::string_view, 4> kCaptionWords = {"caption", "figcaption", "wp-caption-text",
                                                           "cutline"};
constexpr std::array<std::string_view, 5> kCreditWords = {"credit", "credits", "copyright",
                                                          "photographer", "byline-photo"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view word) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

enum Flag : std::uint8_t { kDrop = 1, kLink = 2, kCaption = 4, kCredit = 8, kList = 16, kQuote = 32 };

struct OpenElement {
    std::string name;
    std::uint8_t flags = 0;
    std::uint8_t heading = 0;
    std::uint8_t outer_heading = 0; // the heading level in force before this element opened
};

// Flags that class, id, role and hiding attributes add to an element.
std::uint8_t attribute_flags(const HtmlToken& t) {
    std::uint8_t flags = 0;
    if (!t.attribute("hidden").empty() || t.attribute("aria-hidden") == "true") flags |= kDrop;
    for (const auto& a : t.attributes) {
        if (a.name == "hidden") flags |= kDrop;
        if (a.name != "class" && a.name != "id" && a.name != "role") continue;
        const std::string value = ascii_lower(a.value);
        std::size_t i = 0;
        while (i < value.size()) {
            std::size_t j = value.find_first_of(" -_\t\n", i);
            if (j == std::string::npos) j = value.size();
            const std::string_view word(value.data() + i, j - i);
            if (contains(kChromeWords, word)) flags |= kDrop;
            if (contains(kCaptionWords, word)) flags |= kCaption;
            if (contains(kCreditWords, word)) flags |= kCredit;
            i = j + 1;
        }
        if (value.find("wp-caption-text") != std::string::npos) flags |= kCaption;
    }
    return flags;
}

class BlockBuilder {
public:
    ParsedBlocks run(std::string_view html);

private:
    void start(const HtmlToken& t);
    void end(std::string_view name);
    void text(std::string_view raw);
    void pop_to(std::size_t depth);
    void flush();
    void meta(const HtmlToken& t);
    std::uint8_t context() const;

    ParsedBlocks out_;
    std::vector<OpenElement> stack_;
    std::array<int, 8> counts_{}; // open elements per flag bit
    int heading_ = 0;             // innermost open heading level
    bool overflowed_ = false;
    std::string cur_;
    std::uint32_t cur_link_ = 0;
    BlockRole cur_role_ = BlockRole::Text;
    std::uint8_t cur_level_ = 0;
    std::string h1_; // first <h1>, a title candidate even inside a dropped <header>
    bool in_h1_ = false;
};

std::uint8_t BlockBuilder::context() const {
    std::uint8_t flags = 0;
    for (int bit = 0; bit < 8; ++bit)
        if (counts_[bit] > 0) flags |= std::uint8_t(1u << bit);
    return flags;
}

void BlockBuilder::flush() {
    if (!is_blank(cur_)) {
        Block b;
        b.text = clean_inline(cur_);
        if (!b.text.empty()) {
            b.role = cur_role_;
            b.level = cur_level_;
            b.link_chars = std::min<std::uint32_t>(cur_link_, std::uint32_t(b.text.size()));
            out_.blocks.push_back(std::move(b));
        }
    }
    cur_.clear();
    cur_link_ = 0;
    cur_role_ = BlockRole::Text;
    cur_level_ = 0;
}

void BlockBuilder::pop_to(std::size_t depth) {
    while (stack_.size() > depth) {
        const OpenElement& e = stack_.back();
        for (int bit = 0; bit < 8; ++bit)
            if (e.flags & (1u << bit)) --counts_[bit];
        if (e.name == "h1") in_h1_ = false;
        if (contains(kBlockElements, e.name) || e.heading) flush();
        heading_ = e.outer_heading;
        stack_.pop_back();
    }
}

void BlockBuilder::start(const HtmlToken& t) {
    const std::string& name = t.name;
    if (name == "meta" || name == "link" || name == "time") meta(t);
    const bool heading = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
    const bool block = heading || contains(kBlockElements, name);
    // Browsers close an open <p> (and <li> at the same level) when a new block starts.
    if (block) {
        for (std::size_t k = stack_.size(); k-- > 0 && stack_.size() - k <= 8;) {
            const std::string& open = stack_[k].name;
            if (open == "p" || (name == "li" && open == "li") ||
                ((name == "dt" || name == "dd") && (open == "dt" || open == "dd"))) {
                pop_to(k);
                break;
            }
            if (open == "ul" || open == "ol" || open == "div" || open == "table") break;
        }
        flush();
    }
    const bool is_void = name == "br" || name == "img" || name == "hr" || name == "meta" ||
                         name == "link" || name == "input" || name == "source" || name == "wbr" ||
                         name == "area" || name == "base" || name == "col" || name == "embed" ||
                         name == "param" || name == "track";
    if (is_void || t.self_closing) return;
    if (stack_.size() >= kMaxDepth) {
        if (!overflowed_) out_.problems.push_back("elements nested deeper than " +
                                                  std::to_string(kMaxDepth) + " levels were flattened");
        overflowed_ = true;
        return;
    }
    OpenElement e{name, attribute_flags(t), 0, std::uint8_t(heading_)};
    if (contains(kDropElements, name)) e.flags |= kDrop;
    if (name == "a") e.flags |= kLink;
    if (name == "figcaption") e.flags |= kCaption;
    if (name == "li" || name == "dd" || name == "dt") e.flags |= kList;
    if (name == "blockquote") e.flags |= kQuote;
    if (heading) e.heading = std::uint8_t(name[1] - '0');
    for (int bit = 0; bit < 8; ++bit)
        if (e.flags & (1u << bit)) ++counts_[bit];
    if (e.heading) heading_ = e.heading;
    if (name == "h1" && h1_.empty()) in_h1_ = true;
    stack_.push_back(std::move(e));
}

void BlockBuilder::end(std::string_view name) {
    // Close the nearest open element of that name; an end tag nobody opened is ignored.
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == name) {
            pop_to(k);
            return;
        }
        if (stack_.size() - k > 64) break;
    }
    if (name == "br" || name == "p") flush();
}

void BlockBuilder::text(std::string_view raw) {
    if (in_h1_) append_decoded_entities(h1_, raw);
    const std::uint8_t flags = context();
    // Credits are dropped even inline ("... ceremony. <span class=credit>AFP</span>").
    if (flags & (kDrop | kCredit)) return;
    if (is_blank(cur_)) {
        if (is_blank(raw)) return;
        cur_role_ = (flags & kCaption) ? BlockRole::Caption
                    : heading_         ? BlockRole::Heading
                    : (flags & kList)  ? BlockRole::ListItem
                    : (flags & kQuote) ? BlockRole::Quote
                                       : BlockRole::Text;
        cur_level_ = std::uint8_t(heading_);
    }
    const std::size_t before = cur_.size();
    append_decoded_entities(cur_, raw);
    if (flags & kLink) cur_link_ += std::uint32_t(cur_.size() - before);
}

void BlockBuilder::meta(const HtmlToken& t) {
    auto& m = out_.meta;
    if (t.name == "time") {
        if (m.date.empty()) m.date = std::string(t.attribute("datetime"));
        return;
    }
    if (t.name == "link") {
        if (t.attribute("rel") == "canonical" && m.url.empty()) m.url = std::string(t.attribute("href"));
        return;
    }
    std::string key = ascii_lower(t.attribute("property"));
    if (key.empty()) key = ascii_lower(t.attribute("name"));
    const std::string value = clean_inline(t.attribute("content"));
    if (value.empty()) return;
    if ((key == "og:title" || key == "twitter:title") && m.title.empty()) m.title = value;
    if ((key == "author" || key == "article:author" || key == "dc.creator" || key == "byl") &&
        m.author.empty() && !value.starts_with("http"))
        m.author = value;
    if ((key == "article:published_time" || key == "date" || key == "pubdate" ||
         key == "publishdate" || key == "dc.date" || key == "og:published_time" ||
         key == "datepublished") && m.date.empty())
        m.date = value;
    if (key == "og:url" && m.url.empty()) m.url = value;
    if (key == "og:site_name" && m.site.empty()) m.site = value;
}

ParsedBlocks BlockBuilder::run(std::string_view html) {
    HtmlTokenizer tokenizer(html);
    HtmlToken t;
    std::string title;
    while (tokenizer.next(t)) {
        switch (t.kind) {
        case HtmlToken::Kind::Text: text(t.text); break;
        case HtmlToken::Kind::StartTag: start(t); break;
        case HtmlToken::Kind::EndTag: end(t.name); break;
        case HtmlToken::Kind::RawText:
            if (t.name == "title" && title.empty()) title = clean_inline(decode_entities(t.text));
            break;
        }
    }
    pop_to(0);
    flush();
    if (out_.meta.title.empty()) out_.meta.title = clean_inline(h1_);
    if (out_.meta.title.empty()) out_.meta.title = title;
    for (const auto& p : tokenizer.problems()) out_.problems.push_back(p);
    return std::move(out_);
}

} // namespace

ParsedBlocks html_to_blocks(std::string_view html) { return BlockBuilder().run(html); }

std::string strip_inline_html(std::string_view text) {
    std::string out;
    HtmlTokenizer tokenizer(text);
    HtmlToken t;
    while (tokenizer.next(t))
        if (t.kind == HtmlToken::Kind::Text) append_decoded_entities(out, t.text);
    return out;
}

} // namespace kg::ingestion
