// Id-based carry-over of positions and UI state between two corpora.
#include "session/carry_over.hpp"

#include "layout/layout.hpp"
#include "view/camera.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kg::app {
namespace {

std::optional<EntityIndex> same_entity(const Corpus& from, EntityIndex e, const Corpus& to) {
    if (e >= from.entities.size()) return std::nullopt;
    const std::int64_t i = to.find_entity(from.entities[e].id);
    return i < 0 ? std::nullopt : std::optional<EntityIndex>(EntityIndex(i));
}

std::optional<EntityIndex> carry(const std::optional<EntityIndex>& e, const Corpus& from,
                                 const Corpus& to) {
    return e ? same_entity(from, *e, to) : std::nullopt;
}

} // namespace

std::vector<Vec2> carry_positions(const Corpus& from, std::span<const Vec2> positions,
                                  const Corpus& to) {
    std::unordered_map<std::string_view, Vec2> by_id;
    for (std::size_t i = 0; i < from.entities.size() && i < positions.size(); ++i)
        by_id.emplace(from.entities[i].id, positions[i]);
    std::vector<Vec2> out(to.entities.size(), kNoPosition);
    for (std::size_t i = 0; i < to.entities.size(); ++i)
        if (auto it = by_id.find(to.entities[i].id); it != by_id.end()) out[i] = it->second;
    return out;
}

std::size_t place_beside_neighbours(const Corpus& corpus, std::vector<Vec2>& positions) {
    positions.resize(corpus.entities.size(), kNoPosition);
    Bounds bounds;
    for (const Vec2& p : positions)
        if (has_position(p)) bounds.add(p, 0.0f);
    const bool any = !bounds.empty();
    const float step = kDefaultEdgeLength;
    std::size_t placed = 0, lonely = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (has_position(positions[i])) continue;
        Vec2 sum{};
        int n = 0;
        for (const Link& l : corpus.links) {
            const std::size_t other = l.source == i ? l.target : l.target == i ? l.source : i;
            if (other == i || !has_position(positions[other])) continue;
            sum = sum + positions[other];
            ++n;
        }
        // The golden angle spreads several new nodes around one neighbour without collisions.
        const float angle = 2.39996f * float(placed + 1);
        const Vec2 nudge{std::cos(angle) * step * 0.6f, std::sin(angle) * step * 0.6f};
        if (n > 0) {
            positions[i] = sum * (1.0f / float(n)) + nudge;
        } else {
            const Vec2 origin = any ? Vec2{bounds.max.x + step, bounds.min.y} : Vec2{};
            positions[i] = origin + Vec2{0.0f, step * float(lonely++)};
        }
        ++placed;
    }
    return placed;
}

std::size_t keep_clear(std::vector<Vec2>& positions, std::span<const EntityIndex> movable,
                       float clearance) {
    const float min_d2 = clearance * clearance;
    auto crowded = [&](std::size_t self, Vec2 p) {
        for (std::size_t j = 0; j < positions.size(); ++j) {
            if (j == self || !has_position(positions[j])) continue;
            const Vec2 d = positions[j] - p;
            if (d.x * d.x + d.y * d.y < min_d2) return true;
        }
        return false;
    };
    std::size_t moved = 0;
    for (EntityIndex e : movable) {
        if (e >= positions.size() || !has_position(positions[e]) || !crowded(e, positions[e]))
            continue;
        // A golden-angle spiral around where the node is: the first free spot is the nearest
        // one, up to some way out; past that the node stays (never lost off the map).
        const Vec2 at = positions[e];
        for (int k = 1; k <= 400; ++k) {
            const float angle = 2.39996f * float(k);
            const float radius = clearance * 0.5f * std::sqrt(float(k));
            const Vec2 p = at + Vec2{std::cos(angle) * radius, std::sin(angle) * radius};
            if (crowded(e, p)) continue;
            positions[e] = p;
            ++moved;
            break;
        }
    }
    return moved;
}

std::optional<std::uint32_t> find_link(const Corpus& corpus, std::string_view a, std::string_view b,
                                       LinkKind kind) {
    const std::int64_t s = corpus.find_entity(a), t = corpus.find_entity(b);
    if (s < 0 || t < 0) return std::nullopt;
    std::optional<std::uint32_t> any_kind;
    for (std::uint32_t i = 0; i < corpus.links.size(); ++i) {
        const Link& m = corpus.links[i];
        const bool ends = (m.source == s && m.target == t) || (m.source == t && m.target == s);
        if (!ends) continue;
        if (m.kind == kind) return i;
        if (!any_kind) any_kind = i;
    }
    return any_kind;
}

std::optional<std::uint32_t> same_link(const Corpus& from, std::uint32_t link, const Corpus& to) {
    if (link >= from.links.size()) return std::nullopt;
    const Link& l = from.links[link];
    return find_link(to, from.entities[l.source].id, from.entities[l.target].id, l.kind);
}

UiState carry_ui_state(const UiState& ui, const Corpus& from, const Corpus& to) {
    UiState out = ui;
    out.selection.nodes.clear();
    for (EntityIndex e : ui.selection.nodes)
        if (auto m = same_entity(from, e, to)) out.selection.nodes.push_back(*m);
    std::sort(out.selection.nodes.begin(), out.selection.nodes.end());
    out.selection.nodes.erase(std::unique(out.selection.nodes.begin(), out.selection.nodes.end()),
                              out.selection.nodes.end());
    out.selection.link = ui.selection.link ? same_link(from, *ui.selection.link, to) : std::nullopt;
    out.new_entities.clear();
    for (EntityIndex e : ui.new_entities)
        if (auto m = same_entity(from, e, to)) out.new_entities.push_back(*m);
    std::sort(out.new_entities.begin(), out.new_entities.end());
    out.focus = carry(ui.focus, from, to);
    out.path_from = carry(ui.path_from, from, to);
    out.path_to = carry(ui.path_to, from, to);
    out.path_links.clear(); // a path with a link gone is no path: keep it only whole
    for (std::uint32_t l : ui.path_links)
        if (auto m = same_link(from, l, to)) out.path_links.push_back(*m);
    if (out.path_links.size() != ui.path_links.size()) out.path_links.clear();
    out.pinned.clear();
    for (const auto& [e, pos] : ui.pinned)
        if (auto m = same_entity(from, e, to)) out.pinned[*m] = pos;
    out.callouts.clear();
    for (const Callout& c : ui.callouts) {
        if (!c.entity)
            out.callouts.push_back(c);
        else if (auto m = same_entity(from, *c.entity, to))
            out.callouts.push_back({*m, c.at, c.offset, c.text});
    }
    out.editing_callout.reset();
    out.label_offsets.clear();
    for (const auto& [e, offset] : ui.label_offsets)
        if (auto m = same_entity(from, e, to)) out.label_offsets[*m] = offset;
    out.labels_pinned.clear();
    for (EntityIndex e : ui.labels_pinned)
        if (auto m = same_entity(from, e, to)) out.labels_pinned.insert(*m);
    out.reader.reset();
    if (ui.reader && ui.reader->doc < from.documents.size()) {
        const std::string& path = from.documents[ui.reader->doc].path;
        for (DocIndex d = 0; d < to.documents.size(); ++d)
            if (to.documents[d].path == path)
                out.reader = ReaderTarget{d, ui.reader->passage, false};
    }
    return out;
}

} // namespace kg::app
