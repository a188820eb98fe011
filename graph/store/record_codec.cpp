// Binary blobs of documents and scans, checked on the way back in.
#include "store/record_codec.hpp"

#include "store/byte_codec.hpp"
#include "store/extractor_version.hpp"

namespace kg::store {
namespace {

constexpr std::uint64_t kBlobFormat = 1; // first field of every blob

void put_span(ByteWriter& w, Span s) {
    w.u(s.start);
    w.u(s.size());
}

bool get_span(ByteReader& r, Span& s, std::size_t text_size) {
    std::uint64_t start = 0, size = 0;
    if (!r.u(start) || !r.u(size) || start > text_size || size > text_size - start) return false;
    s = {std::uint32_t(start), std::uint32_t(start + size)};
    return true;
}

void put_document(ByteWriter& w, const Document& doc) {
    w.reserve(doc.text.size() + 8 * (doc.paragraphs.size() + doc.sentences.size()) + 512);
    w.str(doc.path);
    w.str(doc.title);
    put_strings(w, doc.authors);
    w.str(doc.date);
    w.str(doc.source);
    w.str(doc.url);
    put_strings(w, doc.tags);
    w.str(doc.language);
    w.str(doc.text);
    w.u(doc.paragraphs.size());
    for (const Paragraph& p : doc.paragraphs) {
        put_span(w, p.span);
        w.u(std::uint64_t(p.kind) | (p.list_item ? 4u : 0u));
        w.s(p.heading);
    }
    w.u(doc.sentences.size());
    for (const Sentence& s : doc.sentences) {
        put_span(w, s.span);
        w.s(s.paragraph);
    }
    for (const std::string* f :
         {&doc.meta_from.title, &doc.meta_from.authors, &doc.meta_from.date, &doc.meta_from.url})
        w.str(*f);
}

bool get_document(ByteReader& r, Document& doc) {
    if (!r.str(doc.path) || !r.str(doc.title) || !get_strings(r, doc.authors) || !r.str(doc.date) ||
        !r.str(doc.source) || !r.str(doc.url) || !get_strings(r, doc.tags) ||
        !r.str(doc.language) || !r.str(doc.text))
        return false;
    const std::size_t size = doc.text.size();
    std::uint64_t n = 0;
    if (!r.count(n, 4)) return false;
    doc.paragraphs.resize(n);
    for (Paragraph& p : doc.paragraphs) {
        std::uint64_t bits = 0;
        std::int64_t heading = 0;
        if (!get_span(r, p.span, size) || !r.u(bits) || (bits & 3) > 2 || bits > 7 ||
            !r.s(heading) || heading < -1 || heading >= std::int64_t(n))
            return false;
        p.kind = ParagraphKind(bits & 3);
        p.list_item = (bits & 4) != 0;
        p.heading = std::int32_t(heading);
    }
    if (!r.count(n, 3)) return false;
    doc.sentences.resize(n);
    for (Sentence& s : doc.sentences) {
        std::int64_t paragraph = 0;
        if (!get_span(r, s.span, size) || !r.s(paragraph) || paragraph < -1 ||
            paragraph >= std::int64_t(doc.paragraphs.size()))
            return false;
        s.paragraph = std::int32_t(paragraph);
    }
    for (std::string* f :
         {&doc.meta_from.title, &doc.meta_from.authors, &doc.meta_from.date, &doc.meta_from.url})
        if (!r.str(*f)) return false;
    return true;
}

void put_ref(ByteWriter& w, EntityRef ref) {
    w.u((std::uint64_t(ref.index) << 1) | (ref.discovered ? 1 : 0));
}

bool get_ref(ByteReader& r, EntityRef& ref, std::size_t kb_entities, std::size_t discovered) {
    std::uint64_t v = 0;
    if (!r.u(v)) return false;
    ref.discovered = (v & 1) != 0;
    const std::uint64_t index = v >> 1;
    if (index >= (ref.discovered ? discovered : kb_entities)) return false;
    ref.index = std::uint32_t(index);
    return true;
}

} // namespace

std::string encode_document(const Document& doc, const Diagnostics& notes) {
    ByteWriter w;
    w.u(kBlobFormat);
    put_document(w, doc);
    w.u(notes.size());
    for (const Diagnostic& d : notes) {
        w.str(d.path);
        w.str(d.message);
        w.u(std::uint64_t(d.severity));
    }
    return w.take();
}

std::optional<StoredDocument> decode_document(std::string_view blob) {
    ByteReader r(blob);
    StoredDocument out;
    std::uint64_t format = 0, n = 0;
    if (!r.u(format) || format != kBlobFormat || !get_document(r, out.doc) || !r.count(n, 3))
        return std::nullopt;
    out.notes.resize(n);
    for (Diagnostic& d : out.notes) {
        std::uint64_t severity = 0;
        if (!r.str(d.path) || !r.str(d.message) || !r.u(severity) || severity > 2)
            return std::nullopt;
        d.severity = Diagnostic::Severity(severity);
    }
    if (!r.at_end()) return std::nullopt;
    return out;
}

std::string encode_scan(const DocResult& scan) {
    ByteWriter w;
    w.reserve(64 + 6 * scan.mentions.size() + scan.refs.size() + scan.pairs.size() +
              12 * scan.sentences.size());
    w.u(kBlobFormat);
    w.u(scan.topics);
    w.u(scan.discovered.size());
    for (const DiscoveredEntity& e : scan.discovered) {
        w.str(e.id);
        w.str(e.name);
        w.u(std::uint64_t(e.type));
        w.str(e.affiliation);
        w.str(e.role);
    }
    w.u(scan.mentions.size());
    std::uint32_t last = 0; // starts ascend: deltas are one byte each
    for (const DocMention& m : scan.mentions) {
        w.s(std::int64_t(m.span.start) - last);
        w.u(m.span.size());
        put_ref(w, m.ref);
        last = m.span.start;
    }
    w.u(scan.refs.size());
    for (EntityRef ref : scan.refs) put_ref(w, ref);
    w.u(scan.pairs.size());
    for (const PairRelation& p : scan.pairs)
        w.u(std::uint64_t(p.kind) * 3 + std::uint64_t(p.direction + 1));
    w.u(scan.sentences.size());
    for (const SentenceFacts& s : scan.sentences) {
        put_span(w, s.span);
        w.u(s.topics);
        w.u(std::uint64_t(s.kind));
        w.u(s.entities_begin);
        w.u(s.entities_end - s.entities_begin);
        w.u(s.heading_end - s.entities_end);
        w.u(s.pairs_begin);
    }
    return w.take();
}

std::optional<DocResult> decode_scan(std::string_view blob, const Document& doc,
                                     std::size_t kb_entities) {
    ByteReader r(blob);
    DocResult out;
    const std::size_t size = doc.text.size();
    std::uint64_t format = 0, n = 0;
    if (!r.u(format) || format != kBlobFormat || !r.small(out.topics) || !r.count(n, 5))
        return std::nullopt;
    out.discovered.resize(n);
    for (DiscoveredEntity& e : out.discovered) {
        std::uint64_t type = 0;
        if (!r.str(e.id) || !r.str(e.name) || !r.u(type) || type >= kEntityTypeCount ||
            !r.str(e.affiliation) || !r.str(e.role))
            return std::nullopt;
        e.type = EntityType(type);
    }
    if (!r.count(n, 3)) return std::nullopt;
    out.mentions.resize(n);
    std::int64_t last = 0;
    for (DocMention& m : out.mentions) {
        std::int64_t delta = 0;
        std::uint64_t length = 0;
        // `last` lies in [0, size]: a delta that leaves the text is refused before it is added
        // (a damaged blob's delta may be near the int64 limits).
        if (!r.s(delta) || delta < -last || delta > std::int64_t(size) - last || !r.u(length))
            return std::nullopt;
        const std::int64_t start = last + delta;
        if (length > size - std::uint64_t(start) ||
            !get_ref(r, m.ref, kb_entities, out.discovered.size()))
            return std::nullopt;
        m.span = {std::uint32_t(start), std::uint32_t(std::uint64_t(start) + length)};
        last = start;
    }
    if (!r.count(n)) return std::nullopt;
    out.refs.resize(n);
    for (EntityRef& ref : out.refs)
        if (!get_ref(r, ref, kb_entities, out.discovered.size())) return std::nullopt;
    if (!r.count(n)) return std::nullopt;
    out.pairs.resize(n);
    for (PairRelation& p : out.pairs) {
        std::uint64_t v = 0;
        if (!r.u(v) || v >= kLinkKindCount * 3) return std::nullopt;
        p.kind = LinkKind(v / 3);
        p.direction = std::int8_t(std::int64_t(v % 3) - 1);
    }
    if (!r.count(n, 8)) return std::nullopt;
    out.sentences.resize(n);
    for (SentenceFacts& s : out.sentences) {
        std::uint64_t kind = 0, begin = 0, entities = 0, heading = 0, pairs_begin = 0;
        if (!get_span(r, s.span, size) || !r.small(s.topics) || !r.u(kind) ||
            kind >= kLinkKindCount || !r.u(begin) || !r.u(entities) || !r.u(heading) ||
            !r.u(pairs_begin))
            return std::nullopt;
        // The ranges must lie inside refs and pairs: corpus_build indexes them unchecked.
        const std::uint64_t end = begin + entities, heading_end = end + heading;
        if (begin > out.refs.size() || entities > out.refs.size() || heading > out.refs.size() ||
            heading_end > out.refs.size() || pairs_begin > out.pairs.size() ||
            entities * (entities - (entities ? 1 : 0)) / 2 > out.pairs.size() - pairs_begin)
            return std::nullopt;
        s.kind = LinkKind(kind);
        s.entities_begin = std::uint32_t(begin);
        s.entities_end = std::uint32_t(end);
        s.heading_end = std::uint32_t(heading_end);
        s.pairs_begin = std::uint32_t(pairs_begin);
    }
    if (!r.at_end()) return std::nullopt;
    return out;
}

std::uint64_t knowledge_base_version(const KnowledgeBase& kb) {
    ByteWriter w;
    w.u(kb.entities.size());
    for (const KbEntity& e : kb.entities) {
        w.str(e.id);
        w.str(e.name);
        w.u(std::uint64_t(e.type));
        w.u(e.region ? std::uint64_t(*e.region) + 1 : 0);
        w.u(e.regions);
        w.str(e.affiliation);
        w.str(e.role);
        put_strings(w, e.aliases);
        put_strings(w, e.members);
    }
    for (const auto& cues : kb.topic_cues) put_strings(w, cues);
    put_strings(w, kb.cooperation_cues);
    put_strings(w, kb.tension_cues);
    put_strings(w, kb.meeting_cues);
    for (const auto& cues : kb.pair_cues) put_strings(w, cues);
    w.u(kb.non_entities.size());
    for (const auto& n : kb.non_entities) w.str(n.text);
    w.u(kb.extra_aliases.size());
    for (const auto& a : kb.extra_aliases) {
        w.str(a.id);
        w.str(a.alias);
    }
    return hash_bytes(w.take(), kExtractorVersion);
}

std::uint64_t extractor_version() {
    return kExtractorVersion;
}

std::uint64_t scan_key(const Document& doc) {
    ByteWriter w;
    put_document(w, doc);
    return hash_bytes(w.take(), kExtractorVersion);
}

} // namespace kg::store
