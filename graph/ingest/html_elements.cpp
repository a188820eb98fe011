// The element table: one iterative pre-order walk records the elements, one reverse pass adds
// every subtree's counts into its parent (children always follow their parent in pre-order).
#include "ingest/html_elements.hpp"

#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace kg::ingestion {
namespace {

// Readability's published word lists (substrings of class and id), which our own rules weigh.
constexpr std::array<std::string_view, 24> kNegative = {
    "-ad-",  "hidden",   "banner",  "combx",      "comment",  "com-",     "contact", "footer",
    "gdpr",  "masthead", "media",   "meta",       "outbrain", "promo",    "related", "scroll",
    "share", "shoutbox", "sidebar", "skyscraper", "sponsor",  "shopping", "tags",    "widget"};
constexpr std::array<std::string_view, 13> kPositive = {
    "article", "body",       "content", "entry", "hentry", "h-entry", "main",
    "page",    "pagination", "post",    "text",  "blog",   "story"};
constexpr std::array<std::string_view, 31> kUnlikely = {
    "-ad-",       "ai2html", "banner",    "breadcrumbs",  "combx",    "comment",  "community",
    "cover-wrap", "disqus",  "extra",     "footer",       "gdpr",     "header",   "legends",
    "menu",       "related", "remark",    "replies",      "rss",      "shoutbox", "sidebar",
    "skyscraper", "social",  "sponsor",   "supplemental", "ad-break", "agegate",  "pagination",
    "pager",      "popup",   "yom-remote"};
constexpr std::array<std::string_view, 8> kMaybe = {"and",     "article", "body",    "column",
                                                    "content", "main",    "mathjax", "shadow"};
constexpr std::array<std::string_view, 7> kUnlikelyRoles = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};
// Whole words (split on anything not a letter or digit) that are too short to search as substrings.
constexpr std::array<std::string_view, 4> kNegativeWords = {"ad", "ads", "nav", "hid"};

template <std::size_t N>
bool any_in(std::string_view s, const std::array<std::string_view, N>& list) {
    for (auto w : list)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

// True when one of `words` is a whole word of `s` (words split on anything not alphanumeric).
template <std::size_t N>
bool has_word(std::string_view s, const std::array<std::string_view, N>& words) {
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t j = i;
        while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
        if (j > i && std::find(words.begin(), words.end(), s.substr(i, j - i)) != words.end())
            return true;
        i = j;
    }
    return false;
}

int weight_of(std::string_view value) {
    if (value.empty()) return 0;
    int w = 0;
    if (any_in(value, kNegative) || has_word(value, kNegativeWords)) w -= 25;
    if (any_in(value, kPositive)) w += 25;
    return w;
}

bool hidden_by_style(std::string_view style) {
    if (style.empty()) return false;
    std::string s;
    for (char c : style)
        if (c != ' ' && c != '\t' && c != '\n')
            s += char(std::tolower(static_cast<unsigned char>(c)));
    return s.find("display:none") != std::string::npos ||
           s.find("visibility:hidden") != std::string::npos;
}

struct Frame {
    const GumboNode* node;
    std::size_t child = 0;
    std::int32_t element;     // this frame's index in the table
    std::int32_t block_owner; // nearest block element (itself if block)
};

// Counts a text node into its element and its block owner.
void count_text(std::string_view t, HtmlElement& e, HtmlElement& owner) {
    std::uint32_t chars = 0, commas = 0, periods = 0;
    bool space = true; // a leading run is not counted
    for (std::size_t i = 0; i < t.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!space) ++chars;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80) ++chars;
        if (c == ',') ++commas;
        // U+FF0C fullwidth comma, U+060C Arabic comma
        if ((c == 0xBC && i >= 1 && static_cast<unsigned char>(t[i - 1]) == 0xEF &&
             i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x8C) ||
            (c == 0x8C && i >= 1 && static_cast<unsigned char>(t[i - 1]) == 0xD8))
            ++commas;
        if ((c == '.' || c == '!' || c == '?') &&
            (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\n'))
            ++periods;
    }
    e.text += chars;
    e.commas += commas;
    e.periods += periods;
    owner.own_text += chars;
    owner.own_commas += commas;
}

} // namespace

bool is_block_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
        return true;
    default:
        return false;
    }
}

bool is_link(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_A) return false;
    const GumboAttribute* href = gumbo_get_attribute(&node->v.element.attributes, "href");
    if (!href) return false;
    std::string_view h = href->value;
    while (!h.empty() && (h.front() == ' ' || h.front() == '\t' || h.front() == '\n'))
        h.remove_prefix(1);
    return !(h.size() >= 11 && ascii_lower(h.substr(0, 11)) == "javascript:");
}

bool is_skipped(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEMPLATE) return true;
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    const GumboElement& el = node->v.element;
    if (el.tag_namespace == GUMBO_NAMESPACE_SVG) return true; // MathML stays: "When a≠0, ..."
    switch (el.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
        return true;
    case GUMBO_TAG_UNKNOWN: {
        const GumboStringPiece& t = el.original_tag;
        if (t.length >= 7 && ascii_lower(std::string_view(t.data + 1, 6)) == "dialog") return true;
        break;
    }
    default:
        break;
    }
    if (gumbo_get_attribute(&el.attributes, "hidden")) return true;
    if (attribute(node, "aria-hidden") == "true" &&
        attribute(node, "class").find("fallback-image") == std::string_view::npos)
        return true;
    return hidden_by_style(attribute(node, "style"));
}

std::vector<HtmlElement> build_elements(const GumboNode* root) {
    std::vector<HtmlElement> table;
    std::vector<Frame> stack;
    HtmlElement doc; // a stand-in for the document node, so text always has an owner
    doc.node = root;
    doc.tag = GUMBO_TAG_HTML;
    doc.block = true;
    table.push_back(doc);
    stack.push_back({root, 0, 0, 0});
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT
                                          ? f.node->v.document.children
                                          : f.node->v.element.children;
        if (f.child >= children.length) {
            table[std::size_t(f.element)].end = std::uint32_t(table.size());
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children.data[f.child++]);
        const std::int32_t parent = f.element;
        const std::int32_t owner = f.block_owner;
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
            count_text(child->v.text.text, table[std::size_t(parent)], table[std::size_t(owner)]);
            continue;
        }
        if (child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_COMMENT) continue;
        if (is_skipped(child)) {
            if (child->type == GUMBO_NODE_ELEMENT) {
                const GumboTag tag = child->v.element.tag;
                HtmlElement& p = table[std::size_t(parent)];
                if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA)
                    ++p.inputs;
                if (tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED)
                    ++p.embeds;
            }
            continue;
        }
        HtmlElement e;
        e.node = child;
        e.parent = parent;
        e.tag = child->v.element.tag;
        e.block = is_block_tag(e.tag);
        const HtmlElement& p = table[std::size_t(parent)];
        e.in_table = p.in_table || e.tag == GUMBO_TAG_TABLE || e.tag == GUMBO_TAG_CODE ||
                     e.tag == GUMBO_TAG_PRE;
        const std::string cls = ascii_lower(attribute(child, "class"));
        const std::string id = ascii_lower(attribute(child, "id"));
        e.class_weight = std::int16_t(weight_of(cls) + weight_of(id));
        if (!cls.empty() || !id.empty()) {
            const std::string both = cls + " " + id;
            // Inside tables and code, class names describe data, not page chrome.
            e.unlikely = !p.in_table && any_in(both, kUnlikely) && !any_in(both, kMaybe);
            static constexpr std::array<std::string_view, 2> kShare = {"share", "sharedaddy"};
            e.share = has_word(both, kShare);
        }
        const std::string role = ascii_lower(attribute(child, "role"));
        if (!role.empty() &&
            std::find(kUnlikelyRoles.begin(), kUnlikelyRoles.end(), role) != kUnlikelyRoles.end())
            e.unlikely = true;
        if (e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_A) e.unlikely = false;
        if (e.tag == GUMBO_TAG_P) e.paragraphs = 1;
        if (e.tag == GUMBO_TAG_IMG) e.images = 1;
        if (e.tag == GUMBO_TAG_LI) e.items = 1;
        const auto index = std::int32_t(table.size());
        table.push_back(e);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.children.length > 0)
            stack.push_back({child, 0, index, e.block ? index : owner});
        else
            table.back().end = std::uint32_t(table.size());
    }
    // Subtree sums, children before parents.
    for (std::size_t i = table.size(); i-- > 1;) {
        HtmlElement& e = table[i];
        if (e.tag == GUMBO_TAG_A && is_link(e.node)) e.link = e.text;
        if (e.tag >= GUMBO_TAG_H1 && e.tag <= GUMBO_TAG_H6) e.heading = e.text;
        if (e.tag == GUMBO_TAG_P) e.prose = e.text - std::min(e.text, e.link);
        HtmlElement& p = table[std::size_t(e.parent)];
        p.text += e.text;
        p.link += e.link;
        p.commas += e.commas;
        p.periods += e.periods;
        p.heading += e.heading;
        p.prose += e.prose;
        p.paragraphs += e.paragraphs;
        p.images += e.images;
        p.items += e.items;
        p.inputs += e.inputs;
        p.embeds += e.embeds;
        p.has_block = p.has_block || e.block || e.has_block;
    }
    return table;
}

} // namespace kg::ingestion
