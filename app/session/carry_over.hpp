// Carrying what the user sees across a corpus change (a correction, added articles): positions
// and UiState refer to entities and links by index, and indexes shift, so both are matched by id.
#pragma once

#include "session/ui_state.hpp"

#include <span>
#include <vector>

namespace kg::app {

// Positions for `to`'s entities: an entity present in `from` (same id) keeps its position,
// a new one gets kNoPosition (NaN).
std::vector<Vec2> carry_positions(const Corpus& from, std::span<const Vec2> positions,
                                  const Corpus& to);

// Places the kNoPosition entries beside their placed neighbours (mean position, nudged so two
// new nodes never coincide); a node with no placed neighbour goes right of the drawing.
// Returns how many were placed.
std::size_t place_beside_neighbours(const Corpus& corpus, std::vector<Vec2>& positions);

// Moves each `movable` node closer than `clearance` to another node to the nearest free spot
// around it (the other nodes stay), so new nodes never overlap. Returns how many moved.
std::size_t keep_clear(std::vector<Vec2>& positions, std::span<const EntityIndex> movable,
                       float clearance);

// The link joining entities `a` and `b` (ids, either direction) with `kind` (else of any kind).
std::optional<std::uint32_t> find_link(const Corpus& corpus, std::string_view a, std::string_view b,
                                       LinkKind kind);

// The link of `to` joining the same two entity ids with the same kind (any kind when none
// matches), if there is one.
std::optional<std::uint32_t> same_link(const Corpus& from, std::uint32_t link, const Corpus& to);

// `ui` re-indexed for `to`: selection, focus, pins and path ends follow their ids (dropped when
// the entity is gone); the reader follows its document by path; derived masks are cleared.
UiState carry_ui_state(const UiState& ui, const Corpus& from, const Corpus& to);

} // namespace kg::app
