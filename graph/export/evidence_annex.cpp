// Evidence annex: the figure's links and their passages gathered once (AnnexEntry), then written
// as Markdown or HTML. Every text from an article is escaped for the format it goes into.
#include "export/evidence_annex.hpp"

#include "common/atomic_write.hpp"
#include "export/export_look.hpp"
#include "export/svg_writer.hpp"

#include <algorithm>

namespace kg {
namespace {

struct Citation {
    std::string title;   // the article's title, else its path
    std::string by;      // outlet, else first author ("et al." for more)
    std::string date;    // "4 February 2022", "" when unknown
    std::string address; // http(s) address, else the path it was read from
    bool web = false;    // `address` is an http(s) URL
};

struct AnnexPassage {
    std::string text; // the sentence, on one line
    LinkKind kind = LinkKind::CoMention;
    DocIndex doc = 0;
};

struct AnnexEntry {
    std::string id;      // "source--target", as the SVG's data-link
    std::string heading; // "Vladimir Putin → Russia"
    std::string summary; // "Cooperation; 12 passages in 3 articles; topics: Energy, Trade"
    std::vector<AnnexPassage> passages;
};

bool is_web_address(std::string_view url) {
    return url.starts_with("https://") || url.starts_with("http://");
}

Citation cite(const Document& doc) {
    Citation c;
    c.title = doc.title.empty() ? doc.path : doc.title;
    c.by = doc.source;
    if (c.by.empty() && !doc.authors.empty())
        c.by = doc.authors.front() + (doc.authors.size() > 1 ? " et al." : "");
    c.date = doc.date.empty() ? "" : format_date(doc.date);
    c.web = is_web_address(doc.url);
    c.address = c.web ? doc.url : doc.path;
    return c;
}

// The sentence as one line: articles break lines inside sentences (wrapped text, headings).
std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string plural(std::size_t n, std::string_view word) {
    return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

AnnexEntry entry_for(const Corpus& corpus, std::uint32_t li) {
    const Link& link = corpus.links[li];
    const LinkEnds ends = link_ends(link);
    AnnexEntry e;
    e.id = corpus.entities[link.source].id + "--" + corpus.entities[link.target].id;
    e.heading = corpus.entities[ends.from].name +
                (ends.directed ? " \xE2\x86\x92 " : " \xE2\x80\x94 ") +
                corpus.entities[ends.to].name;
    e.summary = std::string(label(link.kind));
    if (link.evidence.empty())
        e.summary += "; stated by the knowledge base, no passage";
    else
        e.summary += "; " + plural(link.evidence.size(), "passage") + " in " +
                     plural(link.document_count(), "article");
    std::string topics;
    for (std::size_t t = 0; t < kTopicCount; ++t)
        if ((link.topics >> t) & 1)
            topics += (topics.empty() ? "" : ", ") + std::string(label(Topic(t)));
    if (!topics.empty()) e.summary += "; topics: " + topics;
    for (const Evidence& ev : link.evidence) {
        if (ev.doc >= corpus.documents.size()) continue;
        const Document& doc = corpus.documents[ev.doc];
        if (ev.span.start > ev.span.end || ev.span.end > doc.text.size()) continue;
        e.passages.push_back({one_line(doc.slice(ev.span)), ev.kind, ev.doc});
    }
    // Newest article first, as the figure's footnote; a document's passages in reading order.
    std::stable_sort(e.passages.begin(), e.passages.end(),
                     [&](const AnnexPassage& a, const AnnexPassage& b) {
                         return corpus.documents[a.doc].date > corpus.documents[b.doc].date;
                     });
    return e;
}

// Backslash before the characters Markdown would read as markup or inline HTML.
std::string md_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        if (std::string_view("\\`*_[]<>&#|").find(ch) != std::string_view::npos) out += '\\';
        out += ch;
    }
    return out;
}

std::string citation_md(const Citation& c) {
    std::string s = "*" + md_escape(c.title) + "*";
    if (!c.by.empty()) s += ", " + md_escape(c.by);
    if (!c.date.empty()) s += ", " + md_escape(c.date);
    const bool plain = c.address.find_first_of(" <>") == std::string::npos;
    if (c.web && plain)
        s += ". <" + c.address + ">";
    else
        s += ". `" + (c.address.find('`') == std::string::npos ? c.address : md_escape(c.address)) +
             "`";
    return s;
}

std::string citation_html(const Citation& c) {
    std::string s = "<cite>" + xml_escape(c.title) + "</cite>";
    if (!c.by.empty()) s += ", " + xml_escape(c.by);
    if (!c.date.empty()) s += ", " + xml_escape(c.date);
    if (c.web)
        s += ". <a href=\"" + xml_escape(c.address) + "\">" + xml_escape(c.address) + "</a>";
    else
        s += ". <code>" + xml_escape(c.address) + "</code>";
    return s;
}

std::string markdown(const Corpus& corpus, const std::vector<AnnexEntry>& entries,
                     const std::string& heading, const std::string& intro) {
    std::string out = "# " + md_escape(heading) + "\n\n" + md_escape(intro) + "\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const AnnexEntry& e = entries[i];
        out += "\n## " + std::to_string(i + 1) + ". " + md_escape(e.heading) + "\n\n" +
               md_escape(e.summary) + "\n";
        if (!e.passages.empty()) out += "\n";
        for (std::size_t k = 0; k < e.passages.size(); ++k) {
            const AnnexPassage& p = e.passages[k];
            out += std::to_string(k + 1) + ". \xE2\x80\x9C" + md_escape(p.text) + "\xE2\x80\x9D (" +
                   std::string(label(p.kind)) + ")  \n   " +
                   citation_md(cite(corpus.documents[p.doc])) + "\n";
        }
    }
    return out;
}

std::string html(const Corpus& corpus, const std::vector<AnnexEntry>& entries,
                 const std::string& heading, const std::string& intro) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" +
        xml_escape(heading) +
        "</title>\n<style>\nbody { font-family: \"DejaVu Sans\", sans-serif; max-width: 50em; "
        "margin: 2em auto; line-height: 1.4; }\nsection { margin-top: 1.5em; }\n"
        "blockquote { margin: 0.3em 0; }\n.cite { color: #555; margin: 0 0 0.8em 0; }\n</style>\n"
        "</head>\n<body>\n<h1>" +
        xml_escape(heading) + "</h1>\n<p class=\"intro\">" + xml_escape(intro) + "</p>\n";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const AnnexEntry& e = entries[i];
        out += "<section class=\"link\" data-link=\"" + xml_escape(e.id) + "\">\n<h2>" +
               std::to_string(i + 1) + ". " + xml_escape(e.heading) +
               "</h2>\n<p class=\"summary\">" + xml_escape(e.summary) + "</p>\n";
        if (!e.passages.empty()) out += "<ol>\n";
        for (const AnnexPassage& p : e.passages)
            out += "<li><blockquote class=\"passage\">" + xml_escape(p.text) +
                   "</blockquote>\n<p class=\"cite\">" + xml_escape(label(p.kind)) + " \xC2\xB7 " +
                   citation_html(cite(corpus.documents[p.doc])) + "</p></li>\n";
        if (!e.passages.empty()) out += "</ol>\n";
        out += "</section>\n";
    }
    return out + "</body>\n</html>\n";
}

} // namespace

std::optional<AnnexFormat> annex_format_of(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (ext == ".md" || ext == ".markdown") return AnnexFormat::Markdown;
    if (ext == ".html" || ext == ".htm") return AnnexFormat::Html;
    return std::nullopt;
}

std::vector<std::uint32_t> annex_links(const Corpus& corpus, const Figure& figure) {
    const RenderScene& scene = figure.scene;
    std::vector<std::uint32_t> links;
    for (std::size_t i = 0; i < scene.edges.size() && i < scene.edge_link.size(); ++i)
        if (!(scene.edges[i].flags & kEdgeDimmed) && scene.edge_link[i] < corpus.links.size())
            links.push_back(scene.edge_link[i]);
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    auto name = [&](EntityIndex e) -> const std::string& { return corpus.entities[e].name; };
    std::stable_sort(links.begin(), links.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Link& x = corpus.links[a];
        const Link& y = corpus.links[b];
        if (x.evidence.size() != y.evidence.size()) return x.evidence.size() > y.evidence.size();
        if (name(x.source) != name(y.source)) return name(x.source) < name(y.source);
        return name(x.target) < name(y.target);
    });
    return links;
}

std::string evidence_annex(const Corpus& corpus, const Figure& figure, AnnexFormat format,
                           std::string_view title) {
    std::vector<AnnexEntry> entries;
    std::size_t passages = 0;
    for (std::uint32_t li : annex_links(corpus, figure)) {
        entries.push_back(entry_for(corpus, li));
        passages += entries.back().passages.size();
    }
    const std::string heading = title.empty() ? std::string("Evidence behind the figure")
                                              : "Evidence: " + std::string(title);
    std::string intro = "The figure draws " + plural(entries.size(), "link") + ", resting on " +
                        plural(passages, "passage") + " from " +
                        plural(figure.sources.size(), "article") + ".";
    if (!figure.as_of.empty()) intro += " As of " + format_date(figure.as_of) + ".";
    return format == AnnexFormat::Html ? html(corpus, entries, heading, intro)
                                       : markdown(corpus, entries, heading, intro);
}

std::string export_annex(const std::filesystem::path& file, const Corpus& corpus,
                         const Figure& figure, std::string_view title) {
    const std::optional<AnnexFormat> format = annex_format_of(file);
    if (!format) return "the annex must end in .md or .html";
    return write_file_atomically(file, evidence_annex(corpus, figure, *format, title));
}

std::filesystem::path annex_path_beside(const std::filesystem::path& figure_file) {
    std::filesystem::path out = figure_file;
    out.replace_filename(figure_file.stem().string() + "-annex.html");
    return out;
}

} // namespace kg
