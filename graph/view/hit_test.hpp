// CPU picking: a uniform grid over the scene's nodes and link segments, queried in world space
// with the same shape distances the shaders draw, so a click hits exactly what is on screen.
#pragma once

#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <cstdint>
#include <vector>

namespace kg {

class SpatialIndex {
  public:
    SpatialIndex() = default;
    // Indexes `scene` (which must outlive the index's queries).
    explicit SpatialIndex(const RenderScene& scene);

    // The topmost node under `world`, else the nearest link within `link_tolerance_px`
    // of its drawn width, else nothing. `zoom` is the camera's pixels per world unit.
    HoverTarget pick(Vec2 world, float zoom, float link_tolerance_px = 2.0f) const;
    // Node instances whose centre lies in `box` (world), in instance order.
    std::vector<std::uint32_t> nodes_in(const Bounds& box) const;

  private:
    struct Cell {
        std::vector<std::uint32_t> nodes;
        std::vector<std::uint32_t> edges;
    };
    int cell_x(float x) const;
    int cell_y(float y) const;
    Cell& cell(int x, int y) { return cells_[std::size_t(y) * std::size_t(nx_) + std::size_t(x)]; }
    const Cell& cell(int x, int y) const {
        return cells_[std::size_t(y) * std::size_t(nx_) + std::size_t(x)];
    }
    void add_edge(std::uint32_t index, Vec2 a, Vec2 b);

    const RenderScene* scene_ = nullptr;
    Vec2 origin_;
    float cell_size_ = 1.0f;
    int nx_ = 0, ny_ = 0;
    std::vector<Cell> cells_;
};

// Distance from `p` to the segment a-b.
float distance_to_segment(Vec2 p, Vec2 a, Vec2 b);

} // namespace kg
