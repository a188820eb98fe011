// A deliberately plain paragraph and sentence splitter for extract tests.
#include "simple_document.hpp"

#include "extract/extract.hpp"

#include <filesystem>

namespace kg::test {
namespace {

bool is_heading(std::string_view line) {
    if (line.empty() || line.size() > 60) return false;
    char last = line.back();
    return last != '.' && last != '!' && last != '?' && last != ':' && last != '"';
}

void split_sentences(Document& doc, std::uint32_t start, std::uint32_t end,
                     std::int32_t paragraph) {
    const std::string& t = doc.text;
    std::uint32_t s = start;
    for (std::uint32_t i = start; i < end; ++i) {
        char c = t[i];
        if ((c == '.' || c == '!' || c == '?') && i + 2 < end && t[i + 1] == ' ' &&
            ((t[i + 2] >= 'A' && t[i + 2] <= 'Z') || t[i + 2] == '"')) {
            doc.sentences.push_back({{s, i + 1}, paragraph});
            s = i + 2;
        }
    }
    if (s < end) doc.sentences.push_back({{s, end}, paragraph});
}

} // namespace

Document simple_document(std::string text, std::string id, std::string path) {
    Document doc;
    doc.id = std::move(id);
    doc.path = std::move(path);
    doc.text = std::move(text);
    std::int32_t heading = -1;
    std::size_t pos = 0;
    const std::string& t = doc.text;
    while (pos < t.size()) {
        while (pos < t.size() && t[pos] == '\n') ++pos;
        if (pos >= t.size()) break;
        std::size_t end = t.find("\n\n", pos);
        if (end == std::string::npos) end = t.size();
        std::size_t trimmed = end;
        while (trimmed > pos && (t[trimmed - 1] == '\n' || t[trimmed - 1] == ' ')) --trimmed;
        Paragraph p;
        p.span = {std::uint32_t(pos), std::uint32_t(trimmed)};
        auto index = std::int32_t(doc.paragraphs.size());
        if (is_heading(std::string_view(t).substr(pos, trimmed - pos))) {
            p.kind = ParagraphKind::Heading;
            p.heading = -1;
            heading = index;
        } else {
            p.heading = heading;
        }
        doc.paragraphs.push_back(p);
        split_sentences(doc, p.span.start, p.span.end, index);
        pos = end;
    }
    return doc;
}

const KnowledgeBase& fixture() {
    static const KnowledgeBase kb = [] {
        Diagnostics d;
        return load_knowledge_base(std::filesystem::path(KGVIZ_TEST_DATA_DIR) / "kb-fixture", d);
    }();
    return kb;
}

const Entity* entity(const Corpus& c, std::string_view id) {
    std::int64_t i = c.find_entity(id);
    return i < 0 ? nullptr : &c.entities[std::size_t(i)];
}

std::vector<std::string> mention_texts(const Corpus& c, std::string_view id) {
    std::vector<std::string> out;
    if (const Entity* e = entity(c, id))
        for (const Mention& m : e->mentions) out.emplace_back(c.documents[m.doc].slice(m.span));
    return out;
}

Corpus extract_text(const std::string& text) {
    std::vector<Document> docs;
    docs.push_back(simple_document(text));
    return extract(fixture(), std::move(docs));
}

bool linked_by_text(const Corpus& c, std::string_view a, std::string_view b) {
    for (const Link& l : c.links) {
        if (l.from_knowledge_base) continue;
        const std::string& s = c.entities[l.source].id;
        const std::string& t = c.entities[l.target].id;
        if ((s == a && t == b) || (s == b && t == a)) return true;
    }
    return false;
}

} // namespace kg::test
