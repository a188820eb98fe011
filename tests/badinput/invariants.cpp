// Structural checks; a loader that lets an out-of-range index through would crash the renderer
// later.
#include "invariants.hpp"

#include "hostile_files.hpp"

namespace kg::test {
namespace {

bool on_boundary(const std::string& text, std::uint32_t offset) {
    return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xc0) != 0x80;
}

std::string span_problem(const std::string& text, Span s, const std::string& what) {
    if (s.start > s.end || s.end > text.size())
        return what + " [" + std::to_string(s.start) + ", " + std::to_string(s.end) +
               ") outside a text of " + std::to_string(text.size()) + " bytes";
    if (!on_boundary(text, s.start) || !on_boundary(text, s.end))
        return what + " splits a UTF-8 character";
    return {};
}

} // namespace

std::string document_problem(const Document& doc) {
    const std::string where = "document '" + doc.path + "': ";
    if (!is_valid_utf8(doc.text)) return where + "text is not valid UTF-8";
    if (doc.text.find('\0') != std::string::npos) return where + "text contains NUL bytes";
    for (const auto* field : {&doc.title, &doc.date, &doc.source, &doc.url})
        if (!is_valid_utf8(*field)) return where + "metadata is not valid UTF-8";
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const auto& p = doc.paragraphs[i];
        if (auto e = span_problem(doc.text, p.span, "paragraph " + std::to_string(i)); !e.empty())
            return where + e;
        if (p.heading < -1 || p.heading >= std::int32_t(doc.paragraphs.size()))
            return where + "paragraph " + std::to_string(i) + " names a missing heading";
    }
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i];
        if (auto e = span_problem(doc.text, s.span, "sentence " + std::to_string(i)); !e.empty())
            return where + e;
        if (s.paragraph < -1 || s.paragraph >= std::int32_t(doc.paragraphs.size()))
            return where + "sentence " + std::to_string(i) + " names a missing paragraph";
    }
    return {};
}

std::string corpus_problem(const Corpus& corpus) {
    for (const auto& doc : corpus.documents)
        if (auto e = document_problem(doc); !e.empty()) return e;
    const auto docs = corpus.documents.size();
    for (const auto& entity : corpus.entities) {
        if (!is_valid_utf8(entity.id) || !is_valid_utf8(entity.name))
            return "entity id or name is not valid UTF-8";
        for (const auto& m : entity.mentions) {
            if (m.doc >= docs)
                return "entity '" + entity.id + "' has a mention in a missing document";
            if (auto e =
                    span_problem(corpus.documents[m.doc].text, m.span, "mention of " + entity.id);
                !e.empty())
                return e;
        }
    }
    for (const auto& link : corpus.links) {
        if (link.source >= corpus.entities.size() || link.target >= corpus.entities.size())
            return "a link names a missing entity";
        for (const auto& ev : link.evidence) {
            if (ev.doc >= docs) return "evidence in a missing document";
            if (auto e = span_problem(corpus.documents[ev.doc].text, ev.span, "evidence");
                !e.empty())
                return e;
        }
    }
    return {};
}

} // namespace kg::test
