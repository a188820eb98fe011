// Headings and the assembly of the cleaned text.
#include "ingest/structure.hpp"

#include "ingest/line_shape.hpp"
#include "ingest/segment.hpp"

#include <limits>
#include <utility>
#include <vector>

namespace kg::ingestion {
namespace {

bool heading_shaped(const Block& b) {
    if (b.text.size() > 320) return false; // 80 characters of at most four bytes
    const LineShape s = measure(b.text);
    if (s.words == 0 || s.words > 10 || s.chars > 80 || !s.first_upper || s.sentence_end)
        return false;
    const char last = b.text.back();
    return last != ',' && last != ';' && last != ':' && last != '-';
}

} // namespace

void mark_headings(Blocks& blocks) {
    for (std::size_t k = 0; k + 1 < blocks.size(); ++k) {
        Block& b = blocks[k];
        if (b.role != BlockRole::Text || !b.blank_before || !b.blank_after || !heading_shaped(b))
            continue;
        const Block& next = blocks[k + 1];
        if (next.role == BlockRole::Text && is_prose(measure(next.text)))
            b.role = BlockRole::Heading;
    }
    // A heading with nothing under it is a leftover label, not a section.
    while (!blocks.empty() && blocks.back().role == BlockRole::Heading) blocks.pop_back();
}

void assemble(const Blocks& blocks, Document& doc) {
    doc.text.clear();
    doc.paragraphs.clear();
    doc.sentences.clear();
    std::size_t total = 0;
    for (const auto& b : blocks) total += b.text.size() + 2;
    doc.text.reserve(total);
    // Open sections, outermost first: a heading closes those at its level or deeper.
    std::vector<std::pair<std::int32_t, std::uint8_t>> sections;
    std::vector<Span> spans;         // one paragraph's sentences
    std::vector<Sentence> sentences; // the document's, copied once at the exact size below:
                                     // documents are kept for the whole run, their slack too
    doc.paragraphs.reserve(blocks.size());
    for (const auto& b : blocks) {
        if (b.text.empty()) continue;
        if (doc.text.size() + b.text.size() + 2 > std::numeric_limits<std::uint32_t>::max()) break;
        if (!doc.text.empty()) doc.text += "\n\n";
        const auto start = std::uint32_t(doc.text.size());
        doc.text += b.text;
        Paragraph p;
        p.span = {start, std::uint32_t(doc.text.size())};
        const auto index = std::int32_t(doc.paragraphs.size());
        if (b.role == BlockRole::Heading) {
            p.kind = ParagraphKind::Heading;
            const std::uint8_t level = b.level ? b.level : 2; // text headings: one level
            while (!sections.empty() && sections.back().second >= level) sections.pop_back();
            p.heading = sections.empty() ? -1 : sections.back().first;
            sections.emplace_back(index, level);
        } else {
            p.kind = b.role == BlockRole::Caption ? ParagraphKind::Caption : ParagraphKind::Body;
            p.list_item = b.role == BlockRole::ListItem;
            p.heading = sections.empty() ? -1 : sections.back().first;
            spans.clear();
            append_sentences(b.text, start, spans);
            for (const Span& s : spans) sentences.push_back({s, index});
        }
        doc.paragraphs.push_back(p);
    }
    doc.sentences.assign(sentences.begin(), sentences.end());
}

} // namespace kg::ingestion
