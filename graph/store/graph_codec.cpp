// The graph record's binary form, checked on the way back in as the other blobs are.
#include "store/graph_codec.hpp"

#include "store/byte_codec.hpp"

namespace kg::store {
namespace {

constexpr std::uint64_t kGraphFormat = 1; // first field of the record

template <class T> bool get_below(ByteReader& r, T& v, std::uint64_t limit) {
    std::uint64_t w = 0;
    if (!r.u(w) || w >= limit) return false;
    v = T(w);
    return true;
}

void put_document(ByteWriter& w, const Document& d, std::uint64_t text_size) {
    w.str(d.id);
    w.str(d.path);
    w.str(d.title);
    put_strings(w, d.authors);
    w.str(d.date);
    w.str(d.source);
    w.str(d.url);
    put_strings(w, d.tags);
    w.str(d.language);
    for (const std::string* f :
         {&d.meta_from.title, &d.meta_from.authors, &d.meta_from.date, &d.meta_from.url})
        w.str(*f);
    w.u(text_size);
}

bool get_document(ByteReader& r, Document& d, std::uint32_t& text_size) {
    if (!r.str(d.id) || !r.str(d.path) || !r.str(d.title) || !get_strings(r, d.authors) ||
        !r.str(d.date) || !r.str(d.source) || !r.str(d.url) || !get_strings(r, d.tags) ||
        !r.str(d.language))
        return false;
    for (std::string* f :
         {&d.meta_from.title, &d.meta_from.authors, &d.meta_from.date, &d.meta_from.url})
        if (!r.str(*f)) return false;
    return r.small(text_size);
}

// A document index and a span inside that document's text, as differences from the previous
// place of the same list: mentions and passages are sorted by (document, start), so most of the
// differences are one byte (a third of the record's size at 20,000 articles).
struct Place {
    DocIndex doc = 0;
    std::uint32_t start = 0;
};

void put_place(ByteWriter& w, Place& last, DocIndex doc, Span span) {
    w.s(std::int64_t(doc) - last.doc);
    w.s(doc == last.doc ? std::int64_t(span.start) - last.start : std::int64_t(span.start));
    w.u(span.size());
    last = {doc, span.start};
}

bool get_place(ByteReader& r, Place& last, DocIndex& doc, Span& span,
               const std::vector<std::uint32_t>& text_size) {
    std::int64_t doc_step = 0, start = 0;
    std::uint64_t size = 0;
    if (!r.s(doc_step) || !r.s(start) || !r.u(size)) return false;
    // Bounded before they are added: a damaged record's steps can be anything an int64 holds.
    const auto last_doc = std::int64_t(last.doc);
    if (doc_step < -last_doc || doc_step >= std::int64_t(text_size.size()) - last_doc) return false;
    const std::int64_t d = last_doc + doc_step;
    if (d == last_doc) {
        if (start < -std::int64_t(last.start) || start > std::int64_t(text_size[d])) return false;
        start += last.start;
    }
    if (start < 0 || std::uint64_t(start) > text_size[d] ||
        size > text_size[d] - std::uint64_t(start))
        return false;
    doc = DocIndex(d);
    span = {std::uint32_t(start), std::uint32_t(start + std::int64_t(size))};
    last = {doc, span.start};
    return true;
}

void put_entity(ByteWriter& w, const Entity& e) {
    w.str(e.id);
    w.str(e.name);
    w.u(std::uint64_t(e.type));
    w.u(e.region ? std::uint64_t(*e.region) + 1 : 0);
    w.u(e.regions);
    w.str(e.affiliation);
    w.str(e.role);
    put_strings(w, e.aliases);
    w.u(e.discovered);
    w.u(e.mentions.size());
    Place last;
    for (const Mention& m : e.mentions) put_place(w, last, m.doc, m.span);
}

bool get_entity(ByteReader& r, Entity& e, const std::vector<std::uint32_t>& text_size) {
    std::uint64_t region = 0, discovered = 0, n = 0;
    if (!r.str(e.id) || !r.str(e.name) || !get_below(r, e.type, kEntityTypeCount) ||
        !get_below(r, region, kRegionCount + 1) || !r.small(e.regions) || !r.str(e.affiliation) ||
        !r.str(e.role) || !get_strings(r, e.aliases) || !get_below(r, discovered, 2) ||
        !r.count(n, 3))
        return false;
    if (region > 0) e.region = Region(region - 1);
    e.discovered = discovered != 0;
    e.mentions.resize(n);
    Place last;
    for (Mention& m : e.mentions)
        if (!get_place(r, last, m.doc, m.span, text_size)) return false;
    return true;
}

void put_link(ByteWriter& w, const Link& l) {
    w.u(l.source);
    w.u(l.target);
    w.u(std::uint64_t(l.kind));
    w.u(l.topics);
    w.u(l.from_knowledge_base);
    w.u(l.evidence.size());
    Place last;
    for (const Evidence& ev : l.evidence) {
        put_place(w, last, ev.doc, ev.span);
        w.u(std::uint64_t(ev.kind) * 3 + std::uint64_t(ev.direction));
        w.u(ev.topics);
    }
}

bool get_link(ByteReader& r, Link& l, std::size_t entities,
              const std::vector<std::uint32_t>& text_size) {
    std::uint64_t from_kb = 0, n = 0;
    if (!get_below(r, l.source, entities) || !get_below(r, l.target, entities) ||
        !get_below(r, l.kind, kLinkKindCount) || !r.small(l.topics) || !get_below(r, from_kb, 2) ||
        !r.count(n, 5))
        return false;
    l.from_knowledge_base = from_kb != 0;
    l.evidence.resize(n);
    Place last;
    for (Evidence& ev : l.evidence) {
        std::uint64_t kind_direction = 0;
        if (!get_place(r, last, ev.doc, ev.span, text_size) ||
            !get_below(r, kind_direction, kLinkKindCount * 3) || !r.small(ev.topics))
            return false;
        ev.kind = LinkKind(kind_direction / 3);
        ev.direction = Direction(kind_direction % 3);
    }
    return true;
}

} // namespace

std::string encode_graph(const Corpus& corpus, const Diagnostics& ingest_notes,
                         std::span<const std::uint32_t> text_size) {
    ByteWriter w;
    // Sized once from the corpus: grown by doubling, a record of a third of the articles' size
    // held up to three times that while it was copied (the peak of a cold run at 100,000
    // articles). Most places take 5 to 6 bytes; 8 leaves room, and a miss costs one doubling.
    std::size_t places = 0, strings = 0;
    for (const Document& d : corpus.documents)
        strings += d.path.size() + d.title.size() + d.source.size() + d.url.size() + 64;
    for (const Entity& e : corpus.entities) places += e.mentions.size() + 8;
    for (const Link& l : corpus.links) places += l.evidence.size() + 3;
    for (const Diagnostic& d : ingest_notes) strings += d.path.size() + d.message.size() + 4;
    w.reserve(8 * places + strings);
    w.u(kGraphFormat);
    w.u(corpus.documents.size());
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
        const Document& d = corpus.documents[i];
        put_document(w, d, text_size.empty() ? d.text.size() : text_size[i]);
    }
    w.u(corpus.entities.size());
    for (const Entity& e : corpus.entities) put_entity(w, e);
    w.u(corpus.links.size());
    for (const Link& l : corpus.links) put_link(w, l);
    w.u(ingest_notes.size());
    for (const Diagnostic& d : ingest_notes) {
        w.str(d.path);
        w.str(d.message);
        w.u(std::uint64_t(d.severity));
    }
    return w.take();
}

std::optional<StoredGraph> decode_graph(std::string_view blob) {
    ByteReader r(blob);
    return decode_graph(r);
}

std::optional<StoredGraph> decode_graph(ByteReader& r) {
    StoredGraph out;
    Corpus& c = out.corpus;
    std::uint64_t format = 0, n = 0;
    if (!r.u(format) || format != kGraphFormat || !r.count(n, 14)) return std::nullopt;
    std::vector<Document>& documents = c.documents.edit();
    documents.resize(n);
    out.text_size.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!get_document(r, documents[i], out.text_size[i])) return std::nullopt;
    if (!r.count(n, 10)) return std::nullopt;
    c.entities.resize(n);
    for (Entity& e : c.entities)
        if (!get_entity(r, e, out.text_size)) return std::nullopt;
    if (!r.count(n, 6)) return std::nullopt;
    c.links.resize(n);
    for (Link& l : c.links)
        if (!get_link(r, l, c.entities.size(), out.text_size)) return std::nullopt;
    if (!r.count(n, 3)) return std::nullopt;
    out.ingest_notes.resize(n);
    for (Diagnostic& d : out.ingest_notes) {
        std::uint64_t severity = 0;
        if (!r.str(d.path) || !r.str(d.message) || !get_below(r, severity, 3)) return std::nullopt;
        d.severity = Diagnostic::Severity(severity);
    }
    if (!r.at_end()) return std::nullopt;
    return out;
}

} // namespace kg::store
