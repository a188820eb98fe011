// Article selection in the manner Readability, boilerpipe and trafilatura describe: paragraph
// scores flow to ancestors, the best candidate grows by its siblings, sub-blocks that look like
// navigation, teasers or widgets are cleaned away. Four passes from strict to loose; the first
// that keeps enough text wins, else the strictest that kept nearly as much as any.
#include "ingest/html_article.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace kg::ingestion {
namespace {

struct Pass {
    bool strip_unlikely; // ignore elements whose class/id/role say chrome
    bool weigh_classes;  // class/id words raise or lower scores
    bool clean;          // drop link-dense, list-heavy or negative sub-blocks of the article
};
constexpr std::array<Pass, 4> kPasses = {
    {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}}};
constexpr std::uint32_t kEnoughText = 500; // characters an article pass must keep to be trusted
constexpr std::uint32_t kMinParagraph = 25;

bool is_heading(GumboTag t) {
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

double initial_score(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_TH:
        return -5;
    default:
        return is_heading(tag) ? -5 : 0;
    }
}

// Text and commas an element contributes as a paragraph, or 0 when it is not paragraph-like.
// A <p> or <pre> counts whole; a container counts the text not inside its nested blocks.
std::pair<std::uint32_t, std::uint32_t> paragraph_text(const HtmlElement& e) {
    switch (e.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
        return {e.text, e.commas};
    case GUMBO_TAG_TD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_LI:
        return {e.own_text, e.own_commas};
    default:
        return {0, 0};
    }
}

double link_density(const HtmlElement& e) {
    return e.text ? double(e.link) / double(e.text) : 0.0;
}

bool is_list(GumboTag t) {
    return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
}

// Readability's conditional cleaning: a sub-block of the article that is mostly links, images,
// list items or form inputs, or whose class says chrome, is not article text.
bool looks_like_chrome(const HtmlElement& e, int weight, bool in_figure) {
    if (weight < 0) return true;
    if (e.commas >= 10) return false;
    const bool list = is_list(e.tag);
    const double p = e.paragraphs;
    const double img = e.images;
    const double li = double(e.items) - 100;
    const double heading_density = e.text ? double(e.heading) / double(e.text) : 0.0;
    const double ld = link_density(e);
    if (img > 1 && p / img < 0.5 && !in_figure) return true;
    if (!list && li > p) return true;
    if (double(e.inputs) > p / 3) return true;
    if (!list && heading_density < 0.9 && e.text < 25 && (img == 0 || img > 2) && !in_figure)
        return true;
    if (!list && weight < 25 && ld > 0.2) return true;
    if (weight >= 25 && ld > 0.5) return true;
    return (e.embeds == 1 && e.text < 75) || e.embeds > 1;
}

bool conditionally_cleaned(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HEADER:
        return true;
    default:
        return false;
    }
}

struct PassResult {
    std::vector<std::uint8_t> keep;
    std::uint64_t length = 0;
};

class ArticlePass {
  public:
    ArticlePass(const std::vector<HtmlElement>& t, const std::vector<std::uint32_t>& direct,
                Pass pass)
        : t_(t), direct_(direct), pass_(pass), score_(t.size(), 0.0), scored_(t.size(), 0),
          excluded_(t.size(), 0) {}

    PassResult run(std::int32_t body);

  private:
    std::int32_t parent(std::int32_t i) const { return t_[std::size_t(i)].parent; }
    int weight(std::int32_t i) const {
        return pass_.weigh_classes ? t_[std::size_t(i)].class_weight : 0;
    }
    void init(std::int32_t i) {
        if (scored_[std::size_t(i)]) return;
        scored_[std::size_t(i)] = 1;
        score_[std::size_t(i)] = initial_score(t_[std::size_t(i)].tag) + weight(i);
    }
    bool contains(std::int32_t a, std::int32_t x) const {
        return a < x && std::uint32_t(x) < t_[std::size_t(a)].end;
    }
    void score_paragraphs();
    std::int32_t top_candidate(std::int32_t body);
    std::vector<std::int32_t> with_siblings(std::int32_t top, std::int32_t body) const;
    PassResult keep_from(const std::vector<std::int32_t>& roots) const;

    const std::vector<HtmlElement>& t_;
    const std::vector<std::uint32_t>& direct_;
    Pass pass_;
    std::vector<double> score_;
    std::vector<std::uint8_t> scored_;
    std::vector<std::uint8_t> excluded_;
};

void ArticlePass::score_paragraphs() {
    for (std::size_t i = 1; i < t_.size(); ++i) {
        const HtmlElement& e = t_[i];
        excluded_[i] = excluded_[std::size_t(e.parent)] || (pass_.strip_unlikely && e.unlikely);
        if (excluded_[i]) continue;
        const auto [len, commas] = paragraph_text(e);
        if (len < kMinParagraph) continue;
        const double content = 2.0 + commas + std::min(len / 100, 3u);
        std::int32_t a = e.parent;
        for (int level = 0; level < 5 && a > 0; ++level, a = parent(a)) {
            init(a);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            score_[std::size_t(a)] += content / divider;
        }
    }
}

std::int32_t ArticlePass::top_candidate(std::int32_t body) {
    std::array<std::int32_t, 5> best;
    best.fill(-1);
    for (std::size_t i = 1; i < t_.size(); ++i) {
        if (!scored_[i] || excluded_[i]) continue;
        score_[i] *= 1.0 - link_density(t_[i]);
        auto pos = std::find_if(best.begin(), best.end(), [&](std::int32_t b) {
            return b < 0 || score_[i] > score_[std::size_t(b)];
        });
        if (pos == best.end()) continue;
        std::move_backward(pos, best.end() - 1, best.end());
        *pos = std::int32_t(i);
    }
    std::int32_t top = best[0];
    if (top < 0 || top == body || t_[std::size_t(top)].tag == GUMBO_TAG_HTML) return body;
    // Several near-best candidates under one ancestor: the article is that ancestor.
    std::vector<std::int32_t> alternatives;
    for (std::size_t k = 1; k < best.size(); ++k)
        if (best[k] >= 0 && score_[std::size_t(best[k])] >= 0.75 * score_[std::size_t(top)])
            alternatives.push_back(best[k]);
    if (alternatives.size() >= 3) {
        for (std::int32_t a = parent(top); a > 0 && a != body; a = parent(a)) {
            const auto n = std::count_if(alternatives.begin(), alternatives.end(),
                                         [&](std::int32_t x) { return contains(a, x); });
            if (n >= 3) {
                top = a;
                break;
            }
        }
    }
    init(top);
    // A parent scoring higher than its best child is the better article (the child is a part).
    double last = score_[std::size_t(top)];
    const double threshold = last / 3;
    for (std::int32_t a = parent(top); a > 0 && a != body; a = parent(a)) {
        if (!scored_[std::size_t(a)]) continue;
        if (score_[std::size_t(a)] < threshold) break;
        if (score_[std::size_t(a)] > last) {
            top = a;
            break;
        }
        last = score_[std::size_t(a)];
    }
    // The article split in parts (a lead block and the body, each in its own wrapper): an
    // ancestor holding far more paragraph prose than the top, itself not a link list, is the
    // article. Its chrome goes in the cleaning.
    for (std::int32_t a = parent(top), level = 0; a > 0 && a != body && level < 3;
         a = parent(a), ++level) {
        const HtmlElement& e = t_[std::size_t(a)];
        if (e.prose * 10 >= t_[std::size_t(top)].prose * 12 && link_density(e) < 0.3 &&
            e.prose * 2 >= e.text) {
            top = a;
            level = -1;
        }
    }
    // An only child stands for its parent.
    for (std::int32_t a = parent(top); a > 0 && a != body; a = parent(a)) {
        std::size_t children = 0;
        for (std::uint32_t k = std::uint32_t(a) + 1; k < t_[std::size_t(a)].end; k = t_[k].end)
            ++children;
        if (children != 1) break;
        top = a;
    }
    init(top);
    return top;
}

std::vector<std::int32_t> ArticlePass::with_siblings(std::int32_t top, std::int32_t body) const {
    if (top == body || top <= 0) return {top};
    const std::int32_t p = parent(top);
    if (p <= 0) return {top};
    const double top_score = score_[std::size_t(top)];
    const double threshold = std::max(10.0, top_score * 0.2);
    const std::string_view top_class = attribute(t_[std::size_t(top)].node, "class");
    std::vector<std::int32_t> roots;
    for (std::uint32_t k = std::uint32_t(p) + 1; k < t_[std::size_t(p)].end; k = t_[k].end) {
        const auto c = std::int32_t(k);
        const HtmlElement& e = t_[k];
        if (c == top) {
            roots.push_back(c);
            continue;
        }
        if (excluded_[k]) continue;
        const double bonus =
            !top_class.empty() && attribute(e.node, "class") == top_class ? top_score * 0.2 : 0;
        const bool same_class = bonus > 0 && link_density(e) < 0.3 && e.text > 80;
        if ((scored_[k] && score_[k] + bonus >= threshold) || same_class) {
            roots.push_back(c);
        } else if (e.tag == GUMBO_TAG_P) {
            const double ld = link_density(e);
            if ((e.text > 80 && ld < 0.25) ||
                (e.text > 0 && e.text <= 80 && ld == 0 && e.periods > 0))
                roots.push_back(c);
        }
    }
    return roots;
}

PassResult ArticlePass::keep_from(const std::vector<std::int32_t>& roots) const {
    PassResult r;
    r.keep.assign(t_.size(), 0);
    std::vector<std::uint8_t> figure(t_.size(), 0);
    std::size_t next_root = 0;
    for (std::size_t i = 1; i < t_.size(); ++i) {
        const HtmlElement& e = t_[i];
        const auto p = std::size_t(e.parent);
        figure[i] = figure[p] || e.tag == GUMBO_TAG_FIGURE;
        const bool root = next_root < roots.size() && roots[next_root] == std::int32_t(i);
        if (root) ++next_root;
        if (excluded_[i] || (!root && !r.keep[p])) continue;
        // Always chrome inside an article: footers, asides, navigation, share widgets, headers
        // that are mostly links.
        bool drop = e.tag == GUMBO_TAG_FOOTER || e.tag == GUMBO_TAG_ASIDE ||
                    e.tag == GUMBO_TAG_NAV || (e.share && e.text < kEnoughText) ||
                    (e.tag == GUMBO_TAG_HEADER && link_density(e) > 0.5);
        if (!root && pass_.clean && !drop) {
            const int w = weight(std::int32_t(i));
            if ((e.tag == GUMBO_TAG_H1 || e.tag == GUMBO_TAG_H2) && w < 0)
                drop = true;
            else if (conditionally_cleaned(e.tag) && !(e.in_table && e.tag != GUMBO_TAG_TABLE))
                drop = e.tag == GUMBO_TAG_TABLE ? w < 0 : looks_like_chrome(e, w, figure[i]);
        }
        if (drop && !root) continue;
        r.keep[i] = 1;
        r.length += direct_[i];
    }
    return r;
}

PassResult ArticlePass::run(std::int32_t body) {
    score_paragraphs();
    const std::int32_t top = top_candidate(body);
    return keep_from(with_siblings(top, body));
}

} // namespace

ArticleSelection select_article(const std::vector<HtmlElement>& table) {
    ArticleSelection out;
    if (table.size() <= 1) {
        out.keep.assign(table.size(), 1);
        return out;
    }
    // Text directly in each element (not in child elements), to measure what a pass keeps.
    std::vector<std::uint32_t> direct(table.size());
    for (std::size_t i = 0; i < table.size(); ++i) direct[i] = table[i].text;
    for (std::size_t i = 1; i < table.size(); ++i)
        direct[std::size_t(table[i].parent)] -= table[i].text;
    std::int32_t body = 0;
    for (std::size_t i = 1; i < table.size() && body == 0; ++i)
        if (table[i].tag == GUMBO_TAG_BODY) body = std::int32_t(i);

    std::vector<PassResult> tried;
    for (const Pass& pass : kPasses) {
        PassResult r = ArticlePass(table, direct, pass).run(body);
        if (r.length >= kEnoughText) return {std::move(r.keep), true, false};
        tried.push_back(std::move(r));
    }
    // None was convincing: the strictest pass that kept nearly as much as the loosest.
    std::uint64_t most = 0;
    for (const auto& r : tried) most = std::max(most, r.length);
    PassResult best;
    for (auto& r : tried)
        if (r.length * 10 >= most * 9) {
            best = std::move(r);
            break;
        }
    const std::uint32_t page = table[std::size_t(body)].text;
    out.uncertain = page >= kEnoughText || best.length == 0;
    if (best.length == 0) best.keep.assign(table.size(), 1); // keep all the page has, not nothing
    out.keep = std::move(best.keep);
    return out;
}

} // namespace kg::ingestion
