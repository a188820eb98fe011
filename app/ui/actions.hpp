// What panels and canvas input ask for. They only record actions; apply_actions() changes
// state in one place, so every change is visible, ordered and testable.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <utility>
#include <variant>
#include <vector>

namespace kg::app {

struct SelectNodes { std::vector<EntityIndex> nodes; bool add = false; }; // empty + !add = clear
struct SelectLink { std::uint32_t link = 0; };
struct ClearSelection {};
struct FocusNeighbourhood { EntityIndex entity = 0; };
struct ClearFocus {};
struct FitView { bool animate = true; };
struct PanView { Vec2 delta_px; };
struct ZoomView { Vec2 at_px; float factor = 1.0f; };
struct MoveNode { EntityIndex entity = 0; Vec2 world; }; // drag: moves and pins
struct UnpinAll {};
struct SetTheme { ThemeId theme = ThemeId::Light; };
struct SetColorMode { ColorMode mode = ColorMode::ByType; };
struct SetSizeMode { SizeMode mode = SizeMode::ByWeight; };
struct SetShowLabels { bool show = true; };

using Action = std::variant<SelectNodes, SelectLink, ClearSelection, FocusNeighbourhood, ClearFocus,
                            FitView, PanView, ZoomView, MoveNode, UnpinAll, SetTheme, SetColorMode,
                            SetSizeMode, SetShowLabels>;

class ActionQueue {
public:
    void push(Action a) { actions_.push_back(std::move(a)); }
    bool empty() const { return actions_.empty(); }
    // Hands over everything recorded this frame, in order.
    std::vector<Action> take() { return std::exchange(actions_, {}); }

private:
    std::vector<Action> actions_;
};

} // namespace kg::app
