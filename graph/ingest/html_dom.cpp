// Gumbo behind an arena and a nesting guard; see html_dom.hpp for why both are needed.
#include "ingest/html_dom.hpp"

#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace kg::ingestion {

// Gumbo frees as it goes (vectors grow by copy); freeing nothing until the end costs at most
// about twice the tree's size and makes teardown one loop.
struct HtmlDom::Arena {
    static constexpr std::size_t kChunk =
        64 * 1024; // under glibc's mmap threshold: reused, not faulted in
    std::vector<std::unique_ptr<char[]>> chunks;
    std::vector<std::unique_ptr<char[]>> large; // allocations over a quarter chunk
    std::size_t used = kChunk;

    void* allocate(std::size_t size) {
        size = (size + 15) & ~std::size_t(15);
        if (size > kChunk / 4)
            return large.emplace_back(std::make_unique_for_overwrite<char[]>(size)).get();
        if (used + size > kChunk) {
            chunks.push_back(std::make_unique_for_overwrite<char[]>(kChunk));
            used = 0;
        }
        void* p = chunks.back().get() + used;
        used += size;
        return p;
    }
    static void* gumbo_allocate(void* self, std::size_t size) {
        return static_cast<Arena*>(self)->allocate(size);
    }
    static void gumbo_free(void*, void*) {}
};

namespace {

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_alnum(char c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '-';
}
char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view name) {
    return std::find(set.begin(), set.end(), name) != set.end();
}

constexpr std::array<std::string_view, 16> kVoid = {
    "area",   "base", "br",   "col",   "embed",  "hr",    "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr", "image"};
constexpr std::array<std::string_view, 8> kRawText = {"script", "style",  "textarea", "title",
                                                      "xmp",    "iframe", "noembed",  "noframes"};
// Elements never read as text (html_elements.cpp skips them) whose content is markup: cut too.
constexpr std::array<std::string_view, 3> kCutContent = {"svg", "noscript", "template"};
constexpr std::array<std::string_view, 8> kImpliedEnd = {"p",      "li", "dt", "dd",
                                                         "option", "tr", "td", "th"};

// Position of "</name" (any case) at or after `from`, or npos.
std::size_t find_end_tag(std::string_view html, std::string_view name, std::size_t from) {
    for (std::size_t i = html.find("</", from); i != std::string_view::npos;
         i = html.find("</", i + 2)) {
        if (i + 2 + name.size() > html.size()) return std::string_view::npos;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k)
            same = lower(html[i + 2 + k]) == name[k];
        if (same) return i;
    }
    return std::string_view::npos;
}

} // namespace

PreparedHtml prepare_html(std::string_view html, std::size_t max_depth) {
    PreparedHtml out;
    out.html.reserve(html.size());
    std::vector<std::string> stack;
    std::size_t copied = 0;
    std::string name;
    const std::size_t n = html.size();
    // Drops html[from, to) from the output.
    auto cut = [&](std::size_t from, std::size_t to) {
        out.html.append(html.substr(copied, from - copied));
        copied = to;
    };
    std::size_t i = 0;
    while (i < n) {
        const std::size_t lt = html.find('<', i);
        if (lt == std::string_view::npos || lt + 1 >= n) break;
        i = lt + 1;
        if (html.compare(lt, 4, "<!--") == 0) {
            const std::size_t end = html.find("-->", lt + 4);
            i = end == std::string_view::npos ? n : end + 3;
            cut(lt, i);
            continue;
        }
        if (html[i] == '!' || html[i] == '?') {
            const std::size_t gt = html.find('>', i);
            i = gt == std::string_view::npos ? n : gt + 1;
            continue;
        }
        const bool closing = html[i] == '/';
        const std::size_t ns = i + (closing ? 1 : 0);
        if (ns >= n || !is_alpha(html[ns])) continue;
        std::size_t ne = ns;
        name.clear();
        while (ne < n && is_alnum(html[ne])) name += lower(html[ne++]);
        // The tag's '>', skipping quoted attribute values.
        std::size_t j = ne;
        char quote = 0;
        for (; j < n; ++j) {
            const char c = html[j];
            if (quote) {
                if (c == quote) quote = 0;
            } else if ((c == '"' || c == '\'') && (html[j - 1] == '=' || is_space(html[j - 1]))) {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (j >= n) break;
        i = j + 1;
        if (closing) {
            for (std::size_t k = stack.size(); k-- > 0 && stack.size() - k <= 64;) {
                if (stack[k] == name) {
                    stack.resize(k);
                    break;
                }
            }
            continue;
        }
        if (html[j - 1] == '/' || one_of(kVoid, name)) continue;
        if (one_of(kRawText, name) || one_of(kCutContent, name)) {
            std::size_t end = find_end_tag(html, name, i);
            if (end == std::string_view::npos) end = n;
            const bool json_ld =
                name == "script" &&
                ascii_lower(html.substr(ne, j - ne)).find("ld+json") != std::string::npos;
            if ((name == "script" && !json_ld) || name == "style" || one_of(kCutContent, name))
                cut(i, end);
            i = end;
            continue;
        }
        if (one_of(kImpliedEnd, name)) {
            for (std::size_t k = stack.size(); k-- > 0 && stack.size() - k <= 4;) {
                if (stack[k] == name ||
                    (name[0] == 't' && (stack[k] == "td" || stack[k] == "th"))) {
                    stack.resize(k);
                    break;
                }
            }
        }
        if (stack.size() >= max_depth) {
            cut(lt, i);
            out.flattened = true;
            continue;
        }
        stack.push_back(name);
    }
    out.html.append(html.substr(std::min(copied, n)));
    return out;
}

HtmlDom::HtmlDom(std::string_view html, bool fragment) : arena_(std::make_unique<Arena>()) {
    PreparedHtml prepared = prepare_html(html, kMaxHtmlDepth);
    prepared_ = std::move(prepared.html);
    html = prepared_;
    if (prepared.flattened) {
        problems_.push_back("elements nested deeper than " + std::to_string(kMaxHtmlDepth) +
                            " levels were flattened");
    }
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::gumbo_allocate;
    options.deallocator = &Arena::gumbo_free;
    options.userdata = arena_.get();
    options.max_errors = 0; // parse errors are on nearly every real page; recording them is waste
    if (fragment) {
        options.fragment_context = GUMBO_TAG_DIV;
        options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    }
    output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

HtmlDom::~HtmlDom() = default; // the arena holds every node

const GumboNode* HtmlDom::root() const {
    return output_->document;
}

std::string text_content(const GumboNode* node) {
    std::string out;
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
        const GumboVector& c =
            n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (std::size_t i = c.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
    return out;
}

std::string_view attribute(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

} // namespace kg::ingestion
