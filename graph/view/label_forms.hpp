// The forms a node's label can take, tried in this order where the one before does not fit: the
// name on one line; the name on two lines, broken at the space nearest its middle; an
// organization's short name (its shortest alias: "SCO", "Quad", "Carnegie Endowment").
// Cartographers wrap and shorten names before they drop them, and an analyst would rather read
// "SCO" than nothing beside the node.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kg {

enum class LabelForm : std::uint8_t { Name, TwoLines, Short };
inline constexpr std::size_t kLabelForms = 3;

// The text of one form: `second` is empty for one-line forms; both are empty where the entity has
// no such form (a short name, or no good place to break).
struct LabelLines {
    std::string_view first, second;
    bool exists() const { return !first.empty(); }
};
LabelLines label_lines(const Entity& entity, LabelForm form);
// What to draw for a label placed in `form`: its lines, or the name where the form does not exist.
LabelLines drawn_label_lines(const Entity& entity, LabelForm form);

// The box of each form of one entity's label, indexed by LabelForm; zero where the form does not
// exist. Two lines stack: their box is the wider line's width and both lines' heights.
using LabelBoxes = std::array<Vec2, kLabelForms>;

// Boxes for every entity of `corpus`, from the size of one line of text in the caller's font.
std::vector<LabelBoxes> label_boxes(const Corpus& corpus,
                                    const std::function<Vec2(std::string_view)>& line_size);

} // namespace kg
