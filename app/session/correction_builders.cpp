// Building corrections from indexes.
#include "session/correction_builders.hpp"

#include <cctype>

namespace kg::app {
namespace {

Correction on_entity(const Corpus& c, CorrectionKind kind, EntityIndex e) {
    Correction k;
    k.kind = kind;
    k.entity = c.entities[e].id;
    return k;
}

Correction on_link(const Corpus& c, CorrectionKind kind, std::uint32_t link) {
    const Link& l = c.links[link];
    Correction k;
    k.kind = kind;
    k.entity = c.entities[l.source].id;
    k.other = c.entities[l.target].id;
    return k;
}

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

} // namespace

Correction merge_correction(const Corpus& c, EntityIndex keep, EntityIndex absorb) {
    Correction k = on_entity(c, CorrectionKind::Merge, keep);
    k.other = c.entities[absorb].id;
    k.name = c.entities[absorb].name;
    k.what = "Merge " + quoted(c.entities[absorb].name) + " into " + quoted(c.entities[keep].name);
    return k;
}

Correction split_correction(const Corpus& c, EntityIndex from, std::vector<std::string> aliases,
                            std::string new_name) {
    Correction k = on_entity(c, CorrectionKind::Split, from);
    std::string id;
    for (char ch : new_name) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) || u >= 0x80)
            id += char(u < 0x80 ? std::tolower(u) : u);
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    k.value = id.empty() ? c.entities[from].id + "-split" : id;
    k.values = std::move(aliases);
    k.name = std::move(new_name);
    k.what = "Split " + quoted(k.name) + " from " + quoted(c.entities[from].name);
    return k;
}

Correction rename_correction(const Corpus& c, EntityIndex e, std::string name) {
    Correction k = on_entity(c, CorrectionKind::Rename, e);
    k.what = "Rename " + quoted(c.entities[e].name) + " to " + quoted(name);
    k.value = std::move(name);
    return k;
}

Correction type_correction(const Corpus& c, EntityIndex e, EntityType type) {
    Correction k = on_entity(c, CorrectionKind::SetType, e);
    k.value = std::string(to_id(type));
    k.what = "Make " + quoted(c.entities[e].name) + " a " + std::string(label(type));
    return k;
}

Correction region_correction(const Corpus& c, EntityIndex e, Region region) {
    Correction k = on_entity(c, CorrectionKind::SetRegion, e);
    k.values = {std::string(to_id(region))};
    k.what =
        "Set the region of " + quoted(c.entities[e].name) + " to " + std::string(label(region));
    return k;
}

Correction affiliation_correction(const Corpus& c, EntityIndex e, std::int64_t affiliation) {
    Correction k = on_entity(c, CorrectionKind::SetAffiliation, e);
    if (affiliation >= 0) {
        k.value = c.entities[std::size_t(affiliation)].id;
        k.what = "Affiliate " + quoted(c.entities[e].name) + " with " +
                 quoted(c.entities[std::size_t(affiliation)].name);
    } else {
        k.what = "Clear the affiliation of " + quoted(c.entities[e].name);
    }
    return k;
}

Correction alias_correction(const Corpus& c, EntityIndex e, std::string alias) {
    Correction k = on_entity(c, CorrectionKind::AddAlias, e);
    k.what = "Add alias " + quoted(alias) + " to " + quoted(c.entities[e].name);
    k.value = std::move(alias);
    return k;
}

Correction hide_correction(const Corpus& c, EntityIndex e) {
    Correction k = on_entity(c, CorrectionKind::Hide, e);
    k.what = "Hide " + quoted(c.entities[e].name);
    return k;
}

Correction link_review_correction(const Corpus& c, std::uint32_t link, bool accept) {
    Correction k =
        on_link(c, accept ? CorrectionKind::AcceptLink : CorrectionKind::RejectLink, link);
    k.value = std::string(to_id(c.links[link].kind));
    k.what = std::string(accept ? "Accept" : "Reject") + " the " +
             std::string(label(c.links[link].kind)) + " link " +
             quoted(c.entities[c.links[link].source].name) + " - " +
             quoted(c.entities[c.links[link].target].name);
    return k;
}

Correction passage_review_correction(const Corpus& c, std::uint32_t link, std::size_t evidence,
                                     bool accept) {
    Correction k =
        on_link(c, accept ? CorrectionKind::AcceptPassage : CorrectionKind::RejectPassage, link);
    const Evidence& ev = c.links[link].evidence[evidence];
    const Document& d = c.documents[ev.doc];
    const std::string sentence(d.slice(ev.span));
    k.passage = PassageRef{d.path, passage_hash(sentence), sentence};
    k.what = std::string(accept ? "Accept" : "Reject") + " a passage of " +
             quoted(c.entities[c.links[link].source].name) + " - " +
             quoted(c.entities[c.links[link].target].name);
    return k;
}

Correction entity_note_correction(const Corpus& c, EntityIndex e, std::string note) {
    Correction k = on_entity(c, CorrectionKind::Note, e);
    k.what = "Note on " + quoted(c.entities[e].name);
    k.value = std::move(note);
    return k;
}

Correction link_note_correction(const Corpus& c, std::uint32_t link, std::string note) {
    Correction k = on_link(c, CorrectionKind::Note, link);
    k.what = "Note on " + quoted(c.entities[c.links[link].source].name) + " - " +
             quoted(c.entities[c.links[link].target].name);
    k.value = std::move(note);
    return k;
}

std::optional<std::uint32_t> next_unreviewed_link(const Corpus& c,
                                                  std::span<const ReviewState> review,
                                                  std::span<const std::uint8_t> visible,
                                                  std::optional<std::uint32_t> after) {
    const std::size_t n = c.links.size();
    if (n == 0) return std::nullopt;
    const std::size_t start = after ? (std::size_t(*after) + 1) % n : 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (start + k) % n;
        if (i < review.size() && review[i] != ReviewState::Unreviewed) continue;
        if (!visible.empty() && (i >= visible.size() || !visible[i])) continue;
        return std::uint32_t(i);
    }
    return std::nullopt;
}

} // namespace kg::app
