// Bloc descriptions: "the bloc" and "the alliance" become mentions of the one bloc named nearby.
#include "extract/bloc_reference.hpp"

#include "extract/name_scan.hpp"
#include "extract/span_at.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace kg {
namespace {

constexpr std::size_t kLookBack = 128;
constexpr auto kDescriptions = std::to_array<std::string_view>({"bloc", "alliance", "grouping"});

// Words after the description that make it a relation between parties, not a body named before.
bool relation_follows(std::string_view text, std::size_t end) {
    static constexpr auto kWords =
        std::to_array<std::string_view>({" of ", " between ", " with ", " among "});
    return std::any_of(kWords.begin(), kWords.end(),
                       [&](std::string_view w) { return text.substr(end, w.size()) == w; });
}

// Start of each "the DESCRIPTION" / "The DESCRIPTION" as whole words, with the description's end.
std::vector<Span> description_spans(std::string_view text) {
    std::vector<Span> out;
    for (std::string_view noun : kDescriptions) {
        for (std::size_t at = text.find(noun); at != std::string_view::npos;
             at = text.find(noun, at + 1)) {
            if (at < 4) continue;
            const std::string_view before = text.substr(at - 4, 4);
            if (before != "the " && before != "The ") continue;
            if (at >= 5 && is_word_char_at(text, at - 5)) continue;
            const std::size_t end = at + noun.size();
            if (is_word_char_at(text, end)) continue; // "blocs", "alliances": not one body
            if (relation_follows(text, end)) continue;
            out.push_back({std::uint32_t(at), std::uint32_t(end)});
        }
    }
    std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.start < b.start; });
    return out;
}

bool is_bloc(const ExtractIndex& index, EntityRef r) {
    if (r.discovered) return false;
    const KbEntity& e = index.kb->entities[r.index];
    return e.type == EntityType::Organization && !e.members.empty();
}

} // namespace

void resolve_bloc_references(const ExtractIndex& index, const Document& doc,
                             const std::vector<Sentence>& sentences,
                             std::vector<DocMention>& mentions) {
    const std::string_view text = doc.text;
    if (sentences.empty()) return;
    std::vector<DocMention> added;
    for (Span d : description_spans(text)) {
        const std::int64_t s = span_at(sentences, d.start);
        if (s < 0) continue;
        const std::uint32_t from =
            sentences[std::size_t(std::max<std::int64_t>(0, s - 2))].span.start;
        // The distinct blocs named in the window, walking back from the description (at most
        // kLookBack mentions: a sentence of thousands of names stays linear); one and only one
        // resolves it.
        auto it = first_mention_from(mentions, d.end);
        std::optional<EntityRef> bloc;
        bool ambiguous = false;
        bool inside_name = false;
        for (std::size_t seen = 0; it != mentions.begin() && seen < kLookBack; ++seen) {
            const DocMention& m = *--it;
            if (m.span.end > d.start) {
                inside_name = true; // part of a longer name ("the Alliance of Sahel States")
                break;
            }
            if (m.span.start < from) break;
            if (!is_bloc(index, m.ref)) continue;
            if (bloc && *bloc != m.ref) ambiguous = true;
            bloc = m.ref;
        }
        if (bloc && !ambiguous && !inside_name) added.push_back({d, *bloc});
    }
    insert_sorted(mentions, std::move(added));
}

} // namespace kg
