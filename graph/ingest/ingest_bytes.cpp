// ingest_bytes: one file's bytes through decoding, parsing, boilerplate removal, metadata and
// segmentation into a Document.
#include "ingest/ingest.hpp"

#include "ingest/boilerplate.hpp"
#include "ingest/dates.hpp"
#include "ingest/encoding.hpp"
#include "ingest/format.hpp"
#include "ingest/front_matter.hpp"
#include "ingest/html_to_text.hpp"
#include "ingest/language.hpp"
#include "ingest/markdown.hpp"
#include "ingest/metadata.hpp"
#include "ingest/plain_text.hpp"
#include "ingest/structure.hpp"
#include "ingest/text_clean.hpp"
#include "ingest/url_line.hpp"

#include <filesystem>

namespace kg {
namespace {

using namespace kg::ingestion;

void warn(Diagnostics& d, const std::string& path, std::string message) {
    d.push_back({path, std::move(message), Diagnostic::Severity::Warning});
}

void append_unique(std::vector<std::string>& list, const std::vector<std::string>& more) {
    for (const auto& s : more)
        if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

// Front matter fields, which the author of the file wrote on purpose: they come first.
void meta_from_front_matter(const FrontMatter& fm, ArticleMeta& meta) {
    meta.title = fm.first("title");
    for (const char* key : {"authors", "author"}) {
        const auto it = fm.fields.find(key);
        if (it == fm.fields.end()) continue;
        for (const auto& v : it->second) append_unique(meta.authors, split_authors(v));
    }
    meta.date = parse_date(fm.first("date"));
    for (const char* key : {"url", "link", "canonical", "from", "source"}) {
        const std::string v = fm.first(key);
        if (v.starts_with("http://") || v.starts_with("https://")) {
            if (meta.url.empty()) meta.url = v;
        } else if (!v.empty() && meta.source.empty() && std::string_view(key) != "url") {
            meta.source = v;
        }
    }
    for (const char* key : {"tags", "categories", "keywords"}) {
        const auto it = fm.fields.find(key);
        if (it != fm.fields.end()) append_unique(meta.tags, it->second);
    }
}

// Metadata the HTML states (<meta>, <title>, <time>), for fields still empty.
// HTML pages give a title already cut to the headline (html_meta.hpp); Markdown's embedded
// HTML gives a raw one. Fields filled here record the markup source.
void meta_from_markup(const MarkupMeta& m, ArticleMeta& meta, MetadataSources& from, bool page) {
    if (meta.title.empty() && !m.title.empty()) {
        meta.title = page ? m.title : clean_title(m.title);
        from.title = m.title_from;
    }
    if (meta.authors.empty() && !m.author.empty()) {
        meta.authors = split_authors(m.author);
        from.authors = m.author_from;
    }
    if (meta.date.empty() && !m.date.empty()) {
        meta.date = parse_date(m.date);
        from.date = m.date_from;
    }
    if (meta.url.empty() && (m.url.starts_with("http://") || m.url.starts_with("https://"))) {
        meta.url = m.url;
        from.url = m.url_from;
    }
    if (meta.source.empty()) meta.source = m.site;
}

} // namespace

std::optional<Document> ingest_bytes(std::string_view bytes, const std::string& path,
                                     Diagnostics& diagnostics) {
    if (bytes.empty()) {
        diagnostics.push_back({path, "empty file"});
        return std::nullopt;
    }
    DecodedBytes decoded = decode_bytes(bytes);
    if (decoded.binary) {
        diagnostics.push_back({path, "binary file (contains NUL bytes), not text; skipped"});
        return std::nullopt;
    }
    if (!decoded.warning.empty()) warn(diagnostics, path, decoded.warning);
    if (is_blank(decoded.text)) {
        diagnostics.push_back({path, "empty file (only white space)"});
        return std::nullopt;
    }
    std::string_view text = decoded.text;
    const std::string url_line = take_url_first_line(text);
    const FrontMatter fm = parse_front_matter(text);
    for (const auto& p : fm.problems) warn(diagnostics, path, p);
    const std::string_view body = text.substr(fm.present ? fm.body_offset : 0);

    const Format format =
        detect_format(body, std::filesystem::path(path).extension().string(), fm.present);
    ParsedBlocks parsed;
    if (format == Format::Html)
        parsed = html_page_to_blocks(body);
    else if (format == Format::Markdown)
        parsed = markdown_to_blocks(body);
    else
        parsed.blocks = plain_text_to_blocks(body);
    for (const auto& p : parsed.problems) warn(diagnostics, path, "malformed HTML: " + p);
    if (parsed.article_uncertain)
        warn(diagnostics, path,
             "article boundary uncertain: no block stood out as the article; "
             "kept the page's best text");

    ArticleMeta meta;
    MetadataSources from;
    if (fm.present) meta_from_front_matter(fm, meta);
    if (!meta.title.empty()) from.title = "front-matter";
    if (!meta.authors.empty()) from.authors = "front-matter";
    if (!meta.date.empty()) from.date = "front-matter";
    if (!meta.url.empty()) from.url = "front-matter";
    if (meta.url.empty() && !url_line.empty()) {
        meta.url = url_line;
        from.url = "url-line";
    }
    meta_from_markup(parsed.meta, meta, from, format == Format::Html);

    BoilerplateResult clean =
        remove_boilerplate(std::move(parsed.blocks), default_chrome_phrases());
    // A saved page whose only text is a headline or a few headings keeps that text as its body
    // rather than coming out empty: what the metadata and heading rules may take is kept aside.
    Blocks before_metadata;
    if (format == Format::Html) before_metadata = clean.blocks;
    take_text_metadata(clean.blocks, meta, clean.card_name, &clean.shapes);
    mark_headings(clean.blocks);
    if (meta.source.empty()) meta.source = url_host(meta.url);

    Document doc;
    doc.path = path;
    doc.title = std::move(meta.title);
    doc.authors = std::move(meta.authors);
    doc.date = std::move(meta.date);
    doc.source = std::move(meta.source);
    doc.url = std::move(meta.url);
    doc.tags = std::move(meta.tags);
    // What no earlier source gave, the article's own lines did (bylines, datelines, headline).
    for (auto [where, empty] :
         {std::pair{&from.title, doc.title.empty()}, std::pair{&from.authors, doc.authors.empty()},
          std::pair{&from.date, doc.date.empty()}, std::pair{&from.url, doc.url.empty()}})
        if (empty)
            where->clear();
        else if (where->empty())
            *where = "text";
    doc.meta_from = std::move(from);
    assemble(clean.blocks, doc);
    if (doc.sentences.empty() && !before_metadata.empty()) {
        for (auto& b : before_metadata)
            if (b.role == BlockRole::Heading) b.role = BlockRole::Text;
        assemble(before_metadata, doc);
    }
    std::string declared_language = fm.first("lang");
    if (declared_language.empty()) declared_language = fm.first("language");
    if (declared_language.empty()) declared_language = decoded.declared_language;
    doc.language = document_language(doc.text, declared_language);
    if (doc.sentences.empty()) {
        diagnostics.push_back({path, "no article text found (only page chrome or markup)"});
        return std::nullopt;
    }
    return doc;
}

} // namespace kg
