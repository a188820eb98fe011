// The metadata cascade over the DOM: one walk gathers every source, then each field takes the
// first source that answers, in the order html_meta.hpp states.
#include "ingest/html_meta.hpp"

#include "ingest/html_entities.hpp"
#include "ingest/text_clean.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace kg::ingestion {
namespace {

using Json = nlohmann::json;

// What one walk over the page finds.
struct Sources {
    std::string title;                       // <title>
    std::map<std::string, std::string> meta; // <meta> name/property/itemprop -> content (last wins)
    std::vector<std::string> json_ld;        // <script type="application/ld+json"> texts
    std::string canonical;
    std::string time; // first <time datetime>
    std::string micro_headline, micro_date, micro_author;
    std::vector<std::string> h1s, h2s;
};

// Text of a subtree, white space collapsed.
std::string inner_text(const GumboNode* node) {
    return clean_inline(text_content(node));
}

// "dc.title" and "DC:Title" are the same key.
std::string meta_key(std::string_view raw) {
    std::string k;
    for (char c : raw) {
        if (c == ' ' || c == '\t' || c == '\n') continue;
        k += c == '.' ? ':' : char(std::tolower(static_cast<unsigned char>(c)));
    }
    return k;
}

void add_meta(Sources& s, const GumboNode* n) {
    const std::string content = clean_inline(decode_entities(attribute(n, "content")));
    if (content.empty()) return;
    for (const char* attr : {"property", "name", "itemprop"}) {
        const std::string_view v = attribute(n, attr);
        std::size_t i = 0;
        while (i < v.size()) { // "og:title twitter:title" names two keys
            std::size_t j = v.find(' ', i);
            if (j == std::string_view::npos) j = v.size();
            if (j > i)
                s.meta.insert_or_assign(meta_key(v.substr(i, j - i)),
                                        content); // last wins, as in browsers' DOM order readers
            i = j + 1;
        }
    }
}

void add_itemprop(Sources& s, const GumboNode* n, std::string_view prop) {
    if (n->v.element.tag == GUMBO_TAG_META) return; // read as <meta>
    auto value = [&] {
        for (const char* attr : {"content", "datetime"})
            if (const std::string_view v = attribute(n, attr); !v.empty()) return clean_inline(v);
        return inner_text(n);
    };
    if (prop == "headline" && s.micro_headline.empty())
        s.micro_headline = value();
    else if (prop == "datePublished" && s.micro_date.empty())
        s.micro_date = value();
    else if (prop == "author" && s.micro_author.empty()) {
        s.micro_author = value();
        // <span itemprop=author><span itemprop=name>X</span>, <a>follow</a></span>: the name.
        std::vector<const GumboNode*> stack{n};
        while (!stack.empty()) {
            const GumboNode* m = stack.back();
            stack.pop_back();
            if (m->type != GUMBO_NODE_ELEMENT) continue;
            if (m != n && attribute(m, "itemprop") == "name") {
                s.micro_author = inner_text(m);
                break;
            }
            const GumboVector& c = m->v.element.children;
            for (std::size_t i = c.length; i-- > 0;)
                stack.push_back(static_cast<const GumboNode*>(c.data[i]));
        }
    }
}

Sources gather(const GumboNode* root) {
    Sources s;
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
        if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboTag tag = n->v.element.tag;
            switch (tag) {
            case GUMBO_TAG_TITLE:
                if (s.title.empty()) s.title = inner_text(n);
                continue;
            case GUMBO_TAG_META:
                add_meta(s, n);
                break;
            case GUMBO_TAG_LINK:
                if (s.canonical.empty() && ascii_lower(attribute(n, "rel")) == "canonical")
                    s.canonical = std::string(attribute(n, "href"));
                break;
            case GUMBO_TAG_SCRIPT:
                if (ascii_lower(attribute(n, "type")) == "application/ld+json" &&
                    n->v.element.children.length > 0) {
                    const auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
                    if (t->type == GUMBO_NODE_TEXT) s.json_ld.emplace_back(t->v.text.text);
                }
                continue;
            case GUMBO_TAG_TIME:
                if (s.time.empty()) s.time = std::string(attribute(n, "datetime"));
                break;
            case GUMBO_TAG_H1:
                s.h1s.push_back(inner_text(n));
                break;
            case GUMBO_TAG_H2:
                s.h2s.push_back(inner_text(n));
                break;
            case GUMBO_TAG_STYLE:
            case GUMBO_TAG_TEMPLATE:
            case GUMBO_TAG_SVG:
                continue;
            default:
                break;
            }
            if (const std::string_view prop = attribute(n, "itemprop"); !prop.empty())
                add_itemprop(s, n, prop);
        }
        const GumboVector& c =
            n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (std::size_t i = c.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
    return s;
}

// ---- JSON-LD ----

std::string_view trim_lines(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_article_type(const Json& type) {
    static constexpr std::array<std::string_view, 19> kTypes = {"AdvertiserContentArticle",
                                                                "NewsArticle",
                                                                "AnalysisNewsArticle",
                                                                "AskPublicNewsArticle",
                                                                "BackgroundNewsArticle",
                                                                "OpinionNewsArticle",
                                                                "ReportageNewsArticle",
                                                                "ReviewNewsArticle",
                                                                "Report",
                                                                "SatiricalArticle",
                                                                "ScholarlyArticle",
                                                                "MedicalScholarlyArticle",
                                                                "SocialMediaPosting",
                                                                "BlogPosting",
                                                                "LiveBlogPosting",
                                                                "DiscussionForumPosting",
                                                                "TechArticle",
                                                                "APIReference",
                                                                "WebPage"};
    auto one = [](const Json& t) {
        if (!t.is_string()) return false;
        const std::string& s = t.get_ref<const std::string&>();
        return s.starts_with("Article") ||
               (s != "WebPage" && std::find(kTypes.begin(), kTypes.end(), s) != kTypes.end());
    };
    if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
    return one(type);
}

const Json* find_article(const Json& j) {
    if (j.is_array()) {
        for (const auto& e : j)
            if (const Json* a = find_article(e)) return a;
        return nullptr;
    }
    if (!j.is_object()) return nullptr;
    if (const auto t = j.find("@type"); t != j.end() && is_article_type(*t)) return &j;
    if (const auto g = j.find("@graph"); g != j.end() && g->is_array())
        for (const auto& e : *g)
            if (e.is_object())
                if (const auto t = e.find("@type"); t != e.end() && is_article_type(*t)) return &e;
    return nullptr;
}

std::string json_string(const Json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end()) return {};
    if (it->is_string()) return clean_inline(decode_entities(it->get_ref<const std::string&>()));
    return {};
}

std::string json_names(const Json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end()) return {};
    auto name = [](const Json& a) -> std::string {
        if (a.is_string()) return a.get<std::string>();
        if (a.is_object() && a.contains("name") && a["name"].is_string())
            return a["name"].get<std::string>();
        return {};
    };
    if (!it->is_array()) return clean_inline(decode_entities(name(*it)));
    std::string out;
    for (const auto& a : *it) {
        const std::string n = name(a);
        if (n.empty()) continue;
        if (!out.empty()) out += ", ";
        out += n;
    }
    return clean_inline(decode_entities(out));
}

// Share of `b`'s words that `a` also has (1 when all of them).
double similarity(std::string_view a, std::string_view b) {
    auto words = [](std::string_view s) {
        std::vector<std::string> w;
        std::string cur;
        for (char c : s) {
            if (std::isalnum(static_cast<unsigned char>(c)) ||
                (static_cast<unsigned char>(c) & 0x80)) {
                cur += char(std::tolower(static_cast<unsigned char>(c)));
            } else if (!cur.empty()) {
                w.push_back(std::move(cur));
                cur.clear();
            }
        }
        if (!cur.empty()) w.push_back(std::move(cur));
        return w;
    };
    const auto wa = words(a), wb = words(b);
    std::size_t all = 0, unique = 0;
    for (const auto& w : wb) {
        all += w.size() + 1;
        if (std::find(wa.begin(), wa.end(), w) == wa.end()) unique += w.size() + 1;
    }
    return all ? 1.0 - double(unique) / double(all) : 0.0;
}

struct JsonLdMeta {
    std::string title, author, date, site, url;
};

JsonLdMeta read_json_ld(const std::vector<std::string>& scripts, std::string_view page_title) {
    JsonLdMeta m;
    for (const auto& raw : scripts) {
        // Pages wrap the JSON in <![CDATA[ ... ]]> or <!-- ... --> for old XHTML readers.
        std::string_view text = trim_lines(raw);
        for (auto [open, close] : {std::pair{"<![CDATA[", "]]>"}, std::pair{"<!--", "-->"}})
            if (text.starts_with(open) && text.ends_with(close))
                text = trim_lines(text.substr(std::string_view(open).size(),
                                              text.size() - std::string_view(open).size() -
                                                  std::string_view(close).size()));
        const Json j = Json::parse(text, nullptr, false);
        if (j.is_discarded()) continue;
        const Json* a = find_article(j);
        if (!a) continue;
        const std::string name = json_string(*a, "name"), headline = json_string(*a, "headline");
        if (!name.empty() && !headline.empty() && name != headline)
            m.title =
                similarity(headline, page_title) > 0.75 && similarity(name, page_title) <= 0.75
                    ? headline
                    : name;
        else
            m.title = !name.empty() ? name : headline;
        m.author = json_names(*a, "author");
        m.date = json_string(*a, "datePublished");
        if (const auto p = a->find("publisher"); p != a->end() && p->is_object())
            m.site = json_string(*p, "name");
        m.url = json_string(*a, "url");
        break;
    }
    return m;
}

// ---- titles ----

// Separators of title parts: | - – — \ / > »
bool separator_at(std::string_view s, std::size_t i, std::size_t& len) {
    static constexpr std::array<std::string_view, 8> kSeps = {"|",  "-", "\u2013", "\u2014",
                                                              "\\", "/", ">",      "\u00BB"};
    for (auto sep : kSeps)
        if (s.compare(i, sep.size(), sep) == 0) {
            len = sep.size();
            return true;
        }
    return false;
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in) ++n;
        in = !space;
    }
    return std::max<std::size_t>(n, 1);
}

} // namespace

std::string title_from_title_element(std::string_view orig, const std::vector<std::string>& h1s,
                                     const std::vector<std::string>& h2s) {
    std::string cur(orig);
    bool hierarchical = false;
    bool spaced = false; // a separator with a space on each side
    std::size_t last = std::string_view::npos, first = std::string_view::npos, first_len = 0;
    for (std::size_t i = 0, len = 0; i < orig.size(); ++i) {
        if (!separator_at(orig, i, len)) continue;
        if (first == std::string_view::npos) {
            first = i;
            first_len = len;
        }
        if (i + len < orig.size() && orig[i + len] == ' ') last = i;
        if (i > 0 && orig[i - 1] == ' ' && i + len < orig.size() && orig[i + len] == ' ') {
            spaced = true;
            const char c = orig[i];
            if (c == '\\' || c == '/' || c == '>' || len == 2) hierarchical = true; // » is 2 bytes
        }
        i += len - 1;
    }
    if (spaced) {
        cur = std::string(trim(orig.substr(0, last)));
        if (word_count(cur) < 3) cur = std::string(trim(orig.substr(first + first_len)));
    } else if (orig.find(": ") != std::string_view::npos) {
        auto same = [&](const std::string& h) { return trim(h) == trim(orig); };
        if (std::none_of(h1s.begin(), h1s.end(), same) &&
            std::none_of(h2s.begin(), h2s.end(), same)) {
            cur = std::string(trim(orig.substr(orig.rfind(':') + 1)));
            if (word_count(cur) < 3)
                cur = std::string(trim(orig.substr(orig.find(':') + 1)));
            else if (word_count(orig.substr(0, orig.find(':'))) > 5)
                cur = std::string(orig);
        }
    } else if ((orig.size() > 150 || orig.size() < 15) && h1s.size() == 1) {
        cur = h1s[0];
    }
    cur = clean_inline(cur);
    // A short remainder is more likely a section name than a headline: keep the whole title.
    std::string no_seps;
    for (std::size_t i = 0, len = 0; i < orig.size(); ++i) {
        if (separator_at(orig, i, len))
            i += len - 1;
        else
            no_seps += orig[i];
    }
    const std::size_t words = word_count(cur);
    if (words <= 4 && (!hierarchical || words != word_count(clean_inline(no_seps)) - 1))
        cur = std::string(orig);
    return cur;
}

std::string strip_site_name(std::string_view title, std::string_view site) {
    if (site.empty() || title.size() <= site.size() + 3) return std::string(title);
    const std::string lt = ascii_lower(title), ls = ascii_lower(site);
    std::size_t len = 0;
    if (lt.ends_with(ls)) {
        std::string_view rest = trim(title.substr(0, title.size() - site.size()));
        if (!rest.empty() && separator_at(rest, rest.size() - 1, len) && rest.size() > 1)
            return clean_inline(rest.substr(0, rest.size() - 1));
        for (auto sep : {"\u2013", "\u2014", "\u00BB", "::"})
            if (rest.ends_with(sep))
                return clean_inline(rest.substr(0, rest.size() - std::string_view(sep).size()));
    }
    if (lt.starts_with(ls)) {
        std::string_view rest = trim(title.substr(site.size()));
        if (!rest.empty() && separator_at(rest, 0, len)) return clean_inline(rest.substr(len));
        if (rest.starts_with("::")) return clean_inline(rest.substr(2));
    }
    return std::string(title);
}

MarkupMeta html_meta(const GumboNode* root) {
    const Sources s = gather(root);
    MarkupMeta m;
    const std::string page_title = title_from_title_element(s.title, s.h1s, s.h2s);
    const JsonLdMeta ld = read_json_ld(s.json_ld, page_title);
    auto meta = [&](std::string_view key) -> std::string {
        const auto it = s.meta.find(std::string(key));
        return it == s.meta.end() ? std::string() : it->second;
    };
    // First source that answers: (value, where it came from).
    auto pick = [](std::string& value, std::string& from,
                   std::initializer_list<std::pair<std::string, const char*>> sources) {
        for (const auto& [v, f] : sources)
            if (!v.empty()) {
                value = v;
                from = f;
                return;
            }
    };
    pick(m.title, m.title_from,
         {{ld.title, "json-ld"},
          {meta("dc:title"), "meta"},
          {meta("dcterm:title"), "meta"},
          {meta("og:title"), "opengraph"},
          {meta("title"), "meta"},
          {meta("twitter:title"), "meta"},
          {meta("parsely-title"), "meta"},
          {meta("citation_title"), "meta"},
          {s.micro_headline, "microdata"},
          {page_title, "title"}});
    pick(m.author, m.author_from,
         {{ld.author, "json-ld"},
          {meta("dc:creator"), "meta"},
          {meta("dcterm:creator"), "meta"},
          {meta("author"), "meta"},
          {meta("parsely-author"), "meta"},
          {meta("article:author"), "opengraph"},
          {meta("citation_author"), "meta"},
          {meta("byl"), "meta"},
          {s.micro_author, "microdata"}});
    if (m.author.starts_with("http")) m.author.clear(); // article:author is often a profile URL
    pick(m.date, m.date_from,
         {{ld.date, "json-ld"},
          {meta("article:published_time"), "opengraph"},
          {meta("parsely-pub-date"), "meta"},
          {meta("citation_publication_date"), "meta"},
          {meta("citation_date"), "meta"},
          {meta("dc:date"), "meta"},
          {meta("dcterm:created"), "meta"},
          {meta("date"), "meta"},
          {meta("pubdate"), "meta"},
          {meta("publishdate"), "meta"},
          {meta("datepublished"), "microdata"},
          {s.micro_date, "microdata"},
          {s.time, "time"}});
    std::string site_from;
    pick(m.site, site_from, {{ld.site, "json-ld"}, {meta("og:site_name"), "opengraph"}});
    pick(m.url, m.url_from,
         {{s.canonical, "canonical"}, {meta("og:url"), "opengraph"}, {ld.url, "json-ld"}});
    // A page's own title field (JSON-LD, og:title) is the title the publisher chose, site name
    // included or not; <title> is a browser tab label, and loses the site's name.
    if (m.title_from == "title") m.title = strip_site_name(m.title, m.site);
    return m;
}

} // namespace kg::ingestion
