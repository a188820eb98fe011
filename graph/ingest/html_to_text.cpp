// DOM to blocks: an explicit stack walks the tree in the order build_elements() recorded it,
// so each element finds its table entry (and whether the article keeps it) by position.
#include "ingest/html_to_text.hpp"

#include "ingest/html_article.hpp"
#include "ingest/html_dom.hpp"
#include "ingest/html_elements.hpp"
#include "ingest/html_entities.hpp"
#include "ingest/html_meta.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::ingestion {
namespace {

// Words in class values that mark captions and credits (split on ' ', '-', '_').
constexpr std::array<std::string_view, 4> kCaptionWords = {"caption", "figcaption",
                                                           "wp-caption-text", "cutline"};
constexpr std::array<std::string_view, 5> kCreditWords = {"credit", "credits", "copyright",
                                                          "photographer", "byline-photo"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view word) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

enum Flag : std::uint8_t {
    kLink = 1,
    kCaption = 2,
    kCredit = 4,
    kList = 8,
    kQuote = 16,
    kPre = 32
};

std::uint8_t class_flags(const GumboNode* node) {
    std::uint8_t flags = 0;
    const std::string value = ascii_lower(attribute(node, "class"));
    std::size_t i = 0;
    while (i < value.size()) {
        std::size_t j = value.find_first_of(" -_\t\n", i);
        if (j == std::string::npos) j = value.size();
        const std::string_view word(value.data() + i, j - i);
        if (contains(kCaptionWords, word)) flags |= kCaption;
        if (contains(kCreditWords, word)) flags |= kCredit;
        i = j + 1;
    }
    if (value.find("wp-caption-text") != std::string::npos) flags |= kCaption;
    return flags;
}

std::uint8_t tag_flags(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_FIGCAPTION:
        return kCaption;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
        return kList;
    case GUMBO_TAG_BLOCKQUOTE:
        return kQuote;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
        return kPre;
    default:
        return 0;
    }
}

// Text that is markup shown as text ("<div class=...>" escaped in the page): at least two tags
// and most of the block inside angle brackets.
bool is_escaped_markup(std::string_view text) {
    std::size_t tags = 0, inside = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '<') continue;
        const char c = text[i + 1];
        if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '!')) continue;
        const std::size_t gt = text.find('>', i);
        if (gt == std::string_view::npos) break;
        ++tags;
        inside += gt + 1 - i;
        i = gt;
    }
    return tags >= 2 && inside * 2 >= text.size();
}

class BlockEmitter {
  public:
    BlockEmitter(const std::vector<HtmlElement>& table, const std::vector<std::uint8_t>& keep)
        : t_(table), keep_(keep) {}
    Blocks run(const GumboNode* root);

  private:
    struct Frame {
        const GumboNode* node;
        std::size_t child;
        std::size_t element;
        std::uint8_t flags;
        std::uint8_t heading;
    };
    bool is_data_row(std::size_t tr) const;
    void enter(std::size_t index);
    void leave(const Frame& f);
    void text(std::string_view s, const Frame& f);
    void flush();

    const std::vector<HtmlElement>& t_;
    const std::vector<std::uint8_t>& keep_;
    std::vector<Frame> stack_;
    Blocks out_;
    std::string cur_;
    std::uint32_t cur_link_ = 0;
    BlockRole cur_role_ = BlockRole::Text;
    std::uint8_t cur_level_ = 0;
    bool cur_code_ = false; // some of the block is inside <pre> or <code>
    std::size_t row_ = 0;   // table index of the data row being written, 0 when none
    bool cell_open_ = false;
};

bool BlockEmitter::is_data_row(std::size_t tr) const {
    for (std::uint32_t k = std::uint32_t(tr) + 1; k < t_[tr].end; k = t_[k].end)
        if ((t_[k].tag == GUMBO_TAG_TD || t_[k].tag == GUMBO_TAG_TH) && t_[k].has_block)
            return false;
    return true;
}

void BlockEmitter::flush() {
    if (!is_blank(cur_)) {
        Block b;
        b.text = clean_inline(cur_);
        // Code samples (<pre>, <code>) may show markup on purpose.
        if (!b.text.empty() &&
            (cur_role_ == BlockRole::TableRow || cur_code_ || !is_escaped_markup(b.text))) {
            b.role = cur_role_;
            b.level = cur_level_;
            b.link_chars = std::min<std::uint32_t>(cur_link_, std::uint32_t(b.text.size()));
            out_.push_back(std::move(b));
        }
    }
    cur_.clear();
    cur_link_ = 0;
    cur_role_ = BlockRole::Text;
    cur_level_ = 0;
    cur_code_ = false;
}

void BlockEmitter::enter(std::size_t index) {
    const HtmlElement& e = t_[index];
    if (row_) {
        // Inside a data row only cells matter: one separator per cell with text before it.
        if ((e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) && !is_blank(cur_))
            cur_ += " | ";
        else if (e.tag == GUMBO_TAG_BR)
            cur_ += ' ';
        return;
    }
    if (e.tag == GUMBO_TAG_TR && keep_[index] && is_data_row(index)) {
        flush();
        row_ = index;
        cur_role_ = BlockRole::TableRow;
        return;
    }
    if (e.block || e.tag == GUMBO_TAG_BR) flush();
}

void BlockEmitter::leave(const Frame& f) {
    const HtmlElement& e = t_[f.element];
    if (row_) {
        if (f.element != row_) return;
        row_ = 0;
        cur_role_ = BlockRole::TableRow;
        flush();
        return;
    }
    if (e.block) flush();
}

void BlockEmitter::text(std::string_view s, const Frame& f) {
    if (!keep_[f.element] || (f.flags & kCredit)) return;
    if (is_blank(cur_)) {
        if (is_blank(s)) return;
        if (!row_) {
            cur_role_ = (f.flags & kCaption) ? BlockRole::Caption
                        : f.heading          ? BlockRole::Heading
                        : (f.flags & kList)  ? BlockRole::ListItem
                        : (f.flags & kQuote) ? BlockRole::Quote
                                             : BlockRole::Text;
            cur_level_ = f.heading;
        }
    }
    if (f.flags & kPre) cur_code_ = true;
    const std::size_t before = cur_.size();
    cur_ += s;
    if (f.flags & kLink) cur_link_ += std::uint32_t(cur_.size() - before);
}

Blocks BlockEmitter::run(const GumboNode* root) {
    std::size_t next = 1;
    stack_.push_back({root, 0, 0, 0, 0});
    while (!stack_.empty()) {
        Frame& f = stack_.back();
        const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT
                                          ? f.node->v.document.children
                                          : f.node->v.element.children;
        if (f.child >= children.length) {
            const Frame done = f;
            stack_.pop_back();
            if (done.element != 0) leave(done);
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children.data[f.child++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
            text(child->v.text.text, f);
            continue;
        }
        if (child->type == GUMBO_NODE_WHITESPACE) {
            if (!is_blank(cur_)) cur_ += ' ';
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT || is_skipped(child)) continue;
        const std::size_t index = next++;
        const HtmlElement& e = t_[index];
        Frame frame{child, 0, index, std::uint8_t(f.flags | tag_flags(e.tag) | class_flags(child)),
                    f.heading};
        if (is_link(child)) frame.flags |= kLink;
        if (e.tag >= GUMBO_TAG_H1 && e.tag <= GUMBO_TAG_H6)
            frame.heading = std::uint8_t(e.tag - GUMBO_TAG_H1 + 1);
        enter(index);
        if (e.end == index + 1 && child->v.element.children.length == 0) {
            leave(frame);
            continue;
        }
        stack_.push_back(frame);
    }
    flush();
    return std::move(out_);
}

ParsedBlocks convert(std::string_view html, bool page) {
    ParsedBlocks out;
    const HtmlDom dom(html, !page);
    const std::vector<HtmlElement> table = build_elements(dom.root());
    ArticleSelection selection;
    if (page) {
        selection = select_article(table);
        out.article_uncertain = selection.uncertain;
    } else {
        selection.keep.assign(table.size(), 1);
    }
    out.meta = html_meta(dom.root());
    out.blocks = BlockEmitter(table, selection.keep).run(dom.root());
    if (page && selection.found)
        for (auto& b : out.blocks) b.in_article = true;
    out.problems = dom.problems();
    return out;
}

} // namespace

ParsedBlocks html_page_to_blocks(std::string_view html) {
    return convert(html, true);
}

ParsedBlocks html_to_blocks(std::string_view html) {
    return convert(html, false);
}

std::string strip_inline_html(std::string_view text) {
    if (text.find('<') == std::string_view::npos) return decode_entities(text);
    const HtmlDom dom(text, true);
    return text_content(dom.root());
}

} // namespace kg::ingestion
